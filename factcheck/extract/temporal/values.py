"""Reading numbers and years, formatting TIMEX3 durations, and choosing the
year of a month or day named without one; the small lexicon lookups the pattern
handlers share (month, shift, fuzzy position, unit, part of day, a match's year)."""
from __future__ import annotations

import re
from datetime import date

from ...regexwords import fast_compile
from . import calendar as cal
from .context import Context
from .lexicon import Lexicon

_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_AND_A_HALF = re.compile(r"(\d+)(?:\s+1/2|½)")
_BLANKS_HYPHENS = fast_compile(r"[\s-]+")


def number(lex: Lexicon, s: str) -> float | None:
    """'18' -> 18, 'twenty four' -> 24, 'a' -> 1, 'several' -> None (vague)."""
    s = s.strip().lower()
    if _DECIMAL.fullmatch(s):
        return float(s)
    half = _AND_A_HALF.fullmatch(s)
    if half:
        return float(half.group(1)) + 0.5
    if s in lex.numbers:
        return lex.numbers[s]
    total = 0.0
    for w in _BLANKS_HYPHENS.split(s):
        if w not in lex.numbers:
            return None
        v = lex.numbers[w]
        total = total * v if v == 100 and total else total + v
    return total


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT2H, PXD; a fraction goes to the next unit down
    (2.5 years -> P2Y6M, 5.5 hours -> PT5H30M, half an hour -> PT30M); seconds, the
    smallest, keep their decimals (12.3 seconds -> PT12.3S)."""
    clock = unit.startswith("T")
    u = unit[1:] if clock else unit
    if n is None:
        # decades and centuries count in years, as "two decades" is P20Y: "for decades" is PXY
        return {"DE": "PXY", "CE": "PXY", "2W": "PXW", "WE": "PXWE"}.get(u, ("PTX" if clock else "PX") + u)
    scale = {"2W": ("W", 2), "DE": ("Y", 10), "CE": ("Y", 100), "WE": ("D", 2)}
    if u in scale:
        u, f = scale[u]
        n = n * f
    if u == "W" and not float(n).is_integer():
        u, n = "D", n * 7
    if float(n).is_integer():
        return ("PT" if clock else "P") + _fmt(n) + u
    if clock and u == "S":
        return f"PT{_fmt(round(n, 3))}S"  # the smallest unit takes a decimal: PT12.3S
    whole, frac = int(n), n - int(n)
    # (smaller unit, how many per unit, whether the smaller one is a clock unit)
    down = {"Y": ("M", 12, False), "M": ("D", 30, False), "D": ("H", 24, True),
            "H": ("M", 60, True), "TM": ("S", 60, True)}
    key = "TM" if clock and u == "M" else u
    nu, per, nu_clock = down.get(key, (u, 1, clock))
    part = _fmt(round(frac * per, 3)) + nu
    if clock:
        return f"PT{whole}{u}{part}" if whole else f"PT{part}"
    if nu_clock:
        return f"P{whole}{u}T{part}" if whole else f"PT{part}"
    return f"P{whole}{u}{part}" if whole else f"P{part}"


def _unit_code(lex: Lexicon, word: str) -> str | None:
    return lex.units.get(word.lower())


def year_for(cx: Context, m: int, d: int | None, direction: int) -> int:
    """The year of month m (day d) for an expression without one.

    A day ("Jan. 14") is read as its nearest occurrence; a month alone
    ("in March") as the latest one unless the coming one is under two months
    away. The clause's tense overrides either when the pick is more than two
    months on the wrong side of publication."""
    dct = cx.dct
    assert dct is not None
    if d is None and direction == 0:
        nxt = date(dct.year + (m < dct.month), m, 1)
        direction = 0 if (nxt - dct).days <= 61 else -1
    # the nearest occurrence; the clause's tense overrides it only when that
    # occurrence is more than two months on the wrong side of publication
    best = None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        if d is None:
            cand_lo, cand_hi = date(y, m, 1), date(y, m, cal.last_day(y, m))
        else:
            cand_lo = cand_hi = _safe_date(y, m, d) or date(y, m, cal.last_day(y, m))
        dist = 0 if cand_lo <= dct <= cand_hi else min(abs((cand_lo - dct).days), abs((cand_hi - dct).days))
        if best is None or dist < best[0]:
            best = (dist, y, cand_lo, cand_hi)
    _, y, lo, hi = best
    slack = 61 if d is not None else 0  # "gave no reason for the Jan. 14 deadline"
    if direction < 0 and (lo - dct).days > slack:
        y -= 1
    elif direction > 0 and (dct - hi).days > slack:
        y += 1
    return y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_of(lex: Lexicon, word: str) -> int | None:
    w = word.lower().rstrip(".")
    return lex.months.get(w) or lex.month_abbr.get(w)


def _mod(lex: Lexicon, fz: str | None) -> str | None:
    if not fz:
        return None
    return lex.lower_map("fuzzy_positions").get(re.sub(r"\s+", " ", fz.lower()))


def _shift(lex: Lexicon, s: str | None) -> int | None:
    if not s:
        return None
    return lex.lower_map("shifts").get(s.lower())


def _g(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def spelled_year(lex: Lexicon, s: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001."""
    words = [w for w in re.split(r"[\s-]+", s.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = number(lex, " ".join(words[2:])) if words[2:] else 0
        return 2000 + int(rest) if rest is not None else None
    century = lex.numbers.get(words[0])
    if century is None:
        return None
    if words[1:] == ["hundred"]:
        return int(century) * 100
    rest = number(lex, " ".join(words[1:]))
    return int(century) * 100 + int(rest) if rest is not None and rest < 100 else None


def _pod_code(cx: Context, pod: str | None) -> str | None:
    if not pod:
        return None
    return cx.lex.lower_map("parts_of_day").get(pod.lower())


def _year_of_group(m: re.Match, cx: Context) -> int | None:
    for g in ("y1", "y2"):
        v = _g(m, g)
        if v:
            return int(v)
    ys = _g(m, "yshift") or _g(m, "y1shift")
    if ys and cx.dct:
        return cx.dct.year + {"this": 0, "last": -1, "next": 1}[ys.lower()]
    if _g(m, "ythe") and cx.dct:
        return cx.dct.year
    return None
