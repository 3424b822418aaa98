"""Months with or without their year: "March 1998", "in March", "last July",
"March of next year"; and when "may" and "march" are not months at all."""
from __future__ import annotations

import re

from .. import calendar as cal
from ..context import _DEADLINE_CUE, _PREP_BEFORE, _tense_name, Context, Resolved, tense
from ..registry import pattern
from ..values import _mod, _month_of, _shift, _year_of_group, spelled_year, year_for


@pattern("my", r"(?:(?P<fz>{fzpos})[\s-]+)?\b(?P<mon>{months}|{abbr})(?:\s+of)?,?\s+(?:(?P<y>{YEAR})|(?P<ys>{SPELLED_YEAR}))\b",
         triggers={"{months}"},
         examples={"The plant opened in March 1998.": "1998-03",
                   "It closed in late March, nineteen ninety-six.": "1996-03"})
def h_my(m, cx, a, b):
    mon = _month_of(cx.lex, m["mon"])
    y = int(m["y"]) if m["y"] else spelled_year(cx.lex, m["ys"])
    if y is None:
        return None
    p = cal.month(y, mon)
    return Resolved("date", p.value, p, None, mod=_mod(cx.lex, m["fz"]))


@pattern("month_year_rel", r"\b(?P<mon>{months})\s+(?:of\s+)?(?P<yshift>this|last|next)\s+year\b",
         triggers={"{month_names}"},
         examples={"The plant opens in March of next year.": "2023-03"})
def h_month_year_rel(m, cx, a, b):
    mon = cx.lex.months[m["mon"].lower()]
    if cx.dct is None:
        return Resolved("date", f"XXXX-{mon:02d}", None, "no publication date")
    p = cal.month(_year_of_group(m, cx), mon)
    return Resolved("date", p.value, p, f"{cx.pub} ({m['yshift'].lower()} year)")


@pattern("month", r"(?:(?P<fz>{fzpos})[\s-]+)?(?:(?P<shift>{shifts})\s+)?\b(?P<mon>{months})\b",
         triggers={"{month_names}"},
         examples={"The plant closed in March.": "2021-03",
                   "The vote is in February.": "2022-02",
                   "They may be late.": None})
def h_month(m, cx, a, b):
    word = m["mon"]
    if word[0].islower():
        return None  # "march", "may": verbs
    mon = cx.lex.months[word.lower()]
    shift = _shift(cx.lex, m["shift"])
    mod = _mod(cx.lex, m["fz"])
    if word.lower() in cx.lex.get("ambiguous_months") and shift is None and mod is None:
        if (not _PREP_BEFORE.search(cx.text[max(0, a - 12):a]) and not _month_as_modifier(cx, a, b)) \
                or word.isupper():
            return None
        if word.lower() == "may" and re.match(r"\s+(?:be|have|not|also|well|need|seek|want)\b", cx.text[b:b + 8]):
            return None
    carried = cx.year_carried_to(a) if shift is None else None
    if carried:  # "from June 1998 to March"
        y, said = carried
        p = cal.month(y, mon)
        return Resolved("date", p.value, p, f"{said} in the same sentence", mod=mod)
    if cx.dct is None:
        return Resolved("date", f"XXXX-{mon:02d}", None, "no publication date: year unknown", mod=mod)
    if shift is not None and shift != 0:
        # "last July": the July before the publication month; "next July" the one after
        y = cx.dct.year
        if shift < 0:
            y = y if mon < cx.dct.month else y - 1
        else:
            y = y if mon > cx.dct.month else y + 1
        t = shift
    elif shift == 0:
        y, t = cx.dct.year, 0
    else:
        t = tense(cx, a, b)
        if t == 0 and _DEADLINE_CUE.search(cx.text[max(cx.sent_bounds[0], a - 30):a]):
            t = 1
        y = year_for(cx, mon, None, t)
    p = cal.month(y, mon)
    return Resolved("date", p.value, p, f"{cx.pub} (year)", mod=mod, extra={"tense": _tense_name(t)})


def _month_as_modifier(cx: Context, a: int, b: int) -> bool:
    """'The March accession', 'the May elections': 'the' + the month + a lower-case noun."""
    if not re.search(r"\bthe\s+$", cx.text[max(0, a - 5):a], re.I):
        return False
    nxt = re.match(r"\s+([a-z]+)\b", cx.text[b:b + 30])
    return bool(nxt) and nxt.group(1) not in (cx.lex.get("ambiguous_month_not_before") or ())


@pattern("month_range", r"\b(?P<m1>{months}|{abbr})\s?[-–—]\s?(?P<m2>{months}\b|{abbr}(?!\w))"
         r"(?:\s+(?P<q>quarter)\b)?(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"{months}"},
         examples={"Exports rose 12% in April-November.": "2021-04",
                   "Exports rose 12% in April–November 2021.": "2021-04",
                   "Profit in the Jan-March quarter fell 5%.": "2021-Q1",
                   "Ford will build 485,000 cars in the April-June period.": "2022-Q2",
                   "Sales in the October-March season are strong.": "2021-10",
                   "Output in 1986/87 (Oct-Sept) will rise.": "1986-10",
                   "The wheat is for shipment may-june.": None})
def h_month_range(m, cx, a, b):
    """Months joined by a dash are one period, from the first day of the first to the last
    day of the second ("April-November", "the Jan-March quarter", "(Oct-Sept)" after a split
    year): not two dates. A calendar quarter's three months are that quarter (its TIMEX3
    value); any other run has the first month's value, as a split year has its first
    year's, and says its whole extent in extra["interval"] (ISO 8601: "2021-04/2021-11").
    The year: one written after it is the last month's; one said just before (in the same
    sentence, joined by a range word or a bracket) the first month's; else, read as "in
    November" is, the last month's in a clause in the past tense and the first month's
    otherwise."""
    w1, w2 = m["m1"], m["m2"]
    if not (w1[0].isupper() and w2[0].isupper()):
        return None  # "may-june": no names of months
    m1, m2 = _month_of(cx.lex, w1), _month_of(cx.lex, w2)
    if not m1 or not m2 or m1 == m2:
        return None
    wraps = m1 > m2  # "October-March": the second month in the next year
    if m["y"]:
        y2 = int(m["y"])
        y1, anchor = y2 - wraps, None
    elif (carried := cx.year_carried_to(a) or _year_in_bracket(cx, a)) is not None:
        y1, said = carried
        y2, anchor = y1 + wraps, f"{said} in the same sentence"
    elif cx.dct is None:
        return Resolved("date", f"XXXX-{m1:02d}", None, "no publication date: year unknown")
    else:
        t = tense(cx, a, b)
        if t == 0 and _DEADLINE_CUE.search(cx.text[max(cx.sent_bounds[0], a - 30):a]):
            t = 1
        if t < 0:  # a period told in the past: the latest whose last month is not ahead
            y2 = year_for(cx, m2, None, t)
            y1 = y2 - wraps
        else:  # else the one that starts nearest publication ("the April-June quarter", said March 30)
            y1 = year_for(cx, m1, None, t)
            y2 = y1 + wraps
        anchor = f"{cx.pub} (year)"
    first, last = cal.month(y1, m1), cal.month(y2, m2)
    if not wraps and m1 % 3 == 1 and m2 == m1 + 2:
        p = cal.quarter(y1, m2 // 3)
        return Resolved("date", p.value, p, anchor)
    p = cal.Period(first.value, first.start, last.end, "month")
    return Resolved("date", p.value, p, anchor, extra={"interval": f"{first.value}/{last.value}"})


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _year_in_bracket(cx: Context, a: int) -> tuple[int, str] | None:
    """'1986/87 (Oct-Sept)': a year said just before the bracket the months open."""
    if not cx.sentence_years:
        return None
    y, said, end = cx.sentence_years[-1]
    return (y, said) if _OPEN_BRACKET.fullmatch(cx.text, end, a) else None
