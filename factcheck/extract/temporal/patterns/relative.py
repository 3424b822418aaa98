"""Calendar units counted from publication or from the time under discussion:
"next week", "last year", "the following month", "the year", "that year",
"earlier in the year", "by year-end"."""
from __future__ import annotations

import re
from datetime import timedelta

from .. import calendar as cal
from ..calendar import Period
from ..context import Context, Resolved, tense
from ..registry import pattern
from ..values import _mod, _shift
from .durations import _anchored_duration
from .quarters import _note_quarter, _the_quarter
from .seasons import _season_year_of


_UNIT_WORD = {"week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
              "decade": "DE", "century": "CE"}


@pattern("relative", r"(?:(?P<fz>{fzpos})[\s-]+)?(?:(?P<the>the)\s+)?\b(?P<shift>{shifts})\s+(?P<unit>week|weekend|month|quarter|year|decade|century|(?P<season>{seasons}))\b",
         triggers={"week", "weekend", "month", "quarter", "year", "decade", "century", "{seasons}"},
         examples={"The vote is next week.": "2022-W03",
                   "Sales fell last year.": "2021",
                   "Sales fell last spring.": "2021-SP"})
def h_relative(m, cx, a, b):
    shift = _shift(cx.lex, m["shift"])
    mod = _mod(cx.lex, m["fz"])
    sw = m["shift"].lower()
    if m["shift"][0].isupper() and m["unit"][0].isupper() and cx.text[max(0, a - 1):a] in ("'", '"', "“", "‘"):
        return None  # a title: ABC's "This Week"
    unit_word = m["unit"].lower()
    if m["season"]:
        code = cx.lex.lower_map("seasons")[m["season"].lower()]
        if cx.dct is None:
            return Resolved("date", f"XXXX-{code}", None, "no publication date", mod=mod)
        cur = _season_year_of(cx.dct, code)
        this = cal.season(cur, code)
        if shift and shift < 0:  # the latest one over: "last spring" in October is this year's
            y = cur if this.end < cx.dct else cur - 1
        elif shift and shift > 0:  # the next one to start
            y = cur if this.start > cx.dct else cur + 1
        else:
            y = cur
        p = cal.season(y, code)
        return Resolved("date", p.value, p, f"{cx.pub} ({sw} {unit_word})", mod=mod)
    unit = _UNIT_WORD[unit_word]
    if m["the"] and sw in ("past", "last", "next", "coming"):
        # "the past year", "the next month": a span of one unit up to/from now
        return _anchored_duration(cx, 1.0, unit, -1 if sw in ("past", "last") else 1, None)
    if cx.dct is None:
        unresolved = {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                      "Y": "XXXX", "DE": "XXX", "CE": "XX"}[unit]
        return Resolved("date", unresolved, None, "no publication date", mod=mod)
    prior = _anaphor_ref(cx, unit) if m["the"] and sw in ("following", "previous", "preceding") else None
    if prior is not None:
        # "In March, ... The following month": TimeML anchors it on the time under discussion
        ref, anchor = prior.start, f"{prior.value} mentioned earlier"
    else:
        ref, anchor = cx.dct, f"{cx.pub} ({sw} {unit_word})"
    p = cal.shift_period(ref, unit, shift or 0)
    if unit == "Q":
        _note_quarter(cx, p)
    return Resolved("date", p.value, p, anchor, mod=mod)


# how many days a unit's period spans, roughly: an anaphor needs an earlier time at least as fine
_GRAN_DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 30, "quarter": 91, "half": 182, "season": 91,
              "year": 365, "decade": 3650, "century": 36500}


_UNIT_GRAN = {"W": "week", "WE": "weekend", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade",
              "CE": "century"}


def _anaphor_ref(cx: Context, unit: str) -> Period | None:
    """The time the article last named, when it is no coarser than `unit` ('the following month'
    after 'In March'; after 'in 1995', which cannot say which month follows, the last day named)."""
    p = cx.last_period
    if p is not None and p.start is not None and p.gran in _GRAN_DAYS \
            and _GRAN_DAYS[p.gran] <= _GRAN_DAYS[_UNIT_GRAN[unit]]:
        return p
    return cx.last_day


@pattern("the_unit", r"(?:(?P<fz>{fzpos})\s+)?\bthe\s+(?P<same>same\s+)?(?P<adj>(?:(?:full|fiscal|current|calendar|whole|entire|latest)\s+){{1,2}})?(?P<unit>year|month|week|weekend|quarter)\b(?!\s+(?:before|after|earlier|later|ago)|-to-)",
         triggers={"year", "month", "week", "weekend", "quarter"},
         examples={"Sales will rise for the year.": "2022",
                   "The talks went on through the weekend.": "2022-W01-WE"})
def h_the_unit(m, cx, a, b):
    unit = m["unit"].lower()
    mod = _mod(cx.lex, m["fz"])
    if unit == "quarter":
        return _the_quarter(m, cx, a, b) if not m["same"] else None
    if unit == "year" and not m["fz"] and not m["same"]:
        # "the year ended March 31": a twelve-month span; "for the year", "the full year": this year
        if re.match(r"\s+end(?:ed|ing|s)\b", cx.text[b:b + 10]):
            return Resolved("duration", "P1Y", None, None, 1.0, extra={"fiscal": bool(m["adj"])})
        before = cx.text[max(0, a - 14):a].lower()
        if not (m["adj"] or re.search(r"\b(?:for|of|through|throughout|during)\s+$", before)):
            return None
        if cx.dct is None:
            return Resolved("date", "XXXX", None, "no publication date")
        latest = bool(m["adj"]) and "latest" in m["adj"].lower()  # the last year completed
        p = cal.year(cx.dct.year - latest)
        return Resolved("date", p.value, p, f"{cx.pub} ({'the latest year' if latest else 'the year'})",
                        extra={"fiscal": True} if m["adj"] and "fiscal" in m["adj"].lower() else {})
    if not m["fz"] and unit != "weekend":
        return None  # "the month" alone is too often a duration or a noun
    if cx.dct is None:
        unresolved = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE"}
        return Resolved("date", unresolved[unit], None, "no publication date", mod=mod)
    ref = cx.dct
    if unit == "weekend":
        t = tense(cx, a, b)
        if t <= 0 and cx.dct.isoweekday() < 6:
            ref = cx.dct - timedelta(days=cx.dct.isoweekday())  # the Sunday before
    p = cal.shift_period(ref, _UNIT_WORD[unit], 0)
    return Resolved("date", p.value, p, f"{cx.pub} (the {unit})", mod=mod)


_GRAN_OF = {"year": "year", "quarter": "quarter", "month": "month", "week": "week", "day": "day"}


@pattern("year_end", r"(?:\b(?P<fz>around|about)\s+)?\b(?:the\s+)?(?P<u>year|month|quarter)(?:'s)?[\s-]end\b",
         triggers={"end"},
         examples={"The plant opens by year-end.": "2022"})
def h_year_end(m, cx, a, b):
    """'by year-end', 'around year end': the end of the current year (month, quarter)."""
    u = m["u"].lower()
    if cx.dct is None:
        return Resolved("date", {"year": "XXXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}[u], None,
                        "no publication date", mod="END")
    p = cal.shift_period(cx.dct, {"year": "Y", "month": "M", "quarter": "Q"}[u], 0)
    return Resolved("date", p.value, p, f"{cx.pub} ({u}-end)", mod="END",
                    extra={"approx": True} if m["fz"] else {})


@pattern("that_unit", r"(?:(?P<fz>{fzpos})\s+)?\b(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>year|quarter|month|week|day)\b",
         triggers={"year", "quarter", "month", "week", "day"},
         examples={"The plant opened in 1998 and closed later that year.": "1998"})
def h_that_unit(m, cx, a, b):
    """'that year', 'later that day': the last year (day...) the article named."""
    gran = _GRAN_OF[m["unit"].lower()]
    p = cx.last_by_gran.get(gran)
    q = cx.last_period
    if q is not None and q.start is not None and q.gran in _FINER.get(gran, ()):
        # "in June 1998 ... later that year": the year (month) of the finer date named last
        p = cal.year(q.start.year) if gran == "year" else cal.month(q.start.year, q.start.month)
    if p is None:
        return None
    return Resolved("date", p.value, p, f"{p.value} mentioned earlier", mod=_mod(cx.lex, m["fz"]))


_FINER = {"year": ("quarter", "month", "day"), "month": ("day",)}


@pattern("in_the_unit", r"\b(?P<fz>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week|day)\b",
         triggers={"year", "month", "week", "day"},
         examples={"Prices rose earlier in the year.": "2022"})
def h_in_the_unit(m, cx, a, b):
    """'earlier in the year': the publication's year (month, week, day), with START/END."""
    if cx.dct is None:
        return None
    u = m["unit"].lower()
    p = cal.shift_period(cx.dct, {"year": "Y", "month": "M", "week": "W", "day": "D"}[u], 0)
    return Resolved("date", p.value, p, f"{cx.pub} (the {u})", mod=_mod(cx.lex, m["fz"]))
