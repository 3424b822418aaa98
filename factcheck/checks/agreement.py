"""agreement.repeated-figure: the same measure of the same subject given twice in a
text, incompatibly; and the readers it judges a pair of figures with (a figure in a
breakdown or tied to another time, the days, years and places its sentence names).

The other agreement check types live beside it (agreement_headline: a headline
figure the body contradicts or never supports; agreement_count_list: "three
journalists: A and B" against the list it gives); what they share is in
_agreement.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from typing import Any, Callable, Iterator

from . import Context, _phrases, check_type, per_claim
from ..regexwords import FOLDS_TO_ASCII, first_char_lookahead, trie_alternation
from ._agreement import _alt, _counted, _figures, _in_headline, _iv, _lowered, _norm, _said
from ._numeric import fmt_interval, overlaps
from ..model import Claim

PERCENT = ("percent", "percentage_point")


@per_claim
def _is_part(ctx: Context, c: Claim) -> bool:
    """A figure inside a breakdown ("including 19 police officers")."""
    found = ctx.derived("part_cues", lambda: _words_finder(tuple(str(w) for w in ctx.params.get("part_cues") or []),
                                                           r"[^.;]{0,60}$"))
    return found(ctx.before(c, 60))


def _timed(ctx: Context, c: Claim) -> bool:
    """A figure tied to a change or to another time ("last year", "rose to"): not comparable."""
    if c.extra.get("change") or c.extra.get("change_prep") or c.extra.get("multiplier"):
        return True
    sent = ctx.sentence(c)
    own = _noun_phrase_end(ctx, c)  # "10 other people": the figure's own words are read by _counted
    words = ctx.derived("time_words_tuple", lambda: tuple(str(w) for w in ctx.params.get("time_words") or []))
    if sent.start <= c.span[0] <= own <= sent.end:
        # the sentence read once for all its figures (the same answer as the text below)
        read = _sentence_phrases(ctx, "agreement.time_words", words, sent)
        if read is not None and not read.plain:
            return read.has(c.span[0] - sent.start, own - sent.start)
    text = ctx.doc.text[sent.start:c.span[0]] + " " + ctx.doc.text[own:sent.end]
    found = ctx.derived("time_words", lambda: _words_finder(words, ""))
    return found(text)


@functools.lru_cache(maxsize=64)
def _words_finder(words: tuple, tail: str) -> Callable[[str], bool]:
    """Whether _words_rx(words, tail) finds something in a text. For lower-case ASCII
    words (the packaged lists) the text is lower-cased and searched case-sensitively,
    which finds the same at half the cost; only four characters other than ASCII
    letters match ASCII letters case-blind (or lower-case to them), and a text with one
    of them gets the case-blind pattern."""
    blind = _words_rx(words, tail)
    if not words or not all(_LOWER_WORDS.fullmatch(w) for w in words):
        return lambda text: blind.search(text) is not None
    rx = rf"\b{trie_alternation(words)}\b{tail}"
    exact = re.compile(first_char_lookahead(rx) + rx)

    def found(text: str) -> bool:
        if not text.isascii() and any(ch in text for ch in FOLDS_TO_ASCII):
            return blind.search(text) is not None
        return exact.search(text.lower()) is not None
    return found


_LOWER_WORDS = re.compile(r"[a-z.]+(?: [a-z.]+)*")  # what trie_alternation takes as it is


@functools.lru_cache(maxsize=64)
def _words_rx(words: tuple, tail: str) -> re.Pattern:
    """Any of the words, whole, then `tail`, case-insensitive: the words as a prefix tree behind a
    lookahead of their first letters (the same matches as the plain alternation, found
    faster: these are searched through whole sentences for every figure)."""
    rx = rf"\b{trie_alternation(words)}\b{tail}"
    return re.compile(first_char_lookahead(rx, re.I) + rx, re.I)


def _noun_phrase_end(ctx: Context, c: Claim) -> int:
    """Where "10 other people" or "10 others" ends (its "other" is read by _counted), else the figure's end."""
    m = _OTHERS.match(ctx.after(c, 30))
    return c.span[1] + m.end() if m and _counted(ctx, c) else c.span[1]


_OTHERS = re.compile(r"\s+(?:others\b|other\s+[A-Za-z]+\b)", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PLACE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_PER = re.compile(r"^\s*(?:a|per|each)\s+(?:share|head|person|day|week|month|year)\b")
_PER_ANY = re.compile(r"^\s*(?:a|per|each)\s")
# the first three words or other characters (of [A-Za-z][\w-]*|[^\sA-Za-z]: only blanks lie between)
_FIRST3 = re.compile(r"\s*([A-Za-z][\w-]*|[^\sA-Za-z])?(?:\s*([A-Za-z][\w-]*|[^\sA-Za-z]))?"
                     r"(?:\s*([A-Za-z][\w-]*|[^\sA-Za-z]))?")
_WORDISH = re.compile(r"[\w$]")


def _of_sentence(ctx: Context, name: str, c: Claim, make: Callable[[Any], Any]) -> Any:
    """make(the claim's sentence), worked out once per sentence and check run (what a
    figure reads from its whole sentence is the same for every figure there). Read only."""
    sent = ctx.sentence(c)
    memo = ctx.once(name, dict)
    try:
        return memo[id(sent)]  # the sentences live as long as the run
    except KeyError:
        value = memo[id(sent)] = make(sent)
        return value


def _sentence_phrases(ctx: Context, name: str, words: tuple, sent) -> _phrases.Sentence | None:
    """The sentence read for these phrases (_phrases), once per run, for its figures
    after the first few (which read the sentence the plain way: cheaper for a short
    sentence with a figure or two; a sentence read at most that often stays linear);
    None when the plain way is to be taken."""
    if not _phrases.usable(words):
        return None
    memo = ctx.once((name, words), dict)  # (another rule's words get their own)
    read = memo.get(id(sent), 0)
    if isinstance(read, int):
        if read < _PLAIN_READS:
            memo[id(sent)] = read + 1
            return None
        phrases = ctx.derived(("phrases", words), lambda: _phrases.Phrases(words))
        read = memo[id(sent)] = phrases.sentence(ctx.doc.text[sent.start:sent.end])
    return read


_PLAIN_READS = 4


def _years(ctx: Context, c: Claim) -> set[str]:
    return _of_sentence(ctx, "agreement.years", c, lambda s: set(_YEAR.findall(s.text)))


def _dates(ctx: Context, c: Claim) -> list[tuple[str, str]]:
    """The days the claim's sentence names (start, end as ISO dates). Read only."""
    def by_sentence() -> dict[int, list[tuple[str, str]]]:
        out: dict[int, list[tuple[str, str]]] = {}
        for d in ctx.claims:
            if d.kind == "date" and d.start:
                out.setdefault(d.sentence, []).append((d.start, d.end or d.start))
        return out
    return ctx.once("agreement.dates", by_sentence).get(c.sentence, [])


def _apart(da: list[tuple[str, str]], db: list[tuple[str, str]]) -> bool:
    """Both sentences name days, and no day of one falls within a day of the other."""
    if not (da and db):
        return False
    if len(da) * len(db) <= 16:
        return not any(a0 <= b1 and b0 <= a1 for a0, a1 in da for b0, b1 in db)
    # many days: for each day of one, the days of the other starting by its end, and
    # the latest end among them (by bisection over the other's days sorted by start)
    order = sorted(db)
    starts = [b0 for b0, _ in order]
    latest = list(itertools.accumulate((b1 for _, b1 in order), max))
    for a0, a1 in da:
        k = bisect.bisect_right(starts, a1)
        if k and latest[k - 1] >= a0:
            return False
    return True


def _places(ctx: Context, c: Claim) -> set[str]:
    """Capitalised names after in/at/near in the claim's sentence ("in Kabul")."""
    return _of_sentence(ctx, "agreement.places", c, lambda s: set(_PLACE.findall(s.text)))


def _names_place(ctx: Context, place: str, c: Claim) -> bool:
    """Whether the claim's sentence names the place (as a whole word)."""
    found = _of_sentence(ctx, "agreement.names_place", c, lambda s: {})
    if place not in found:
        found[place] = re.search(rf"\b{re.escape(place)}\b", ctx.sentence(c).text) is not None
    return found[place]


def _word_count(ctx: Context, c: Claim) -> int:
    return _of_sentence(ctx, "agreement.word_count", c, lambda s: len(s.text.split()))


def _mixed(claims: list[Claim]) -> set[int]:
    """The sentences in which the claims give two different values."""
    first: dict[int, Any] = {}
    out = set()
    for c in claims:
        v = first.setdefault(c.sentence, c.value)
        if v != c.value or c.value != c.value:  # (a NaN differs even from itself)
            out.add(c.sentence)
    return out


def _other_sentences(claims: list[Claim], window: int) -> Iterator[tuple[Claim, list[Claim]]]:
    """Each claim (in text order) with the claims after it in other sentences, at most
    `window` of them. A pairwise comparison reads this instead of every pair: the same
    pairs while a group is no larger than window + 1 (in news text the largest are a few
    figures); a count repeated hundreds of times is a table, compared near each figure."""
    nxt = len(claims)
    after = [nxt] * len(claims)  # index of the first claim of a later sentence
    for i in range(len(claims) - 1, -1, -1):
        after[i] = nxt
        if i and claims[i - 1].sentence != claims[i].sentence:
            nxt = i
    for i, a in enumerate(claims):
        yield a, claims[after[i]:after[i] + window]


# ---------------------------------------------------------------- repeated figure

@check_type("repeated-figure", defaults={"approx": 0.1, "part_cues": [], "time_words": [],
                                         "categories": [], "min_words": 6, "people_nouns": [],
                                         "back_reference": [], "not_the_same": [], "generic_nouns": [],
                                         "plural_nouns": [], "restrictive": [], "plan_words": [],
                                         "membership": [], "growing": [], "also_words": [],
                                         "same_hedges": [], "hedge_skip_nouns": [],
                                         "hedge_other_words": [], "window": 32})
def repeated_figure(ctx: Context) -> None:
    """Two figures for one measure of one subject (same category, measure and unit)
    must overlap as intervals once hedges and rounding are counted."""
    allowed = ctx.derived("categories", lambda: set(ctx.params.get("categories") or []))
    groups: dict[tuple, list[Claim]] = {}
    for c in _figures(ctx):
        if _in_headline(ctx, c) or c.unit in PERCENT or c.hedge == "range":
            continue
        people = c.unit is None and c.category not in (None, "other")
        if not people and c.category not in allowed:
            continue  # no key below could be made: its noun need not be read
        noun = _counted(ctx, c)
        if noun and people:
            key = ("people", noun, c.category)  # "5 people killed" is not "30 people injured"
        elif c.category in allowed and _norm(c.measure):
            key = (c.category, noun or _norm(c.measure), c.unit)
        else:
            continue
        # (the cheaper tests first: they only skip)
        if c.modality or _PER.match(ctx.after(c, 20)) or _is_part(ctx, c):
            continue
        if _word_count(ctx, c) < int(ctx.params.get("min_words", 6)):
            continue  # a table row ("Injured: 74") belongs to a heading we cannot see
        if _timed(ctx, c):
            continue
        groups.setdefault(key, []).append(c)
    window = int(ctx.params.get("window", 32))
    for claims in groups.values():
        # a sentence giving two different counts of one kind ("five men on Monday and three
        # men on Tuesday") speaks of several groups: none of them is the count given elsewhere
        several = _mixed(claims)
        # what each figure brings to a comparison, read once per figure rather than per pair
        facts = {id(c): ((c.subject or "").lower(), _years(ctx, c), _dates(ctx, c), _places(ctx, c),
                         _iv(ctx, c)) for c in claims if c.sentence not in several}
        said = {k: f"agrees with {c.text} ({fmt_interval(facts[k][4])})"
                for c in claims if (k := id(c)) in facts}  # what a figure agreeing with c is told
        passed: set[tuple[int, str]] = set()  # (passing again adds nothing)
        for a, later in _other_sentences(claims, window):
            if a.sentence in several:
                continue
            sa, ya, da, pa, ia = facts[id(a)]
            for b in later:
                if b.sentence == a.sentence or b.sentence in several:
                    continue
                sb, yb, db, pb, ib = facts[id(b)]
                if sa and sb and sa != sb:
                    continue  # figures for different subjects (an unknown subject may be either)
                if ya and yb and ya != yb or _apart(da, db):
                    continue  # different years or days named: maybe different events
                if pa and pb and not any(_names_place(ctx, p, o) for ps, o in ((pa, b), (pb, a)) for p in ps):
                    continue  # "in Kabul" and "in Kandahar": different places (neither named with the other)
                if overlaps(ia, ib):
                    for x, y in ((a, b), (b, a)):
                        key = (id(x), said[id(y)])
                        if key not in passed:
                            passed.add(key)
                            ctx.passed(x, key[1])
                else:
                    noun = _counted(ctx, a)
                    what = f"{noun} ({a.category})" if noun else (a.measure or a.category)
                    ctx.fail([a, b], first=_said(a), second=_said(b), first_iv=fmt_interval(ia),
                             second_iv=fmt_interval(ib), measure=what,
                             subject=f" of {a.subject or b.subject}" if a.subject or b.subject else "")
    _back_references(ctx)
    _same_hedge(ctx)


def _same_hedge(ctx: Context) -> None:
    """"nearly 1.8 million common shares" ... "(nearly 1.8 million shares)": a count said
    twice with the same hedge word and the same noun is one figure repeated, even where a
    category cannot place it (share counts in company news) or a word of another time stands
    nearby; the two must agree. Not for nouns in `hedge_skip_nouns`, another category,
    another subject, year, day or place, a part, a change, a rate, or a sentence giving
    two such counts, nor when either sentence speaks of another one (`hedge_other_words`)."""
    skip = _lowered(ctx, "hedge_skip_nouns")
    hedges = _lowered(ctx, "same_hedges")
    groups: dict[tuple, list[tuple[Claim, list[str]]]] = {}
    for c in _figures(ctx):
        if c.unit is not None:
            continue
        hw = str(c.extra.get("hedge_words") or "").lower()
        if hw not in hedges or c.hedge == "range" or _in_headline(ctx, c) or c.modality:
            continue
        if c.extra.get("change") or c.extra.get("change_prep") or c.extra.get("multiplier") or _is_part(ctx, c):
            continue
        noun, mods = _plural_noun(ctx, c)
        if not noun or noun in skip or _PER_ANY.match(ctx.after(c, 20)):
            continue
        groups.setdefault((noun, hw, c.category), []).append((c, mods))
    window = int(ctx.params.get("window", 32))
    for group in groups.values():
        several = _mixed([c for c, _ in group])
        # what each figure brings to a comparison, read once per figure rather than per pair
        facts = {id(c): (set(m), (c.subject or "").lower(), _years(ctx, c), _dates(ctx, c), _places(ctx, c),
                         _iv(ctx, c)) for c, m in group if c.sentence not in several}
        said: dict[int, str] = {}
        passed: set[tuple[int, str]] = set()
        for a, later in _other_sentences([c for c, _ in group], window):
            if a.sentence in several:
                continue  # a sentence with two such counts speaks of several things
            ma, sa, ya, da, pa, ia = facts[id(a)]
            for b in later:
                if a.sentence == b.sentence or b.sentence in several:
                    continue
                mb, sb, yb, db, pb, ib = facts[id(b)]
                if not (ma <= mb or mb <= ma):
                    continue  # "nearly 2 million common shares" is not "nearly 1 million preferred shares"
                if sa and sb and sa != sb:
                    continue
                if ya and yb and ya != yb or _apart(da, db):
                    continue
                if pa and pb and not pa & pb:
                    continue
                if any(_other_one(ctx, x) for x in (a, b)):
                    continue  # "about 300 workers at another plant", "each", "respectively"
                if overlaps(ia, ib):
                    detail = said.get(id(a))
                    if detail is None:
                        detail = said[id(a)] = (f"the same {a.extra.get('hedge_words')} figure as "
                                                f"{_said(a)} ({fmt_interval(ia)})")
                    if (id(b), detail) not in passed:  # (passing again adds nothing)
                        passed.add((id(b), detail))
                        ctx.passed(b, detail)
                    continue
                ctx.fail([a, b], first=_said(a), second=_said(b), first_iv=fmt_interval(ia),
                         second_iv=fmt_interval(ib), measure=_plural_noun(ctx, a)[0],
                         subject=f" of {a.subject or b.subject}" if a.subject or b.subject else "")


def _other_one(ctx: Context, x: Claim) -> bool:
    """Whether x's sentence, less x's own words, speaks of another one (hedge_other_words):
    read once per sentence and wording (figures of one such group in one sentence
    all have one value, so hardly more than one wording)."""
    sent = ctx.sentence(x)
    key = ("other_one", id(sent), x.text)  # (the rule's own words: kept per rule)
    if key not in ctx.local:
        other = ctx.derived("hedge_other_words", lambda: _alt(ctx.params.get("hedge_other_words") or []))
        ctx.local[key] = re.search(rf"\b{other}\b", sent.text.replace(x.text, " "), re.I) is not None
    return ctx.local[key]


@per_claim
def _plural_noun(ctx: Context, c: Claim) -> tuple[str, list[str]]:
    """The plural noun a count names within its next three words, and the words before it
    ("the 88 mutual funds" -> ("funds", ["mutual"])); ("", []) when there is none or a word
    makes it another group ("the two other men", "12 original members")."""
    irregular, other = ctx.derived("plural_noun_words", lambda: (_lowered(ctx, "plural_nouns"),
                                                                _lowered(ctx, "not_the_same")))
    after = ctx.after(c, 40)
    if not after.lstrip()[:1].isalpha():
        return "", []  # nothing, or no word, right after it (the loop below would say so)
    m = _FIRST3.match(after)
    words = [w for w in m.groups() if w is not None]
    for i, w in enumerate(words):
        lw = w.lower()
        if not w[0].isalpha() or lw in other:
            return "", []
        if lw in irregular or (lw.endswith("s") and not lw.endswith("ss") and len(lw) > 3):
            return lw, [x.lower() for x in words[:i]]
    return "", []


def _same_rank(ma: list[str], mb: list[str]) -> bool:
    """A superlative picks out some of a group ("the 10 largest banks"): it matches only the
    same adjective ("NATO's three newest members" ... "the three new members")."""
    for x, y in ((ma, mb), (mb, ma)):
        for m in x:
            if m.endswith("est") and len(m) > 4 and not any(n.startswith(m[:-3]) for n in y):
                return False
    return True


def _back_references(ctx: Context) -> None:
    """"The 14 foreigners" names a group counted before ("arrested 14 foreigners"): the
    definite article says it is the same group, whatever the dates or places around it, so
    it must be compatible with an earlier count of the same noun ("the 8 foreigners" is not)."""
    generic = _lowered(ctx, "generic_nouns")
    restrictive = ctx.derived("restrictive", lambda: _alt(ctx.params.get("restrictive") or []))
    det_rx, plan_rx, member_rx = ctx.derived("back_references", lambda: (
        re.compile(rf"(?:^|\s){_alt(ctx.params.get('back_reference') or [])}\s+$", re.I),
        re.compile(rf"\b{_alt(ctx.params.get('plan_words') or [])}\b[^.;,]{{0,50}}$", re.I),
        re.compile(rf"\b{_alt(ctx.params.get('membership') or [])}\s+$", re.I)))
    growing = ctx.derived("growing", lambda: set(ctx.params.get("growing") or []))
    said_definite: dict[int, bool] = {}

    def definite(c: Claim) -> bool:
        found = said_definite.get(id(c))
        if found is None:
            found = said_definite[id(c)] = bool(det_rx.search(ctx.before(c, 12)))
        return found

    alone: dict[int, tuple[list[str], bool, str]] = {}

    def standing(a: Claim) -> tuple[list[str], bool, str]:
        """What names_group reads of `a` alone (its words before the noun, whether it may
        be named again at all, its subject), worked out once per count, not per pair."""
        found = alone.get(id(a))
        if found is None:
            ok = not (_is_part(ctx, a)
                      # "plans to deploy 45,000 Marines"; but "will enable the three countries" names them
                      or (a.modality or plan_rx.search(ctx.before(a, 60))) and not definite(a)
                      or member_rx.search(ctx.before(a, 30)))  # "one of three executives": a set
            found = alone[id(a)] = (_plural_noun(ctx, a)[1], ok, (a.subject or "").lower())
        return found

    def names_group(a: Claim, b: Claim, noun: str, mods: list[str]) -> bool:
        """Whether the earlier count `a` (of the same noun) may be the group `b` refers back to."""
        if a.sentence == b.sentence:
            return False
        a_mods, ok, sa = standing(a)
        if not ok or not _same_rank(a_mods, mods):
            return False
        sb = (b.subject or "").lower()
        if sa and sb and sa != sb:
            return False
        return not (a.category in growing and _apart(_dates(ctx, a), _dates(ctx, b)))  # a toll may grow

    counts = [c for c in _figures(ctx) if c.unit is None and c.hedge != "range" and not _in_headline(ctx, c)
              and not c.extra.get("change") and not c.extra.get("multiplier")]
    window = int(ctx.params.get("window", 32))
    seen: dict[str, list[Claim]] = {}  # the counts so far by their plural noun
    for b in counts:
        noun, mods = _plural_noun(ctx, b)
        before = seen.setdefault(noun, [])
        if noun:
            before.append(b)
            before = before[-window - 1:-1]  # the last `window` counts of that noun before b
        if not noun or noun in generic:
            continue
        again = "" if definite(b) else _also_category(ctx, b, noun)
        if not definite(b) and not again or _is_part(ctx, b):
            continue
        if re.match(rf"\s+(?:\S+\s+){{0,2}}?{re.escape(noun)}\s+{restrictive}\b", ctx.after(b, 60), re.I):
            continue  # "the 15 protesters who remain in custody" may be some of them
        earlier = [a for a in before if (not again or a.category == again) and names_group(a, b, noun, mods)]
        if not earlier:
            continue
        # a vague bound ("more than a dozen big junk funds") says little when a count is given
        earlier = [a for a in earlier if all(map(math.isfinite, _iv(ctx, a)))] or earlier
        ib = _iv(ctx, b)
        agree = [a for a in earlier if overlaps(_iv(ctx, a), ib)]
        if agree:
            ctx.passed(b, f"the same {noun} as {_said(agree[-1])} ({fmt_interval(_iv(ctx, agree[-1]))})")
            continue
        total = (sum(_iv(ctx, a)[0] for a in earlier), sum(_iv(ctx, a)[1] for a in earlier))
        if len({a.value for a in earlier}) > 1 and overlaps(total, ib):
            continue  # "5 men on Monday and 3 men on Tuesday ... the 8 men"
        a = earlier[-1]
        ctx.fail([a, b], first=_said(a), second=_said(b), first_iv=fmt_interval(_iv(ctx, a)),
                 second_iv=fmt_interval(ib), measure=noun,
                 subject=f" of {a.subject or b.subject}" if a.subject or b.subject else "")


def _also_category(ctx: Context, b: Claim, noun: str) -> str:
    """"Five Iraqis, whose names were not disclosed, also were deported" after "Tanzania
    expelled five Iraqis": a count opening its sentence as the subject of "also" and a
    verb of an event category (categories lexicon) says the same thing again of the same
    group. Returns that category, else "". "Also" before the count ("also five Iraqis")
    or "other"/"more" with it ("five other Iraqis were also deported") is another group,
    and a verb of another category ("were also arrested") says something new."""
    if _WORDISH.search(ctx.before(b, 60)):
        return ""  # not the sentence's subject: "Police also deported five Iraqis"
    also = _alt(ctx.params.get("also_words") or [])
    aux = r"(?:(?:was|were|been|have|has|had|being|be|reportedly|later)\s+){0,3}"
    m = re.match(rf"\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?{re.escape(noun)}(?:\s*,[^,.;]{{1,80}},)?\s+"
                 rf"{aux}{also}\s+{aux}(?P<verb>[A-Za-z]+(?:\s+[A-Za-z]+){{0,3}})", ctx.after(b, 160), re.I)
    if not m:
        return ""
    lx = ctx.lexicon("categories") or {}
    for cat in lx.get("categories") or []:
        words = [str(w).lower() for w in cat.get("words") or []]
        if not cat.get("event") or not words:
            continue
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
        if re.match(rf"(?:{alts})(?:s|es|ed|d|ing)?\b", m.group("verb"), re.I):
            return str(cat.get("name"))
    return ""
