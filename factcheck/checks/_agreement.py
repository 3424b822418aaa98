"""What the agreement check types share (agreement, agreement_headline,
agreement_count_list): the figures of a text and which stand in its headline, a
figure's interval under the rule's `approx`, how a figure is quoted in a message,
a measure's words, the people a figure counts (`people_nouns`), and a rule's word
lists made once.
"""
from __future__ import annotations

import re

from . import Context, per_claim
from ..regexwords import alternation, fast_compile
from ._numeric import interval
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
