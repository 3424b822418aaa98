"""What the agreement check types share (agreement, agreement_headline,
agreement_count_list): the figures of a text and which stand in its headline, a
figure's interval under the rule's `approx`, how a figure is quoted in a message,
a measure's words, the people a figure counts (`people_nouns`), and a rule's word
lists made once; and what repeated-figure (agreement) and its named-again readings
(agreement_named) both read: when two intervals meet, a figure's scope phrase, the
wholes a part is picked from, a finding already made.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Callable

from . import Context, _frames, per_claim
from ..extract.frame.aspect import OF_THE_BEFORE
from ..regexwords import alternation, fast_compile
from ._numeric import interval, overlaps
from ..model import Claim


def _alt(words) -> str:
    return alternation(words)


def _lowered(ctx: Context, param: str) -> frozenset[str]:
    """A word-list param, lower-cased, made once per rule and check run (read per claim)."""
    return ctx.derived(("lowered", param),
                       lambda: frozenset(w.lower() for w in ctx.params.get(param) or []))


def _iv(ctx: Context, c: Claim, approx: float | None = None) -> tuple[float, float]:
    if approx is None:
        return _rule_iv(ctx, c)
    return interval(c, approx=float(approx))


@per_claim
def _rule_iv(ctx: Context, c: Claim) -> tuple[float, float]:
    return interval(c, approx=float(ctx.params.get("approx", 0.1)))


def _money(c: Claim) -> bool:
    """A sum of money: its unit a currency code ("USD", "FRF")."""
    return bool(c.unit and c.unit.isupper() and len(c.unit) == 3)


def _said(c: Claim) -> str:
    return f"\u201c{c.text}\u201d"


def _norm(measure: str | None) -> str:
    return " ".join(_LETTERS.findall((measure or "").lower()))


_LETTERS = fast_compile(r"[a-z]+")


def _figures(ctx: Context) -> list[Claim]:
    """The figures (quantities with a value), listed once per check run: read only."""
    return ctx.once("checks.figures", lambda: [c for c in ctx.claims if c.kind == "quantity"
                                               and (c.value is not None or c.low is not None)])


def _in_sentence(ctx: Context, k: int) -> list[Claim]:
    """The figures of sentence k (_figures by sentence, listed once per check run): a
    figure's neighbours without reading every figure of the text for each."""
    by = ctx.once("checks.figures_by_sentence", lambda: _by_sentence(_figures(ctx)))
    return by.get(k, [])


def _by_sentence(figures: list[Claim]) -> dict[int, list[Claim]]:
    out: dict[int, list[Claim]] = {}
    for c in figures:
        out.setdefault(c.sentence, []).append(c)
    return out


def _in_headline(ctx: Context, c: Claim) -> bool:
    h = ctx.doc.headline
    return h is not None and h.start <= c.span[0] < h.end


def _counted(ctx: Context, c: Claim) -> str:
    """The people the figure counts, from categories.yaml `people_nouns` and the rule's
    `people_participles` ("12 Americans" -> "americans"; "12,000 people" -> "people";
    "12 killed" -> "killed"), else ""."""
    nouns = ctx.derived("counted_people", lambda: ctx.people_nouns() | _lowered(ctx, "people_participles"))
    m = _COUNTED.match(ctx.after(c, 30))
    if not m:
        return ""
    first = m.group(1)
    if first.lower() == "others":
        return "other people"  # "10 others died" counts what "10 other people died" does
    if first[0].isupper() and (first + "s").lower() in nouns:
        return (first + "s").lower()  # "12 American victims" counts Americans
    for w in m.groups():  # "12 Americans", "12 more Americans"
        if w and w.lower() in nouns:
            return ("other " if first.lower() == "other" else "") + w.lower()
    return ""


_COUNTED = re.compile(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


# ------------------------------------------------- read by repeated-figure and named-again

PERCENT = ("percent", "percentage_point")


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


# "the western part of the northern flank of": a part of the place named after it
_PART_OF = (r"(?:[a-z-]+\s+){0,2}(?:part|parts|regions?|areas?|zones?|half|side|flank|sections?|corner|end|edge|reaches|tip)"
            r"\s+of\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:part|region|area|half|side|flank|slope)\s+of\s+(?:the\s+)?)?")


# words that name nothing: determiners, auxiliaries and linking verbs, hedges
_FUNCTION = frozenset("the a an its their this that these those was were is are be been has have had "
                      "about some only just nearly almost around roughly over under than more less at least "
                      "also then total put stood".split())


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two intervals share a value. Rounding intervals that only touch do not: "two" is
    1.5 to 2.5 and "three" 2.5 to 3.5, and no count is both (a rounded figure stands for
    the values up to its upper bound, not at it)."""
    if a[0] == a[1] or b[0] == b[1]:
        return overlaps(a, b)
    return a[0] < b[1] and b[0] < a[1]


def _distinct(ctx: Context, claims: list[Claim], most: int) -> list[tuple[float, float]]:
    """The figures' intervals, those overlapping an earlier one left out (stopping past `most`)."""
    out: list[tuple[float, float]] = []
    for c in claims:
        iv = _iv(ctx, c)
        if not any(_meet(iv, o) for o in out):
            out.append(iv)
            if len(out) > most:
                break
    return out


# between a figure and one in a phrase hanging off its clause: a few words, no
# punctuation or figure, then a preposition of place or of the set it holds across
_SCOPE_GAP = re.compile(r"\s+(?:[A-Za-z][\w’'-]*\s+){0,5}?(?:in|across|among|from|at)\s+"
                        r"(?:(?:the|its|their|some|about|nearly|over|more\s+than)\s+)?")


def _scope(ctx: Context, c: Claim) -> bool:
    """A count in a phrase hanging off the clause of a figure before it, saying where or
    across what that figure holds ("372 people had been injured in seven prefectures",
    "34,297 evacuees in the three prefectures"): the scope of another claim, not a claim
    of its own. Two scopes count the places of two different figures."""
    figures = _in_sentence(ctx, c.sentence)
    starts = _of_sentence(ctx, "agreement.starts", c, lambda s: [o.span[0] for o in figures])
    k = bisect_left(starts, c.span[0])  # (not read from the sentence's start for each figure)
    before = figures[k - 1] if k else None
    return before is not None and before.unit not in PERCENT \
        and _SCOPE_GAP.fullmatch(ctx.doc.text, before.span[1], c.span[0]) is not None


def _found(ctx: Context, a: Claim, b: Claim) -> bool:
    """A warning or error of this run names both claims already. An info one (a pair the
    frames compared but could not tie to one whole) gives way to the surer reading that
    found the pair again (a sentence given twice, a figure named again): it is dropped."""
    both = {a.id, b.id}
    if any(both <= set(f.claims) for f in ctx.findings if f.severity != "info"):
        return True
    unsure = [f for f in ctx.findings if f.severity == "info" and both <= set(f.claims)]
    if unsure:
        gone = {id(f) for f in unsure}
        ctx.findings[:] = [f for f in ctx.findings if id(f) not in gone]
        said = {f.message for f in unsure}
        for c in (a, b):
            c.checks[:] = [k for k in c.checks if not (k.rule == ctx.rule.id and k.detail in said)]
    return False


def _picked_from(ctx: Context) -> set[str]:
    """The ids of wholes a part or a share is picked from ("six of the 48 seats": 48;
    "23 percent of the 165,603 packages": 165,603). Such a whole is the size of the set
    its sentence picks from; two of them that differ are two sets (two houses, this
    week's sale and last week's), not one set counted twice: a pair of them is not
    compared. One such whole and any other figure still are."""
    def make() -> set[str]:
        wholes = {(c.aspect or {}).get("of") for c in _figures(ctx) if _frames.aspect(c) in ("part", "share")}
        return {c.id for c in _figures(ctx) if c.id in wholes and OF_THE_BEFORE.search(ctx.before(c, 30))}
    return ctx.once("agreement.picked_from", make)
