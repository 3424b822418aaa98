"""Shared arithmetic for the checks: how precise a stated figure is, and the
interval a claim stands for once its hedge and rounding are taken into account.

    >>> half_unit(claim_for("$1.13bn"))        # last stated digit: 0.01bn
    5000000.0
    >>> interval(claim_for("at least 12,000"))
    (12000 - 500, inf)
"""
from __future__ import annotations

import math
import re

from ..model import Claim
from ..regexwords import fast_compile

INF = math.inf
_NUM = fast_compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


# "2.844", "1.900": one to three digits, a point and exactly three more, as much of Europe
# and Latin America groups thousands (2,844; 1,900)
_POINT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")


def point_grouped(claim: Claim) -> bool:
    """The claim's figure is written as a point grouping thousands may write it."""
    m = _NUM.search(claim.text)
    return m is not None and _POINT_GROUPED.fullmatch(m.group()) is not None


def numerals(text: str) -> list[str]:
    return _NUM.findall(text)


def _parse(tok: str) -> float | None:
    try:
        return float(tok.replace(",", ""))
    except ValueError:
        return None


def half_unit(claim: Claim, *, trailing_zeros: bool = True) -> float:
    """Half the place value of the last digit the claim states, in the claim's scale.

    "1.13bn" -> 0.005bn; "639m" -> 0.5m; "76%" -> 0.5; "12" (a count) -> 0; "12,000" -> 500 when
    trailing zeros count as rounding (the default; at most to two significant
    digits), else 0.5; a figure in words
    ("six") -> 0.5 when whole, else 0.
    """
    value = claim.value if claim.value is not None else (claim.low if claim.low is not None else claim.high)
    if value is None:
        return 0.0
    toks = numerals(claim.text)
    if not toks:
        return 0.5 if float(value).is_integer() else 0.0
    tok = toks[-1]
    n = _parse(tok)
    ref = claim.high if claim.hedge == "range" and claim.high is not None else value
    scale = abs(ref / n) if n else 1.0
    if not scale or not math.isfinite(scale):
        scale = 1.0
    if "." in tok:
        place = 10.0 ** -len(tok.split(".")[1])
    else:
        digits = tok.replace(",", "")
        zeros = len(digits) - len(digits.rstrip("0")) if trailing_zeros and digits.strip("0") else 0
        # trailing zeros may be rounding, but a figure keeps two significant digits:
        # "12,000" is 11,500-12,500, "200,000" is 195,000-205,000, "40%" is 39.5-40.5%
        zeros = min(zeros, max(0, len(digits.lstrip("0")) - 2))
        if zeros == 0 and abs(scale - 1.0) < 1e-9 and claim.unit is None:
            return 0.0  # a whole count as written ("12 Americans") is exact
        place = 10.0 ** zeros
    return 0.5 * place * scale


def interval(claim: Claim, *, approx: float = 0.1, trailing_zeros: bool = True,
             rounding: bool = True) -> tuple[float, float]:
    """[low, high] the claim allows: its hedge, widened by the rounding of its last digit.

    `approx` is the relative width of "about"; at_most figures of counts start at 0.
    """
    h = half_unit(claim, trailing_zeros=trailing_zeros) if rounding else 0.0
    v = claim.value
    lo = claim.low if claim.low is not None else v
    hi = claim.high if claim.high is not None else v
    if claim.hedge == "at_least":
        return ((lo if lo is not None else -INF) - h, INF)
    if claim.hedge == "at_most":
        return (min(0.0, hi) if hi is not None else -INF, (hi if hi is not None else INF) + h)
    if lo is None or hi is None:
        return (-INF, INF)
    if claim.hedge == "approx":
        m = approx * max(abs(lo), abs(hi))
        return (lo - m - h, hi + m + h)
    return (min(lo, hi) - h, max(lo, hi) + h)


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def fmt(x: float | None) -> str:
    """A figure as a person would write it: 12,000 / 1.13bn / 0.76 / 30.5."""
    if x is None or not math.isfinite(x):
        return "unbounded"
    a = abs(x)
    for size, word in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if a >= size:
            return f"{x / size:,.3g}{word}" if a < size * 1000 else f"{x / size:,.0f}{word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".") if a >= 1 else f"{x:.3g}"


def fmt_interval(iv: tuple[float, float]) -> str:
    lo, hi = iv
    if hi == INF:
        return f"at least {fmt(lo)}"
    if lo == -INF:
        return f"at most {fmt(hi)}"
    return fmt(lo) if lo == hi else f"{fmt(lo)}\u2013{fmt(hi)}"
