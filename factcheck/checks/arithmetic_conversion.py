"""arithmetic.conversion: an amount and its conversion in brackets ("$280bn (£155bn)"
against the ECB rate of the publication date; "15 km (9 miles)" by a fixed factor), and
conversions no rate judges against the others between the same units in the text.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import replace
from datetime import date, timedelta

from . import Context, check_type
from ._numeric import fmt, interval, overlaps
from ._reference import _index
from .arithmetic import _gap, _q, _said
from ..model import Claim
from ..reference import window

_BRACKET = re.compile(r"\s*[(\[]\s*(?:(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|or|c\.|ca\.)\s+)?", re.I)
_NAMED_BRACKET = re.compile(r"(?:\s++[A-Za-z]++){1,3}" + _BRACKET.pattern, re.I)  # "91 mln ECUs (104 mln dlrs)"
_ISO_CODE = re.compile(r"[A-Z]{3}")

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
    return window.rates(window.for_document(ctx.doc, ctx.claims))


def _bracketed(ctx: Context) -> list[tuple[Claim, Claim]]:
    out = []
    qs = _q(ctx)
    for a, b in zip(qs, qs[1:]):
        gap = _gap(ctx, a, b)
        if _BRACKET.fullmatch(gap) or a.unit is None and _NAMED_BRACKET.fullmatch(gap):
            out.append((a, b))
    return out


def _factors(params: dict) -> dict[str, tuple[str, float]]:
    """Each unit's dimension and factor, from the rule's `units` (made once per rule). Read only."""
    factors: dict[str, tuple[str, float]] = {}
    for dim, table in (params.get("units") or {}).items():
        for unit, f in table.items():
            factors[str(unit)] = (dim, float(f))
    return factors


@check_type("conversion", defaults={"tolerance": 0.1, "unit_tolerance": 0.05, "window_years": 5, "undated_message": None,
                                    "units": {}, "unit_words": {}, "relative_units": [], "paired_tolerance": 0.05,
                                    "paired_message": None, "restated_message": None})
def conversion(ctx: Context) -> None:
    """An amount and its conversion in brackets must agree: currencies at the ECB rate
    of the publication date, physical units exactly (within rounding)."""
    factors = ctx.derived("factors", lambda: _factors(ctx.params))
    relative = ctx.derived("relative", lambda: frozenset(map(str, ctx.params.get("relative_units") or ())))
    unread: list[tuple[str, str, Claim, Claim]] = []  # conversions no rate or factor judges
    pairs = _bracketed(ctx)
    dollar = ctx.local["text_dollar"] = _text_dollar(ctx, pairs)
    for a, b in pairs:
        ua, ub = _unit_of(ctx, a), _unit_of(ctx, b)
        if not ua or not ub or ua == ub or a.value is None and a.low is None:
            continue
        per_b = _per_after(ctx, b)
        if per_b and per_b != _per_after(ctx, a):
            continue  # "R$ 285 (approximately $2.48 per bushel)": the price of a ton given per another measure
        if dollar and _bare_dollar(ctx, a, b):
            ub = dollar  # every bare "$" conversion of the text fits that dollar, none the US one
        a, b = _as_unit(a, ua), _as_unit(b, ub)
        if a.unit == "GBP" and "\u00a3" not in a.text and b.unit in factors and factors[b.unit][0] == "mass":
            a = _as_unit(a, "lb")  # "500 pounds (225 kilograms)": pounds of weight
        if a.unit in factors and b.unit in factors:
            _unit_conversion(ctx, a, b, factors)
        elif a.unit in relative or b.unit in relative:
            # "$1,426, up 16.1% ($197)": a figure relative to a base (a percentage, points,
            # a multiple) and an amount are of different dimensions; the bracket states the
            # change in absolute terms, each of its own base, never one at a common rate
            continue
        elif not (_ISO_CODE.fullmatch(a.unit) and _ISO_CODE.fullmatch(b.unit) and _currency_conversion(ctx, a, b)):
            unread.append((a.unit, b.unit, a, b))
    _paired_conversions(ctx, unread)
    _restated(ctx)


# "$2.48 per bushel", "US$2.20 a pound", "$6.20 per ADR": the measure an amount is a price of
_PER = re.compile(r"\s*+(?:per|a|an|each)\s++([A-Za-z]++)", re.I)


def _per_after(ctx: Context, c: Claim) -> str | None:
    """The measure the amount is given per (singular, lower case), when it says one."""
    m = _PER.match(ctx.doc.text, c.span[1], c.span[1] + 30)
    if not m:
        return None
    word = m.group(1).lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


# the dollars a bare "$" may be besides the US one, each with an ECB rate
_OTHER_DOLLARS = ("AUD", "CAD", "NZD", "SGD", "HKD")


def _bare_dollar(ctx: Context, a: Claim, b: Claim) -> bool:
    """b converts a into a bare "$" (read as the US dollar for want of any other sign),
    not "US$" nor "USD"."""
    return b.unit == "USD" and a.unit != "USD" and bool(_ISO_CODE.fullmatch(a.unit or "")) \
        and b.text.lstrip("(~ ").startswith("$") and not ctx.before(b, 3).rstrip().endswith(("US", "U.S."))


def _text_dollar(ctx: Context, pairs: list[tuple[Claim, Claim]]) -> str | None:
    """The dollar a text's own conversions say its bare "$" is: of two or more conversions
    into "$", none fits the US dollar at the day's rate and at least two, and two in three,
    fit another dollar, the one they fit best (an Australian report's "86 billion euro ($129
    billion)" and "3.4 billion euros ($5.1 billion)": 1 EUR = 1.53 AUD that day, 1.12 USD; its
    "23 billion euros ($34.7 million)" is then judged in Australian dollars). None when the
    text says nothing so."""
    pub = ctx.doc.published
    bare = [(a, b) for a, b in pairs if _bare_dollar(ctx, a, b) and a.value and b.value] if pub else []
    if len(bare) < 2:
        return None
    tol = float(ctx.params.get("tolerance", 0.1))

    def fitting(code: str) -> tuple[int, float] | None:
        """How many conversions fit the dollar, and how far off they are on average."""
        n, off = 0, []
        for a, b in bare:
            r = _rate(a.unit, code, pub)
            if r is None:
                return None
            d = abs(b.value / (a.value * r) - 1)
            n += d <= tol
            off.append(d)
        return n, sorted(off)[len(off) // 2]
    usd = fitting("USD")
    if usd is None or usd[0]:
        return None
    found = sorted((fit[1], code) for code in _OTHER_DOLLARS
                   if (fit := fitting(code)) and fit[0] >= 2 and 3 * fit[0] >= 2 * len(bare))
    return found[0][1] if found else None  # (the dollar its conversions fit best: their median miss)


_UNIT_WORD = re.compile(r"\s*+((?:[A-Za-z]++\s++){0,2}?[A-Za-z]++)\s*+$")


def _unit_of(ctx: Context, c: Claim) -> str | None:
    """The claim's unit, else the words between it and a bracket ("91 mln ECUs (", "120
    kms ("), read through the rule's `unit_words` ("kms": km) or as a name of their own."""
    if c.unit:
        return c.unit
    text = ctx.doc.text
    end = text.find("(", c.span[1], c.span[1] + 40)
    m = _UNIT_WORD.match(text, c.span[1], end) if end > 0 else None
    if not m:
        return None
    words = " ".join(m.group(1).lower().split())
    table = ctx.params.get("unit_words") or {}
    if words in table:
        return str(table[words])
    last = words.split()[-1]
    return str(table.get(last, last[:-1] if last.endswith("s") and len(last) > 3 else last))


def _said_iv(c: Claim) -> tuple[float, float]:
    """The figure as said, within rounding: "more than 13 mln hectares (32 mln acres)"
    converts the 13 mln, not an open interval."""
    if c.hedge in ("at_least", "at_most"):
        v = c.value if c.value is not None else (c.low if c.low is not None else c.high)
        c = replace(c, hedge="exact", value=v, low=v, high=v, checks=c.checks)
    return interval(c, approx=0.0)


def _rate_of(a: Claim, b: Claim) -> tuple[float, float] | None:
    ia, ib = _said_iv(a), _said_iv(b)
    if not all(map(math.isfinite, (*ia, *ib))) or ia[0] <= 0:
        return None
    return ib[0] / ia[1], ib[1] / ia[0]


def _paired_conversions(ctx: Context, unread: list[tuple[str, str, Claim, Claim]]) -> None:
    """Conversions between the same two units that no rate of the day or fixed factor
    judges ("91 mln ECUs (104 mln dlrs)" in 1987, "40.3 mln tonnes (295 mln barrels)")
    must imply the same rate as the others of the article, within `paired_tolerance`.
    With two, a finding names both; with more, each one off the median rate. A sum of
    money compared against as of an earlier year ("38 billion dirhams (US$3.90 billion),
    well above the 21 billion dirhams (US$2.38 billion) recorded a year earlier") may be
    converted at that year's rate: off the others, it is not said to be wrong."""
    groups: dict[tuple[str, str], list[tuple[Claim, Claim, tuple[float, float]]]] = {}
    for ua, ub, a, b in unread:
        r = _rate_of(a, b)
        if r is not None:
            groups.setdefault((ua, ub), []).append((a, b, r))
    tol = float(ctx.params.get("paired_tolerance", 0.05))
    for (ua, ub), convs in groups.items():
        money = bool(_ISO_CODE.fullmatch(ua) or _ISO_CODE.fullmatch(ub))
        if len(convs) < 2:
            continue
        mids = sorted((r[0] + r[1]) / 2 for _, _, r in convs)
        median = mids[len(mids) // 2] if len(convs) > 2 else None
        for k, (a, b, r) in enumerate(convs):
            if median is None:
                if k:
                    break
                oa, ob, orate = convs[1]
                ok = overlaps((r[0] * (1 - tol), r[1] * (1 + tol)), orate)
            else:
                ok = r[0] * (1 - tol) <= median <= r[1] * (1 + tol)
                oa, ob, orate = min((x for x in convs if x[0] is not a),
                                    key=lambda x: abs((x[2][0] + x[2][1]) / 2 - median))
            mid, omid = (r[0] + r[1]) / 2, (orate[0] + orate[1]) / 2
            if ok:
                detail = f"{a.text} ({b.text}) is 1 {ua} = {mid:.4g} {ub}, as {oa.text} ({ob.text}) in the same text"
                ctx.passed(a, detail)
                ctx.passed(b, detail)
                continue
            if money and (_of_then(ctx, a) or median is None and _of_then(ctx, oa)):
                continue
            claims = [a, b, oa, ob] if median is None else [a, b]
            ctx.fail(claims, message=ctx.params.get("paired_message"), amount=_said(a), converted=_said(b),
                     rate=f"{mid:.4g}", other_amount=_said(oa), other_converted=_said(ob), other_rate=f"{omid:.4g}",
                     unit_a=ua, unit_b=ub, tolerance=f"{tol:.0%}")


def _of_then(ctx: Context, c: Claim) -> bool:
    """A figure compared against (its frame's baseline) in a sentence naming an earlier
    year than the publication's ("recorded a year earlier", "in 2021")."""
    pub = ctx.doc.published
    return bool((c.period or {}).get("baseline")) and pub is not None and _past_years(ctx, c, pub) is not None


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


def _currency_conversion(ctx: Context, a: Claim, b: Claim) -> bool:
    """Judged at the ECB rate (True), or no rate is known (False): nor is one for a
    currency the text only guessed ("pesos" in a text naming none of their countries)."""
    if a.extra.get("currency_guessed") or b.extra.get("currency_guessed"):
        return False
    tol = float(ctx.params.get("tolerance", 0.1))
    pub = ctx.doc.published
    if pub is not None:
        key = ("rate", a.unit, b.unit, pub)  # the same pair of currencies: looked up once per run
        if key not in ctx.local:
            ctx.local[key] = _rate(a.unit, b.unit, pub)
        r = ctx.local[key]
        if r is not None:
            basis = f"ECB rate on {pub}: 1 {a.unit} = {r:.4g} {b.unit}"
            if b.unit == ctx.local.get("text_dollar") and b.text.lstrip("(~ ").startswith("$"):
                basis += f"; its \"$\" read as {b.unit}, the dollar the text's other conversions fit"
            _compare_conversion(ctx, a, b, (r, r), tol, basis, "", past=_past_years(ctx, a, pub))
            return True
        pegged = _pegged_rate(ctx, a.unit, b.unit, pub, pub, f"ECB rate on {pub}")
        if pegged is None:
            return False
        _compare_conversion(ctx, a, b, pegged[0], max(tol, pegged[2]), pegged[1], "")
        return True
    if "window" not in ctx.local:  # the years the text names: read once per run, not per amount
        ctx.local["window"] = _window(ctx)
    win = ctx.local["window"]
    if win is None:
        return False
    rr = _rate_range(a.unit, b.unit, win[0], win[1])
    if rr is None:
        pegged = _pegged_rate(ctx, a.unit, b.unit, win[0], win[1], f"ECB rates over {win[2]}")
        if pegged is None:
            return False
        _compare_conversion(ctx, a, b, pegged[0], max(tol, pegged[2]), "no publication date, so " + pegged[1],
                            " (no publication date)")
        return True
    basis = (f"no publication date, so ECB rates over {win[2]}: 1 {a.unit} = "
             f"{rr[0]:.4g}\u2013{rr[1]:.4g} {b.unit}")
    # (the years the text names may be history: "since the event began in 1999")
    _compare_conversion(ctx, a, b, rr, tol, basis, " (no publication date)",
                        window.for_document(ctx.doc, ctx.claims).guessed)
    return True


def _peg(ctx: Context, ccy: str, start: date, end: date):
    """The fixed rate a central bank holds `ccy` at against another currency over the
    whole of [start, end] (seeds/reference/currency-pegs.yaml, or the user's facts):
    (anchor, units of ccy per anchor, the fact), or None."""
    for f in _index(ctx).facts(f"currency:{ccy}", "exchange rate"):
        if f.value and f.unit and (not f.start or str(f.start) <= start.isoformat()) \
                and (not f.end or end.isoformat() < str(f.end)):
            return f.unit, f.value, f
    return None


def _root(ctx: Context, ccy: str, start: date, end: date) -> tuple[str, float, list]:
    """The currency `ccy` is fixed to, through its pegs (MOP to HKD to USD), with how many
    units of `ccy` one unit of it buys, and the pegs' facts; `ccy` itself when unpegged."""
    per, facts = 1.0, []
    for _ in range(3):
        p = _peg(ctx, ccy, start, end)
        if p is None:
            break
        ccy, per, facts = p[0], per * p[1], facts + [p[2]]
    return ccy, per, facts


def _pegged_rate(ctx: Context, a: str, b: str, start: date, end: date, ecb_words: str):
    """1 a in b through fixed rates: each side to the currency it is fixed to, and the
    ECB rate between those two when they differ ("398 million patacas (US$49.5
    million)": 1.03 patacas per Hong Kong dollar, 7.8 Hong Kong dollars per US dollar).
    ((low, high) rate, basis words, the pegs' own tolerance), or None when no peg applies."""
    root_a, per_a, facts_a = _root(ctx, a, start, end)
    root_b, per_b, facts_b = _root(ctx, b, start, end)
    if not facts_a and not facts_b:
        return None
    facts = facts_a + [f for f in facts_b if f not in facts_a]
    words = [f"fixed rate 1 {f.unit} = {f.value:g} {f.entity.split(':', 1)[1]} ({f.source})" for f in facts]
    if root_a == root_b:
        lo = hi = per_b / per_a
    else:
        rr = _rate_range(root_a, root_b, start, end) if start != end else \
            ((r, r) if (r := _rate(root_a, root_b, start)) is not None else None)
        if rr is None:
            return None
        lo, hi = rr[0] * per_b / per_a, rr[1] * per_b / per_a
        words.append(f"{ecb_words}: 1 {root_a} = " + (f"{rr[0]:.4g}" if rr[0] == rr[1] else
                                                       f"{rr[0]:.4g}\u2013{rr[1]:.4g}") + f" {root_b}")
    tol = sum(f.tolerance or 0.0 for f in facts)
    rate = f"{lo:.4g}" if lo == hi else f"{lo:.4g}\u2013{hi:.4g}"
    return (lo, hi), f"1 {a} = {rate} {b} at the " + "; ".join(words), tol


def _past_years(ctx: Context, a: Claim, pub: date) -> tuple[date, date] | None:
    """The earlier years the amount's sentence names ("£31 million ($48.7 million) set by
    the 2000 London Marathon"): an amount of then may be converted at then's rate."""
    years = [int(c.start[:4]) for c in ctx.claims if c.kind != "quantity" and c.sentence == a.sentence
             and c.start and c.start[:4].isdigit() and int(c.start[:4]) < pub.year]
    return (date(min(years), 1, 1), date(max(years), 12, 31)) if years else None


def _compare_conversion(ctx: Context, a: Claim, b: Claim, rate: tuple[float, float], tol: float,
                        basis: str, note: str, guessed: bool = False,
                        past: tuple[date, date] | None = None) -> None:
    """`guessed`: an undated text whose window is a guess from the years it names: a
    conversion that fits the rate of some day since 1999 but not the guessed years' is
    info (its date would settle it), not an error. `past`: earlier years the amount's
    sentence names; a conversion that fits their rates, not the publication day's, is
    of then."""
    ia, ib = _said_iv(a), _said_iv(b)
    if not all(map(math.isfinite, (*ia, *ib))):
        return
    expect = (ia[0] * rate[0] * (1 - tol), ia[1] * rate[1] * (1 + tol))
    then = _rate_range(a.unit, b.unit, past[0], past[1]) if past and not overlaps(expect, ib) else None
    if then is not None and overlaps((ia[0] * then[0] * (1 - tol), ia[1] * then[1] * (1 + tol)), ib):
        detail = (f"{b.text} fits the ECB rates of {past[0].year}" + (f"-{past[1].year}" if past[1].year != past[0].year
                  else "") + f", the time its sentence names (1 {a.unit} = {then[0]:.4g}\u2013{then[1]:.4g} {b.unit})")
        ctx.passed(a, detail)
        ctx.passed(b, detail)
        return
    other_years = _rate_range(a.unit, b.unit, window.RATES_FIRST, date.today()) \
        if guessed and not overlaps(expect, ib) else None
    if other_years is not None \
            and overlaps((ia[0] * other_years[0] * (1 - tol), ia[1] * other_years[1] * (1 + tol)), ib):
        ctx.fail([a, b], severity="info", message=ctx.params.get("undated_message"), amount=_said(a),
                 converted=_said(b), basis=basis, whole=f"{other_years[0]:.4g}\u2013{other_years[1]:.4g}",
                 unit_a=a.unit, unit_b=b.unit)
        return
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


# "Rs 400 million or Rs 2,786 crore": one amount said again in another scale after "or"
_OR_AGAIN = re.compile(r"\s*+,?\s*+or\s++(?:about\s++|around\s++|roughly\s++|nearly\s++|some\s++)?")
_SCALE_NAMES = {"m": "million", "mn": "million", "mln": "million", "million": "million", "bn": "billion",
                "bln": "billion", "b": "billion", "bil": "billion", "billion": "billion", "k": "thousand",
                "thousand": "thousand", "tn": "trillion", "trn": "trillion", "trillion": "trillion"}


def _restated(ctx: Context) -> None:
    """An amount said again after "or" in the same currency or unit but another scale word
    ("a whopping Rs 400 million or Rs 2,786 crore", "1.5 billion dlrs, or 1,500 mln dlrs") is
    one amount in two notations, and the two must agree within rounding. With one scale
    word ("5 mln or 6 mln dlrs") they are alternatives, not compared."""
    qs = _q(ctx)
    for a, b in zip(qs, qs[1:]):
        if a.unit is None or a.unit != b.unit or a.sentence != b.sentence or a.hedge == "range" or b.hedge == "range":
            continue
        sa, sb = (str(c.extra.get("scale") or "").lower() for c in (a, b))
        if not sa or not sb or _SCALE_NAMES.get(sa, sa) == _SCALE_NAMES.get(sb, sb):
            continue
        if not _OR_AGAIN.fullmatch(_gap(ctx, a, b)):
            continue
        ia, ib = interval(a, approx=0.0), interval(b, approx=0.0)
        if overlaps(ia, ib):
            detail = f"{a.text} and {b.text} are one amount in two scales"
            ctx.passed(a, detail)
            ctx.passed(b, detail)
            continue
        ctx.fail([a, b], message=ctx.params.get("restated_message"), amount=_said(a), converted=_said(b),
                 expected=f"{fmt(a.value if a.value is not None else a.low)} {a.unit}",
                 stated=f"{fmt(b.value if b.value is not None else b.low)} {b.unit}")

