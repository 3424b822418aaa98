"""Sets (recurring times): "every week", "each Monday", "daily", "Mondays",
"Tuesday nights"."""
from __future__ import annotations

from ..context import Resolved
from ..registry import pattern
from ..values import _pod_code, _unit_code, duration_value, number


@pattern("weekday_set", r"\b(?:(?P<wd>{wd})s\b(?:\s+(?P<pod>{pod})s?\b)?|(?P<wd2>{wd})\s+(?P<pods>{pod})s\b)",
         triggers={"{weekday_words}", "{weekday_plurals}"},
         examples={"The shop is closed on Mondays.": "XXXX-WXX-1",
                   "They meet on Tuesday nights.": "XXXX-WXX-2TNI"})
def h_weekday_set(m, cx, a, b):
    """'Mondays', 'Tuesday nights': every such day (TimeML SET XXXX-WXX-2TNI)."""
    word = m["wd"] or m["wd2"]
    wd = cx.lex.weekday_number(word)
    if wd is None or not word[0].isupper():
        return None
    pod = _pod_code(cx, m["pod"] or m["pods"])
    return Resolved("set", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None, None, 1,
                    extra={"weekday": cx.lex.weekday_name(word), "frequency": "P1W"})


@pattern("every", r"\b(?P<q>{set_q})\s+(?:other\s+)?(?:(?P<n>{numw}|\d+)\s+)?(?P<unit>{units}|{wd}|{months})\b(?:\s+(?P<pod>{pod})\b)?",
         triggers={"{set_quantifiers}"},
         examples={"They meet every week.": "P1W",
                   "They meet every Monday.": "XXXX-WXX-1"})
def h_every(m, cx, a, b):
    u = m["unit"].lower()
    lex = cx.lex
    n = number(lex, m["n"]) if m["n"] else 1.0
    extra = {"quantifier": m["q"].lower()}
    if u in lex.weekdays:
        pod = _pod_code(cx, m["pod"])
        return Resolved("set", f"XXXX-WXX-{lex.weekdays[u]}" + (f"T{pod}" if pod else ""), extra=extra)
    if u in lex.months:
        return Resolved("set", f"XXXX-{lex.months[u]:02d}", extra=extra)
    unit = _unit_code(lex, u)
    if unit is None:
        return None
    return Resolved("set", duration_value(n, unit), value=n, extra=extra)


@pattern("set_adverb", r"\b(?P<w>{set_adv})\b",
         triggers={"{set_adverbs}"},
         examples={"They meet daily.": "P1D"})
def h_set_adverb(m, cx, a, b):
    v = cx.lex.lower_map("set_adverbs").get(m["w"].lower())
    return Resolved("set", v) if v else None
