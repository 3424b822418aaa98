"""Calendar arithmetic and TIMEX3 formatting for resolved periods.

A `Period` is a TIMEX3 value with its calendar interval [start, end] (inclusive
days). Every function is pure; nothing reads the clock.
"""
from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Period:
    value: str
    start: date | None = None
    end: date | None = None
    gran: str = "day"  # day | week | weekend | month | quarter | half | season | year | decade | century | ref


def last_day(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    m += 1
    return date(y, m, min(d.day, last_day(y, m)))


def add_years(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, last_day(y, d.month)))  # Feb 29 -> Feb 28


def day(d: date) -> Period:
    return Period(d.isoformat(), d, d, "day")


def week(d: date) -> Period:
    iy, iw, wd = d.isocalendar()
    monday = d - timedelta(days=wd - 1)
    return Period(f"{iy:04d}-W{iw:02d}", monday, monday + timedelta(days=6), "week")


def weekend(d: date) -> Period:
    iy, iw, wd = d.isocalendar()
    sat = d - timedelta(days=wd - 1) + timedelta(days=5)
    return Period(f"{iy:04d}-W{iw:02d}-WE", sat, sat + timedelta(days=1), "weekend")


def month(y: int, m: int) -> Period:
    return Period(f"{y:04d}-{m:02d}", date(y, m, 1), date(y, m, last_day(y, m)), "month")


def quarter(y: int, q: int) -> Period:
    m0 = 3 * (q - 1) + 1
    return Period(f"{y:04d}-Q{q}", date(y, m0, 1), date(y, m0 + 2, last_day(y, m0 + 2)), "quarter")


def half(y: int, h: int) -> Period:
    m0 = 6 * (h - 1) + 1
    return Period(f"{y:04d}-H{h}", date(y, m0, 1), date(y, m0 + 5, last_day(y, m0 + 5)), "half")


def season(y: int, s: str) -> Period:
    a, b = SEASON_MONTHS[s]
    end_y = y + 1 if b < a else y
    return Period(f"{y:04d}-{s}", date(y, a, 1), date(end_y, b, last_day(end_y, b)), "season")


def year(y: int) -> Period:
    return Period(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def decade(d0: int) -> Period:
    """d0 is the first year of the decade (1990 -> '199')."""
    return Period(f"{d0 // 10:03d}", date(d0, 1, 1), date(d0 + 9, 12, 31), "decade")


def century(c: int) -> Period:
    """c is the ordinal century (20 -> '19', 1900-1999)."""
    y0 = (c - 1) * 100
    return Period(f"{c - 1:02d}", date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31), "century")


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def weekday_near(ref: date, wd: int, direction: int) -> date:
    """The weekday wd (1=Mon) nearest ref: -1 on or before, +1 on or after, 0 closest."""
    back = (ref.isoweekday() - wd) % 7
    fwd = (wd - ref.isoweekday()) % 7
    if direction < 0:
        return ref - timedelta(days=back)
    if direction > 0:
        return ref + timedelta(days=fwd)
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)


def weekday_in_week(ref: date, wd: int, weeks: int = 0) -> date:
    """The weekday wd of the ISO week `weeks` weeks from ref's week."""
    monday = ref - timedelta(days=ref.isoweekday() - 1) + timedelta(weeks=weeks)
    return monday + timedelta(days=wd - 1)


def shift_period(ref: date, unit: str, n: int) -> Period:
    """The period of the given unit n units from the one containing ref."""
    if unit == "D":
        return day(ref + timedelta(days=n))
    if unit == "W":
        return week(ref + timedelta(weeks=n))
    if unit == "WE":
        return weekend(ref + timedelta(weeks=n))
    if unit == "M":
        d = add_months(ref, n)
        return month(d.year, d.month)
    if unit == "Q":
        qi = ref.year * 4 + quarter_of(ref) - 1 + n
        return quarter(qi // 4, qi % 4 + 1)
    if unit == "H":
        hi = ref.year * 2 + (ref.month - 1) // 6 + n
        return half(hi // 2, hi % 2 + 1)
    if unit == "Y":
        return year(ref.year + n)
    if unit == "DE":
        return decade(ref.year // 10 * 10 + 10 * n)
    if unit == "CE":
        return century(ref.year // 100 + 1 + n)
    raise ValueError(unit)


def offset_date(ref: date, unit: str, n: float) -> date:
    """ref moved by n units (days, weeks, months, years...)."""
    whole = int(n)
    if unit == "D":
        return ref + timedelta(days=whole)
    if unit == "W":
        return ref + timedelta(weeks=whole)
    if unit == "M":
        return add_months(ref, whole)
    if unit == "Q":
        return add_months(ref, 3 * whole)
    if unit == "Y":
        return add_years(ref, whole)
    if unit == "DE":
        return add_years(ref, 10 * whole)
    if unit == "CE":
        return add_years(ref, 100 * whole)
    return ref


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The n-th weekday wd (1=Mon) of a month; n=-1 for the last."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(y, m, last_day(y, m))
    return last - timedelta(days=(last.isoweekday() - wd) % 7)


def easter(y: int) -> date:
    """Western (Gregorian) Easter Sunday of year y (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return date(y, month, (h + l_ - 7 * m + 114) % 31 + 1)
