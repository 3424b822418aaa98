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
