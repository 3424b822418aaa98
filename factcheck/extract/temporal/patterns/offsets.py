"""A point some distance from another: "two days ago", "a week later", "three years
from now", "a year earlier", "the year-ago quarter" (in an earnings story, the quarter
under discussion a year back, unless a longer period is the comparison)."""
from __future__ import annotations

import re
from typing import Any

from ....regexwords import fast_compile
from .. import calendar as cal
from ..context import Context, Resolved
from ..registry import pattern
from ..values import _unit_code, duration_value, number
from .durations import _count, _qual


@pattern("distance", r"(?:(?P<q>{quals})\s+)?(?P<n>{num})(?P<h1>\s+and\s+a\s+half)?{more}[\s-]+(?P<unit>{units})(?P<h2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?\s+(?P<dir>{dist})\b(?!\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|I)\b)",
         triggers={"{distance_last}"},
         examples={"They met two days ago.": "2022-01-11",
                   "They will be back three years from now.": "2025"})
def h_distance(m, cx, a, b):
    unit = _unit_code(cx.lex, m["unit"])
    if unit is None or unit in ("WE", "2W"):
        return None
    n, vague = _count(cx, m)
    mod, _ = _qual(cx, m["q"])
    if m["orso"] and not mod:
        mod = "APPROX"  # "a week or so ago"
    d = m["dir"].lower()
    sign = int(cx.lex.lower_map("distance_words").get(re.sub(r"\s+", " ", d), -1))
    relative_to_event = d not in ("ago", "from now", "hence")
    extra: dict[str, Any] = {"offset": duration_value(n, unit), "direction": "past" if sign < 0 else "future"}
    if vague or n is None:
        return Resolved("date", "PAST_REF" if sign < 0 else "FUTURE_REF", None, cx.pub if cx.dct else None,
                        mod=mod, extra=extra)
    # "a year earlier" in an earnings story means the same quarter a year before
    if unit == "Y" and n == 1 and cx.last_quarter is not None and cx.last_quarter.start \
            and not _longer_period_in_sentence(cx, a):
        q = cx.last_quarter
        p = cal.quarter(q.start.year + int(sign * n), cal.quarter_of(q.start))
        return Resolved("date", p.value, p, f"{q.value} mentioned earlier", mod=mod, extra=extra)
    if cx.dct is None:
        return Resolved("date", "XXXX-XX-XX" if unit in ("D", "W") else "XXXX", None,
                        "no publication date", mod=mod, extra=extra)
    ref, anchor = cx.dct, cx.pub
    if relative_to_event and cx.last_day is not None and unit in ("D", "W"):
        ref, anchor = cx.last_day.start, f"{cx.last_day.value} mentioned earlier"
    if unit.startswith("T"):
        return Resolved("date", cx.dct.isoformat(), cal.day(cx.dct), anchor, mod=mod, extra=extra)
    target = cal.offset_date(ref, unit, sign * n)
    gran = {"D": "D", "W": "D", "M": "M", "Q": "Q", "Y": "Y", "DE": "DE", "CE": "CE"}[unit]
    p = cal.shift_period(target, gran, 0)
    return Resolved("date", p.value, p, f"{anchor} {'-' if sign < 0 else '+'} {extra['offset']}",
                    mod=mod, extra=extra)


@pattern("year_earlier", r"(?:\bthe\s+)?\b(?P<rel>year|month|quarter)-(?P<dir>earlier|ago|before|prior)(?:\s+(?P<what>quarter|period|month|year|nine\s+months|six\s+months))?\b",
         triggers={"earlier", "ago", "before", "prior"},
         examples={"Profit fell from the year-earlier quarter.": "2021",
                   "Sales rose from year-ago levels.": "2021"})
def h_year_earlier(m, cx, a, b):
    what = (m["what"] or "").lower()
    if "months" in what:
        n = number(cx.lex, what.split()[0])
        return Resolved("duration", duration_value(n, "M"), None, None, n)
    if cx.dct is None:
        return Resolved("date", "XXXX", None, "no publication date")
    ref_q = cx.last_quarter if not _longer_period_in_sentence(cx, a) else None
    if (what in ("quarter", "period", "") or not what) and ref_q is not None and ref_q.start:
        p = cal.quarter(ref_q.start.year - 1, cal.quarter_of(ref_q.start))
        return Resolved("date", p.value, p, f"{ref_q.value} mentioned earlier")
    p = cal.year(cx.dct.year - 1)
    return Resolved("date", p.value, p, f"{cx.pub} (a year before)")


# a period longer than a quarter that an earnings story reports on: "for the nine months"
_LONGER_PERIOD = fast_compile(r"\b(?:(?:nine|six)\s+months|(?:first|second)\s+half|the\s+(?:fiscal\s+)?year)\b"
                            r"(?!.*\bquarter\b)", re.I | re.S)


def _longer_period_in_sentence(cx: Context, a: int) -> bool:
    """'For the nine months, ... a year earlier': the year before is the comparison, not the quarter."""
    return bool(_LONGER_PERIOD.search(cx.text, cx.sent_bounds[0], a))
