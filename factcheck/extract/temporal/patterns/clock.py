"""Times of day: "10 a.m.", "14:30 GMT", "three o'clock", "noon", and a clock joined to
its day ("10 a.m. Friday", "Friday at noon", "5 p.m. on Jan. 22"). A bare clock time is
placed on the last day named in its sentence, else on the publication day."""
from __future__ import annotations

import re
from typing import Any

from .. import calendar as cal
from ..context import Context, Resolved
from ..lexicon import alt
from ..registry import pattern
from ..values import _month_of, number
from .days import _weekday_date
from .explicit import _explicit_day


def _clock(m: re.Match) -> tuple[int, int] | None:
    if m["w"]:
        return (24, 0) if m["w"].lower() == "midnight" else (12, 0)
    return _twelve_hour(m)


def _twelve_hour(m: re.Match) -> tuple[int, int] | None:
    """(hour, minute) on the 24-hour clock from a match's h, mi and a.m./p.m. groups."""
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if h > 12 or h == 0:
        return None
    pm = m["ap"].lower().startswith("p")
    if pm and h < 12:
        h += 12
    if not pm and h == 12:
        h = 0
    return h, mi


@pattern("time_day", r"(?:{NUM_L}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)|\b(?P<w>noon|midnight))(?:\s+(?P<tz>{tz})\b)?\s+(?:on\s+)?(?P<wd>{wdx})",
         triggers={"{weekdays}"},
         examples={"The vote will be at 10 a.m. Friday.": "2022-01-14T10:00"})
@pattern("day_time", r"\b(?P<wd>{wdx}),?\s+(?:at\s+)?(?:{NUM_L}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)|(?P<w>noon|midnight)\b)(?:\s+(?P<tz>{tz})\b)?",
         triggers={"{weekdays}"},
         examples={"The vote will be on Friday at noon.": "2022-01-14T12:00"})
def h_time_day(m, cx, a, b):
    hm = _clock(m)
    if hm is None:
        return None
    word = m["wd"]
    wd = cx.lex.weekday_number(word)
    if wd is None or (word.endswith(".") and not word[0].isupper()):
        return None
    extra: dict[str, Any] = {"weekday": cx.lex.weekday_name(word)}
    if m["tz"]:
        extra["tz"] = m["tz"].upper()
    clock = f"T{hm[0]:02d}:{hm[1]:02d}"
    if cx.dct is None:
        return Resolved("time", f"XXXX-WXX-{wd}{clock}", None, "no publication date", extra=extra)
    d, anchor = _weekday_date(cx, word, wd, None, None, a, b, extra)
    return Resolved("time", d.isoformat() + clock, cal.day(d), anchor, extra=extra)


@pattern("time_md", r"{NUM_L}(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)|\b(?P<w>noon|midnight))(?:\s+(?P<tz>{tz})\b)?,?\s+(?:on\s+)?(?P<mon>{mon})\s+{day}\b(?:,?\s+(?P<y>{YEAR})\b)?",
         triggers={"{months}"},
         examples={"The vote is at 5 p.m. on Jan. 22.": "2022-01-22T17:00"})
def h_time_md(m, cx, a, b):
    hm = _clock(m)
    if hm is None:
        return None
    mon = _month_of(cx.lex, m["mon"])
    y = int(m["y"]) if m["y"] else None
    r = _explicit_day(cx, y, mon, int(m["d"]), a, b)
    if r is None:
        return None
    r.kind = "time"
    r.timex += f"T{hm[0]:02d}:{hm[1]:02d}"
    if m["tz"]:
        r.extra["tz"] = m["tz"].upper()
    return r


def _time(cx: Context, h: int, mi: int, tz: str | None) -> Resolved:
    extra: dict[str, Any] = {"tz": tz.upper()} if tz else {}
    ref = cx.sentence_dates[-1] if cx.sentence_dates and cx.sentence_dates[-1].gran == "day" else None
    clock = f"T{h:02d}:{mi:02d}"
    if ref is not None:
        return Resolved("time", ref.value + clock, ref, f"{ref.value} in the same sentence", extra=extra)
    if cx.dct is None:
        return Resolved("time", "XXXX-XX-XX" + clock, None, "no publication date", extra=extra)
    p = cal.day(cx.dct)
    extra["clock"] = clock  # a day named later in the sentence may still claim it (see __init__)
    return Resolved("time", p.value + clock, p, cx.pub, extra=extra)


@pattern("clock", r"{NUM_L}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)(?:\s+(?P<tz>{tz})\b)?",
         triggers={"m", "am", "pm"},
         examples={"They met at 10 a.m.": "2022-01-13T10:00"})
def h_clock(m, cx, a, b):
    hm = _twelve_hour(m)
    return None if hm is None else _time(cx, *hm, m["tz"])


@pattern("clock24", r"{NUM_L}(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d){NUM_R}(?:\s+(?P<tz>{tz})\b)?",
         triggers={"#"},
         examples={"They met at 14:30 GMT.": "2022-01-13T14:30",
                   "The ratio was 12:30 in their favour.": None})
def h_clock24(m, cx, a, b):
    before = cx.text[max(0, a - 12):a].lower()
    if not (m["tz"] or re.search(r"\b(?:at|by|until|from|before|after|around)\s+$", before)):
        return None  # "3:2" scores and ratios
    return _time(cx, int(m["h"]), int(m["mi"]), m["tz"])


# before a four-digit clock in "hours": a word that points at a time of day ("at 1900
# hours", "set for 1900 hours"), where "worked 1900 hours" is a length of time
_AT_CLOCK = "|".join(rf"(?<=\b{w}\s)" for w in (
    "at", "by", "until", "till", "before", "after", "from", "since", "around", "set for",
    "scheduled for", "due for", "fixed for", "planned for", "called for")) \
    + r"|(?<=\bbetween\s\d\d\d\d\sand\s)"  # the second clock of "between 1900 and 2300 hours"


@pattern("clock_hours", r"{NUM_L}(?:(?P<h0>0\d)(?P<mi0>[0-5]\d)\s+(?:hours|hrs|hr)"
                        r"|(?P<h1>[01]\d|2[0-3])(?P<mi1>[0-5]\d)\s+(?:hrs|hr)"
                        r"|(?:" + _AT_CLOCK.replace("{", "{{").replace("}", "}}") + r")"
                        r"(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)\s+hours"
                        r"|(?<=\bbetween\s)(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\sand\s(?:[01]\d|2[0-3])[0-5]\d\s+(?:hours|hrs|hr)\b))"
                        r"\b(?:\s+(?P<tz>{tz})\b)?",
         triggers={"hours", "hrs", "hr"},
         examples={"A council meeting was set for 1900 hours.": "2022-01-13T19:00",
                   "The tremor struck at 0620 hrs (0920 GMT).": "2022-01-13T06:20",
                   "The board reconvened at 1650 hours local time.": "2022-01-13T16:50",
                   "A session opens between 1900 and 2300 hours.": "2022-01-13T19:00"})
def h_clock_hours(m, cx, a, b):
    """Four digits and "hours" on the 24-hour clock: a time of day with "hrs", with a
    leading zero, after a word that points at a time, or either end of a span of clock
    times ("between 1900 and 2300 hours"); "worked 1900 hours" is left to the duration
    pattern (the regex does not match it)."""
    k = next(i for i in "0123" if m["h" + i])
    return _time(cx, int(m["h" + k]), int(m["mi" + k]), m["tz"])


@pattern("oclock", r"\b(?P<h>{numw1}|\d{{1,2}})\s+o'clock\b",
         triggers={"clock"},
         examples={"They met at three o'clock.": "2022-01-13T03:00"})
def h_oclock(m, cx, a, b):
    h = number(cx.lex, m["h"])
    if h is None or not 1 <= h <= 12:
        return None
    return _time(cx, int(h), 0, None)


@pattern("noon", r"\b(?P<w>midnight|noon|midday)\b",
         triggers={"midnight", "noon", "midday"},
         examples={"The vote closes at noon.": "2022-01-13T12:00",
                   "It was High Noon for the council.": None})
def h_noon(m, cx, a, b):
    w = m["w"].lower()
    idioms = cx.lex.get("noon_idioms") or ()
    if idioms and re.search(rf"\b(?:{alt(idioms)})\s+$", cx.text[max(0, a - 10):a], re.I):
        return None  # "High Noon", "high noon comes today": an idiom, not twelve o'clock
    r = _time(cx, 12, 0, None)
    if w == "midnight":
        r.timex = r.timex.replace("T12:00", "T24:00")
    return r
