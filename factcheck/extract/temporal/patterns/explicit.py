"""Dates that name their day: ISO and numeric forms ("2022-01-22", "1/22/2022"),
month and day ("January 22", "22 Jan", "Saturday, January 22", "January twenty-second"),
"the week of March 6" and a bare "the 22nd". _explicit_day gives a day without a
year its year (said earlier in the sentence, or the publication's by tense)."""
from __future__ import annotations

from typing import Any

from .. import calendar as cal
from ..context import _tense_name, Context, Resolved, tense
from ..registry import pattern
from ..values import _g, _month_of, _safe_date, year_for


def _explicit_day(cx: Context, y: int | None, mon: int, d: int, a: int, b: int,
                  wd: str | None = None) -> Resolved | None:
    if not 1 <= d <= 31:
        return None
    extra: dict[str, Any] = {}
    if wd:
        if wd.endswith(".") and not wd[0].isupper():
            return None
        extra["weekday"] = cx.lex.weekday_name(wd)
    if y is not None:
        dd = _safe_date(y, mon, d)
        if dd is None:
            return None
        return Resolved("date", dd.isoformat(), cal.day(dd), None, extra=extra)
    carried = cx.year_carried_to(a)
    if carried:  # "between Jan. 3, 2019 and March 5": the year already said
        y, said = carried
        dd = _safe_date(y, mon, d)
        if dd is not None:
            return Resolved("date", dd.isoformat(), cal.day(dd), f"{said} in the same sentence", extra=extra)
    if cx.dct is None:
        if _safe_date(2000, mon, d) is None:  # 2000 is a leap year: Feb 29 is fine
            return None
        return Resolved("date", f"XXXX-{mon:02d}-{d:02d}", None, "no publication date: year unknown", extra=extra)
    t = tense(cx, a, b)
    y = year_for(cx, mon, d, t)
    dd = _safe_date(y, mon, d)
    if dd is None:
        return None
    extra["tense"] = _tense_name(t)
    return Resolved("date", dd.isoformat(), cal.day(dd), f"{cx.pub} (year)", extra=extra)


@pattern("iso", r"{NUM_L}(?P<y>{YEAR})(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d){NUM_R}",
         triggers={"#"},
         examples={"The vote is on 2022-01-22.": "2022-01-22",
                   "The vote is on 2022/01/22.": "2022-01-22"})
def h_iso(m, cx, a, b):
    dd = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Resolved("date", dd.isoformat(), cal.day(dd)) if dd else None


@pattern("numeric", r"{NUM_L}(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}}){NUM_R}",
         triggers={"#"},
         examples={"Filed on 1/22/2022.": "2022-01-22",
                   "Filed on 22/1/2022.": "2022-01-22",
                   "Upgrade to version 1.5.22 today.": None})
def h_numeric(m, cx, a, b):
    x, y_, yr = int(m["a"]), int(m["b"]), m["y"]
    if m["sep"] == "." and len(yr) == 2:
        return None  # 1.5.22 is more likely a version number
    y = int(yr)
    if len(yr) == 2:
        y += 2000 if y < 50 else 1900
    mon, d = (y_, x) if cx.date_order == "DMY" else (x, y_)
    if mon > 12 and d <= 12:  # 22/1/2022 can only be day-first
        mon, d = d, mon
    dd = _safe_date(y, mon, d)
    if dd is None:
        return None
    return Resolved("date", dd.isoformat(), cal.day(dd), None, extra={"date_order": cx.date_order})


@pattern("wd_md", r"\b(?P<wd>{wdx}),?\s+(?P<mon>{mon})\s+{day}\b(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"{weekdays}"},
         examples={"The vote is on Saturday, January 22.": "2022-01-22",
                   "It ended on Wed. Jan. 5.": "2022-01-05"})
# (a day and its month are in one paragraph: "January: 16\n\nFebruary: 22" names no 16 February)
@pattern("md", r"\b(?P<mon>{mon})(?:[^\S\n]+\n?|\n)[^\S\n]*{day}\b(?!,\d)(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"{months}"},
         examples={"The vote is on January 22.": "2022-01-22",
                   "Filed on March 3, 2019.": "2019-03-03",
                   "The vote is on Jan 22nd.": "2022-01-22"})
@pattern("dm", r"(?:\bthe\s+)?{NUM_L}{day}(?:\s+of)?(?:[^\S\n]+\n?|\n)[^\S\n]*(?P<mon>{mon})(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"{months}"},
         examples={"The vote is on 22 Jan 2022.": "2022-01-22",
                   "The vote is on the 22nd of January.": "2022-01-22",
                   "The vote is on 22\nJanuary.": "2022-01-22"})
def h_md(m, cx, a, b):
    mon = _month_of(cx.lex, m["mon"])
    y = int(m["y"]) if m["y"] else None
    return _explicit_day(cx, y, mon, int(m["d"]), a, b, _g(m, "wd"))


@pattern("week_of", r"\bthe\s+week\s+of\s+(?P<mon>{mon})\s+{day}\b(?!,\d)(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"week"},
         examples={"Talks resume the week of March 7.": "2022-W10"})
def h_week_of(m, cx, a, b):
    """'the week of March 6': the ISO week holding that day."""
    r = h_md(m, cx, a, b)
    if r is None or r.period is None or r.period.start is None:
        if r is not None:
            r.timex = "XXXX-WXX"
        return r
    p = cal.shift_period(r.period.start, "W", 0)
    return Resolved("date", p.value, p, r.anchor or f"the week of {r.timex}", extra=r.extra)


@pattern("md_words", r"(?:\b(?P<wd>{wd}),?\s+)?\b(?P<mon>{months})\s+(?:the\s+)?(?P<dw>{ordw})\b|\bthe\s+(?P<dw2>{ordw})\s+of\s+(?P<mon2>{months})\b",
         triggers={"{month_names}"},
         examples={"The vote is on January twenty-second.": "2022-01-22",
                   "The vote is on the twenty-second of January.": "2022-01-22"})
def h_md_words(m, cx, a, b):
    """'March eighth', 'the twenty-second of January' (broadcast transcripts)."""
    word = m["mon"] or m["mon2"]
    if word[0].islower():
        return None  # "a march second only to ..."
    mon = cx.lex.months[word.lower()]
    d = cx.lex.ordinals.get((m["dw"] or m["dw2"]).lower())
    if d is None:
        return None
    return _explicit_day(cx, None, mon, d, a, b, _g(m, "wd"))


@pattern("nth", r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|and\b|or\b|$))",
         triggers={"#"},
         examples={"The vote is on the 22nd.": "2022-01-22"})
def h_nth(m, cx, a, b):
    d = int(m["d"])
    ref = cx.sentence_day_or_month
    if ref is not None and ref.start is not None:
        dd = _safe_date(ref.start.year, ref.start.month, d)
        if dd:
            return Resolved("date", dd.isoformat(), cal.day(dd), f"{ref.value} in the same sentence")
    if cx.dct is None:
        return Resolved("date", f"XXXX-XX-{d:02d}", None, "no publication date")
    dd = _safe_date(cx.dct.year, cx.dct.month, d)
    if dd is None:
        return None
    return Resolved("date", dd.isoformat(), cal.day(dd), f"{cx.pub} (month)")
