"""Publication dates as people paste them: "2022-01-13", "13 January 2022",
"Jan 13, 2022 10:32 GMT", "Thursday, January 13, 2022", "13/01/2022".

`parse(value, order)` gives the calendar date or raises DateProblem saying how to
write it. ISO is read by the standard library; anything else by dateparser in strict
mode (imported only then: it costs ~0.3 s the first time). All-number dates are read
here: "01/02/2022" is refused unless the caller gives a convention (order "DMY" or
"MDY"); "13/01/2022" needs none, since 13 is no month. A date with a clock time is the
date as written in its own zone ("Jan 13, 2022 23:30 EST" is 2022-01-13). A partial
date ("January 2022"), a relative one ("yesterday"), a weekday that contradicts the
date ("Friday, January 13, 2022") and anything else unreadable are refused.
"""
from __future__ import annotations

import re
from datetime import date, datetime

ORDERS = ("DMY", "MDY")
HOW = "write it as 2022-01-13 (ISO), 13 January 2022 or January 13, 2022"
_PARTS = ("day", "month", "year")
_NUMERIC = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?![a-z])", re.I)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ABSOLUTE = {"PARSERS": ["absolute-time"], "STRICT_PARSING": True, "REQUIRE_PARTS": list(_PARTS),
             "PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False}


class DateProblem(ValueError):
    """The value is not one calendar date; the message says why and how to write it."""


def parse(value: str, order: str | None = None) -> date:
    """The date a publication-date string names. order: "DMY", "MDY" or None (an
    all-number date whose day and month could swap is then refused)."""
    v = " ".join(value.split())
    if order is not None and order not in ORDERS:
        raise DateProblem(f"the date order must be DMY or MDY, not {order!r}")
    if not v:
        raise DateProblem(f"it is empty; {HOW}")
    iso = _iso(v)
    if iso is not None:
        return iso
    m = _NUMERIC.fullmatch(v)
    if m:
        return _numeric(v, m, order)
    return _words(v, order)


def _iso(v: str) -> date | None:
    if not v[:4].isdigit() or len(v) < 10 or v[4] != "-":
        return None
    try:
        return datetime.fromisoformat(v).date()
    except ValueError:
        return None


def _numeric(v: str, m: re.Match, order: str | None) -> date:
    a, b, c = m.group(1), m.group(3), m.group(4)
    if len(a) == 4:  # 2022/01/13: year first, then month and day, everywhere
        return _real(v, int(a), int(b), int(c))
    if len(c) != 4:
        raise DateProblem(f"{v!r} has no four-digit year; {HOW}")
    x, y, year = int(a), int(b), int(c)
    if order is None:
        if x <= 12 and y <= 12 and x != y:
            raise DateProblem(f"{v!r} is ambiguous: day {x} of month {y} (DMY) or day {y} of "
                              f"month {x} (MDY)? Give the date order (published_order / "
                              f"--published-order DMY or MDY) or {HOW}")
        order = "DMY" if x > 12 else "MDY"
    day, month = (x, y) if order == "DMY" else (y, x)
    if month > 12:
        raise DateProblem(f"{v!r} is not a {order} date: {month} is not a month; {HOW}")
    return _real(v, year, month, day)


def _real(v: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateProblem(f"{v!r} is not a real date (year {year}, month {month}, day {day}); {HOW}") from None


def _words(v: str, order: str | None) -> date:
    import dateparser

    settings = dict(_ABSOLUTE, DATE_ORDER=order or "MDY")
    got = dateparser.parse(v, languages=["en"], settings=settings)
    if got is None:
        raise DateProblem(_why_not(v, settings))
    d = got.date()
    named = {_WEEKDAY_NAMES.index(n) for n in _weekdays(v)}
    if named and named != {d.weekday()}:
        said = " and ".join(_WEEKDAY_NAMES[i] for i in sorted(named))
        raise DateProblem(f"{v!r}: {d.isoformat()} is a {_WEEKDAY_NAMES[d.weekday()]}, not a {said}; "
                          f"correct the day or the weekday")
    return d


def _weekdays(v: str) -> list[str]:
    out = []
    for m in _WEEKDAY.finditer(v):
        word, stem = m.group(0).rstrip(".").lower(), m.group(1).lower()
        name = next(n for n in _WEEKDAY_NAMES if n.lower().startswith(stem))
        if name.lower().startswith(word):  # "thu", "thurs", "thursday"; not "month", "sat" in "saturation"
            out.append(name)
    return out


def _why_not(v: str, settings: dict) -> str:
    """Why dateparser found no full date: a part is missing, it is relative, or unreadable."""
    import dateparser

    loose = dict(settings, STRICT_PARSING=False, REQUIRE_PARTS=[])
    if dateparser.parse(v, languages=["en"], settings=loose) is not None:
        missing = [p for p in _PARTS
                   if dateparser.parse(v, languages=["en"], settings=dict(loose, REQUIRE_PARTS=[p])) is None]
        if missing:
            return f"{v!r} is not a whole date: it gives no {' and no '.join(missing)}; {HOW}"
    rel = dict(loose, PARSERS=["relative-time"])
    if dateparser.parse(v, languages=["en"], settings=rel) is not None:
        return f"{v!r} is relative: a publication date must be a calendar date; {HOW}"
    return f"{v!r} is not a date that can be read; {HOW}"
