"""Weekdays and the days around today: "Wednesday", "next Tuesday", "Wednesday next week",
"yesterday", "tonight", "this morning", "mid-afternoon", "the next day", "Today is the
eighth day of ...". _weekday_date picks which Wednesday (by shift, tense or possessive)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ....regexwords import fast_compile
from .. import calendar as cal
from ..context import _DEADLINE_CUE, _tense_name, Context, Resolved, tense
from ..registry import pattern
from ..values import _mod, _pod_code, _shift


_SET_PARTNER = re.compile(r"\s+(?:and|or)\s+([A-Z][a-z]+day)(?:s\b|\s+([a-z]+)s\b)")


@pattern("weekday", r"(?:(?P<fz>early|late)\s+)?(?:(?:the\s+)?(?P<shift>{shifts})\s+)?\b(?P<wd>{wdx})(?:\s+(?:of\s+)?(?P<wshift>next|last|this)\s+week\b)?(?:\s+(?P<pod>{pod})\b)?",
         triggers={"{weekdays}"},
         examples={"They met on Monday.": "2022-01-10",
                   "The vote is Wednesday next week.": "2022-01-19",
                   "They meet again next Tuesday.": "2022-01-18"})
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


_ABBR_WD_BEFORE = fast_compile(r"\b(?:on|by|until|till|since|from|through|to|before|after)\s+$", re.I)


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


@pattern("deictic", r"(?:(?P<fz>early|late|later|earlier)\s+)?\b(?:the\s+day\s+(?P<beyond>before\s+yesterday|after\s+tomorrow)|(?P<dd>{deictic}))\b(?:\s+(?P<pod>{pod})\b)?",
         triggers={"{deictic_days}", "yesterday", "tomorrow"},
         examples={"They met yesterday.": "2022-01-12",
                   "They meet again tomorrow morning.": "2022-01-14TMO",
                   "USA Today reported it.": None})
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


@pattern("mid_pod", r"\bmid[\s-]?(?P<pod>morning|afternoon)\b(?:\s+(?P<dd>yesterday|today|tomorrow)\b)?",
         triggers={"mid", "midmorning", "midafternoon", "morning", "afternoon"},
         examples={"It was over by mid-afternoon.": "2022-01-13TAF"})
def h_mid_pod(m, cx, a, b):
    """'by mid-afternoon', 'mid-morning yesterday': the part of the publication day (or the one named)."""
    pod = {"morning": "MO", "afternoon": "AF"}[m["pod"].lower()]
    dd = (m["dd"] or "today").lower()
    off = int(cx.lex.lower_map("deictic_days").get(dd, 0))
    if cx.dct is None:
        return Resolved("time", f"XXXX-XX-XXT{pod}", None, "no publication date", mod="MID")
    p = cal.day(cx.dct + timedelta(days=off))
    return Resolved("time", f"{p.value}T{pod}", p, f"{cx.pub} ({dd})", mod="MID")


@pattern("pod", r"(?:(?P<fz>early|late|later|earlier)\s+)?\b(?P<shift>last|this|yesterday|tomorrow)\s+(?P<pod>{pod})\b",
         triggers={"{parts_of_day}"},
         examples={"They met this morning.": "2022-01-13TMO",
                   "They met last night.": "2022-01-12TNI"})
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


@pattern("next_day", r"\bthe\s+(?P<shift>next|following|previous|preceding)\s+(?P<unit>day|{pod})\b",
         triggers={"day", "{parts_of_day}"},
         examples={"They met on Monday and left the next day.": "2022-01-11"})
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


_TODAY_IS = fast_compile(r"\b(?:today\s+is|it\s+is|it['’]s|this\s+is)\s+$", re.I)


@pattern("nth_day_of", r"\b(?:the\s+)?(?P<o>{ordw}|{ordn})\s+day\b(?=\s+of\b)",
         triggers={"day"},
         examples={"Today is the eighth day of the strike.": "2022-01-13"})
def h_nth_day_of(m, cx, a, b):
    """'Today is the eighth day of Desert Shield', 'It's the second day of an offensive':
    the day the sentence is about is today (an ordinal day of an event is otherwise not placed)."""
    if cx.dct is None or not _TODAY_IS.search(cx.text[max(cx.sent_bounds[0], a - 12):a]):
        return None
    p = cal.day(cx.dct)
    return Resolved("date", p.value, p, f"{cx.pub} (today is the day named)")
