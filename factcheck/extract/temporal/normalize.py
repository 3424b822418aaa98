"""What a pattern match means: TIMEX3 value, calendar interval and anchor.

`normalize(match, cx)` turns a grammar Match into a Resolved, or None when the
match is not a temporal expression after all ("may" the verb, "the 3rd Army").
Relative expressions are resolved against the publication date (cx.dct); when
there is none they keep an X-filled value and no interval. There is one
handler per grammar pattern, named h_<pattern>.
"""
from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Any, Callable

from . import calendar as cal
from .calendar import Period
from .context import _DEADLINE_CUE, _PREP_BEFORE, Context, Resolved, _tense_name, tense
from .grammar import Match
from .lexicon import alt
from .values import (_g, _month_of, _mod, _safe_date, _shift, _unit_code, duration_value, number,
                     spelled_year, year_for)

Handler = Callable[[re.Match, Context, int, int], "Resolved | None"]


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


def h_iso(m, cx, a, b):
    dd = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Resolved("date", dd.isoformat(), cal.day(dd)) if dd else None


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


def h_md(m, cx, a, b):
    mon = _month_of(cx.lex, m["mon"])
    y = int(m["y"]) if m["y"] else None
    return _explicit_day(cx, y, mon, int(m["d"]), a, b, _g(m, "wd"))


h_wd_md = h_md


def h_week_of(m, cx, a, b):
    """'the week of March 6': the ISO week holding that day."""
    r = h_md(m, cx, a, b)
    if r is None or r.period is None or r.period.start is None:
        if r is not None:
            r.timex = "XXXX-WXX"
        return r
    p = cal.shift_period(r.period.start, "W", 0)
    return Resolved("date", p.value, p, r.anchor or f"the week of {r.timex}", extra=r.extra)


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
h_dm = h_md


def h_spelled_year(m, cx, a, b):
    y = spelled_year(cx.lex, m["ys"])
    if y is None:
        return None
    p = cal.year(y)
    return Resolved("date", p.value, p, None)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def h_spelled_decade(m, cx, a, b):
    base = (cx.dct.year // 100 * 100) if cx.dct else 1900
    d0 = base + 10 * _DECADE_WORDS[m["w"].lower()]
    if cx.dct and d0 > cx.dct.year:
        d0 -= 100
    p = cal.decade(d0)
    return Resolved("date", p.value, p, cx.pub if cx.dct else None, mod=_mod(cx.lex, m["fz"]))


def h_my(m, cx, a, b):
    mon = _month_of(cx.lex, m["mon"])
    y = int(m["y"]) if m["y"] else spelled_year(cx.lex, m["ys"])
    if y is None:
        return None
    p = cal.month(y, mon)
    return Resolved("date", p.value, p, None, mod=_mod(cx.lex, m["fz"]))


def h_month_year_rel(m, cx, a, b):
    mon = cx.lex.months[m["mon"].lower()]
    if cx.dct is None:
        return Resolved("date", f"XXXX-{mon:02d}", None, "no publication date")
    p = cal.month(_year_of_group(m, cx), mon)
    return Resolved("date", p.value, p, f"{cx.pub} ({m['yshift'].lower()} year)")


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


def h_year(m, cx, a, b):
    y = int(m["y"])
    mod = _mod(cx.lex, m["fz"])
    before = cx.text[max(0, a - 12):a]
    if not m["fz"] and not m["fiscal"]:
        # a bare number: a year only after a preposition or as a modifier, not "No. 1998"
        if re.search(r"(?:No\.|#|\$|number)\s*$", before, re.I):
            return None
    p = cal.year(y)
    extra = {"fiscal": True} if m["fiscal"] else {}
    return Resolved("date", p.value, p, None, mod=mod, extra=extra)


def h_fiscal_short(m, cx, a, b):
    yy = int(m["yy"])
    y = yy + (2000 if yy < 50 else 1900)
    p = cal.year(y)
    return Resolved("date", p.value, p, None, extra={"fiscal": True})


def h_decade(m, cx, a, b):
    if m["dec"]:
        d0 = int(m["dec"])
    else:
        dd = int(m["dd"])
        base = (cx.dct.year // 100 * 100) if cx.dct else 1900
        d0 = base + dd if base + dd <= (cx.dct.year if cx.dct else 2100) else base - 100 + dd
    p = cal.decade(d0)
    return Resolved("date", p.value, p, None, mod=_mod(cx.lex, m["fz"]))


def h_century(m, cx, a, b):
    c = m["c"].lower()
    n = int(re.match(r"\d+", c).group()) if c[0].isdigit() else cx.lex.ordinals.get(c)
    if not n or n > 21:
        return None
    p = cal.century(n)
    return Resolved("date", p.value, p, None, mod=_mod(cx.lex, m["fz"]))


def _pod_code(cx: Context, pod: str | None) -> str | None:
    if not pod:
        return None
    return cx.lex.lower_map("parts_of_day").get(pod.lower())


def h_weekday_set(m, cx, a, b):
    """'Mondays', 'Tuesday nights': every such day (TimeML SET XXXX-WXX-2TNI)."""
    word = m["wd"] or m["wd2"]
    wd = cx.lex.weekday_number(word)
    if wd is None or not word[0].isupper():
        return None
    pod = _pod_code(cx, m["pod"] or m["pods"])
    return Resolved("set", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None, None, 1,
                    extra={"weekday": cx.lex.weekday_name(word), "frequency": "P1W"})


_SET_PARTNER = re.compile(r"\s+(?:and|or)\s+([A-Z][a-z]+day)(?:s\b|\s+([a-z]+)s\b)")


def h_weekday(m, cx, a, b):
    word = m["wd"]
    wd = cx.lex.weekday_number(word)
    if wd is None or (word.endswith(".") and not _abbreviated_weekday_ok(cx, m, a, word)):
        return None
    partner = _SET_PARTNER.match(cx.text, b) if not (m["shift"] or m["wshift"] or m["pod"]) else None
    if partner and cx.lex.weekday_number(partner.group(1)) is not None \
            and (partner.group(2) is None or _pod_code(cx, partner.group(2))):
        # "on Monday and Tuesday nights": the first day shares the set of the second
        pod = _pod_code(cx, partner.group(2)) if partner.group(2) else None
        return Resolved("set", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), None, None, 1,
                        extra={"weekday": cx.lex.weekday_name(word), "frequency": "P1W"})
    shift = _shift(cx.lex, m["shift"])
    wshift = _shift(cx.lex, m["wshift"])
    pod = _pod_code(cx, m["pod"])
    extra: dict[str, Any] = {"weekday": cx.lex.weekday_name(word)}
    if cx.dct is None:
        v = f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else "")
        return Resolved("time" if pod else "date", v, None, "no publication date: week unknown", extra=extra)
    sw = (m["shift"] or "").lower()
    if sw in ("previous", "preceding", "following") and cx.last_day is not None:
        # "down 4.5% from the previous Friday": before the day under discussion, not before today
        ref = cx.last_day.start
        d = cal.weekday_near(ref + timedelta(days=shift), wd, shift)
        anchor = f"{cx.last_day.value} mentioned earlier ({sw} {word})"
    else:
        d, anchor = _weekday_date(cx, word, wd, shift, wshift, a, b, extra)
    p = cal.day(d)
    if pod:
        return Resolved("time", f"{p.value}T{pod}", p, anchor, extra=extra)
    return Resolved("date", p.value, p, anchor, mod=_mod(cx.lex, m["fz"]), extra=extra)


_ABBR_WD_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|through|to|before|after)\s+$", re.I)


def _abbreviated_weekday_ok(cx: Context, m: re.Match, a: int, word: str) -> bool:
    """'on Wed.', 'next Tues.': an abbreviated weekday needs its capital and a modifier or a preposition."""
    if not word[0].isupper():
        return False
    return bool(m["shift"] or m["wshift"] or _ABBR_WD_BEFORE.search(cx.text[max(0, a - 10):a]))


_POSSESSIVE = re.compile(r"['’]s\b")


def _weekday_date(cx: Context, word: str, wd: int, shift: int | None, wshift: int | None,
                  a: int, b: int, extra: dict[str, Any]) -> tuple[date, str]:
    m = {"wshift": {-1: "last", 0: "this", 1: "next"}.get(wshift, "")}
    if wshift is not None:
        d = cal.weekday_in_week(cx.dct, wd, wshift)
        anchor = f"{cx.pub} ({m['wshift']} week)"
    elif shift is not None and shift < 0:
        d = cal.weekday_near(cx.dct - timedelta(days=1), wd, -1)
        anchor = f"{cx.pub} (last {word})"
    elif shift is not None and shift > 0:
        d = cal.weekday_near(cx.dct + timedelta(days=1), wd, 1)
        anchor = f"{cx.pub} (next {word})"
    elif shift == 0:
        d = cal.weekday_in_week(cx.dct, wd, 0)
        anchor = f"{cx.pub} (this week)"
    elif _POSSESSIVE.match(cx.text, b):
        # "Wednesday's ruling": a day a news story names by its event is one that has come
        d = cal.weekday_near(cx.dct, wd, -1)
        extra["tense"] = "past"
        anchor = f"{cx.pub} (possessive: the last {word})"
    else:
        t = tense(cx, a, b)
        extra["tense"] = _tense_name(t)
        if t == 0 and _DEADLINE_CUE.search(cx.text[max(cx.sent_bounds[0], a - 40):a]):
            t = 1  # "the deadline is Tuesday": a deadline lies ahead
        d = cal.weekday_near(cx.dct, wd, t if t else -1)
        anchor = f"{cx.pub} ({_tense_name(t) or 'past by default'} tense)"
    return d, anchor


def _clock(m: re.Match) -> tuple[int, int] | None:
    if m["w"]:
        return (24, 0) if m["w"].lower() == "midnight" else (12, 0)
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if h > 12 or h == 0:
        return None
    pm = m["ap"].lower().startswith("p")
    if pm and h < 12:
        h += 12
    if not pm and h == 12:
        h = 0
    return h, mi


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


h_day_time = h_time_day


def h_deictic(m, cx, a, b):
    pod = _pod_code(cx, m["pod"])
    if m["beyond"]:
        off = -2 if m["beyond"].lower().startswith("before") else 2
        word = "the day " + m["beyond"].lower()
    else:
        word = m["dd"].lower()
        off = int(cx.lex.lower_map("deictic_days").get(word, 0))
        if word == "tonight":
            pod = "NI"
        if m["dd"][0].isupper() and not m["fz"] and re.search(r"\b[A-Z][A-Za-z]*\s$", cx.text[max(0, a - 20):a]):
            return None  # "VOA Today", "USA Today": the last word of a name, not the day
    mod = _mod(cx.lex, m["fz"])
    generic = cx.lex.get("generic_today_nouns")
    if word in ("today", "tomorrow") and not pod and generic:
        nouns = "|".join(map(re.escape, generic))
        if re.match(rf"['’]s\s+(?:\w+\s+)?(?:{nouns})\b", cx.text[b:b + 40], re.I) \
                or re.search(rf"\bthe\s+(?:\w+\s+)?(?:{nouns})\s+of\s+$", cx.text[max(0, a - 40):a], re.I):
            # "today's youth", "the people of tomorrow": 'contemporary', 'future' in general, not a
            # time anyone can point to; TimeBank leaves these untagged in both of its halves
            return None
    if cx.dct is None:
        v = "XXXX-XX-XX" + (f"T{pod}" if pod else "")
        return Resolved("time" if pod else "date", v, None, "no publication date", mod=mod)
    p = cal.day(cx.dct + timedelta(days=off))
    anchor = f"{cx.pub} ({word})"
    if pod:
        return Resolved("time", f"{p.value}T{pod}", p, anchor, mod=mod)
    return Resolved("date", p.value, p, anchor, mod=mod)


def h_mid_pod(m, cx, a, b):
    """'by mid-afternoon', 'mid-morning yesterday': the part of the publication day (or the one named)."""
    pod = {"morning": "MO", "afternoon": "AF"}[m["pod"].lower()]
    dd = (m["dd"] or "today").lower()
    off = int(cx.lex.lower_map("deictic_days").get(dd, 0))
    if cx.dct is None:
        return Resolved("time", f"XXXX-XX-XXT{pod}", None, "no publication date", mod="MID")
    p = cal.day(cx.dct + timedelta(days=off))
    return Resolved("time", f"{p.value}T{pod}", p, f"{cx.pub} ({dd})", mod="MID")


def h_units_ahead(m, cx, a, b):
    """'the weeks ahead', 'the years that followed': a vague span of that unit."""
    unit = _unit_code(cx.lex, m["unit"])
    if unit is None:
        return None
    d = m["dir"].lower()
    ahead = d in ("ahead", "to come") or d.startswith("to")
    return Resolved("duration", duration_value(None, unit), None, None, None, None,
                    {"vague": "plural", "direction": "future" if ahead else "past"})


def h_pod(m, cx, a, b):
    s = m["shift"].lower()
    pod = _pod_code(cx, m["pod"])
    off = {"last": -1 if pod == "NI" else 0, "this": 0, "yesterday": -1, "tomorrow": 1}[s]
    if s == "last" and pod != "NI":
        off = -1
    if cx.dct is None:
        return Resolved("time", f"XXXX-XX-XXT{pod}", None, "no publication date")
    p = cal.day(cx.dct + timedelta(days=off))
    return Resolved("time", f"{p.value}T{pod}", p, f"{cx.pub} ({s} {m['pod'].lower()})",
                    mod=_mod(cx.lex, m["fz"]))


_UNIT_WORD = {"week": "W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
              "decade": "DE", "century": "CE"}


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


def _season_year_of(d: date, code: str) -> int:
    # winter belongs to the year it starts in
    if code == "WI" and d.month <= 2:
        return d.year - 1
    return d.year


def _season_started(d: date, code: str, y: int) -> bool:
    a, _ = cal.SEASON_MONTHS[code]
    return d >= date(y, a, 1)


def h_the_unit(m, cx, a, b):
    unit = m["unit"].lower()
    mod = _mod(cx.lex, m["fz"])
    if unit == "quarter":
        return h_the_quarter(m, cx, a, b) if not m["same"] else None
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


def _anchored_duration(cx: Context, n: float | None, unit: str, direction: int,
                       mod: str | None) -> Resolved:
    value = duration_value(n, unit)
    extra: dict[str, Any] = {"direction": "past" if direction < 0 else "future"}
    if cx.dct is None or n is None or unit.startswith("T") or unit in ("WE", "2W"):
        return Resolved("duration", value, None, None, n, mod, extra)
    other = cal.offset_date(cx.dct, unit, direction * n)
    lo, hi = (other, cx.dct) if direction < 0 else (cx.dct, other)
    return Resolved("duration", value, Period(value, lo, hi, "span"), f"{cx.pub}", n, mod, extra)


def _qual(cx: Context, q: str | None) -> tuple[str | None, str]:
    if not q:
        return None, ""
    k = re.sub(r"\s+", " ", q.lower())
    return cx.lex.lower_map("qualifiers").get(k) or None, k


def _count(cx: Context, m: re.Match) -> tuple[float | None, bool]:
    """(number of units, vague?)"""
    n_s = m["n"]
    n = number(cx.lex, n_s)
    if n is None:
        return None, True
    if (_g(m, "h1") or _g(m, "h2")):
        n += 0.5
    return n, False


@functools.lru_cache(maxsize=8)
def _idiom_re(idioms: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in idioms) + r")\b", re.I)


def _inside_idiom(cx: Context, a: int, b: int) -> bool:
    """'24 hours a day', 'seven days a week': 'all the time', no time anyone can point to
    (lexicon always_idioms); neither the duration nor the frequency is a temporal expression."""
    if cx.text[b:b + 3].lower() != " a " and cx.text[a:a + 2].lower() != "a ":
        return False  # each idiom is "<duration> a <unit>"
    idioms = cx.lex.get("always_idioms")
    if not idioms:
        return False
    lo = max(0, a - 30)
    return any(x.start() + lo <= a and b <= x.end() + lo
               for x in _idiom_re(tuple(idioms)).finditer(cx.text[lo:b + 30]))


def h_duration(m, cx, a, b):
    unit_word = m["unit"].lower()
    unit = _unit_code(cx.lex, unit_word)
    if unit is None or _inside_idiom(cx, a, b):
        return None
    n, vague = _count(cx, m)
    n_s = m["n"].lower()
    if n_s in ("a", "an") and unit_word.endswith("s"):
        return None  # "a days"
    if m["unit"][0].isupper() and (n_s[0].islower() or cx.text[max(0, a - 1):a] in ("'", '"', "“", "‘")):
        return None  # names and titles: "Sandra Day O'Connor", "60 Minutes"
    if n is not None and n >= 1000 and not unit_word.endswith("s"):
        return None  # "the 1988 quarter", "2020 season"
    if unit == "Q" and re.search(r"\w-quarters?$", cx.text[a:b]) and n_s not in ("a", "an", "one"):
        return None  # "three-quarters": a fraction
    if unit == "Q" and unit_word == "quarter" and n_s in ("a", "an", "one") \
            and re.match(r"\s+of\s+(?!(?:a|the)\s+century\b|\d{4}\b)", cx.text[b:b + 20]):
        return None  # "more than a quarter of the market": a fraction, not three months
    if unit == "TS" and n_s in ("a", "an"):
        return None  # "a second time"
    if n_s == "one" and unit_word == "day" and not m["q"] and re.search(
            rf"(?:^|\s)(?:{alt(cx.lex.get('one_day_modals') or ['will'])})\s+$", cx.text[max(0, a - 12):a], re.I):
        return Resolved("date", "FUTURE_REF", None, cx.pub if cx.dct else None)  # "Islam will one day be"
    mod, qword = _qual(cx, m["q"])
    if m["orso"] and not mod:
        mod = "APPROX"  # "the next two years or so"
    # "$5 million a year", "twice a day": a frequency, not a duration
    if n_s in ("a", "an") and not m["q"] and re.search(
            r"(?:\d|million|billion|times|twice|once|percent|%)\s*$", cx.text[max(0, a - 14):a], re.I):
        return Resolved("set", duration_value(1, unit), None, None, 1, extra={"frequency": "per"})
    if qword in ("the past", "the last"):
        return _anchored_duration(cx, n, unit, -1, mod)
    if qword in ("the next", "the coming"):
        return _anchored_duration(cx, n, unit, 1, mod)
    r = _plain_duration(cx, m, n, vague, unit, mod, a)
    if qword == "over" and not _OVER_AS_MORE.search(cx.text[max(0, a - 12):a]):
        qword, r.mod = "about", None  # "fell over three years": a preposition, left out of the extent
    elif qword == "the" and re.search(r"\w-\w+$", cx.text[a:b]):
        qword = "about"  # "the 14-day strike": the article belongs to the noun, not to "14-day"
    if qword in (cx.lex.get("qualifiers_outside_extent") or ()) or qword == "about":
        start = m.end("q")  # TimeML leaves "about" out of the extent; the mod keeps it
        while cx.text[start].isspace():
            start += 1
        r.span = (start, b)
    return r


# before "over", words that make it "more than" ("for over three years"), not the preposition
_OVER_AS_MORE = re.compile(r"\b(?:for|in|within|after|of|by|to|from|than|lasting|spanning)\s+$", re.I)


def _plain_duration(cx: Context, m: re.Match, n: float | None, vague: bool, unit: str,
                    mod: str | None, a: int) -> Resolved:
    value = duration_value(n, unit)
    before = cx.text[max(0, a - 8):a].lower()
    extra: dict[str, Any] = {}
    if vague:
        extra["vague"] = m["n"].lower()
    if re.search(r"\b(?:in|within)\s+$", before) and cx.dct is not None and n is not None \
            and not unit.startswith("T") and unit not in ("WE", "2W"):
        # "in three weeks": the point that far ahead of publication
        d = cal.offset_date(cx.dct, unit, n)
        extra["offset_from_published"] = "future"
        return Resolved("duration", value, Period(value, d, d, "point"), f"{cx.pub} + {value}",
                        n, mod, extra)
    return Resolved("duration", value, None, None, n, mod, extra)


def h_recent_units(m, cx, a, b):
    unit = _unit_code(cx.lex, m["unit"])
    if unit is None:
        return None
    word = m["recent"].lower()
    return Resolved("duration", duration_value(None, unit), None, None, None, None,
                    {"vague": word, "direction": "future" if word == "coming" else "past"})


def h_bare_units(m, cx, a, b):
    unit = _unit_code(cx.lex, m["unit"])
    if unit is None:
        return None
    return Resolved("duration", duration_value(None, unit), None, None, None, None, {"vague": "plural"})


_YEARS_AFTER = re.compile(r"\b(?:over|in|during|through|throughout)\s+$", re.I)


def h_the_years(m, cx, a, b):
    """'over the years', 'in the early years': an unstated number of years (TimeML PXY)."""
    if not _YEARS_AFTER.search(cx.text[max(0, a - 12):a]):
        return None
    return Resolved("duration", duration_value(None, "Y"), None, None, None, None, {"vague": "plural"})


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
_LONGER_PERIOD = re.compile(r"\b(?:(?:nine|six)\s+months|(?:first|second)\s+half|the\s+(?:fiscal\s+)?year)\b"
                            r"(?!.*\bquarter\b)", re.I | re.S)


def _longer_period_in_sentence(cx: Context, a: int) -> bool:
    """'For the nine months, ... a year earlier': the year before is the comparison, not the quarter."""
    return bool(_LONGER_PERIOD.search(cx.text, cx.sent_bounds[0], a))


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


def _year_of_group(m: re.Match, cx: Context) -> int | None:
    for g in ("y1", "y2"):
        v = _g(m, g)
        if v:
            return int(v)
    ys = _g(m, "yshift") or _g(m, "y1shift")
    if ys and cx.dct:
        return cx.dct.year + {"this": 0, "last": -1, "next": 1}[ys.lower()]
    if _g(m, "ythe") and cx.dct:
        return cx.dct.year
    return None


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


def h_the_quarter(m, cx, a, b):
    if cx.dct is None:
        return Resolved("date", "XXXX-QX", None, "no publication date")
    p = _quarter_ending(cx, b) or cx.last_quarter or cal.shift_period(cx.dct, "Q", -1)
    _note_quarter(cx, p)
    return Resolved("date", p.value, p, f"{p.value} (the quarter under discussion)")


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


def h_hn(m, cx, a, b):
    h = int(m["h"])
    y = int(m["y2"]) if m["y2"] else (cx.dct.year if cx.dct else None)
    if y is None:
        return Resolved("date", f"XXXX-H{h}", None, "no publication date")
    p = cal.half(y, h)
    return Resolved("date", p.value, p, None)


def h_nine_months(m, cx, a, b):
    n = number(cx.lex, m["n"])
    if n is None:
        return None
    o = m["ord"].lower()
    if o in ("last", "past"):
        return _anchored_duration(cx, n, "M", -1, None)
    return Resolved("duration", duration_value(n, "M"), None, None, n)


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


def h_year_period(m, cx, a, b):
    """'the 1988 period' in an earnings story: that year's quarter under discussion."""
    y = int(m["y"])
    q = cx.last_quarter
    if q is not None and q.start is not None:
        p = cal.quarter(y, cal.quarter_of(q.start))
        return Resolved("date", p.value, p, f"{q.value} mentioned earlier")
    p = cal.year(y)
    return Resolved("date", p.value, p, None)


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


def h_year_season(m, cx, a, b):
    code = cx.lex.lower_map("seasons")[m["season"].lower()]
    p = cal.season(int(m["y"]), code)
    return Resolved("date", p.value, p, None)


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


def h_clock(m, cx, a, b):
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    if h > 12 or h == 0:
        return None
    pm = m["ap"].lower().startswith("p")
    if pm and h < 12:
        h += 12
    if not pm and h == 12:
        h = 0
    return _time(cx, h, mi, m["tz"])


def h_clock24(m, cx, a, b):
    before = cx.text[max(0, a - 12):a].lower()
    if not (m["tz"] or re.search(r"\b(?:at|by|until|from|before|after|around)\s+$", before)):
        return None  # "3:2" scores and ratios
    return _time(cx, int(m["h"]), int(m["mi"]), m["tz"])


def h_oclock(m, cx, a, b):
    h = number(cx.lex, m["h"])
    if h is None or not 1 <= h <= 12:
        return None
    return _time(cx, int(h), 0, None)


def h_noon(m, cx, a, b):
    w = m["w"].lower()
    idioms = cx.lex.get("noon_idioms") or ()
    if idioms and re.search(rf"\b(?:{alt(idioms)})\s+$", cx.text[max(0, a - 10):a], re.I):
        return None  # "High Noon", "high noon comes today": an idiom, not twelve o'clock
    r = _time(cx, 12, 0, None)
    if w == "midnight":
        r.timex = r.timex.replace("T12:00", "T24:00")
    return r


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


def h_set_adverb(m, cx, a, b):
    v = cx.lex.lower_map("set_adverbs").get(m["w"].lower())
    return Resolved("set", v) if v else None


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


_GRAN_OF = {"year": "year", "quarter": "quarter", "month": "month", "week": "week", "day": "day"}


def h_year_end(m, cx, a, b):
    """'by year-end', 'around year end': the end of the current year (month, quarter)."""
    u = m["u"].lower()
    if cx.dct is None:
        return Resolved("date", {"year": "XXXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}[u], None,
                        "no publication date", mod="END")
    p = cal.shift_period(cx.dct, {"year": "Y", "month": "M", "quarter": "Q"}[u], 0)
    return Resolved("date", p.value, p, f"{cx.pub} ({u}-end)", mod="END",
                    extra={"approx": True} if m["fz"] else {})


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


def h_next_day(m, cx, a, b):
    """'the next morning', 'the previous day': a day from the last one the article named."""
    ref = cx.last_day
    if ref is None or ref.start is None:
        return None
    off = 1 if m["shift"].lower() in ("next", "following") else -1
    p = cal.day(ref.start + timedelta(days=off))
    pod = _pod_code(cx, m["unit"]) if m["unit"].lower() != "day" else None
    anchor = f"{ref.value} mentioned earlier"
    if pod:
        return Resolved("time", f"{p.value}T{pod}", p, anchor)
    return Resolved("date", p.value, p, anchor)


def h_in_the_unit(m, cx, a, b):
    """'earlier in the year': the publication's year (month, week, day), with START/END."""
    if cx.dct is None:
        return None
    u = m["unit"].lower()
    p = cal.shift_period(cx.dct, {"year": "Y", "month": "M", "week": "W", "day": "D"}[u], 0)
    return Resolved("date", p.value, p, f"{cx.pub} (the {u})", mod=_mod(cx.lex, m["fz"]))


def h_unit_long(m, cx, a, b):
    """'their third day-long meeting', 'a year-long inquiry': one unit, a duration;
    'a decades-long battle': an unknown number of them."""
    if m["units"]:
        unit = _unit_code(cx.lex, m["units"].lower())
        return Resolved("duration", duration_value(None, unit), None, None, None,
                        extra={"vague": "plural"}) if unit else None
    unit = _unit_code(cx.lex, m["unit"].lower())
    return Resolved("duration", duration_value(1, unit), None, None, 1) if unit else None


_TODAY_IS = re.compile(r"\b(?:today\s+is|it\s+is|it['’]s|this\s+is)\s+$", re.I)


def h_nth_day_of(m, cx, a, b):
    """'Today is the eighth day of Desert Shield', 'It's the second day of an offensive':
    the day the sentence is about is today (an ordinal day of an event is otherwise not placed)."""
    if cx.dct is None or not _TODAY_IS.search(cx.text[max(cx.sent_bounds[0], a - 12):a]):
        return None
    p = cal.day(cx.dct)
    return Resolved("date", p.value, p, f"{cx.pub} (today is the day named)")


def h_ref(m, cx, a, b):
    w = re.sub(r"\s+", " ", m["w"].lower())
    v = cx.lex.lower_map("references").get(w)
    if not v:
        return None
    cond = cx.lex.lower_map("reference_conditions").get(w)
    if cond and not _reference_holds(cx, cond, a, b):
        return None
    return Resolved("date", v, None, cx.pub if cx.dct else None)


def _reference_holds(cx: Context, cond: dict, a: int, b: int) -> bool:
    """'current market conditions' yes, 'electric current' no; 'will soon begin' yes,
    'as soon as', 'was soon released' no (reference_conditions in the lexicon)."""
    before, after = cx.text[max(0, a - 20):a], cx.text[b:b + 20]
    if cond.get("not_after") and re.search(rf"\b(?:{cond['not_after']})\s+$", before, re.I):
        return False
    if cond.get("not_before") and re.match(rf"\s+(?:{cond['not_before']})\b", after, re.I):
        return False
    if cond.get("not_past") and tense(cx, a, b) < 0:
        return False
    titles = cx.lex.get("role_titles") or []
    if cond.get("not_in_role_apposition") and titles and re.search(r",\s*$", before) \
            and re.match(rf"\s+(?:[\w.'’&-]+\s+){{0,3}}?(?:{alt(titles)})\b", cx.text[b:b + 60], re.I):
        return False
    return True


HANDLERS: dict[str, Handler] = {name[2:]: fn for name, fn in list(globals().items())
                                if name.startswith("h_") and callable(fn)}


def normalize(mt: Match, cx: Context) -> Resolved | None:
    fn = HANDLERS.get(mt.name)
    if fn is None:
        return None
    try:
        return fn(mt.m, cx, mt.start, mt.end)
    except (ValueError, KeyError, OverflowError, AssertionError, TypeError, AttributeError):
        return None
