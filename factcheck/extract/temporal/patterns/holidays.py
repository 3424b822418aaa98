"""Holidays: fixed ("Christmas"), by weekday ("Thanksgiving", "Election Day") and the
feasts counted from Easter ("Good Friday", "Holy Week")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .. import calendar as cal
from ..context import Resolved, tense
from ..lexicon import alt
from ..registry import pattern
from ..values import _safe_date, year_for


@pattern("holiday", r"\b(?P<w>{hol})\b(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"{holiday_last}"},
         examples={"They met on Christmas Day 2020.": "2020-12-25",
                   "They met on Christmas Eve.": "2021-12-24"})
def h_holiday(m, cx, a, b):
    w = re.sub(r"\s+", " ", m["w"].lower())
    fixed = cx.lex.lower_map("holidays").get(w)
    rule = cx.lex.lower_map("weekday_holidays").get(w)
    y = int(m["y"]) if m["y"] else None
    if y is None and cx.dct is None:
        v = f"XXXX-{fixed}" if fixed else "XXXX-XX-XX"
        return Resolved("date", v, None, "no publication date", extra={"holiday": w})
    anchor = None
    if y is None:
        mon = int(fixed.split("-")[0]) if fixed else int(rule[0])
        y = year_for(cx, mon, None, tense(cx, a, b))
        anchor = f"{cx.pub} (year)"
    if fixed:
        mm, dd = (int(x) for x in str(fixed).split("-"))
        d = _safe_date(y, mm, dd)
    else:
        d = _weekday_holiday(y, rule)
    if d is None:
        return None
    return Resolved("date", d.isoformat(), cal.day(d), anchor, extra={"holiday": w})


@pattern("easter", r"\b(?P<w>{easter})\b(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"{easter_first}"},
         examples={"The church reopens at Easter.": "2022-04-17",
                   "They sailed to Easter Island.": None})
def h_easter(m, cx, a, b):
    """Easter and the feasts counted from it (lexicon easter_holidays: days from Easter Sunday,
    or "week": the ISO week ending on Easter Sunday)."""
    w = re.sub(r"\s+", " ", m["w"].lower())
    from_easter = cx.lex.lower_map("easter_holidays").get(w)
    if from_easter is None:
        return None
    not_before = cx.lex.get("easter_not_before") or []
    if not_before and re.match(rf"\s+(?:{alt(not_before)})\b", cx.text[b:b + 20], re.I):
        return None  # "Easter Island", "Easter eggs": a name or a thing, not the feast
    y = int(m["y"]) if m["y"] else None
    anchor = None
    if y is None:
        if cx.dct is None:
            v = "XXXX-WXX" if from_easter == "week" else "XXXX-XX-XX"
            return Resolved("date", v, None, "no publication date", extra={"holiday": w})
        e = cal.easter(cx.dct.year)
        y = year_for(cx, e.month, e.day, tense(cx, a, b))
        anchor = f"{cx.pub} (year)"
    e = cal.easter(y)
    if from_easter == "week":
        p = cal.week(e)
        return Resolved("date", p.value, p, anchor, extra={"holiday": w})
    d = e + timedelta(days=int(from_easter))
    return Resolved("date", d.isoformat(), cal.day(d), anchor, extra={"holiday": w})


def _weekday_holiday(y: int, rule: list) -> date:
    """[month, weekday, n] the n-th weekday of the month; [month, weekday, 1, day] the first
    one on or after that day (US Election Day: the Tuesday after the first Monday of November)."""
    if len(rule) > 3:
        return cal.weekday_near(date(y, int(rule[0]), int(rule[3])), int(rule[1]), 1)
    return cal.nth_weekday(y, int(rule[0]), int(rule[1]), int(rule[2]))
