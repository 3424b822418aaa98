"""Rule-based temporal tagger: find, normalise and anchor the dates, times,
durations and sets of a news article.

    lexicon.py    the vocabulary from rules/lexicons/temporal*.yaml, compiled once
    patterns/     every pattern, declared once with its regex, trigger words, handler and
                  examples, one module per family (explicit dates, years, months, days,
                  clock, relative units, seasons, durations, offsets, quarters, sets,
                  holidays, reference words); registry.py says how to declare one
    pieces.py     the lexicon's regex pieces and trigger word sets the declarations name
    grammar.py    the declarations compiled, and which pattern wins a tie (PRECEDENCE)
    finder.py     how they are run near their trigger words, fast (regextree.py: what it
                  reads off a pattern)
    normalize.py  a match -> TIMEX3 value, calendar interval, anchor: the pattern's handler
    context.py    the clause's tense and the document state relative dates lean on
    values.py     numbers, spelled years, TIMEX3 durations, the year of "in March"
    calendar.py   date arithmetic (ISO weeks, quarters, halves, seasons)
    roles.py      deadline / completion / start / event from cue words (temporal_roles.yaml)

Relative expressions are resolved against the publication date; without one
they keep X-filled TIMEX3 values ("XXXX-WXX-3") and no interval.

What a claim's `extra` may hold (serialised into the claim's JSON):
    tense       "past" | "future": the clause tense that chose the weekday/month/year
    weekday     the weekday named ("Wednesday")
    mod         TIMEX3 mod: START / MID / END ("early December"), APPROX, MORE_THAN,
                LESS_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE ("more than two years")
    vague       the vague count of a duration ("several", "few", "recent", "plural")
    relation    "before" | "after": a duration followed by "ahead of", "after"...
    relative_to {text, span, timex} of the date that relation is measured from
    offset, direction   for "two days ago" / "a year earlier": the distance and its sign
    offset_from_published  "future" for "in three weeks" (start/end is the point reached)
    range_start the first date of a range, on the claim of its bare closing day ("25" in "April 24 and 25")
    interval    the whole extent of a run of months or years said as one ("April-November": "2021-04/2021-11",
                "the 1985-90 plan": "1985/1990", ISO 8601); its TIMEX3 value is the first, start and end the run's
    fiscal, holiday, tz, quantifier, frequency, date_order   as named
"""
from __future__ import annotations

import bisect
import functools
import logging
import re
from datetime import date
from itertools import accumulate
from typing import Any

from ...deadline import CheckTimeout, one_off, tick
from ...model import Claim, Document
from ...rules import RuleSet
from .. import digits, segment
from . import grammar, registry, roles
from .lexicon import Lexicon, lexicon_for
from .normalize import Context, normalize


log = logging.getLogger(__name__)

# periods whose year, when written out, carries over to a bare "March 3" later in the sentence
_DATED_GRANS = {"day", "month", "year", "quarter", "half", "season"}


def _patterns(lex: Lexicon) -> list[grammar.Pattern]:
    return _patterns_for(lex, len(registry.RULES))  # a pattern declared since: built anew


@functools.lru_cache(maxsize=8)
@one_off
def _patterns_for(lex: Lexicon, n_rules: int) -> list[grammar.Pattern]:
    return grammar.build(lex)


def _finder(lex: Lexicon) -> grammar.Finder:
    return _finder_for(lex, len(registry.RULES))


@functools.lru_cache(maxsize=8)
@one_off
def _finder_for(lex: Lexicon, n_rules: int) -> grammar.Finder:
    return grammar.finder_for(tuple(_patterns(lex)))


def example_problems(name: str, ruleset: RuleSet) -> list[str]:
    """What is wrong with the examples of the pattern `name` (registry.py); [] when
    nothing. Each text, read as published on registry.EXAMPLE_PUBLISHED, must hold a
    match of that pattern whose claim has the example's TIMEX3 value (None: a match
    and no claim), and no handler may raise on it."""
    return [p for text, want in registry.RULES[name].examples.items()
            if (p := example_problem(name, text, want, ruleset)) is not None]


def example_problem(name: str, text: str, want: str | None, ruleset: RuleSet) -> str | None:
    doc = Document(text=text, published=registry.EXAMPLE_PUBLISHED, title="", url=None,
                   sentences=segment.split(text))
    found = _finder(lexicon_for(ruleset)).find(text)
    ours = [mt for mt in found if mt.name == name]
    if not ours:
        return f"{name} wins no match in {text!r}: {[(mt.name, text[mt.start:mt.end]) for mt in found]}"
    got = [c.timex for c in extract(doc, ruleset)
           if any(mt.start <= c.span[0] and c.span[1] <= mt.end for mt in ours)]
    if doc.notes:
        return "; ".join(doc.notes)
    if want is None:
        return f"{name} should give no claim in {text!r}, gives {got}" if got else None
    return None if want in got else f"{name} on {text!r} gives {got}, not {want!r}"


def extract(doc: Document, ruleset: RuleSet | None, settings=None) -> list[Claim]:
    """The temporal claims of a document, in text order. `settings.date_order`
    ("MDY" or "DMY") reads 1/2/2022; without settings it is MDY. A pattern whose
    handler raises loses that one claim and leaves a note in doc.notes (the report's
    notes) and a logged traceback; CheckTimeout goes through."""
    lex = lexicon_for(ruleset)
    order = (getattr(settings, "date_order", None) or "MDY").upper()
    text = doc.text
    matches = _finder(lex).find(text, digits.runs(text, doc.shared))
    cx = Context(text=text, dct=doc.published, lex=lex, date_order=order if order in ("MDY", "DMY") else "MDY")
    claims: list[Claim] = []
    current_sentence = -1
    starts = [x.start for x in doc.sentences]
    for mt in matches:
        tick()
        sent = _sentence_at(doc, starts, mt.start)
        if sent is not None:
            cx.sent_bounds = (sent.start, sent.end)
            if sent.index != current_sentence:
                current_sentence = sent.index
                cx.sentence_dates = []
                cx.sentence_day_or_month = None
                cx.sentence_years = []
        else:
            cx.sent_bounds = (0, len(text))
        try:
            r = normalize(mt, cx)
        except CheckTimeout:
            raise  # the budget is the whole check's
        except Exception as e:  # noqa: BLE001 - one expression must not sink the others: said, not hidden
            log.exception("temporal pattern %s failed on %r", mt.name, text[mt.start:mt.end])
            note = (f"temporal normalisation failed on {text[mt.start:mt.end]!r} (sentence "
                    f"{(sent.index if sent is not None else 0) + 1}, pattern {mt.name}): {type(e).__name__}: {e}")
            if note not in doc.notes:
                doc.notes.append(note)
            continue
        if r is None:
            continue
        a, b = r.span or (mt.start, mt.end)
        s0, s1 = cx.sent_bounds
        before, after = text[max(s0, a - 60):a], text[b:min(max(s1, b), b + 40)]
        extra: dict[str, Any] = {k: v for k, v in r.extra.items() if v is not None}
        if r.mod:
            extra["mod"] = r.mod
        rel = roles.relation(after) if r.kind == "duration" else None
        if rel:
            extra["relation"] = rel
        p = r.period
        claim = Claim(kind=r.kind, text=text[a:b], span=(a, b), timex=r.timex,
                      start=p.start.isoformat() if p and p.start else None,
                      end=p.end.isoformat() if p and p.end else None,
                      anchor=r.anchor or ("explicit" if p is not None and p.start else None),
                      role=roles.role(lex, r.kind, before, after),
                      value=r.value, extra=extra)
        claim.sentence = sent.index if sent is not None else 0
        claims.append(claim)
        if p is not None and r.kind in ("date", "time") and p.start is not None:
            cx.sentence_dates.append(p)
            if p.gran in ("day", "month"):
                cx.sentence_day_or_month = p
            cx.last_by_gran[p.gran] = p
            cx.last_period = p
            if r.anchor is None and p.gran in _DATED_GRANS:
                cx.sentence_years.append((p.start.year, text[a:b], b))
            if p.gran == "day":
                cx.last_day = p
    claims = _range_ends(claims, text, lex)
    _link_relations(claims)
    _clock_to_later_day(claims)
    return claims


# "January 22-24", "April 24 and 25", "March 3 to 5": the bare day number that closes a range
# (a whole number: not "10-3/4 pct" nor "4.151 billion")
_RANGE_END = re.compile(r"(?:\s*[-–]\s*|\s+(?:and|to|through|thru|until|or)\s+)(?:the\s+)?"
                        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\d,.:/%-]\d|\s*%)")


_DAY_TIMEX = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_DIGIT = re.compile(r"\d")


def _range_ends(claims: list[Claim], text: str, lex: Lexicon) -> list[Claim]:
    """A day date followed by another day number of the same month: that day is a date too
    (TimeML tags both ends of "April 24 and 25" as TIMEX3). Its year and month are the first date's."""
    out: list[Claim] = []
    overlaps = _overlap_test(claims)
    not_after = _words_at_start(tuple(lex.get("range_end_not_before") or ()))
    for c in claims:
        out.append(c)
        if c.kind != "date" or not c.timex or not _DAY_TIMEX.fullmatch(c.timex):
            continue
        m = _RANGE_END.match(text, c.span[1])
        if m is None or not _DIGIT.search(c.text):
            continue
        d1, d2 = int(c.timex[-2:]), int(m["d"])
        a, b = m.span("d")
        rest = text[m.end():m.end() + 16].lower()
        if not d1 < d2 <= 31 or overlaps(a, b) \
                or (not_after is not None and not_after.match(rest)):
            continue
        timex = c.timex[:-2] + f"{d2:02d}"
        try:
            day = date.fromisoformat(timex) if not timex.startswith("X") else None
        except ValueError:
            continue
        iso = day.isoformat() if day else None
        end = Claim(kind="date", text=text[a:m.end()], span=(a, m.end()), timex=timex, start=iso, end=iso,
                    anchor=f"{c.text} in the same range", role=c.role, extra={"range_start": c.text})
        end.sentence = c.sentence
        out.append(end)
    return out


@functools.lru_cache(maxsize=8)
def _words_at_start(words: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for 'blanks, then one of the words, at a word edge' (was a regex per word per date)."""
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, words))})\b") if words else None


def _overlap_test(claims: list[Claim]):
    """(a, b) -> does [a, b) overlap a claim? Among the claims starting before b, the
    furthest end must reach past a: one bisection, not a pass over every claim."""
    spans = sorted(c.span for c in claims)
    starts = [x for x, _ in spans]
    reach = list(accumulate((y for _, y in spans), max))

    def overlaps(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b)
        return k > 0 and reach[k - 1] > a
    return overlaps


def _sentence_at(doc: Document, starts: list[int], offset: int):
    """Document.sentence_at, by bisection (long articles have thousands of sentences)."""
    if not starts:
        return None
    i = bisect.bisect_right(starts, offset) - 1
    return doc.sentences[max(i, 0)]


def _clock_to_later_day(claims: list[Claim]) -> None:
    """'at 10:35 a.m. (0735 GMT) Friday': a clock time read against publication
    moves to a day named later in the same sentence."""
    # per sentence, the places of its day dates in order: the first after a clock is a bisection
    days: dict[int, list[int]] = {}
    for j, o in enumerate(claims):
        if o.kind == "date" and o.start and o.start == o.end and o.timex == o.start:
            days.setdefault(o.sentence, []).append(j)
    for i, c in enumerate(claims):
        clock = c.extra.pop("clock", None)
        if clock is None:
            continue
        later = days.get(c.sentence, ())
        k = bisect.bisect_right(later, i)
        if k < len(later):
            day = claims[later[k]]
            c.timex, c.start, c.end = day.timex + clock, day.start, day.end
            c.anchor = f"{day.text} in the same sentence"


def _link_relations(claims: list[Claim]) -> None:
    """'several days ahead of a January 22 deadline': name the date the duration is measured from."""
    nxt = None  # the first date or time after the claim: read from the end, once
    for c in reversed(claims):
        if "relation" in c.extra and nxt is not None and nxt.sentence == c.sentence \
                and nxt.span[0] - c.span[1] < 40:
            c.extra["relative_to"] = {"text": nxt.text, "span": list(nxt.span), "timex": nxt.timex}
        if c.kind in ("date", "time"):
            nxt = c
