"""arithmetic.share: a part, its whole and the share they make ("1,200 of the 4,000
workers, or 30%"; "to 1.2 mln shares, or 5.1 pct, from 800,000 shares, or 3.4 pct":
both shares of one whole), and parts against the total they belong to ("225 dead,
including 119 police and 141 civilians"; "Of the 3,400 workers, 2,100 ... and 1,600").
"""
from __future__ import annotations

import re

from . import Context, check_type
from ._numeric import fmt, fmt_interval, overlaps
from .arithmetic import PERCENT, _alt, _figures_by_sentence, _gap, _iv, _ratio, _said, _same_unit
from ..model import Claim

_PART_GLUE = re.compile(r"^(?:\s*+[\w'’ -]{0,40}?(?:,\s*+(?:and\s++)?|\s++and\s++)|\s++and\s++)$")

@check_type("share", defaults={"approx": 0.1, "trailing_zeros_are_rounding": True,
                               "part_cues": ["including", "among them", "among whom", "of whom",
                                             "of them", "of which"],
                               "complete_cues": ["comprising", "consisting of", "made up of",
                                                 "split between", "divided into", "broken down into"],
                               "exceeds_message": None, "same_message": None, "parts_message": None})
def share(ctx: Context) -> None:
    """A part, its whole and the share they make; parts against the total they belong to."""
    for claims in _figures_by_sentence(ctx).values():
        for i, a in enumerate(claims):
            # the figures after `a` are read from the sentence's list where they are
            # (a copy of the rest per figure would cost the sentence's length each time)
            if i + 1 < len(claims):
                _part_of_whole(ctx, a, claims, i + 1)
                _same_share(ctx, a, claims[i + 1])
                _parts(ctx, a, claims, i + 1)


_OF = re.compile(r"^\s++(?:out\s++)?of\s++(?:the|its|their|all|all\s++the|a\s++total\s++of|some)?\s*+$", re.I)
_OR = re.compile(r"^[^,;.()\d]{0,40}?(?:,\s*+or\s++|\s*+\(\s*+|\s++or\s++)"
                 r"(?:about\s++|around\s++|some\s++|nearly\s++|almost\s++|roughly\s++)?$", re.I)


def _part_of_whole(ctx: Context, a: Claim, claims: list[Claim], j: int) -> None:
    """"A of the B ..., or P%" and "P% of the B ..., or A" (B is claims[j], the figure after A)."""
    b = claims[j]
    if not _OF.match(_gap(ctx, a, b)) or b.unit in PERCENT:
        return
    pc = claims[j + 1] if j + 1 < len(claims) else None
    if a.unit in PERCENT:
        part, whole, pct = (pc, b, a) if pc and pc.unit not in PERCENT and _OR.match(_gap(ctx, b, pc)) else (None, b, a)
    else:
        part, whole, pct = a, b, (pc if pc and pc.unit == "percent" and _OR.match(_gap(ctx, b, pc)) else None)
        if pct is not None and re.match(r"^\s*of\b", ctx.after(pct, 10)):
            pct = None  # "3 of the 10 banks, or 30% of assets": a share of something else
    if part is None or not _same_unit(part, whole):
        return
    p_iv, w_iv = _iv(ctx, part), _iv(ctx, whole)
    if p_iv[0] > w_iv[1]:
        ctx.fail([part, whole], message=ctx.params.get("exceeds_message"), part=_said(part),
                 whole=_said(whole), total=fmt_interval(w_iv), sum=fmt_interval(p_iv))
        return
    if pct is None:
        return
    r = _ratio(w_iv, p_iv)
    if r is None:
        return
    computed = (r[0] * 100, r[1] * 100)
    exact = part.value / whole.value * 100 if part.value is not None and whole.value else None
    if overlaps(computed, _iv(ctx, pct)):
        detail = f"{part.text} of {whole.text} is {fmt(exact)}%, as stated ({pct.text})"
        for c in (part, whole, pct):
            ctx.passed(c, detail)
        return
    ctx.fail([part, whole, pct], part=_said(part), whole=_said(whole), stated=_said(pct),
             computed=f"{fmt(exact)}%", lowest=f"{computed[0]:.1f}%", highest=f"{computed[1]:.1f}%")


def _same_share(ctx: Context, a: Claim, b: Claim) -> None:
    """Two ways of saying one share: "one in five, or 20%", "a third of voters (33%)"."""
    if a.unit != "percent" or b.unit != "percent" or not _OR.match(_gap(ctx, a, b)):
        return
    if not (a.extra.get("fraction") or b.extra.get("fraction")):
        return  # "5% (3% excluding food)": two plain percentages may be different shares
    if a.extra.get("change") or b.extra.get("change"):
        return
    ia, ib = _iv(ctx, a), _iv(ctx, b)
    if overlaps(ia, ib):
        detail = f"{a.text} ({fmt(a.value)}%) and {b.text} agree"
        ctx.passed(a, detail)
        ctx.passed(b, detail)
        return
    ctx.fail([a, b], message=ctx.params.get("same_message"), first=_said(a), second=_said(b),
             first_value=f"{fmt(a.value)}%", second_value=f"{fmt(b.value)}%")


def _parts_head(params: dict) -> re.Pattern:
    """What stands between a total and its first part: "dead, including", "split
    between", "victims:". The words before the cue start after the leading blanks, or
    there are none and a blank run goes straight to the cue (see _PART_GLUE)."""
    cue = (rf"(?:(?P<part>{_alt(params.get('part_cues') or [])})"
           rf"|(?P<all>{_alt(params.get('complete_cues') or [])}))\s++$")
    return re.compile(
        rf"^(?:\s*+[\w'’ -]{{0,40}}?(?:,\s*+|\s++|\s*+[:\u2014]\s*+)|\s++){cue}"
        rf"|^(?:\s*+[\w'’ -]{{1,40}}?|[^\S ]*+ )\s*+(?P<colon>:)\s*+$", re.I)


def _parts(ctx: Context, total: Claim, claims: list[Claim], j: int) -> None:
    """"225 dead, including 19 police officers and 41 civilians": parts may not exceed
    the total; a list said to be complete ("comprising", ":") must add up to it. The
    parts are claims[j:] as far as list glue joins them."""
    if total.unit in PERCENT or total.hedge == "range":
        return
    head = _gap(ctx, total, claims[j])
    m = ctx.derived("parts_head", lambda: _parts_head(ctx.params)).match(head)
    if not m:
        return
    complete = not m.group("part")
    parts = [claims[j]]
    for k in range(j + 1, len(claims)):  # (by index: islice would step over the first j)
        if not _PART_GLUE.match(_gap(ctx, parts[-1], claims[k])):
            break
        parts.append(claims[k])
    if len(parts) < 2 and complete:
        return
    if any(p.unit != total.unit or p.hedge == "range" for p in parts):
        return
    t_iv = _iv(ctx, total)
    ivs = [_iv(ctx, p) for p in parts]
    s_iv = (sum(i[0] for i in ivs), sum(i[1] for i in ivs))
    listed = " + ".join(p.text for p in parts)
    exact_sum = sum(p.value or p.low or 0 for p in parts)
    if s_iv[0] > t_iv[1]:
        ctx.fail([total, *parts], message=ctx.params.get("parts_message"), parts=listed,
                 sum=fmt(exact_sum), total=_said(total), relation="more than")
    elif complete and not overlaps(s_iv, t_iv):
        ctx.fail([total, *parts], message=ctx.params.get("parts_message"), parts=listed,
                 sum=fmt(exact_sum), total=_said(total), relation="less than" if s_iv[1] < t_iv[0] else "not")
    else:
        detail = f"parts {listed} = {fmt(exact_sum)} fit the total {total.text}"
        for c in (total, *parts):
            ctx.passed(c, detail)


