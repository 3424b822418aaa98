"""Seasons: "this spring", "in the fall", "winter of 1998", "1998 summer" (winter
belongs to the year it starts in)."""
from __future__ import annotations

import re
from datetime import date

from .. import calendar as cal
from ..context import Resolved, tense
from ..registry import pattern
from ..values import _g, _mod, _shift, spelled_year


def _season_year_of(d: date, code: str) -> int:
    # winter belongs to the year it starts in
    if code == "WI" and d.month <= 2:
        return d.year - 1
    return d.year


def _season_started(d: date, code: str, y: int) -> bool:
    a, _ = cal.SEASON_MONTHS[code]
    return d >= date(y, a, 1)


@pattern("season", r"(?:(?P<fz>{fzpos})\s+)?(?:(?P<shift>{shifts})\s+|(?P<the>the)\s+)?\b(?P<season>{seasons})\b(?:(?:\s+of)?\s+(?P<y>{YEAR})\b|\s+of\s+(?P<ys>{SPELLED_YEAR})\b)?",
         triggers={"{seasons}"},
         examples={"The plant opened in the summer of 1998.": "1998-SU",
                   "The plant opens in the fall.": "2022-FA"})
def h_season(m, cx, a, b):
    code = cx.lex.lower_map("seasons")[m["season"].lower()]
    shift = _shift(cx.lex, m["shift"])
    mod = _mod(cx.lex, m["fz"])
    y = int(m["y"]) if _g(m, "y") else (spelled_year(cx.lex, m["ys"]) if _g(m, "ys") else None)
    word = m["season"].lower()
    if y is None and shift is None:
        before = cx.text[max(0, a - 10):a].lower()
        if not (m["the"] or m["fz"]) and not re.search(r"\b(?:in|into|this|during|by|until|through)\s+$", before):
            return None
        if word == "fall" and re.match(r"\s+(?:of|in|from)\b", cx.text[b:b + 6]):
            return None
        if not re.search(r"\b(?:in|into|during|by|until|through|this|over|for)\s+(?:the\s+)?$", cx.text[max(0, a - 14):a].lower()) \
                and not m["fz"]:
            return None
    if y is not None:
        p = cal.season(y, code)
        return Resolved("date", p.value, p, None, mod=mod)
    if cx.dct is None:
        return Resolved("date", f"XXXX-{code}", None, "no publication date", mod=mod)
    cur = _season_year_of(cx.dct, code)
    if shift:
        y = cur + shift
    else:
        t = tense(cx, a, b)
        started = _season_started(cx.dct, code, cur)
        y = cur - 1 if (t < 0 and not started) else cur
    p = cal.season(y, code)
    return Resolved("date", p.value, p, f"{cx.pub} (year)", mod=mod)


@pattern("year_season", r"{NUM_L}(?P<y>{YEAR})\s+(?P<season>{seasons})\b",
         triggers={"{seasons}"},
         examples={"The plant opened in the 1998 summer.": "1998-SU"})
def h_year_season(m, cx, a, b):
    code = cx.lex.lower_map("seasons")[m["season"].lower()]
    p = cal.season(int(m["y"]), code)
    return Resolved("date", p.value, p, None)
