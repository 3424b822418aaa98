"""Reading numbers and years, formatting TIMEX3 durations, and choosing the
year of a month or day named without one."""
from __future__ import annotations

import re
from datetime import date

from . import calendar as cal
from .context import Context
from .lexicon import Lexicon

def number(lex: Lexicon, s: str) -> float | None:
    """'18' -> 18, 'twenty four' -> 24, 'a' -> 1, 'several' -> None (vague)."""
    s = s.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if s in lex.numbers:
        return lex.numbers[s]
    total = 0.0
    for w in re.split(r"[\s-]+", s):
        if w not in lex.numbers:
            return None
        v = lex.numbers[w]
        total = total * v if v == 100 and total else total + v
    return total


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT2H, PXD; fractions go down a unit (1.5 years -> P18M)."""
    clock = unit.startswith("T")
    u = unit[1:] if clock else unit
    if u == "2W":
        u, n = "W", (n * 2 if n is not None else None)
    if u == "DE":
        u, n = "Y", (n * 10 if n is not None else None)
        if n is None:
            return "PXDE"
    if u == "CE":
        u, n = "Y", (n * 100 if n is not None else None)
        if n is None:
            return "PXCE"
    if u == "WE":
        u, n = "D", (n * 2 if n is not None else None)
    if n is not None and not float(n).is_integer():
        down = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "M_": ("S", 60)}
        if clock and u == "M":
            whole = int(n)
            return f"PT{whole}M{int(round((n - whole) * 60))}S" if whole else f"PT{int(round(n * 60))}S"
        if u in down:
            nu, f = down[u]
            clock = clock or u == "D"
            return ("PT" if clock else "P") + _fmt(round(n * f, 3)) + nu
    pre = "PT" if clock else "P"
    return pre + (_fmt(n) if n is not None else "X") + u


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
