"""Arithmetic check types: figures in one sentence that must compute.

percent-change  "rose 76% to $1.13bn from $639m"; "doubled to 400 from 200"
share           arithmetic_share.py
conversion      "$280bn (£155bn)" against the ECB rate; "15 km (9 miles)"
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import replace
from datetime import date, timedelta

from . import Context, check_type, per_claim
from ..regexwords import alternation, first_char_lookahead
from ._numeric import INF, fmt, fmt_interval, interval, overlaps
from ..model import Claim

PERCENT = ("percent", "percentage_point")


def _q(ctx: Context) -> list[Claim]:
    """The figures (quantities with a value), listed once per check run: read only."""
    return ctx.once("checks.figures", lambda: [c for c in ctx.claims if c.kind == "quantity"
                                               and (c.value is not None or c.low is not None)])


def _figures_by_sentence(ctx: Context) -> dict[int, list[Claim]]:
    """_by_sentence(_q(ctx)), made once per check run: read only."""
    return ctx.once("arithmetic.by_sentence", lambda: _by_sentence(_q(ctx)))


def _by_sentence(claims: list[Claim]) -> dict[int, list[Claim]]:
    out: dict[int, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.sentence, []).append(c)
    for v in out.values():
        v.sort(key=lambda c: c.span[0])
    return out


def _iv(ctx: Context, c: Claim, **kw) -> tuple[float, float]:
    return interval(c, approx=float(ctx.params.get("approx", 0.1)),
                    trailing_zeros=bool(ctx.params.get("trailing_zeros_are_rounding", True)), **kw)


def _said(c: Claim) -> str:
    return f"\u201c{c.text}\u201d"


# ---------------------------------------------------------------- percent change

# "from $639m", "to a record $1.13bn", "from last year's $1.55bn": up to three plain words between
_PREP = re.compile(r"(?=[FTft])\b(from|to)\s+(?:(?:a|an|the|last|this|next|previous|prior|record|revised|new|all-time|"
                   r"high|low|peak|of|about|around|some|nearly|almost|roughly|just|over|under|estimated|"
                   r"year-earlier|year-ago|[a-z]+['’]s?)\s+){0,3}$", re.I)
_PER = re.compile(r"^\s*(?:a|per|each)\s+(?:share|ton|tonne|barrel|ounce|pound|head|person|day|week|month|year|hour)\b", re.I)


@per_claim
def _prep(ctx: Context, c: Claim) -> str | None:
    m = _PREP.search(ctx.before(c, 40))
    return m.group(1).lower() if m else None


def _direction(ctx: Context, p: Claim) -> str | None:
    ch = p.extra.get("change")
    if ch in ("rise", "fall"):
        return ch
    before = ctx.before(p, 40).lower()
    after = ctx.after(p, 30).lower()
    for d, word_before, noun_after in ctx.derived("direction", lambda: _direction_patterns(ctx.params)):
        if word_before.search(before):
            return d
        if noun_after.match(after):
            return d
    return None


def _direction_patterns(params: dict) -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    return tuple((d, _led(rf"\b{_alt(params.get(d + '_words') or [])}\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?$"),
                  re.compile(rf"^\s+{_alt(params.get(d + '_nouns') or [])}\b"))
                 for d in ("rise", "fall"))


def _led(rx: str, flags: int = 0) -> re.Pattern:
    """A pattern searched through the words before a figure, behind a lookahead of the
    characters its matches start with (the same matches; most places rejected at once)."""
    return re.compile(first_char_lookahead(rx, flags) + rx, flags)


# The patterns on the text between two figures read each blank run once: a run is
# taken whole (possessive quantifiers; the words around a run begin and end with
# other characters), and the few words before it (at most 40 characters) start at
# its first other character, so a long blank gap costs a pass, not a pass per split
# (tests/test_checks_linear.py checks they match what the plain patterns match).
_BRACKET = re.compile(r"\s*[(\[]\s*(?:(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|or|c\.|ca\.)\s+)?", re.I)
_ISO_CODE = re.compile(r"[A-Z]{3}")


def _alt(words) -> str:
    return alternation(words)


def _same_unit(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit


@check_type("percent-change", defaults={"approx": 0.1, "trailing_zeros_are_rounding": True,
                                        "multiplier_tolerance": 0.15, "rise_words": [], "fall_words": [],
                                        "rise_nouns": [], "fall_nouns": [], "multiplier_message": None})
def percent_change(ctx: Context) -> None:
    """A stated change ("rose 76%", "doubled") against the from- and to-figures given with it."""
    for claims in _figures_by_sentence(ctx).values():
        changes = [c for c in claims if c.unit in PERCENT and _prep(ctx, c) is None
                   and (c.extra.get("change") or _direction(ctx, c))
                   and not c.extra.get("change_prep") in ("to", "from")]
        # the figures whose start lies in [lo, hi], in order (the sentence's are sorted
        # by start): each zone below is read from there, not from the whole sentence
        starts = [c.span[0] for c in claims]

        def starting(lo: int, hi: int) -> list[Claim]:
            return claims[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]

        # a change owns the from/to figures after it ("rose 76% to $1.13bn from $639m");
        # failing that, those just before it ("to $1.13bn from $639m, a 76% rise")
        used: set[int] = set()
        pairs: dict[int, tuple[Claim, Claim, bool]] = {}
        for i, p in enumerate(changes):
            hi = changes[i + 1].span[0] if i + 1 < len(changes) else 1 << 60
            zone = [c for c in starting(p.span[1], hi) if c.span[1] <= hi]
            pair = _pair(ctx, zone) or _pair_before(ctx, p, [
                c for c in starting(changes[i - 1].span[1] if i else -1 << 60, hi)
                if c is not p and c.span[1] <= hi and id(c) not in used])
            if pair:
                pairs[i] = pair
                used.update(id(c) for c in pair[:2])
        for i, p in enumerate(changes):
            if i not in pairs:
                lo = changes[i - 1].span[1] if i else -1
                zone = [c for c in starting(lo, p.span[0]) if c.span[1] <= p.span[0] and id(c) not in used]
                pair = _pair(ctx, zone)
                if pair:
                    pairs[i] = pair
                    used.update(id(c) for c in pair[:2])
        for i, pair in sorted(pairs.items()):
            _check_percent(ctx, changes[i], *pair)
        # a multiplier ("doubled") against the one from/to pair of its unit in the
        # sentence: the pair is worked out once per unit, not once per multiplier
        is_change = {id(c) for c in changes}
        by_unit: dict[str | None, tuple[Claim, Claim, bool] | None] = {}
        for m in claims:
            if m.extra.get("multiplier") and id(m) not in is_change:
                if m.unit not in by_unit:
                    by_unit[m.unit] = _pair(ctx, [c for c in claims if c.unit == m.unit and c.unit not in PERCENT])
                pair = by_unit[m.unit]
                if pair and m.id in (pair[0].id, pair[1].id):
                    _check_multiplier(ctx, m, *pair)


def _ends(ctx: Context, c: Claim) -> tuple[Claim, Claim] | None:
    """"from 200 to 900 tonnes", read as one range by the extractor: its two ends as
    a from-figure and a to-figure (same id, each with its own text for rounding)."""
    if c.hedge != "range" or c.low is None or c.high is None:
        return None
    if not re.search(r"\bfrom\s+(?:about\s+|some\s+|around\s+)?$", ctx.before(c, 30), re.I):
        return None
    parts = re.split(r"\s+to\s+", c.text, maxsplit=1)
    if len(parts) != 2:
        return None
    lo = replace(c, text=parts[0], value=c.low, low=c.low, high=c.low, hedge="exact", checks=c.checks)
    hi = replace(c, text=parts[1], value=c.high, low=c.high, high=c.high, hedge="exact", checks=c.checks)
    return lo, hi


def _pair(ctx: Context, zone: list[Claim]) -> tuple[Claim, Claim, bool] | None:
    """The one from-figure and the one to-figure of a zone, in the same unit; with more,
    the first two figures if they are a from and a to next to each other (then not
    sure: a finding on it is a warning)."""
    ranges = [c for c in zone if c.hedge == "range"]
    zone = [c for c in zone if c.hedge != "range"]
    frm = [c for c in zone if _prep(ctx, c) == "from" or c.extra.get("change_prep") == "from"]
    in_frm = {id(c) for c in frm}  # (a set: a zone may hold thousands of figures)
    to = [c for c in zone if (_prep(ctx, c) == "to" or c.extra.get("change_prep") == "to") and id(c) not in in_frm]
    sure = True
    if (len(frm) > 1 or len(to) > 1) and len(zone) >= 2:
        first, second = sorted(zone, key=lambda c: c.span[0])[:2]
        if {id(first), id(second)} <= in_frm | {id(c) for c in to} and (id(first) in in_frm) != (id(second) in in_frm):
            frm, to = ([first], [second]) if id(first) in in_frm else ([second], [first])
            sure = False
    if not frm and not to:
        ends = [e for c in ranges if (e := _ends(ctx, c))]
        if len(ends) == 1:
            return ends[0][0], ends[0][1], True
    if len(frm) != 1 or len(to) != 1 or not _same_unit(frm[0], to[0]):
        return None
    if frm[0].hedge == "range" or to[0].hedge == "range":
        return None
    return frm[0], to[0], sure


def _pair_before(ctx: Context, p: Claim, zone: list[Claim]) -> tuple[Claim, Claim, bool] | None:
    """"sales of $538.5m, up 39% from $388.5m": one from-figure after the change, and
    the to-figure is the last figure of that unit before it (not a per-share one)."""
    frm = [c for c in zone if c.span[0] > p.span[0] and _prep(ctx, c) == "from"]
    if len(frm) != 1 or any(_prep(ctx, c) == "to" for c in zone):
        return None
    before = [c for c in zone if c.span[1] <= p.span[0] and c.unit == frm[0].unit
              and not _PER.match(ctx.after(c, 20)) and c.hedge != "range"]
    if not before or frm[0].hedge == "range":
        return None
    to = before[-1]
    if not re.match(r"^(?:[^.;:]|\.(?=\s*\d)){0,80}?,\s*(?:\S+\s+){0,2}$", ctx.between(to, p)):
        return None
    return frm[0], to, False


def _ratio(x: tuple[float, float], y: tuple[float, float]) -> tuple[float, float] | None:
    """Possible y/x for x, y in the intervals (x positive)."""
    if x[0] <= 0 or y[0] < 0 or not all(map(math.isfinite, (*x, *y))):
        return None
    return y[0] / x[1], y[1] / x[0]


def _plausible(frm: Claim, to: Claim) -> bool:
    """"from 2 to 3 million": a scale word on one figure only gives absurd ratios; leave them."""
    a = frm.value if frm.value is not None else frm.low
    b = to.value if to.value is not None else to.low
    return bool(a) and b is not None and 1e-3 <= abs(b / a) <= 1e3


def _check_percent(ctx: Context, p: Claim, frm: Claim, to: Claim, sure: bool = True) -> None:
    if not _plausible(frm, to):
        return
    x, y = _iv(ctx, frm), _iv(ctx, to)
    direction = _direction(ctx, p)
    sign = -1 if direction == "fall" else 1
    stated = _iv(ctx, p)
    stated = (sign * stated[0], sign * stated[1]) if sign > 0 else (-stated[1], -stated[0])
    if direction is None:
        stated = (-stated[1], stated[1])  # magnitude only
    computed = []
    r = _ratio(x, y)
    if p.unit == "percent" and r:
        computed.append(("change", ((r[0] - 1) * 100, (r[1] - 1) * 100)))
    if frm.unit == "percent":  # rates: a change in points ("rose 2% to 7% from 5%") is read both ways
        computed.append(("difference", (y[0] - x[1], y[1] - x[0])))
    if not computed:
        return
    exact = {"change": (to.value / frm.value - 1) * 100 if frm.value else None,
             "difference": (to.value or 0) - (frm.value or 0)}
    for kind, iv in computed:
        if overlaps(stated, iv):
            detail = (f"from {frm.text} to {to.text} is a {kind} of {fmt(exact[kind])}"
                      f"{'%' if kind == 'change' else ' points'}, as stated ({p.text})")
            for c in (p, frm, to):
                ctx.passed(c, detail)
            return
    kind, iv = computed[0]
    ctx.fail([p, frm, to], severity=None if sure else "warning", stated=_said(p), direction={"rise": "rise", "fall": "fall"}.get(direction, "change"),
             frm=_said(frm), to=_said(to), computed=f"{fmt(exact[kind])}%" if exact[kind] is not None else "?",
             lowest=f"{iv[0]:.1f}%", highest=f"{iv[1]:.1f}%")


def _check_multiplier(ctx: Context, m: Claim, frm: Claim, to: Claim, sure: bool = True) -> None:
    if not _plausible(frm, to):
        return
    factor = float(m.extra["multiplier"])
    word = str(m.extra.get("multiplier_word") or f"x{factor:g}")
    r = _ratio(_iv(ctx, frm), _iv(ctx, to))
    if r is None:
        return
    tol = float(ctx.params.get("multiplier_tolerance", 0.15))
    lo, hi = factor * (1 - tol), factor * (1 + tol)
    hedge = ctx.doc.text[max(0, m.span[0] - 200):m.span[0]].lower()
    pos = hedge.rfind(word.lower())
    near = hedge[max(0, pos - 20):pos] if pos >= 0 else ""
    if re.search(r"\b(more than|over|at least)\s+$", near):
        hi = INF
    elif re.search(r"\b(nearly|almost|close to|about|roughly|around)\s+$", near):
        lo = min(lo, 1 + (factor - 1) * 0.5) if factor > 1 else lo
        hi = factor * (1 + tol) if factor > 1 else max(hi, 1 - (1 - factor) * 0.5)
    exact = to.value / frm.value if frm.value else None
    if overlaps((lo, hi), r):
        detail = f"{frm.text} to {to.text} is \u00d7{exact:.2f}, fitting \u201c{word}\u201d"
        for c in (m, frm, to):
            ctx.passed(c, detail)
        return
    ctx.fail([m, frm, to], severity=None if sure else "warning",
             message=ctx.params.get("multiplier_message"), word=word,
             frm=_said(frm), to=_said(to), ratio=f"\u00d7{exact:.2f}" if exact else "?",
             factor=f"\u00d7{factor:g}")


def _gap(ctx: Context, a: Claim, b: Claim) -> str:
    return ctx.doc.text[a.span[1]:b.span[0]] if a.span[1] <= b.span[0] else "\0"


# ---------------------------------------------------------------- conversion

@functools.lru_cache(maxsize=256)
def _rate_range(a: str, b: str, start: date, end: date) -> tuple[float, float] | None:
    from ..reference import currency

    found = []
    day = start
    while day <= end:  # weekly samples are enough for a plausibility window
        r = currency.rate(a, b, day)
        if r is not None:
            found.append(r)
        day += timedelta(days=7)
    return (min(found), max(found)) if found else None


def _rate(a: str, b: str, on: date) -> float | None:
    from ..reference import currency

    bounds_a, bounds_b = currency.bounds(a) if a != "EUR" else None, currency.bounds(b) if b != "EUR" else None
    for bd in (bounds_a, bounds_b):
        if bd and not bd[0] <= on <= bd[1] + timedelta(days=31):
            return None  # outside the ECB's history: no rate, rather than the nearest one
    return currency.rate(a, b, on)


def _window(ctx: Context) -> tuple[date, date, str] | None:
    """Without a publication date: the ECB rates over the window the article is judged
    in (reference.window: its dateline's or latest named year, else 1999 to today)."""
    from ..reference import window

    return window.rates(window.for_document(ctx.doc, ctx.claims))


def _bracketed(ctx: Context) -> list[tuple[Claim, Claim]]:
    out = []
    qs = _q(ctx)
    for a, b in zip(qs, qs[1:]):
        gap = _gap(ctx, a, b)
        if _BRACKET.fullmatch(gap):
            out.append((a, b))
    return out


def _factors(params: dict) -> dict[str, tuple[str, float]]:
    """Each unit's dimension and factor, from the rule's `units` (made once per rule). Read only."""
    factors: dict[str, tuple[str, float]] = {}
    for dim, table in (params.get("units") or {}).items():
        for unit, f in table.items():
            factors[str(unit)] = (dim, float(f))
    return factors


@check_type("conversion", defaults={"tolerance": 0.1, "unit_tolerance": 0.05, "window_years": 5,
                                    "units": {}})
def conversion(ctx: Context) -> None:
    """An amount and its conversion in brackets must agree: currencies at the ECB rate
    of the publication date, physical units exactly (within rounding)."""
    factors = ctx.derived("factors", lambda: _factors(ctx.params))
    for a, b in _bracketed(ctx):
        if not a.unit or not b.unit or a.unit == b.unit or a.value is None and a.low is None:
            continue
        if a.unit == "GBP" and "\u00a3" not in a.text and b.unit in factors and factors[b.unit][0] == "mass":
            a = _as_unit(a, "lb")  # "500 pounds (225 kilograms)": pounds of weight
        if a.unit in factors and b.unit in factors:
            _unit_conversion(ctx, a, b, factors)
        elif _ISO_CODE.fullmatch(a.unit) and _ISO_CODE.fullmatch(b.unit):
            _currency_conversion(ctx, a, b)


def _as_unit(c: Claim, unit: str) -> Claim:
    from dataclasses import replace

    twin = replace(c, unit=unit, checks=c.checks)
    return twin


def _unit_conversion(ctx: Context, a: Claim, b: Claim, factors) -> None:
    (da, fa), (db, fb) = factors[a.unit], factors[b.unit]
    if da != db:
        return
    tol = float(ctx.params.get("unit_tolerance", 0.05))
    k = fa / fb
    _compare_conversion(ctx, a, b, (k, k), tol, f"1 {a.unit} = {k:.4g} {b.unit}", "")


def _currency_conversion(ctx: Context, a: Claim, b: Claim) -> None:
    tol = float(ctx.params.get("tolerance", 0.1))
    pub = ctx.doc.published
    if pub is not None:
        key = ("rate", a.unit, b.unit, pub)  # the same pair of currencies: looked up once per run
        if key not in ctx.local:
            ctx.local[key] = _rate(a.unit, b.unit, pub)
        r = ctx.local[key]
        if r is None:
            return
        basis = f"ECB rate on {pub}: 1 {a.unit} = {r:.4g} {b.unit}"
        _compare_conversion(ctx, a, b, (r, r), tol, basis, "")
        return
    if "window" not in ctx.local:  # the years the text names: read once per run, not per amount
        ctx.local["window"] = _window(ctx)
    win = ctx.local["window"]
    if win is None:
        return
    rr = _rate_range(a.unit, b.unit, win[0], win[1])
    if rr is None:
        return
    basis = (f"no publication date, so ECB rates over {win[2]}: 1 {a.unit} = "
             f"{rr[0]:.4g}\u2013{rr[1]:.4g} {b.unit}")
    _compare_conversion(ctx, a, b, rr, tol, basis, " (no publication date)")


def _compare_conversion(ctx: Context, a: Claim, b: Claim, rate: tuple[float, float], tol: float,
                        basis: str, note: str) -> None:
    ia = interval(a, approx=0.0)
    ib = interval(b, approx=0.0)
    if not all(map(math.isfinite, (*ia, *ib))):
        return
    expect = (ia[0] * rate[0] * (1 - tol), ia[1] * rate[1] * (1 + tol))
    mid = (a.value if a.value is not None else (a.low + a.high) / 2) * (rate[0] + rate[1]) / 2
    if overlaps(expect, ib):
        detail = f"{a.text} is about {fmt(mid)} {b.unit}; {b.text} fits ({basis}, tolerance {tol:.0%})"
        ctx.passed(a, detail)
        ctx.passed(b, detail)
        return
    bv = b.value if b.value is not None else b.low
    off = (bv / mid - 1) if mid else 0.0
    ctx.fail([a, b], amount=_said(a), converted=_said(b), expected=f"{fmt(mid)} {b.unit}",
             off=f"{off:+.0%}", basis=basis, tolerance=f"{tol:.0%}", note=note)
