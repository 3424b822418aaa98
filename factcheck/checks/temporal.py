"""Temporal check types: dates against each other, the calendar and the publication date."""
from __future__ import annotations

import calendar
import functools
import re
from bisect import bisect_left
from datetime import date
from typing import Iterator

from . import DEFAULTS, Context, check_type
from ..regexwords import alternation, fast_compile, first_char_lookahead, first_letters, phrase_starts, trie_alternation
from ..extract.digits import runs as digit_runs
from ..model import Claim
from ..cachekeys import Same

_ORD = r"(?:st|nd|rd|th)?"


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except (ValueError, TypeError):
        return None


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _describe(c: Claim) -> str:
    anchor = f", from {c.anchor}" if c.anchor else ""
    return f"{c.start} (\u201c{c.text}\u201d{anchor})"


def _words(words) -> str:
    """Alternation of phrases, longest first, any blank between words."""
    return alternation(words)


class _Overlapping:
    """The temporal claims overlapping each of a series of spans given in text order
    (weekday-date's matches), in claim order: a sweep that moves forward through the
    claims (sorted by start) and keeps only those still open, instead of reading every
    claim for every span."""

    def __init__(self, claims: list[Claim]):
        self.claims = [c for c in claims if c.is_temporal]
        self.sorted = all(a.span[0] <= b.span[0] for a, b in zip(self.claims, self.claims[1:]))
        self.next = 0
        self.open: list[Claim] = []  # begun before the last span's end, in claim order
        self.last = (-1, -1)

    def __call__(self, span: tuple[int, int]) -> list[Claim]:
        a, b = span
        if not self.sorted or a < self.last[0] or b < self.last[1]:  # not in order: read them all
            return [c for c in self.claims if c.span[0] < b and a < c.span[1]]
        self.last = span
        claims, i = self.claims, self.next
        while i < len(claims) and claims[i].span[0] < b:
            self.open.append(claims[i])
            i += 1
        self.next = i
        # a claim ending at or before this span's start ends before every later span's
        self.open = [c for c in self.open if c.span[1] > a]
        return list(self.open)


# ---------------------------------------------------------------- calendar words

@functools.lru_cache(maxsize=8)
def _calendar_words(months: tuple, weekdays: tuple
                    ) -> tuple[dict[str, int], dict[str, int], re.Pattern, "_DateScan | None"]:
    m = dict(months)
    w = dict(weekdays)
    month = trie_alternation(m)  # the same matches as _words, found faster
    wday = trie_alternation(w)
    year = r"(?:,?\s+(?P<year>(?:1[6-9]|2[0-9])\d\d)\b)?"
    # every match starts with a weekday, a month or a digit, and has a month or a day
    # after the weekday: lookaheads on those first letters skip other places at once
    # (they add no condition a match does not already meet)
    mf, wf = first_letters(m), first_letters(w)
    lead = rf"(?=[{mf}{wf}\d])" if mf and wf else ""
    core = rf"(?=[{mf}\d])" if mf else ""
    pat = fast_compile(
        # (a blank line between them parts a headline's weekday from the dateline after it)
        lead + rf"(?:\b(?P<wday>{wday})\.?,?(?=\s)[^\S\n]*+(?:\n[^\S\n]*+)?(?:the\s+)?\(?)?" + core +
        rf"(?:(?P<month>{month})\.?\s+(?P<day>\d{{1,2}}){_ORD}\b(?![.,]?\d)"
        rf"|(?P<day2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<month2>{month})\b\.?)" + year +
        rf"(?:,\s+(?:a|which\s+(?:was|is|will\s+be))\s+(?P<wday2>{wday})\b)?",  # "Jan. 14, a Thursday"
        re.IGNORECASE)
    return m, w, pat, (_DateScan(pat, m, w) if _DateScan.usable(m, w) else None)


class _DateScan:
    """pat.finditer(text) -- the same matches -- without trying the pattern at every
    character. Every match holds a day number, and before its first digit only a
    weekday, "the", a month and their punctuation ("Thursday, the (", "Jan. "). So
    the candidate days are found first: digit runs with a month just after them ("14th
    of January"), or just before them ("January 14": found in the reversed text), both
    by scans the regex engine runs from digits alone. The pattern is then searched
    from a few words before a candidate's first digit instead of from the last match.
    Digits that are no candidate start no match, so no match is skipped; a search that
    finds nothing ends the scan, as finditer would.

    Only for month and weekday words of letters and periods (the default lexicon);
    other words get pat.finditer."""

    def __init__(self, pat: re.Pattern, months: dict[str, int], weekdays: dict[str, int]):
        self.pat = pat
        month = trie_alternation(months)
        backwards = trie_alternation([w[::-1] for w in months])
        # a whole run of digits, tried from its first digit only and never shortened (the
        # lookahead needs something other than a digit next): a run that is no candidate
        # costs one pass, not one per digit. "\d" first: a pattern opening with a class
        # is scanned for it in C
        run = r"\d(?<!\d\d)\d*+"
        day_after, month_before = rf"(?={_ORD}\s+(?:of\s+)?(?:{month}))", rf"(?=\s+\.?(?:{backwards}))"
        self.day_first = re.compile(run + day_after, re.IGNORECASE)
        self.month_first = re.compile(run + month_before, re.IGNORECASE)  # reversed text
        # the same tests at a run's end (in the text) and start (in the reversed text), for
        # the runs of digits a step before found (extract.digits)
        self.day_after = re.compile(day_after, re.IGNORECASE)
        self.month_before = re.compile(month_before, re.IGNORECASE)
        # the characters other than blanks a match may have before its first digit:
        # weekday ".," "the" "(" month "."
        budget = max(map(len, weekdays)) + 6 + max(map(len, months)) + 1
        self.reach = re.compile(rf"(?:\s*\S){{0,{budget}}}\s*")

    @staticmethod
    def usable(months: dict[str, int], weekdays: dict[str, int]) -> bool:
        return bool(months) and bool(weekdays) and all(
            _LETTERS_DOTS.fullmatch(w) for w in (*months, *weekdays))

    def finditer(self, text: str, digit_runs: list[tuple[int, int]] | None = None) -> Iterator[re.Match]:
        """`digit_runs`: the text's runs of digits (extract.digits), when the caller has
        them: each is then tested where it ends and starts, not sought again."""
        n = len(text)
        back = text[::-1]
        # (start, end, the day comes first) of each candidate run of digits
        if digit_runs is None:
            runs = [(m.start(), m.end(), True) for m in self.day_first.finditer(text)]
            runs += [(n - m.end(), n - m.start(), False) for m in self.month_first.finditer(back)]
        else:  # the same candidates: day_first and month_first take whole runs only
            day_after, month_before = self.day_after.match, self.month_before.match
            runs = []
            for a, b in digit_runs:
                if day_after(text, b):
                    runs.append((a, b, True))
                if month_before(back, n - a):
                    runs.append((a, b, False))
        runs.sort()
        pos = 0
        for r0, r1, day_first in runs:
            if r1 <= pos or not day_first and r0 < pos:
                continue
            first = max(r1 - 2, r0, pos) if day_first else r0
            # back from the first digit over the blanks and at most `budget` other
            # characters, not before pos: where a match holding it may start
            i = n - self.reach.match(back, n - first, n - pos).end()
            m = self.pat.search(text, i)
            if m is None:
                return
            yield m
            pos = m.end()


_LETTERS_DOTS = re.compile(r"[a-z.]+")


def _calendar(ctx: Context):
    """Months, weekdays and the date pattern for this rule set and rule (worked out
    once: the lexicon and the rule's params do not change while they are in use)."""
    return _calendar_for(*_calendar_key(ctx))[:3]


def _calendar_key(ctx: Context) -> tuple:
    lex = ctx.lexicon("temporal") or {}
    return Same(lex), Same(ctx.rule.params), ctx.rule.extends


@functools.lru_cache(maxsize=32)
def _calendar_for(lex_key: Same, params_key: Same, extends: str):
    lex, params = lex_key.obj, {**DEFAULTS.get(extends, {}), **params_key.obj}
    months = {k.lower(): int(v) for k, v in (lex.get("months") or {}).items()}
    months.update({k.lower(): int(v) for k, v in (lex.get("month_abbreviations") or {}).items()})
    if not months:
        months = {calendar.month_name[i].lower(): i for i in range(1, 13)}
        months.update({calendar.month_abbr[i].lower(): i for i in range(1, 13)})
    weekdays = {k.lower(): int(v) for k, v in (lex.get("weekdays") or {}).items()}
    if not weekdays:
        weekdays = {calendar.day_name[i].lower(): i + 1 for i in range(7)}
    weekdays.update({k.lower(): int(v) for k, v in (params.get("weekday_abbreviations") or {}).items()})
    return _calendar_words(tuple(sorted(months.items())), tuple(sorted(weekdays.items())))


def _nearest_year(month: int, day: int, published: date) -> int | None:
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best.year if best else None


# the first of two weekdays joined before a bracket of their dates
_FIRST_OF_TWO = fast_compile(r"\b([A-Za-z]+day)\s+(?:and|or|to|through|-)\s+$", re.I)


@check_type("weekday-date", defaults={
    "impossible_level": "error", "weekday_abbreviations": {},
    "impossible_message": "\u201c{said}\u201d is not a date: {month} has {days} days {where}",
    "same_date_message": "\u201c{said}\u201d and \u201c{first}\u201d give one date two weekdays"})
def weekday_date(ctx: Context) -> None:
    """A weekday named with a date must match the calendar; impossible dates are errors.

    The text is scanned directly ("Thursday, January 14", "Thursday 14 January 2021",
    "February 30", "Feb 29, 2015"). Without a year the year is the one nearest the
    publication date; without either, only impossible dates are checked.
    """
    months, weekdays, pat, scan = _calendar_for(*_calendar_key(ctx))
    text = ctx.doc.text
    names = ctx.derived("weekday_names", lambda: {v: k for k, v in weekdays.items() if len(k) > 3})
    overlapping = _Overlapping(ctx.claims)
    undated: dict[tuple[int, int], tuple[int, str, list]] = {}  # (month, day) -> the first weekday named with it
    for m in (scan.finditer(text, digit_runs(text, ctx.doc.shared)) if scan is not None else pat.finditer(text)):
        mname = (m.group("month") or m.group("month2")).lower()
        mword = m.group("month") or m.group("month2")
        if mname in ("may", "march") and not mword[0].isupper():
            continue  # "may", "march" as verbs
        month = months[mname]
        day = int(m.group("day") or m.group("day2"))
        year = int(m.group("year")) if m.group("year") else None
        span = (m.start(), m.end())
        claims = overlapping(span)
        said = text[m.start():m.end()].strip()
        if not 1 <= day <= 31:
            continue  # not a date at all ("May 45 people")
        longest = calendar.monthrange(year or 2000, month)[1]  # 2000: Feb 29 exists
        if day > longest:
            where = f"in {year}" if year else "in any year"
            ctx.fail(claims, severity=ctx.params.get("impossible_level"),
                     message=ctx.params["impossible_message"],
                     said=said, month=calendar.month_name[month], days=longest, where=where,
                     span=list(span))
            continue
        wday = m.group("wday") or m.group("wday2")
        if not wday:
            continue
        inferred = year is None
        if m.group("wday") and "(" in text[m.start("wday"):m.end()]:
            first = _FIRST_OF_TWO.search(text, max(0, m.start("wday") - 16), m.start("wday"))
            if first and first.group(1).lower() in weekdays:
                wday = first.group(1)  # "on Sunday and Monday (Jan. 19-Jan. 20)": in order, the first date is Sunday's
                said = text[first.start(1):m.end()].strip()
        named = weekdays[wday.lower()]
        if year is None:
            if ctx.doc.published is None:
                # no year to read: still, one date has one weekday ("on Tuesday (Aug. 22)" ...
                # "found dead on Monday (Aug. 22)")
                first = undated.setdefault((month, day), (named, said, claims))
                if first[0] != named:
                    ctx.fail(first[2] + claims, message=ctx.params["same_date_message"], said=said,
                             first=first[1], span=list(span))
                continue
            year = _nearest_year(month, day, ctx.doc.published)
            if year is None:
                continue
            # far from publication the year is unsure: any year within ~10 months that fits will do
            for y in (year - 1, year + 1):
                try:
                    alt = date(y, month, day)
                except ValueError:
                    continue
                if alt.isoweekday() == named and abs((alt - ctx.doc.published).days) <= 300:
                    year = y
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        actual = d.isoweekday()
        basis = (f", the year taken as the one nearest publication ({ctx.doc.published})"
                 if inferred else "")
        if named != actual:
            ctx.fail(claims, weekday=wday, date=d.isoformat(),
                     actual=names.get(actual, calendar.day_name[actual - 1]).capitalize(),
                     said=said, basis=basis, span=list(span))
        else:
            for c in claims:
                ctx.passed(c, f"{d.isoformat()} is a {calendar.day_name[actual - 1]}{basis}")


# ---------------------------------------------------------------- deadlines

_NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


@check_type("deadline-order", defaults={"gaps": {}, "gap_level": "warning",
                                        "leads": ["ahead of", "before", "early", "earlier than",
                                                  "in advance of", "prior to"],
                                        "limit_words": [], "sentences_apart": 2,
                                        "exact_slack": 1, "week_slack": 3, "gap_message": None})
def deadline_order(ctx: Context) -> None:
    """A completion must not fall after the deadline it is said to meet, and a
    stated lead ("several days ahead of", "three days before") must fit the real gap.

    The two are compared only when the text ties them: a deadline named as a time
    limit ("a January 22 deadline", "expires", "due on") or a lead word ("ahead of").
    A bare "by Easter" bounds its own verb: "begin by Easter and be completed by the
    fall" is a schedule of two steps."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in ctx.claims:
        if c.is_temporal and c.role in ("completion", "deadline") and c.kind in ("date", "time"):
            by_sentence.setdefault(c.sentence, []).append(c)
    paired = False
    for claims in by_sentence.values():
        completions = [c for c in claims if c.role == "completion" and _day(c.start)]
        deadlines = [c for c in claims if c.role == "deadline" and _day(c.end)]
        nearest = _Nearest(deadlines)
        for comp in completions:
            # the nearest deadline is the one the completion is said to meet
            dl = nearest(comp.span[0])
            if dl is not None and (_named_limit(ctx, dl) or _led_to(ctx, comp, dl)):
                _compare(ctx, comp, dl)
                paired = True
    if not paired:
        # one named deadline and one completion in nearby sentences: probably the
        # same job, so a late completion is a warning
        every = [c for cs in by_sentence.values() for c in cs]
        comps = [c for c in every if c.role == "completion" and _day(c.start)]
        dls = [c for c in every if c.role == "deadline" and _day(c.end)]
        if len(comps) == 1 and len(dls) == 1 and _named_limit(ctx, dls[0]) and \
                abs(comps[0].sentence - dls[0].sentence) <= int(ctx.params.get("sentences_apart", 2)):
            done, due = _done_due(ctx, comps[0], dls[0])
            if done and due and done > due:
                ctx.fail([comps[0], dls[0]], severity="warning", completion=_describe(comps[0]),
                         deadline=due.isoformat(), deadline_text=dls[0].text, gap=_days((done - due).days))


def _limit_patterns(params: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = _words(params.get("limit_words") or ["deadline"])
    leads = _words(params.get("leads") or ["ahead of", "before"])
    # "the deadline of", "was due on", "expires", a few words back; "a March 31 deadline" after
    return (re.compile(rf"\b{words}\b(?:\s+[\w'’-]+){{0,5}}?\s*$", re.I),
            re.compile(rf"^\s*(?:['’]s\s+)?{words}\b", re.I),
            re.compile(rf"\b{leads}\b", re.I))


def _named_limit(ctx: Context, dl: Claim) -> bool:
    """Whether a deadline is named as a time limit (a noun or verb of limit near it),
    not only bounded by a preposition ("by", "until")."""
    before, after, _ = ctx.derived("limits", lambda: _limit_patterns(ctx.params))
    return bool(before.search(ctx.before(dl, 40)) or after.search(ctx.after(dl, 30)))


def _led_to(ctx: Context, comp: Claim, dl: Claim) -> bool:
    """Whether a lead word ("ahead of", "before") stands between completion and deadline."""
    leads = ctx.derived("limits", lambda: _limit_patterns(ctx.params))[2]
    return dl.span[0] >= comp.span[1] and bool(leads.search(ctx.between(comp, dl)))


class _Nearest:
    """The claim starting nearest an offset, the first in the list on a tie (what
    sorting the list by distance and taking the first gives), found by bisection."""

    def __init__(self, claims: list[Claim]):
        # a stable sort: claims starting at one offset stay in list order
        self.claims = sorted(claims, key=lambda c: c.span[0])
        self.starts = [c.span[0] for c in self.claims]
        self.rank = {id(c): i for i, c in enumerate(claims)}

    def __call__(self, at: int) -> Claim | None:
        starts, k = self.starts, bisect_left(self.starts, at)
        found = []  # the first of those starting nearest before, and at or after
        if k > 0:
            found.append(self.claims[bisect_left(starts, starts[k - 1])])
        if k < len(starts):
            found.append(self.claims[k])
        return min(found, key=lambda c: (abs(c.span[0] - at), self.rank[id(c)]), default=None)


def _led(rx: str) -> re.Pattern:
    """A case-blind pattern searched through the words before a date, behind a lookahead
    of the characters its matches start with (the same matches; most places rejected at once)."""
    return fast_compile(first_char_lookahead(rx, re.I) + rx, re.I)


def _sequence_patterns(params: dict) -> tuple[re.Pattern, ...]:
    later = _words(params.get("later") or [])
    earlier = _words(params.get("earlier") or [])
    then = _words(params.get("then") or [])
    since = _words(params.get("since") or ["since"])
    return (re.compile(later, re.I),
            re.compile(rf"(?:^|[\s,])({later}|{earlier})\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?"
                       rf"(?:[\w'’-]+\s+){{0,4}}?(?:on|of|in)?\s*(?:the\s+)?$", re.I),
            re.compile(rf"[\s,]{then}\s+(?:[\w'’-]+\s+){{0,6}}?(?:on|in)?\s*$", re.I),
            _led(rf"\b{since}\s+(?:the\s+)?$"),
            re.compile(rf"\b{_words(params.get('blockers') or [])}\b", re.I),
            # the connectors: where any starts is what the order and then patterns need in a gap
            tuple(str(w) for k in ("later", "earlier", "then") for w in params.get(k) or []))


def _lead_patterns(params: dict) -> tuple[list, re.Pattern]:
    """The named gaps ("several days", each with its bounds and pattern) and the pattern
    of a counted lead ("three days before"), made once per rule."""
    leads = _words(params.get("leads") or ["ahead of", "before"])
    gaps = [(phrase, bounds, re.compile(rf"\b{re.escape(phrase)}\b[^.;]*\b{leads}\b"))
            for phrase, bounds in (params.get("gaps") or {}).items()]
    return gaps, re.compile(rf"\b(\d+|{'|'.join(_NUMBER_WORDS)})\s+(day|week)s?\s+{leads}\b")


def _lead(ctx: Context, between: str) -> tuple[str, int, int] | None:
    """The stated lead in the words between completion and deadline, as (phrase, fewest, most)."""
    gaps, counted = ctx.derived("leads", lambda: _lead_patterns(ctx.params))
    for phrase, bounds, rx in gaps:
        if rx.search(between):
            lo, hi = bounds
            return phrase, int(lo), int(hi)
    m = counted.search(between)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        week = m.group(2) == "week"
        days = n * (7 if week else 1)
        slack = int(ctx.params.get("week_slack" if week else "exact_slack", 3 if week else 1))
        return f"{m.group(1)} {m.group(2)}{'s' if n != 1 else ''}", days - slack, days + slack
    return None


LEAD_READ = 2000


def _done_due(ctx: Context, comp: Claim, dl: Claim) -> tuple[date | None, date | None]:
    """First day done, last day due; a day by month without a year as _absolute reads it."""
    return _absolute(ctx, comp) or _day(comp.start), _absolute(ctx, dl) or _day(dl.end)


def _compare(ctx: Context, comp: Claim, dl: Claim) -> None:
    done, due = _done_due(ctx, comp, dl)
    assert done and due
    gap = (due - done).days
    facts = dict(completion=_describe(comp), deadline=due.isoformat(),
                 deadline_text=dl.text, gap=_days(abs(gap)))
    if gap < 0:
        ctx.fail([comp, dl], relation="after", **facts)
        return
    first, second = (comp, dl) if comp.span[0] <= dl.span[0] else (dl, comp)
    # a stated lead is read in the words between the two when they are at most LEAD_READ
    # characters apart: many completions before one far deadline (a list, not prose)
    # would each read the whole stretch to it
    far = second.span[0] - first.span[1] > LEAD_READ
    lead = None if far else _lead(ctx, ctx.between(comp, dl).lower())
    if lead:
        phrase, lo, hi = lead
        if not lo <= gap <= hi:
            ctx.fail([comp, dl], severity=ctx.params.get("gap_level", "warning"),
                     message=ctx.params.get("gap_message"), phrase=phrase, low=lo, high=hi, **facts)
            return
        detail = (f"completion {done} is {_days(gap)} before the {due} deadline, "
                  f"within \u201c{phrase}\u201d ({lo}\u2013{hi} days)")
    else:
        detail = f"completion {done} is {_days(gap)} before the {due} deadline"
    ctx.passed(comp, detail)
    ctx.passed(dl, detail)


# ---------------------------------------------------------------- tense

def _absolute(ctx: Context, c: Claim, months: dict[str, int] | None = None) -> date | None:
    """A single day the text names by its month (not "Friday", not "last week").

    Without a year in the text, the day is taken in the year nearest publication,
    not the year the extractor may have picked from the tense: the checks below
    ask whether the tense fits the date, so they must not assume it does.
    """
    if c.kind != "date":
        return None
    d, e = _day(c.start), _day(c.end)
    if d is None or (e is not None and e != d):
        return None
    if months is None:
        months = _calendar_for(*_calendar_key(ctx))[0]
    if not any(w.lower() in months for w in _ALPHA.findall(c.text)):
        return None
    pub = ctx.doc.published
    if pub is not None and not _YEAR_SAID.search(c.text):
        y = _nearest_year(d.month, d.day, pub)
        if y is not None and y != d.year:
            d = date(y, d.month, d.day)
    return d


_ALPHA = fast_compile(r"[A-Za-z]+")
_YEAR_SAID = fast_compile(r"\b\d{4}\b|'\d\d\b")
_YEAR4 = fast_compile(r"\b\d{4}\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\"“”]")
_ON_IN_END = fast_compile(r"\b(?:on|in)\s+$")
# the words before a date that give it a time of its own, not the clause's verb's: a
# date inside a noun phrase ("under a January 30 takeover offer": when the offer was
# made) unless a time preposition governs it ("on the January 20"), and, after a cue
# of the future, a participle after a noun ("the year ended January 3": a relative clause)
_IN_NOUN_PHRASE = fast_compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+$", re.I)
_TIME_PREP = fast_compile(r"\b(?:on|by|until|till|for|in|from|before|after|at)\s+\S+\s+$", re.I)
_PARTICIPLE = fast_compile(r"\b([\w'’-]+)\s+[a-z]+(?:ed|ing)\s+(?:on\s+)?$", re.I)
_AUX = frozenset("be been being is are was were am will would shall should can could may might must "
                 "has have had having get gets got to do does did not".split())
# a past auxiliary right before a planning word: "was set for", "had been scheduled for"
_PAST_AUX = fast_compile(r"\b(?:was|were|had(?:\s+been)?)\s+$", re.I)


# a cue that is a bare participle ("scheduled for", "set for"): no tense of its own
_BARE_PARTICIPLE = re.compile(r"^\s*[a-z]+ed\b", re.I)
# the first finite verb of the main clause after the date: past, or present/future
_MAIN_VERB = fast_compile(r"\b(?:(?P<past>was|were|had)|will|is|are|has|have|shall)\b", re.I)


def _participle_of_a_past_clause(ctx: Context, c: Claim, cue: str) -> bool:
    """A bare participle has the tense of the clause it hangs on: "Originally scheduled
    for November 24, the flight was postponed" tells a plan as past; "The vote, set for
    January 3, will be held" tells it as ahead."""
    if not _BARE_PARTICIPLE.match(cue):
        return False
    m = _MAIN_VERB.search(ctx.after(c, 120))
    return bool(m and m.group("past"))


# "plans"/"plan" after a determiner or a verb in -ed is a noun ("announced plans to cut
# jobs on Feb. 12", "its plan to ..."): the clause's finite verb is the earlier one
_PLAN_NOUN_BEFORE = fast_compile(r"(?:\b(?:a|an|the|its|their|his|her|our|new)|[a-z]{2,}ed)\s+$", re.I)


# a clause opened between the cue and the date: the date is that clause's ("It will be
# recalled that on May 18 the institute projected ...": projected, not "will")
_CLAUSE_BETWEEN = re.compile(r"\b(?:that|which|who|whom|whose|where|because|while|although|whereas)\b", re.I)


def _plan_named(clause: str, m: "re.Match[str]") -> bool:
    """The cue is the noun "plans" ("BlackBerry announced plans to cut jobs on Feb. 12"):
    a plan named, told in the clause's own tense (announced: past), not a verb of the
    future; the date may be the announcement's."""
    return m.group(0).lower().startswith("plan") and _PLAN_NOUN_BEFORE.search(clause, 0, m.start()) is not None


def _relative(clause: str, cue: int) -> bool:
    """A participle after a noun between the cue and the date ("will cover the year
    ended January 3"): the date is that participle's, not the cue's verb's."""
    m = _PARTICIPLE.search(clause, cue)
    return bool(m) and m.start(1) > cue and m.group(1).lower() not in _AUX


def _absolute_days(ctx: Context) -> list[tuple[Claim, date]]:
    """The claims that name a single day by its month, with that day (_absolute),
    in text order: worked out once per check run, for tense and sequence."""
    def days() -> list[tuple[Claim, date]]:
        months = _calendar_for(*_calendar_key(ctx))[0]
        return [(c, d) for c in ctx.claims if (d := _absolute(ctx, c, months)) is not None]
    return ctx.once("temporal.absolute", days)


@check_type("tense", defaults={"grace_days": 1, "future": [], "past": [], "unsure_year_days": 31})
def tense(ctx: Context) -> None:
    """A day said to lie ahead but dated before publication, or reported as done but
    dated after it. Only days named by their month count; the cue words are params."""
    pub = ctx.doc.published
    if pub is None:
        return
    grace = int(ctx.params.get("grace_days", 1))
    future = ctx.derived("future", lambda: _led(
        rf"\b{_words(ctx.params.get('future') or [])}\b(?:\s+[\w'’-]+){{0,6}}?\s+"
        rf"(?:on|by|until|till|for|in|from|before|after)?\s*(?:the\s+)?$"))
    past = ctx.derived("past", lambda: _led(
        rf"\b{_words(ctx.params.get('past') or [])}\s+(?:on\s+|in\s+)?(?:the\s+)?$"))
    for c, d in _absolute_days(ctx):
        before = ctx.before(c, 70)
        clause = _CLAUSE_BREAK.split(before)[-1]
        gap = (d - pub).days
        if not _YEAR4.search(c.text) and abs(gap) > int(ctx.params.get("unsure_year_days", 31)):
            continue  # without a year, "will ... on March 3" far from publication may mean another year
        if _IN_NOUN_PHRASE.search(clause) and not _TIME_PREP.search(clause):
            continue
        m = future.search(clause)
        if m and (_PAST_AUX.search(clause, 0, m.start()) or _relative(clause, m.start())
                  or _participle_of_a_past_clause(ctx, c, m.group(0)) or _plan_named(clause, m)
                  or _CLAUSE_BETWEEN.search(m.group(0), 1)):
            m = None  # "had been scheduled for March 16": the plan is told as past, not ahead
        if m and gap < -grace:
            ctx.fail([c], said=m.group(0).strip() + " " + c.text, date=d.isoformat(),
                     published=pub.isoformat(), days=_days(-gap), relation="before", told="ahead")
            continue
        m = None if m else past.search(clause)
        if m and gap > grace:
            ctx.fail([c], said=m.group(0).strip() + " " + c.text, date=d.isoformat(),
                     published=pub.isoformat(), days=_days(gap), relation="after", told="done")
            continue
        if m:
            ctx.passed(c, f"{d} is {abs(gap)} days {'after' if gap >= 0 else 'before'} "
                          f"publication ({pub}), as the tense says")


# ---------------------------------------------------------------- sequence

@check_type("sequence", defaults={"later": ["after", "following"], "earlier": ["before", "prior to"],
                                  "then": ["then", "and then", "later", "subsequently"], "since": ["since"],
                                  "blockers": [], "coordinators": ["and", "but", "or"], "max_gap_chars": 80})
def sequence(ctx: Context) -> None:
    """Explicit orderings between two dated events in one sentence: "on A, after
    the B on C" needs A >= C; "before" needs A <= C; "A ... then ... B" and "since
    A, ... on B" need B >= A. A connector after a coordinated verb ("end on A and
    start after the holiday on B") orders that verb's event, not A."""
    dated = _absolute_days(ctx)
    if len(dated) < 2:
        return
    later_rx, order_rx, then_rx, since_rx, block, connectors = ctx.derived(
        "patterns", lambda: _sequence_patterns(ctx.params))
    limit = int(ctx.params.get("max_gap_chars", 80))
    coord = ctx.derived("coordinators", lambda: re.compile(
        rf"\b{_words(ctx.params.get('coordinators') or ['and'])}\b", re.I))
    # where a connector word ("after", "then") starts, found once in the text: a pair
    # with none between them and no "since" before the first has no relation to read.
    # (Sought only when a pair of days shares a sentence: most texts have none.)
    starts = None
    for i, (a, da) in enumerate(dated):
        since = None
        for j in range(i + 1, len(dated)):
            b, db = dated[j]
            if b.sentence != a.sentence:
                break
            if max(0, b.span[0] - a.span[1]) > limit:
                break  # the claims are in text order: every later one is further still
            if starts is None:
                starts = phrase_starts(connectors, ctx.doc.text)
            k = bisect_left(starts, a.span[1])
            if since is None:
                since = since_rx.search(ctx.before(a, 20)) is not None
            if not since and (k == len(starts) or starts[k] >= b.span[0]):
                continue
            mid = ctx.between(a, b)
            if block.search(mid):
                continue
            # "on A, after/before the vote on B": the connector sits next to B
            m = order_rx.search(mid)
            relation = None
            if m and coord.search(mid, 0, m.start(1)):
                # "end on May 22 and start ... after the holiday on May 26": the
                # connector orders the second verb's event, not the first date's
                m = None
            elif m:
                relation = "later" if later_rx.fullmatch(m.group(1)) else "earlier"
            elif then_rx.search(mid):
                relation = "then"
            elif since and _ON_IN_END.search(mid):
                relation = "since"  # "since January 10, ... 12 of them on January 8"
            if relation is None:
                continue
            if relation == "earlier":
                ok, word = da <= db, m.group(1)
            elif relation == "later":
                ok, word = da >= db, m.group(1)
            else:
                ok, word = db >= da, relation
            facts = dict(first=f"{da} (\u201c{a.text}\u201d)", second=f"{db} (\u201c{b.text}\u201d)",
                         word=word.lower(), days=_days(abs((db - da).days)))
            if ok:
                detail = f"{da} and {db} are in the order \u201c{word.lower()}\u201d says"
                ctx.passed(a, detail)
                ctx.passed(b, detail)
            else:
                ctx.fail([a, b], **facts)
