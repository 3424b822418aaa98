"""Temporal check types: dates against each other and against the calendar."""
from __future__ import annotations

import re
from datetime import date

from . import Context, check_type
from ..model import Claim


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _describe(c: Claim, ctx: Context) -> str:
    anchor = f", from {c.anchor}" if c.anchor else ""
    return f"{c.start} (\u201c{c.text}\u201d{anchor})"


@check_type("deadline-order")
def deadline_order(ctx: Context) -> None:
    """A completion must not fall after the deadline it is said to meet, and a
    stated lead ("several days ahead of") must fit the real gap."""
    gaps: dict[str, list[int]] = ctx.params.get("gaps", {})
    by_sentence: dict[int, list[Claim]] = {}
    for c in ctx.claims:
        if c.is_temporal and c.role in ("completion", "deadline") and c.kind in ("date", "time"):
            by_sentence.setdefault(c.sentence, []).append(c)
    for claims in by_sentence.values():
        completions = [c for c in claims if c.role == "completion" and _day(c.start)]
        deadlines = [c for c in claims if c.role == "deadline" and _day(c.end)]
        for comp in completions:
            for dl in deadlines:
                _compare(ctx, comp, dl, gaps)


def _compare(ctx: Context, comp: Claim, dl: Claim, gaps: dict[str, list[int]]) -> None:
    done, due = _day(comp.start), _day(dl.end)
    assert done and due
    gap = (due - done).days
    facts = dict(completion=_describe(comp, ctx), deadline=due.isoformat(),
                 deadline_text=dl.text, gap=abs(gap))
    if gap < 0:
        ctx.fail([comp, dl], relation="after", **facts)
        return
    between = ctx.doc.text[min(comp.span[1], dl.span[1]):max(comp.span[0], dl.span[0])].lower()
    for phrase, (lo, hi) in gaps.items():
        if re.search(rf"\b{re.escape(phrase)}\b[^.]*\b(ahead of|before|early|earlier than)\b", between):
            if not lo <= gap <= hi:
                ctx.fail([comp, dl], severity=ctx.params.get("gap_level", "warning"),
                         message=ctx.params["gap_message"], phrase=phrase, low=lo, high=hi, **facts)
                return
            detail = (f"completion {done} is {gap} days before the {due} deadline, "
                      f"within \u201c{phrase}\u201d ({lo}\u2013{hi} days)")
            break
    else:
        detail = f"completion {done} is {gap} days before the {due} deadline"
    ctx.passed(comp, detail)
    ctx.passed(dl, detail)
