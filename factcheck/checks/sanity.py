"""Sanity check types: figures that cannot be true whatever else the text says.

range-order      "$3-2 billion": a range whose low end is above its high end
share-over-100   "120% of voters": a share of a whole that cannot exceed it
world-population a city's or country's population above the world's
negative-count   a count of people or things below zero
fractional-count "5.2 ballots were cast": a count with decimals and no scale word
part-over-whole  "Thirty parties out of the 29 which contested": some of a group above the group
digit-groups     (sanity_digits.py) "from 18,0000 to 45,000": a thousands group of other than three digits
"""
from __future__ import annotations

import re

from . import Context, check_type
from ..regexwords import alternation, fast_compile, first_char_lookahead
from ._numeric import fmt, point_grouped
from ..model import Claim


def _alt(words) -> str:
    return alternation(words)


def _figures(ctx: Context) -> list[Claim]:
    """The quantities, listed once per check run: read only."""
    return ctx.once("checks.quantities", lambda: [c for c in ctx.claims if c.kind == "quantity"])


def _said(c: Claim) -> str:
    return f"\u201c{c.text}\u201d"


def _skip_words(ctx: Context) -> re.Pattern:
    return ctx.derived("skip_words", lambda: fast_compile(rf"\b{_alt(ctx.params.get('skip_words') or [])}\b", re.I))


def _skipped_sentence(ctx: Context, c: Claim) -> bool:
    """Whether the claim's sentence has one of the rule's skip_words: searched once per
    sentence and rule, not once per figure (a sentence may hold thousands)."""
    sent = ctx.sentence(c)
    try:
        return ctx.local[("skip", id(sent))]
    except KeyError:
        found = ctx.local[("skip", id(sent))] = _skip_words(ctx).search(sent.text) is not None
        return found


def _share_patterns(params: dict) -> tuple[re.Pattern, re.Pattern]:
    wholes = _alt(params.get("wholes") or [])
    measures = _alt(params.get("measures") or [])
    # (not an owner of the whole: "102 percent of the hospitals' overall capacity" is of capacity)
    return (re.compile(rf"^\s*(?P<what>of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+|eligible\s+|registered\s+)*{wholes})\b"
                       rf"(?![’'])", re.I),
            _led(rf"\b(?P<what>{measures})\b(?:\s+[\w'’-]+){{0,3}}\s+(?:of|at|was|is|reached|stood\s+at|hit)\s+(?:a\s+|an\s+)?(?:record\s+|about\s+|nearly\s+|some\s+)?$"))


def _led(rx: str) -> re.Pattern:
    """A case-blind pattern searched through the words before a figure, behind a lookahead
    of the characters its matches start with (the same matches; most places rejected at once)."""
    return fast_compile(first_char_lookahead(rx, re.I) + rx, re.I)


# the ends as written; a number before "/" is part of a fraction ("5-3/4 to six pct")
_RANGE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?![\d/])\s*(?:-|\u2013|\u2014|(to)|and)\s*(?:[$£€¥]\s*)?(\d[\d,]*(?:\.\d+)?)(?![\d/])")
# an open "from" earlier in the clause: "lowered from 3.4 to 1.3 billion", "from about 20
# mln in 1988/89 to 60 mln": the "to" ends a movement, whose ends may go down
_OPEN_FROM = fast_compile(r"\bfrom\b(?!.*\bto\b)[^,;:()]*$", re.I | re.S)
_PEOPLE = fast_compile(r"\b(people|persons|men|women|children|soldiers|troops|workers|residents)\b")


@check_type("range-order", defaults={"skip_words": []})
def range_order(ctx: Context) -> None:
    """The low end of a range must not exceed the high end. Read from the figures as
    written ("3-2 billion"), so a scale word on one end only cannot hide it. "From A
    to B" is a movement (it may go down), not a range."""
    for c in _figures(ctx):
        if c.hedge != "range":
            continue
        m = _RANGE.search(c.text)
        if not m:
            continue
        a, b = (float(x.replace(",", "")) for x in m.group(1, 3))
        if m.group(2) and _OPEN_FROM.search(ctx.before(c, 80)):
            continue  # "from 3.4 to 1.3 billion": a change from one level to another, not a range
        if c.unit is None and (c.category in (None, "other") or _skipped_sentence(ctx, c)):
            continue  # scores ("won 3-2"), ratios, results
        digits = [len(x.replace(",", "").split(".")[0]) for x in m.group(1, 3)]
        if digits[1] < digits[0]:
            continue  # "1998-99", "150-60": a shortened high end, not a reversed range
        if a > b:
            ctx.fail([c], range=_said(c), low=fmt(a), high=fmt(b))
        else:
            ctx.passed(c, f"range {fmt(a)} to {fmt(b)} is in order")


@check_type("share-over-100", defaults={"wholes": [], "measures": []})
def share_over_100(ctx: Context) -> None:
    """A share of a whole that cannot be exceeded ("120% of voters", "turnout of 104%")."""
    of_whole, measure_before = ctx.derived("patterns", lambda: _share_patterns(ctx.params))
    for c in _figures(ctx):
        v = c.value if c.value is not None else c.low
        if c.unit != "percent" or v is None or c.extra.get("change") or c.extra.get("change_prep"):
            continue
        after = ctx.after(c, 60)
        before = ctx.before(c, 60)
        m = of_whole.match(after) or measure_before.search(before)
        if not m:
            continue
        what = m.group("what").strip().lower()
        if v > 100:
            ctx.fail([c], share=_said(c), what=what)
        else:
            ctx.passed(c, f"{fmt(v)}% ({what}) is a possible share")


@check_type("world-population", defaults={"world": 8.2e9, "skip_words": []})
def world_population(ctx: Context) -> None:
    """No city's or country's population exceeds the world's."""
    world = float(ctx.params.get("world", 8.2e9))
    skip = _skip_words(ctx)
    for c in _figures(ctx):
        v = c.value if c.value is not None else c.low
        if c.category != "population" or v is None or c.unit:
            continue
        if _skipped_sentence(ctx, c) or skip.search(c.subject or ""):
            continue
        where = f" of {c.subject}" if c.subject else ""
        if v > world:
            ctx.fail([c], population=_said(c), value=fmt(v), where=where, world=fmt(world))
        else:
            ctx.passed(c, f"population {fmt(v)}{where} is below the world's ({fmt(world)})")


@check_type("negative-count", defaults={"categories": []})
def negative_count(ctx: Context) -> None:
    """A count of people or things cannot be negative."""
    cats = ctx.derived("categories", lambda: set(ctx.params.get("categories") or []))
    for c in _figures(ctx):
        v = c.value if c.value is not None else c.low
        if v is None or c.unit or c.category not in cats and not (c.measure and _PEOPLE.search(c.measure)):
            continue
        if v < 0 and not _DASH_CLOSED.match(ctx.after(c, 40)):
            ctx.fail([c], count=_said(c), value=fmt(v), measure=c.measure or c.category)


# a dash before the figure that one after its words closes is an aside's, not a minus
# ("2,928,152 households below the Poverty Line (PL), -11,465,599 people-;")
_DASH_CLOSED = re.compile(r"[^\d.;:()\-\u2013\u2014]{0,30}?[\w)]\s*[-\u2013\u2014](?:[\s,;:.)]|$)")


# a scale as a letter set apart from the figure: "5.25 M people"
_SCALE_LETTER = re.compile(r"\s(?:M|K|B|bn|mn)\b")


# what a figure is compared against stands right before it
_COMPARED = fast_compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|from|than)\s+$", re.I)


@check_type("fractional-count", defaults={"count_nouns": [], "rate_before": [], "rate_after": []})
def fractional_count(ctx: Context) -> None:
    """A count of people or things ("5.2 ballots were cast") is a whole number unless a
    scale word goes with it ("5.2 million"); an average or a rate ("2.4 people per
    household") may have decimals. Only a figure whose own noun is a count of people or
    things is read: the sentence's topic ("a 6.5 magnitude quake killed 15") is not."""
    people = ctx.derived("count_nouns", lambda: ctx.people_nouns() | set(ctx.params.get("count_nouns") or []))
    before = ctx.derived("rate_before", lambda: re.compile(rf"\b{_alt(ctx.params.get('rate_before') or [])}\b", re.I))
    after = ctx.derived("rate_after", lambda: re.compile(rf"\b{_alt(ctx.params.get('rate_after') or [])}\b", re.I))
    for c in _figures(ctx):
        v = c.value
        if v is None or c.unit or c.hedge == "range" or float(v).is_integer() \
                or (c.counts_head or "").lower() not in people:
            continue
        if c.extra.get("scale") or (c.aspect or {}).get("kind") not in ("level", "target") \
                or not re.fullmatch(r"[^\d]*\d+\.\d+", c.text):
            continue  # "5.2 million", "a 2.5 rise", "two-and-a-half" words
        if point_grouped(c):
            continue  # "1.900 passengers": a point grouping thousands (1,900), no fraction
        if before.search(ctx.before(c, 40)) or after.search(ctx.after(c, 40)):
            continue  # "an average of 1.5 deaths", "2.4 people per household"
        lead = ctx.before(c, 80)
        if (m := _COMPARED.search(lead)) and after.search(lead, 0, m.start()):
            continue  # "2.2 residents for each home, compared with 4.8 people 100 years ago": the rate's
            # other value is a rate too
        if _SCALE_LETTER.match(ctx.after(c, 4)):
            continue  # "5.25 M people": the scale as a letter, set apart
        ctx.fail([c], count=_said(c), what=c.counts_head or c.category)


# "N [noun] out of (the) M": the part, the words of its noun, and the whole after "out of"
_OUT_OF = re.compile(r"(?P<noun>(?:\s+[A-Za-z][\w’'-]*){0,3})\s+out\s+of\s+(?:the\s+|all\s+|a\s+total\s+of\s+)?")
# after the whole: its own noun (the part's again, or none), or a clause that refers back to it
_WHOLE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:which|who|that|whom)\b|(?P<noun>[A-Za-z][\w’'-]*))")


@check_type("part-over-whole", defaults={})
def part_over_whole(ctx: Context) -> None:
    """"Thirty political parties out of the 29 which contested": a count of some of a group
    ("N out of M") above the count of the group itself. The whole must count the part's
    things: its own noun after it is the part's noun or none ("out of the 29 which
    contested"); "took 300 people out of the two buildings" counts two other things."""
    figures = [c for c in _figures(ctx) if c.value is not None and not c.unit and c.hedge != "range"]
    text = ctx.doc.text
    for a, b in zip(figures, figures[1:]):
        if a.sentence != b.sentence or a.span[1] >= b.span[0]:
            continue
        m = _OUT_OF.fullmatch(text, a.span[1], b.span[0])
        if m is None:
            continue
        after = _WHOLE_AFTER.match(text, b.span[1])
        if after is None:
            continue
        noun = after.group("noun")
        if noun and noun.lower().rstrip("s") not in {w.lower().rstrip("s") for w in m.group("noun").split()}:
            continue  # (another thing: "out of the two buildings")
        if a.value > b.value:
            ctx.fail([a, b], part=_said(a), whole=_said(b))


@check_type("year-typo", defaults={"before": [], "years_back": 30, "years_ahead": 10})
def year_typo(ctx: Context) -> None:
    """A five-digit number where a year stands ("crimes in 20023 with the territories at
    the top"): after a word that opens a time (param `before`), no comma, no unit, and
    nothing after it that it counts; one digit less it is a year near publication
    (years_back before to years_ahead after). A year typed with a digit too many."""
    pub = ctx.doc.published
    if pub is None:
        return
    before = ctx.derived("year_before", lambda: fast_compile(rf"\b(?:{_alt(ctx.params.get('before') or [])})\s+$", re.I))
    lo, hi = pub.year - int(ctx.params.get("years_back", 30)), pub.year + int(ctx.params.get("years_ahead", 10))
    for c in _figures(ctx):
        if c.unit or not _FIVE_DIGITS.fullmatch(c.text) or not before.search(ctx.before(c, 12)) \
                or not _NOTHING_COUNTED.match(ctx.after(c, 20)):
            continue
        years = sorted({y for i in range(5) if lo <= (y := int(c.text[:i] + c.text[i + 1:])) <= hi and len(str(y)) == 4})
        if years:
            ctx.fail([c], figure=_said(c), years=" or ".join(str(y) for y in years))


_FIVE_DIGITS = re.compile(r"[12]\d{4}")
# after the figure: the clause goes on or ends, no noun of what it counts ("in 20023 with", "in 20023.")
_NOTHING_COUNTED = re.compile(r"\s*(?:[.,;:)!?]|$|(?:with|and|or|but|when|while|as|compared|against|versus|vs|"
                              r"from|to|after|before|for|in|on|at|the|a|an|is|was|were|are|had|has)\b)", re.I)
