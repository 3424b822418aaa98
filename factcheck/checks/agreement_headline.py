"""agreement.headline: each headline figure needs support in the body, a figure of
the same kind whose interval meets the headline's (headlines round: an exact
headline figure stands for itself give or take `headline_approx`).
"""
from __future__ import annotations

import math

from . import Context, check_type
from ._agreement import _counted, _figures, _in_headline, _iv, _norm, _said
from ._numeric import fmt_interval, overlaps
from ..model import Claim


@check_type("headline", defaults={"approx": 0.1, "headline_approx": 0.15, "max_words": 20,
                                  "categories": [], "people_nouns": [], "unsupported_message": None})
def headline(ctx: Context) -> None:
    """Each headline figure needs support in the body: a figure of the same kind
    (category or measure, unit) whose interval meets the headline's. Contradicted:
    the body gives that kind of figure, but never a compatible one. Unsupported:
    the body never gives that kind of figure nor that number (an info note)."""
    h_sent = ctx.doc.headline
    if h_sent is None or len(h_sent.text.split()) > int(ctx.params.get("max_words", 20)):
        return  # a lead paragraph, not a headline
    contested = ctx.derived("categories", lambda: set(ctx.params.get("categories") or []))
    figures = _figures(ctx)
    head = [c for c in figures if _in_headline(ctx, c)]
    body = [c for c in figures if not _in_headline(ctx, c)]
    for h in head:
        ih = _headline_iv(ctx, h)
        h_noun = _counted(ctx, h)
        same_kind = [b for b in body if b.unit == h.unit and _same_kind(h, b, h_noun, _counted(ctx, b))]
        support = [b for b in same_kind if _supports(ctx, h, ih, b)]
        if support:
            b = support[0]
            ctx.passed(h, f"the body supports it: {_said(b)} ({fmt_interval(_iv(ctx, b))})")
            continue
        if same_kind and (h.category in contested or h_noun or any(_norm(b.measure) == _norm(h.measure) != ""
                                                                    for b in same_kind)):
            body_said = ", ".join(_said(b) for b in same_kind[:3])
            ctx.fail([h, *same_kind[:3]], headline=_said(h), head_iv=fmt_interval(ih), body=body_said)
            continue
        same_number = [b for b in body if b.unit == h.unit and overlaps(ih, _iv(ctx, b))]
        if same_number:
            ctx.passed(h, f"the body gives the same figure: {_said(same_number[0])}")
            continue
        ctx.fail([h], severity="info", message=ctx.params.get("unsupported_message"),
                 headline=_said(h), head_iv=fmt_interval(ih))


def _headline_iv(ctx: Context, h: Claim) -> tuple[float, float]:
    """Headlines round ("$2bn" for $2.3bn, "50 killed" for at least 48): an exact
    headline figure stands for itself give or take `headline_approx`."""
    a = float(ctx.params.get("headline_approx", 0.15))
    lo, hi = _iv(ctx, h, a)
    if h.hedge in ("exact", "range") and math.isfinite(lo) and math.isfinite(hi):
        lo, hi = lo - a * abs(lo), hi + a * abs(hi)
    return lo, hi


def _supports(ctx: Context, h: Claim, ih: tuple[float, float], b: Claim) -> bool:
    """The body figure gives what the headline says. A bound in the body ("at least
    12,000") supports a headline near that bound; a vague figure ("thousands", "as many
    as 300,000") supports nothing precise; a hedged headline ("at least 51 killed") needs
    the body to give as much."""
    ib = _iv(ctx, b)
    slack = float(ctx.params.get("headline_approx", 0.15))
    if h.hedge == "at_least":
        return ib[0] >= ih[0] * (1 - slack) or math.isfinite(ib[1]) and ib[1] >= ih[0] and b.hedge != "at_most"
    if h.hedge == "at_most":
        return ib[1] <= ih[1] * (1 + slack)
    if b.hedge == "at_least":
        return ih[0] <= ib[0] <= ih[1]
    if b.hedge == "at_most":
        return ih[0] <= ib[1] <= ih[1]
    if not math.isfinite(ib[1] - ib[0]) or ib[1] - ib[0] > 0.5 * abs(ib[1]) + 1:
        return False  # "thousands"
    return overlaps(ih, ib)


def _same_kind(h: Claim, b: Claim, h_noun: str = "", b_noun: str = "") -> bool:
    if h_noun and h_noun == b_noun:
        return True  # "2,500 Americans" and "2,500 Americans"
    if h.category and b.category and h.category not in ("other", "share") and h.category == b.category:
        return True
    return bool(_norm(h.measure)) and _norm(h.measure) == _norm(b.measure)
