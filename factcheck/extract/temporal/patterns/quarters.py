"""Quarters and halves of a year: "the third quarter", "Q3 2021", "the latest quarter",
"the quarter ended Sept. 30", "the first half", "H1", "the first nine months"; and
the quarter an earnings story reports on (Context.last_quarter), which later
expressions ("a year earlier", "the 1988 period") lean on."""
from __future__ import annotations

import re

from .. import calendar as cal
from ..calendar import Period
from ..context import Context, Resolved, tense
from ..registry import pattern
from ..values import _month_of, _year_of_group, duration_value, number, year_for
from .durations import _anchored_duration
from .years import h_decade


def _note_quarter(cx: Context, p: Period) -> None:
    """Remember a quarter that is over: the one an earnings story reports on. That is the
    latest one it names; an earlier one ("after a flat second quarter") is a comparison."""
    if cx.dct is not None and p.end is not None and p.end < cx.dct:
        q = cx.last_quarter
        if q is None or q.start is None or p.start is None or p.start >= q.start:
            cx.last_quarter = p


def _q_ord(s: str) -> int | None:
    s = s.lower()
    return {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}.get(s)


@pattern("quarter", r"(?:(?P<y1>{YEAR})(?:'s)?\s+|\bthe\s+(?:comparable\s+)?(?P<yago>year-ago|year-earlier|prior-year)\s+|\bthe\s+|(?P<y1shift>this|last|next)\s+year'?s\s+)?(?:(?P<fiscal>fiscal)\s+)?\b(?P<ord>{q_ord})[\s-]+(?:fiscal\s+)?(?:-?\s*)?quarter\b(?:{yr_of})?",
         triggers={"quarter"},
         examples={"Profit rose in the third quarter.": "2021-Q3",
                   "Profit rose in the first quarter of 2021.": "2021-Q1"})
def h_quarter(m, cx, a, b):
    q = _q_ord(m["ord"])
    if q is None:
        return None
    y = _year_of_group(m, cx)
    if y is None:
        if cx.dct is None:
            return Resolved("date", f"XXXX-Q{q}", None, "no publication date")
        # the latest such quarter: this year's unless it has not started yet
        cur = cal.quarter_of(cx.dct)
        t = tense(cx, a, b)
        y = cx.dct.year if (q <= cur or t > 0) else cx.dct.year - 1
        anchor = f"{cx.pub} (year)"
    else:
        anchor = None
    if m["yago"]:
        y -= 1
        anchor = f"{cx.pub} (a year before)"
    p = cal.quarter(y, q)
    if not m["fiscal"] and "fiscal" not in cx.text[a:b].lower():
        _note_quarter(cx, p)
    span = None
    txt = cx.text[a:b]
    if re.match(r"the\s+\w+-quarter$", txt, re.I) and re.match(r"\s+[a-z]", cx.text[b:b + 3]):
        span = (a + len(re.match(r"the\s+", txt, re.I).group()), b)  # "the [third-quarter] results"
    return Resolved("date", p.value, p, anchor, span=span)


@pattern("quarter_rel", r"(?:\bthe\s+)?\b(?P<rel>latest|last|past|previous|current|this|next|coming|same|recent|most\s+recent|just-ended|just\s+ended|fiscal)\s+(?:fiscal\s+)?(?P<qw>quarter|period)\b",
         triggers={"quarter", "period"},
         examples={"Profit rose in the most recent quarter.": "2021-Q4",
                   "Profit rose in the just-ended quarter.": "2021-Q4"})
def h_quarter_rel(m, cx, a, b):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    if cx.dct is None:
        return Resolved("date", "XXXX-QX", None, "no publication date")
    if rel in ("same",) or (m["qw"].lower() == "period" and rel not in ("latest", "recent", "most recent")):
        return None
    if rel in ("latest", "recent", "most recent", "just-ended", "just ended", "fiscal"):
        p = _quarter_ending(cx, b) or cx.last_quarter or cal.shift_period(cx.dct, "Q", -1)
    else:
        shift = {"last": -1, "past": -1, "previous": -1, "current": 0, "this": 0, "next": 1,
                 "coming": 1}[rel]
        p = cal.shift_period(cx.dct, "Q", shift)
    _note_quarter(cx, p)
    return Resolved("date", p.value, p, f"{cx.pub} ({rel} quarter)")


_ENDED = re.compile(r"\s+end(?:ed|ing|s)\s+(?:on\s+)?([A-Z][a-z]+)\.?\s+(\d{1,2})\b")


def _quarter_ending(cx: Context, b: int) -> Period | None:
    """'the quarter ended Sept. 30': the calendar quarter the three months up to that date
    mostly fall in, the quarter of their middle month ('ended July 31' is May-July: Q2)."""
    m = _ENDED.match(cx.text, b)
    if not m or cx.dct is None:
        return None
    mon = _month_of(cx.lex, m.group(1))
    if not mon:
        return None
    y = year_for(cx, mon, int(m.group(2)), -1)
    mid_y, mid = (y, mon - 1) if mon > 1 else (y - 1, 12)
    return cal.quarter(mid_y, (mid - 1) // 3 + 1)


@pattern("month_quarter", r"\b(?P<range>(?:jan(?:uary)?|apr(?:il)?|july?|oct(?:ober)?)\.?\s*/\s*(?P<last>mar(?:ch)?|june?|sep(?:t|tember)?|dec(?:ember)?))\b\.?(?:\s+quarter\b)?"
         r"|\b(?P<mon>{months})\s+quarter\b",
         triggers={"{month_names}", "jan", "apr", "jul", "oct"},
         examples={"GNP rose in the October/December quarter.": "2021-Q4",
                   "Sales fell in the September quarter.": "2021-Q3",
                   "JAPAN OCTOBER/DECEMBER GNP RISES": "2021-Q4",
                   "Sales rose in the January/March quarter.": "2021-Q1"})
def h_month_quarter(m, cx, a, b):
    """A quarter named by its months, as Japanese, Australian and New Zealand figures are
    ("the October/December quarter", "OCTOBER/DECEMBER GNP", "the December quarter":
    the three months to December)."""
    last = m["last"] or m["mon"]
    mon = {"sep": 9, "sept": 9}.get(last.lower()) or cx.lex.months.get(last.lower())
    if not mon or mon % 3 or last[0].islower() and not m["range"]:
        return None  # not the last month of a calendar quarter, or a verb ("may")
    if cx.dct is None:
        return Resolved("date", f"XXXX-Q{mon // 3}", None, "no publication date")
    p = cal.quarter(year_for(cx, mon, None, -1), mon // 3)
    _note_quarter(cx, p)
    return Resolved("date", p.value, p, f"{cx.pub} (the latest such quarter)")


@pattern("year_ago_quarter", r"(?:\blast\s+year'?s\s+(?:(?:first|second|third|fourth|fiscal)\s+)?(?:quarter|period)|\bthe\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|the\s+previous\s+year)|\bthe\s+quarter\s+a\s+year\s+(?:ago|earlier))\b",
         triggers={"quarter", "period"},
         examples={"Profit rose from the same period a year ago.": "2021"})
def h_year_ago_quarter(m, cx, a, b):
    """'last year's quarter', 'the same period a year ago': the quarter under discussion, a year back."""
    if cx.dct is None:
        return Resolved("date", "XXXX-QX", None, "no publication date")
    q = cx.last_quarter
    if q is not None and q.start is not None:
        p = cal.quarter(q.start.year - 1, cal.quarter_of(q.start))
        return Resolved("date", p.value, p, f"{q.value} mentioned earlier")
    p = cal.year(cx.dct.year - 1)
    return Resolved("date", p.value, p, f"{cx.pub} (a year before)")


def _the_quarter(m, cx, a, b):
    if cx.dct is None:
        return Resolved("date", "XXXX-QX", None, "no publication date")
    p = _quarter_ending(cx, b) or cx.last_quarter or cal.shift_period(cx.dct, "Q", -1)
    _note_quarter(cx, p)
    return Resolved("date", p.value, p, f"{p.value} (the quarter under discussion)")


@pattern("qn", r"\b(?:(?P<y1>{YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?P<y2>{YEAR}))?\b",
         triggers={"q"},
         examples={"Profit rose in Q3 2021.": "2021-Q3"})
def h_qn(m, cx, a, b):
    q = int(m["q"])
    y = _year_of_group(m, cx)
    if y is None:
        if cx.dct is None:
            return Resolved("date", f"XXXX-Q{q}", None, "no publication date")
        y = cx.dct.year if q <= cal.quarter_of(cx.dct) or tense(cx, a, b) > 0 else cx.dct.year - 1
    p = cal.quarter(y, q)
    _note_quarter(cx, p)
    return Resolved("date", p.value, p, None)


@pattern("half", r"(?:\bthe\s+)?\b(?P<ord>first|second|1st|2nd|latter|last|early)\s+half\b(?:{yr_of}|\s+of\s+the\s+(?:(?P<hdec>1[6-9]\d0|20\d0)|'(?P<hdd>\d0))'?s\b)?",
         triggers={"half"},
         examples={"Sales will rise in the first half.": "2022-H1",
                   "Sales rose in the second half of 2021.": "2021-H2"})
def h_half(m, cx, a, b):
    o = m["ord"].lower()
    h = 1 if o in ("first", "1st", "early") else 2
    if m["hdec"] or m["hdd"]:
        # "the last half of the '80s": a part of the decade (TIMEX3 value of the decade, mod START/END)
        dec = h_decade({"dec": m["hdec"], "dd": m["hdd"], "fz": None}, cx, a, b)
        dec.mod = "START" if h == 1 else "END"
        return dec
    y = _year_of_group(m, cx)
    if y is None:
        if cx.dct is None:
            return Resolved("date", f"XXXX-H{h}", None, "no publication date")
        y = cx.dct.year
    p = cal.half(y, h)
    return Resolved("date", p.value, p, None)


@pattern("hn", r"\bH(?P<h>[12])(?:\s+(?P<y2>{YEAR}))?\b",
         triggers={"h"},
         examples={"Sales rose in H2 2021.": "2021-H2"})
def h_hn(m, cx, a, b):
    h = int(m["h"])
    y = int(m["y2"]) if m["y2"] else (cx.dct.year if cx.dct else None)
    if y is None:
        return Resolved("date", f"XXXX-H{h}", None, "no publication date")
    p = cal.half(y, h)
    return Resolved("date", p.value, p, None)


@pattern("nine_months", r"(?:\bthe\s+)?\b(?P<ord>first|last|past)\s+(?P<n>{numw1}|\d+)\s+months\b",
         triggers={"months"},
         examples={"Sales rose in its first nine months.": "P9M",
                   "Sales rose over its past six months.": "P6M"})
def h_nine_months(m, cx, a, b):
    n = number(cx.lex, m["n"])
    if n is None:
        return None
    o = m["ord"].lower()
    if o in ("last", "past"):
        return _anchored_duration(cx, n, "M", -1, None)
    return Resolved("duration", duration_value(n, "M"), None, None, n)


@pattern("year_period", r"\bthe\s+{NUM_L}(?P<y>{YEAR})\s+(?:period|quarter)\b",
         triggers={"period", "quarter"},
         examples={"Profit rose in the 1988 period.": "1988"})
def h_year_period(m, cx, a, b):
    """'the 1988 period' in an earnings story: that year's quarter under discussion."""
    y = int(m["y"])
    q = cx.last_quarter
    if q is not None and q.start is not None:
        p = cal.quarter(y, cal.quarter_of(q.start))
        return Resolved("date", p.value, p, f"{q.value} mentioned earlier")
    p = cal.year(y)
    return Resolved("date", p.value, p, None)
