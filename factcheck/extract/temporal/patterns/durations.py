"""Durations: "three years", "more than two weeks", "the past five years", "in three
weeks", "over the years", "the weeks ahead", "a decades-long battle"; and when a count
of units is a frequency ("$5 million a year"), an idiom ("24 hours a day") or a name."""
from __future__ import annotations

import functools
import re
from typing import Any

from ....regexwords import fast_compile
from .. import calendar as cal
from ..calendar import Period
from ..context import Context, Resolved
from ..lexicon import alt
from ..registry import pattern
from ..values import _g, _unit_code, duration_value, number


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


@pattern("duration", r"(?:(?P<q>{quals})\s+)?(?P<n>{num})(?P<h1>\s+and\s+a\s+half)?{more}(?:\s+(?P<dk>{day_kinds})(?=\s+days?\b))?[\s-]+(?P<unit>{units})\b(?P<h2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so\b)?(?!-old|\s+old\b)",
         triggers={"{units}"},
         examples={"The strike lasted three years.": "P3Y",
                   "They talked for more than two weeks.": "P2W",
                   "He finished in 12.3 seconds.": "PT12.3S",
                   "Nurses work 24 hours a day.": None,
                   "The 1986 year loss was 4,054,000 dlrs.": "1986"})
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
        if unit == "Y" and n == int(n) and 1000 <= n < 2100 and re.fullmatch(r"\d{4}", m["n"]):
            # "1986 year loss of 4,054,000 dlrs", "the 1985 year": the year itself
            p = cal.year(int(n))
            return Resolved("date", p.value, p, None, span=m.span("n"))
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
_OVER_AS_MORE = fast_compile(r"\b(?:for|in|within|after|of|by|to|from|than|lasting|spanning)\s+$", re.I)


_IN_BEFORE = fast_compile(r"\b(?:in|within)\s+$")


def _plain_duration(cx: Context, m: re.Match, n: float | None, vague: bool, unit: str,
                    mod: str | None, a: int) -> Resolved:
    value = duration_value(n, unit)
    before = cx.text[max(0, a - 8):a].lower()
    extra: dict[str, Any] = {}
    if vague:
        extra["vague"] = m["n"].lower()
    if _IN_BEFORE.search(before) and cx.dct is not None and n is not None \
            and not unit.startswith("T") and unit not in ("WE", "2W"):
        # "in three weeks": the point that far ahead of publication
        d = cal.offset_date(cx.dct, unit, n)
        extra["offset_from_published"] = "future"
        return Resolved("duration", value, Period(value, d, d, "point"), f"{cx.pub} + {value}",
                        n, mod, extra)
    return Resolved("duration", value, None, None, n, mod, extra)


@pattern("recent_units", r"\b(?P<recent>recent|coming|past)\s+(?P<unit>{plural_units})\b",
         triggers={"{plural_units}", "decades"},
         examples={"Sales have grown in recent years.": "PXY"})
def h_recent_units(m, cx, a, b):
    unit = _unit_code(cx.lex, m["unit"])
    if unit is None:
        return None
    word = m["recent"].lower()
    return Resolved("duration", duration_value(None, unit), None, None, None, None,
                    {"vague": word, "direction": "future" if word == "coming" else "past"})


@pattern("bare_units", r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bin\s)|(?<=\bwithin\s))(?P<unit>{plural_units}|decades)\b",
         triggers={"{plural_units}", "decades"},
         examples={"The talks went on for months.": "PXM"})
def h_bare_units(m, cx, a, b):
    unit = _unit_code(cx.lex, m["unit"])
    if unit is None:
        return None
    return Resolved("duration", duration_value(None, unit), None, None, None, None, {"vague": "plural"})


_YEARS_AFTER = fast_compile(r"\b(?:over|in|during|through|throughout)\s+$", re.I)


@pattern("the_years", r"\bthe\s+(?:(?:early|first|later|final)\s+)?years\b(?!\s+(?:ago|before|after|earlier|later|since|of\s+\d))",
         triggers={"years"},
         examples={"Prices rose over the years.": "PXY"})
def h_the_years(m, cx, a, b):
    """'over the years', 'in the early years': an unstated number of years (TimeML PXY)."""
    if not _YEARS_AFTER.search(cx.text[max(0, a - 12):a]):
        return None
    return Resolved("duration", duration_value(None, "Y"), None, None, None, None, {"vague": "plural"})


@pattern("units_ahead", r"\bthe\s+(?P<unit>{plural_units})\s+(?P<dir>ahead|to\s+come|that\s+followed|since)\b",
         triggers={"{plural_units}", "decades"},
         examples={"Prices will rise in the weeks ahead.": "PXW"})
def h_units_ahead(m, cx, a, b):
    """'the weeks ahead', 'the years that followed': a vague span of that unit."""
    unit = _unit_code(cx.lex, m["unit"])
    if unit is None:
        return None
    d = m["dir"].lower()
    ahead = d in ("ahead", "to come") or d.startswith("to")
    return Resolved("duration", duration_value(None, unit), None, None, None, None,
                    {"vague": "plural", "direction": "future" if ahead else "past"})


@pattern("unit_long", r"(?<![\w-])(?:(?P<unit>hour|day|week|month|year|decade|century)|(?P<units>hours|days|weeks|months|years|decades|centuries))-long\b",
         triggers={"hour", "day", "week", "month", "year", "decade", "century", "hours", "days", "weeks", "months", "years", "decades", "centuries"},
         examples={"A year-long inquiry ended.": "P1Y",
                   "A decades-long battle ended.": "PXY"})
def h_unit_long(m, cx, a, b):
    """'their third day-long meeting', 'a year-long inquiry': one unit, a duration;
    'a decades-long battle': an unknown number of them."""
    if m["units"]:
        unit = _unit_code(cx.lex, m["units"].lower())
        return Resolved("duration", duration_value(None, unit), None, None, None,
                        extra={"vague": "plural"}) if unit else None
    unit = _unit_code(cx.lex, m["unit"].lower())
    return Resolved("duration", duration_value(1, unit), None, None, 1) if unit else None
