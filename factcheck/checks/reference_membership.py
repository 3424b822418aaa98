"""reference.membership-count and reference.membership: an organisation's members
at the article's date (or the statement's own year).

- membership-count: "the six member countries" of an organisation; a figure is read
  only when its wording says it is the whole membership (_total_count).
- membership: countries presented as members (in a list joined to a membership word)
  that are not members on that day.

They share the organisation's source (_source); the rest of this file is the
wording of a total count and of a list of members.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from datetime import date
from typing import Any

from ..model import Claim
from ..reference import resolve
from ..reference.model import norm
from ..regexwords import FOLDS_TO_ASCII, fast_compile, first_char_lookahead
from . import Context, check_type
from .reference_window import history_span, member_spells, undated_count, undated_window
from ._reference import (_day, _index, _items, _key, _normed, _note, _word_re, as_of_year, pct,
                         stated_interval, stated_text)


@check_type("membership-count", defaults={"approx_tolerance": 0.1, "lookback": 3,
                                         "window_days": 31})
def membership_count(ctx: Context) -> None:
    """The number of members stated for an organisation, at the article's date.

    Bad: "anthems from each of the seven member countries" (CSTO: 6 in January 2022).
    Good: "each of the six member countries" (Russia, Armenia, Belarus, Kazakhstan,
    Kyrgyzstan, Tajikistan).

    A figure is checked only when the wording says it is the whole membership (see
    _total_count): "the 30 members of NATO", "NATO's 30 member countries", "the
    six-member CSTO", "each of the six member countries"; not "three new members",
    "two former members", "admitted three countries". The count is compared with
    the membership on the article's date (or in the statement's own year); when
    it held within `window_days` of that date the finding is info.

    Params: approx_tolerance (0.1 for "about"), lookback (3 sentences), window_days (31).
    """
    p = ctx.params
    lex = ctx.lexicon("reference")
    explicit = _word_re(_key(lex.get("member_measures") or ("members", "member countries")))
    counted = _word_re(_key(lex.get("country_measures") or ("countries", "nations", "states")))
    cats = _normed(_key(lex.get("member_categories") or ("members",)))
    claims = [c for c in ctx.claims if c.kind == "quantity" and c.value is not None and
              (c.measure and (explicit.search(norm(c.measure)) or counted.search(norm(c.measure))) or
               c.category and norm(c.category) in cats)]
    if not claims:
        return
    idx = _index(ctx)
    tm = resolve.text_mentions(ctx.doc, idx, lex)
    for claim in claims:
        total = _total_count(ctx, claim, idx, lex, tm, int(p.get("lookback", 3)))
        if total is None:
            continue  # "three new members", "NATO sent troops to three countries": not its total
        res, what = total
        only_countries = what == "member countries"
        year, _ = as_of_year(ctx, claim)
        tol = float(p.get("approx_tolerance", 0.1)) if claim.hedge == "approx" else 0.0
        w = undated_window(ctx)
        if w is not None:  # no publication date: over the window (reference_window)
            undated_count(ctx, claim, res.entity, what, only_countries, year, w, idx,
                          lambda n: _count_fits(stated_interval(claim), n, tol), _source(idx, res.entity.id))
            continue
        pub, pub_src = _day(ctx)
        if year and year != pub.year:
            # "in 2010 the CSTO had seven members": any day of that year will do. The
            # article's own day is tried last: the year may date something else
            # ("founded in 1949, NATO now has 30 members"), so a count that fits only
            # that day is info, and a miss is told against the statement's year.
            own = f"the statement's own year {year}"
            days = [(d, own) for d in _days_in(idx, res.entity.id, year)] + [(pub, pub_src)]
            miss = len(days) - 2
        else:
            days, miss = [(pub, pub_src)], 0
        source = _source(idx, res.entity.id)
        iv = stated_interval(claim)
        counts = []
        for day, src in days:
            members = idx.members(res.entity.id, day)
            if only_countries:
                members = [m for m in members if idx.country(m) is not None]
            counts.append((day, src, members))
        fits = [x for x in counts if _count_fits(iv, len(x[2]), tol)]
        day, day_src, members = fits[0] if fits else counts[miss]
        n = len(members)
        names = ", ".join(sorted(idx.country(m).name if idx.country(m) else m for m in members))
        _note(claim, entity=res.entity.id, name=res.entity.name, attribute="members", value=n,
              source=source, as_of=day.isoformat())
        if fits and fits[0] is counts[-1] and miss:
            own_day, own_src, own_members = counts[miss]
            ctx.fail([claim], severity="info", reason="which-date",
                     message=f"{res.entity.name} had {len(own_members)} {what} on "
                             f"{own_day.isoformat()} ({own_src}), not {stated_text(claim)}, "
                             f"though it had {n} on {day.isoformat()} ({day_src}); whether "
                             f"{year} dates the count would settle it (source: {source})")
            continue
        if fits:
            ctx.passed(claim, f"{res.entity.name} had {n} {what} on {day.isoformat()} "
                              f"({day_src}): {names}; source: {source}")
            continue
        near = _near_change(idx, res.entity.id, iv, tol, only_countries, day,
                            int(p.get("window_days", 31)))
        if near:  # membership changed within days of the article: which day it speaks of is unclear
            ctx.fail([claim], severity="info", reason="near-change",
                     message=f"{res.entity.name} had {n} {what} on {day.isoformat()} ({day_src}), "
                             f"not {stated_text(claim)}, but {near}; the day the count refers to "
                             f"would settle it (source: {source})")
            continue
        when = _when_count(idx, res.entity.id, claim.value, only_countries, day)
        ctx.fail([claim], what=what, organisation=res.entity.name, stated=stated_text(claim),
                 reference=n, on=day.isoformat(), source=source, members=names + when,
                 diff=pct((claim.value - n) / n) if n else "n/a", why=res.explain(idx))


def _words_re(words, default) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+")
                    for w in sorted(words or default, key=len, reverse=True))


class _TotalWords:
    """The words and patterns _total_count reads (lexicon reference.member_count_*,
    organisation_nouns), made once per rule."""

    def __init__(self, lex: dict[str, Any]):
        nouns = _words_re(lex.get("member_count_nouns"), ["members", "countries"])
        hyphen = _words_re(lex.get("member_count_hyphen"), ["member", "nation"])
        generic = _words_re(lex.get("organisation_nouns"), ["alliance", "bloc"])
        self.nouns = re.compile(rf"(?:{nouns})\b", re.IGNORECASE)
        self.hyphen = re.compile(rf"-({hyphen})s?\s+", re.IGNORECASE)
        self.generic = re.compile(rf"(?:{generic})\b", re.IGNORECASE)
        self.determiner = _led(lex.get("member_count_determiner") or r"\b(?:the|all|its|their)\s+$")
        self.restrictive = [re.compile(x, re.IGNORECASE) for x in lex.get("member_count_restrictive", ())]
        org_before = lex.get("member_count_org_before", ())
        self.org_before = [re.compile(x, re.IGNORECASE) for x in org_before]
        self.generic_before = [_led(rf"\b(?:{generic})(?:{x})$") for x in org_before]
        self.compounds = [c.lower() for c in lex.get("member_count_compounds", ["member countries"])]


def _led(rx: str) -> re.Pattern:
    """A case-blind pattern searched through the words before a figure, behind a lookahead
    of the characters its matches start with (the same matches, most places rejected at once)."""
    return fast_compile(first_char_lookahead(rx, re.IGNORECASE) + rx, re.IGNORECASE)


_WORDS_DASHES = fast_compile(r"[\w-]+")
_MEMBERS_NOUN = re.compile(r"members|allies|signatories")
_OF_THE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
_BLANKS_DASHES = fast_compile(r"[\s-]+")
_BLANKS = re.compile(r"\s*")


def _after_blanks(text: str, pos: int, end: int) -> int:
    """Where the blanks from `pos` end, stopping at `end`; `pos` itself when a figure
    runs past its sentence's end (a figure read across a full stop: "1. 2")."""
    return _BLANKS.match(text, pos, end).end() if pos <= end else pos
_LIST_OPENS = re.compile(r"\s*(?:[,:(\u2014\u2013]|\s-|\bnamely\b|\bincluding\b)\s*")


def _total_count(ctx: Context, claim: Claim, idx, lex, tm,
                 lookback: int) -> tuple[resolve.Resolution, str] | None:
    """The organisation whose whole membership the figure counts, and the noun
    counted, or None when the wording does not say the figure is the total.

    Totals: "NATO's 30 members", "the 30 NATO allies", "the 30 members of NATO",
    "the six-member CSTO", "the CSTO, which has six member countries", "the
    alliance's 19 members", "each of the six member countries" (a compound member
    noun after a determiner: the organisation is the one named nearest, up to
    `lookback` sentences back). Not totals: "three new members", "two former
    members", "the 12 original members" (any word between figure and noun),
    "admitted three countries", "from 16 members to 19" (no determiner), "the
    three member states that joined" (a restrictive clause).
    Words: lexicon reference.member_count_* and organisation_nouns."""
    text = ctx.doc.text
    sent = ctx.sentence(claim)
    a, b = claim.span
    names = _sentence_names(ctx, tm, sent)
    org_at = names.org_at
    w = ctx.derived("total_count", lambda: _TotalWords(lex))
    determiner, restrictive = w.determiner, w.restrictive

    def tied(m, e, why: str) -> resolve.Resolution:
        return resolve.Resolution(e, m.text, "the same sentence", why)

    def nearest() -> resolve.Resolution | None:
        return resolve.organisation(ctx.doc, claim, idx, lex, lookback, tm=tm)

    # (the words after the figure are matched in place, up to the sentence's end; the
    # lexicon's own patterns read at most READ characters before the figure or after
    # its noun: a pass over the rest of the sentence per figure would be quadratic)
    # "the six-member CSTO", "the 27-nation bloc"
    h = w.hyphen.match(text, b, sent.end)
    if h:
        word = h.group(1).lower()
        what = "members" if word.startswith("member") else "member countries"
        if h.end() in org_at:
            m, e = org_at[h.end()]
            return tied(m, e, f"the {word} count qualifies it"), what
        if w.generic.match(text, h.end(), sent.end):
            res = nearest()
            return (res, what) if res else None
        return None
    # the noun counted, right after the figure or after the organisation's name
    pos = _after_blanks(text, b, sent.end)
    inline = org_at.get(pos) if pos > b else None
    if inline:
        pos = _after_blanks(text, inline[0].end, sent.end)
    n = w.nouns.match(text, pos, sent.end) if pos > b else None
    if not n:
        return None  # "three new members", "12 original members", "three foreign ministers"
    noun = n.group(0).lower()
    what = "members" if _MEMBERS_NOUN.fullmatch(noun) else "member countries"
    end = n.end()  # of the noun phrase
    tail = text[end:min(sent.end, end + READ)]
    if any(r.match(tail) for r in restrictive):
        return None  # "the three member states that joined in 2004"
    has_det = _ends_before(determiner, text, sent.start, a)
    if _names_countries_next(text, names, end, org_at):
        return None  # "the two CSTO members, Russia and Belarus,": some, named (count-list's job)
    if inline:  # "the 30 NATO allies", "all 27 EU member states"
        return (tied(*inline, "the figure counts its members"), what) if has_det else None
    of = _OF_THE.match(text, end, sent.end)
    if of and has_det:
        if of.end() in org_at:  # "the 30 members of NATO"
            return tied(*org_at[of.end()], "the figure counts its members"), what
        if w.generic.match(text, of.end(), sent.end):  # "... of the alliance"
            res = nearest()
            return (res, what) if res else None
    last = names.last_org_ending_by(a)  # "NATO's 30 members", "the CSTO, which has six member countries"
    if last is not None:
        m, e = last
        if a - m.end <= READ and any(x.fullmatch(text[m.end:a]) for x in w.org_before):
            return tied(m, e, "the figure counts its members"), what
    if any(_ends_before(x, text, sent.start, a) for x in w.generic_before):
        res = nearest()  # "the alliance's 19 members", "the bloc, which has 27 member states"
        return (res, what) if res else None
    if has_det and _BLANKS_DASHES.sub(" ", noun) in w.compounds:
        res = nearest()  # "each of the six member countries"
        return (res, what) if res else None
    return None


def _names_countries_next(text: str, names: "_SentenceNames", end: int, org_at) -> bool:
    """Whether countries are listed right after the noun phrase ending at `end`
    (after "of the NATO" too): "members, Russia and Belarus", "members (Russia ...)"."""
    of = _OF_THE.match(text[end:end + 12])
    if of and end + of.end() in org_at:
        end = org_at[end + of.end()][0].end
    nxt = names.first_starting_from(end)
    return nxt is not None and any(e.kind == "country" for e in nxt.entities) and \
        _list_opens(text, end, nxt.start)


_OPENERS = (",", ":", "(", "\u2014", "\u2013", "namely", "including")


def _list_opens(text: str, a: int, b: int) -> bool:
    """_LIST_OPENS.fullmatch(text[a:b]) -- blanks, one opener, blanks -- read from a
    only as far as the blanks and the opener go (the next name may be far off)."""
    p = _BLANKS.match(text, a, b).end()
    for tok in _OPENERS:
        if text.startswith(tok, p, b):
            return _BLANKS.match(text, p + len(tok), b).end() == b
    # " -": a dash after at least one blank
    return p > a and text.startswith("-", p, b) and _BLANKS.match(text, p + 1, b).end() == b


READ = 400  # characters a lexicon pattern reads before a figure, or after its noun


def _ends_before(pattern: re.Pattern, text: str, start: int, a: int) -> bool:
    """pattern.search(text[start:a]) (a pattern that ends at a, "...$"), reading at most
    READ characters back: searched in place from there, so the characters before are
    seen as in the sentence."""
    if a - start <= READ:
        return pattern.search(text[start:a]) is not None
    return pattern.search(text, a - READ, a) is not None


class _SentenceNames:
    """A sentence's names (TextMentions), with its organisations by start, made once
    per sentence and run for every figure there: the name starting at or after an
    offset and the last organisation ending by one are found by bisection."""

    def __init__(self, ments):
        self.ments = ments
        self.orgs = [(m, e) for m in ments for e in m.entities[:1] if e.kind == "organisation"]
        self.org_at = {m.start: (m, e) for m, e in self.orgs}
        self.starts = [m.start for m in ments]
        self.starts_sorted = self.starts == sorted(self.starts)
        self.org_ends = [m.end for m, _ in self.orgs]
        self.org_ends_sorted = self.org_ends == sorted(self.org_ends)

    def first_starting_from(self, end: int):
        """The first name (in the list) starting at or after `end`."""
        if self.starts_sorted:
            k = bisect_left(self.starts, end)
            return self.ments[k] if k < len(self.ments) else None
        return next((m for m in self.ments if m.start >= end), None)

    def last_org_ending_by(self, a: int):
        """The last organisation (in the list) ending at or before `a`."""
        if self.org_ends_sorted:
            k = bisect_right(self.org_ends, a)
            return self.orgs[k - 1] if k else None
        return next(((m, e) for m, e in reversed(self.orgs) if m.end <= a), None)


def _sentence_names(ctx: Context, tm, sent) -> _SentenceNames:
    memo = ctx.once("reference.sentence_names", dict)
    key = (id(tm), sent.start, sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _SentenceNames(tm(sent.start, sent.end))
    return found


def _count_fits(iv: tuple[float, float] | None, n: int, tol: float) -> bool:
    if iv is None:
        return False
    if tol:
        return iv[0] * (1 - tol) - 0.5 <= n <= iv[1] * (1 + tol) + 0.5
    return iv[0] <= n <= iv[1]


def _days_in(idx, org_id: str, year: int) -> list[date]:
    """1 January, each day membership changed, and 31 December of that year."""
    days = {date(year, 1, 1), date(year, 12, 31)}
    for f in idx.facts(org_id, "member"):
        for d in (f.start, f.end):
            if d and str(d).startswith(str(year)):
                try:
                    days.add(date.fromisoformat(str(d)[:10]))
                except ValueError:
                    pass
    return sorted(days)


def _near_change(idx, org_id: str, iv, tol: float, only_countries: bool, day: date,
                 window: int) -> str:
    """"it had 16 until 1999-03-12": the stated count held on a day within `window`
    days of `day` (membership changed around the article's date)."""
    if window <= 0:
        return ""
    for f in idx.facts(org_id, "member"):
        for d in (f.start, f.end):
            try:
                change = date.fromisoformat(str(d)[:10]) if d else None
            except ValueError:
                continue
            if change is None or abs((change - day).days) > window:
                continue
            for probe in (date.fromordinal(change.toordinal() - 1), change):
                ms = idx.members(org_id, probe)
                if only_countries:
                    ms = [m for m in ms if idx.country(m) is not None]
                if _count_fits(iv, len(ms), tol):
                    return f"it had {len(ms)} on {probe.isoformat()} (membership changed on " \
                           f"{change.isoformat()})"
    return ""


def _when_count(idx, org_id: str, value: float | None, only_countries: bool, before: date) -> str:
    """"; it had 7 until 2012-12-20": the latest earlier day the stated count held."""
    if value is None or not float(value).is_integer():
        return ""
    changes = sorted({date.fromisoformat(str(d)[:10]) for f in idx.facts(org_id, "member")
                      for d in (f.start, f.end) if d and str(d)[:10] <= before.isoformat()},
                     reverse=True)
    for i, d in enumerate(changes):
        prev_day = date.fromordinal(d.toordinal() - 1)
        ms = idx.members(org_id, prev_day)
        if only_countries:
            ms = [m for m in ms if idx.country(m) is not None]
        if len(ms) == int(value):
            return f"; it had {int(value)} until {d.isoformat()}"
    return ""


def _source(idx, org_id: str) -> str:
    f = idx.fact(org_id, "name") or next(iter(idx.facts(org_id, "member")), None)
    return (f.source if f else "") or "reference data"


# --- reference.membership

@check_type("membership")
def membership(ctx: Context) -> None:
    """Countries presented as members of an organisation that are not, at the date.

    Bad: "NATO members Britain, Ukraine and Poland" (Ukraine is not a member).
    Good: "CSTO members Russia, Belarus and Armenia".
    A country is presented as a member when it stands in a list joined to a
    membership word (lexicon reference.membership_triggers) by nothing but list
    glue (reference.membership_glue: commas, "and", "such as", "are all" ...), in
    a sentence naming exactly one organisation and no word that says otherwise
    (reference.membership_negations).
    """
    lex = ctx.lexicon("reference")
    trig_re = _word_re(_key(lex.get("membership_triggers", ("member", "members"))))
    negations = _normed(_key(lex.get("membership_negations", ("not",))))
    glue = _glue_re(_key(lex.get("membership_glue", ("and",))))
    beside = re.compile(lex.get("membership_beside") or r"(?!)", re.IGNORECASE)
    inclusions = _normed(_key(lex.get("membership_inclusions", ())))
    idx = None
    tm = None
    day, _ = _day(ctx)
    for sent in _sentences_with(ctx, _key(lex.get("membership_triggers", ("member", "members")))):
        if not trig_re.search(sent.text):  # most sentences: no membership word at all
            continue
        low = norm(sent.text)
        if not trig_re.search(low) or not negations.isdisjoint(_WORDS_DASHES.findall(low)):
            continue
        idx = idx or _index(ctx)
        tm = tm or resolve.text_mentions(ctx.doc, idx, lex)
        ments = tm(sent.start, sent.end)
        orgs = {e.id: e for m in ments for e in m.entities if e.kind == "organisation"}
        if len(orgs) != 1:
            continue  # none, or several: whose member is unclear
        org = next(iter(orgs.values()))
        if any(beside.match(ctx.doc.text, m.end) for m in ments
               if any(e.kind == "organisation" for e in m.entities)):
            continue  # "OPEC and its allies, including Russia": the others beside it
        items = [("org" if any(e.kind == "organisation" for e in m.entities) else "place",
                  m.start, m.end, m) for m in ments]
        items += [("trigger", sent.start + t.start(), sent.start + t.end(), None)
                  for t in trig_re.finditer(sent.text)]
        items.sort(key=lambda x: (x[1], -x[2]))
        members, on = _members_when(idx, org.id, day, undated_window(ctx))
        for chain in _chains(ctx.doc.text, items, glue):
            triggers = [k for k, (kind, *_) in enumerate(chain) if kind == "trigger"]
            if not triggers:
                continue
            if all(norm(ctx.doc.text[chain[k][1]:chain[k][2]]) in inclusions for k in triggers) \
                    and not any(kind == "org" for kind, *_ in chain[:triggers[0]]):
                continue  # "GCC countries (including Bahrain ...) and European Union countries"
            beside_group = _counted_group(ctx.doc.text, chain)
            for k, (kind, a, b, m) in enumerate(chain):
                if kind != "place" or k > beside_group:
                    continue
                countries = [e for e in m.entities if e.kind == "country"]
                if len(countries) != 1 or countries[0] is not m.entities[0]:
                    continue  # not (only) a country name
                c = countries[0]
                if c.country in members:
                    continue
                past = idx.membership(org.id, c.country)
                history = "; ".join(f"member {f.start or '?'} to {f.end or 'now'}" for f in past) \
                    or "never a member"
                ctx.fail([], country=c.name, organisation=org.name, on=on,
                         history=history, source=_source(idx, org.id), mention=m.text,
                         span=[m.start, m.end], sentence=sent.index)


_CARDINAL = fast_compile(r"(?:\b|^)(\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                       r"nineteen|twenty)\s+$", re.IGNORECASE)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                 "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                 "nineteen": 19, "twenty": 20}
_INCLUSION = fast_compile(r"\b(?:including|such as|like|namely|among them)\b|:", re.IGNORECASE)


def _counted_group(text: str, chain: list) -> int:
    """The index of the chain's last item that may name a member: all of them, unless a
    membership word heads a counted group ("27 European Union member states, Montenegro,
    Norway ..."): the group is then named whole, and the places listed after it by commas
    alone stand beside it; they are its members only when they are as many as counted
    (an apposition: "its three members, Russia, Belarus and Armenia") or an inclusion
    word brings them in ("27 member states, including France")."""
    k = next(i for i, it in enumerate(chain) if it[0] == "trigger")
    head = k - 1 if k and chain[k - 1][0] == "org" else k
    m = _CARDINAL.search(text, max(0, chain[head][1] - 24), chain[head][1])
    if not m:
        return len(chain)
    n = int(m.group(1).replace(",", "")) if m.group(1)[0].isdigit() else _NUMBER_WORDS[m.group(1).lower()]
    after = [it for it in chain[k + 1:] if it[0] == "place"]
    if not after or len(after) == n or _INCLUSION.search(text, chain[k][2], after[0][1]):
        return len(chain)
    return k


def _members_when(idx, org_id: str, day: date, w) -> tuple[set[str], str]:
    """The members on the article's day; without a publication date (w, a window),
    every country that was a member on some day of the window."""
    if w is None:
        return set(idx.members(org_id, day)), day.isoformat()
    hist = history_span(idx, org_id)
    span = w.within(*hist) if hist else None
    if span is None:
        return set(idx.members(org_id, day)), day.isoformat()
    found = {m for *_, ms in member_spells(idx, org_id, *span) for m in ms}
    return found, f"any day of {w.describe(*span)}, no publication date"


def _sentences_with(ctx: Context, words) -> list:
    """The sentences where _word_re(words) may match: all but those in which no word of
    the list occurs (found in the lower-cased text once per text, rather than the
    pattern tried through every sentence). The words are normalised, lower-case ASCII;
    case-blind, only ASCII letters and four other characters match them, and a text with
    one of those four is read sentence by sentence."""
    doc = ctx.doc
    words = _ascii_words(words)
    text = doc.text
    if words is None or not text.isascii() and any(ch in text for ch in FOLDS_TO_ASCII):
        return list(doc.sentences)
    low = text.encode("ascii", "replace").lower()  # one byte a character: the same offsets
    hits: list[tuple[int, int]] = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            hits.append((i, i + len(w)))
            i = low.find(w, i + 1)
    hits.sort()
    starts = [a for a, _ in hits]
    out = []
    for sent in doc.sentences:
        if len(sent.text) != sent.end - sent.start or not text.startswith(sent.text, sent.start):
            out.append(sent)  # not the text's own slice: read it
            continue
        k = bisect_left(starts, sent.start)
        while k < len(hits) and hits[k][0] < sent.end:
            if hits[k][1] <= sent.end:
                out.append(sent)
                break
            k += 1
    return out




@functools.lru_cache(maxsize=64)
def _ascii_words(words) -> tuple[bytes, ...] | None:
    """_word_re's words, less those that hold another (which finds them too), when all are
    ASCII; else None."""
    alts = {norm(w) for w in _items(words) if isinstance(w, str) and norm(w)}
    if not all(a.isascii() for a in alts):
        return None
    return tuple(sorted(a.encode("ascii") for a in alts if not any(b != a and b in a for b in alts)))


@functools.lru_cache(maxsize=16)
def _glue_re(words) -> re.Pattern:
    """Nothing but list glue: punctuation and these words."""
    alts = sorted((w for w in _items(words) if isinstance(w, str)), key=len, reverse=True)
    return re.compile(r"^(?:[\s,;:()\-–—]|\b(?:%s)\b)*$" % "|".join(map(re.escape, alts)),
                      re.IGNORECASE)


def _chains(text: str, items: list, glue: re.Pattern) -> list[list]:
    """Runs of items (names, membership words) joined by nothing but list glue."""
    chains: list[list] = []
    cur: list = []
    for it in items:
        if cur and (it[1] < cur[-1][2] or not glue.match(text[cur[-1][2]:it[1]])):
            if it[1] < cur[-1][2]:
                continue  # overlaps the previous item ("member" inside a name)
            chains.append(cur)
            cur = []
        cur.append(it)
    if cur:
        chains.append(cur)
    return chains

