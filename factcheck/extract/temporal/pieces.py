"""What a temporal pattern is written with: the regex pieces ({mon}, {day}, {YEAR}...)
and the trigger word sets ({months}, {weekdays}...) a declaration names, built from
the lexicon (rules/lexicons/temporal*.yaml).

A pattern's regex is a template for str.format: "{mon}" is a piece, "{{1,2}}" a
literal "{1,2}". Its triggers are words, "#" (any number) or "{set}", a set below.
PIECES and WORD_SETS name them all, so a declaration that names something else
fails when its module is imported (registry.py).
"""
from __future__ import annotations

import re

from .lexicon import Lexicon, alt

# the left edge of a number: not glued to another number, a currency or a word
NUM_L = r"(?<![\w$£€¥.,/:])(?<!\d-)(?<!\d–)"
# the right edge of a number: not followed by more digits, a percent or a decimal
NUM_R = r"(?![\w%]|[.,:/]\d|-\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# years said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
SPELLED_YEAR = (rf"(?:(?:eighteen|nineteen)[\s-]+(?:{_TEEN}|{_TENS}(?:[\s-]+{_ONES})?|hundred)"
                rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_ONES}|{_TEEN}))?)")

# what each piece stands for (the names a pattern template may use)
PIECES = {
    "NUM_L": "the left edge of a number", "NUM_R": "the right edge of a number",
    "YEAR": "a year in digits, 1600-2099", "SPELLED_YEAR": "a year in words",
    "months": "a month name", "abbr": "a month abbreviation, its period optional",
    "mon": "a month, named or abbreviated", "wd": "a weekday name",
    "wdx": "a weekday, full or abbreviated with its period", "pod": "a part of the day",
    "seasons": "a season", "numw1": "a number word", "numw": "one or two number words",
    "multi": "a number phrase of several words", "fuzzy": "a vague count (several, a few)",
    "num": "a count: digits, number words, a vague count, a/an",
    "more": "' more', ' additional'... after a count", "units": "a unit (day, weeks...)",
    "plural_units": "a plural unit", "ordw": "an ordinal word", "ordn": "an ordinal in digits (22nd)",
    "shifts": "last / next / this...", "fzpos": "early / mid / late...", "quals": "about / more than...",
    "dist": "ago / later / from now...", "deictic": "today / yesterday...", "refs": "now / currently...",
    "set_adv": "daily / annually...", "set_q": "every / each...", "hol": "a holiday",
    "easter": "Easter or a feast counted from it", "tz": "a time zone",
    "day": "a day of the month, group d", "day_kinds": "trading / business (days)",
    "yr_of": "' of 2021', ' this year', ' of the fiscal year' (groups y2, yshift, ythe)",
    "q_ord": "first / second / 1st...",
}

# what each trigger word set holds (the {names} a pattern's triggers may use)
WORD_SETS = {
    "months": "month names and abbreviations", "month_names": "month names",
    "weekdays": "weekday names and abbreviations", "weekday_words": "the words of the weekday names",
    "weekday_plurals": "weekday names + s", "units": "the words of the units",
    "plural_units": "the words of the plural units", "seasons": "season words",
    "parts_of_day": "part-of-day words", "deictic_days": "the words of the deictic days",
    "distance_last": "the last word of each distance phrase (ago, later...)",
    "set_quantifiers": "the words of the set quantifiers", "set_adverbs": "the words of the set adverbs",
    "holiday_last": "the last word of each holiday",
    "easter_first": "the first word of each feast counted from Easter",
    "reference_last": "the last word of each reference phrase",
}


def pieces(lex: Lexicon) -> dict[str, str]:
    """The regex pieces of the lexicon, by name (PIECES)."""
    months = alt(lex.months)
    abbr = alt(lex.month_abbr) + r"\.?"
    wd = alt(lex.weekdays)
    numw1 = alt([w for w in lex.numbers if " " not in w and w not in ("a", "an")])
    numw = f"(?:{numw1}(?:[\\s-]+{numw1})?)"
    multi = alt([w for w in lex.numbers if " " in w])
    fuzzy = alt(lex.get("fuzzy_counts"))
    out = {
        "NUM_L": NUM_L, "NUM_R": NUM_R, "YEAR": YEAR, "SPELLED_YEAR": SPELLED_YEAR,
        "months": months, "abbr": abbr, "mon": f"(?:{months}|{abbr})", "wd": wd,
        # a weekday, full ("Wednesday") or abbreviated with its period ("Wed."); ends at a word edge
        "wdx": rf"(?:{wd}\b|{alt(lex.weekday_abbr)}\.)",
        "pod": alt(lex.lower_map("parts_of_day")), "seasons": alt(lex.lower_map("seasons")),
        "numw1": numw1, "numw": numw, "multi": multi, "fuzzy": fuzzy,
        "num": rf"(?:{NUM_L}\d+(?:\.\d+|\s+1/2|½)?{NUM_R}|{multi}|{numw}|{fuzzy}|an?)",
        "more": r"(?:\s+(?:more|additional|further|extra))?",
        "units": alt(lex.units), "plural_units": alt(lex.get("unit_plurals")),
        "ordw": alt(lex.ordinals), "ordn": r"\d{1,2}(?:st|nd|rd|th)",
        "shifts": alt(lex.lower_map("shifts")), "fzpos": alt(lex.lower_map("fuzzy_positions")),
        "quals": alt(lex.lower_map("qualifiers")), "dist": alt(lex.lower_map("distance_words")),
        "deictic": alt(lex.lower_map("deictic_days")), "refs": alt(lex.lower_map("references")),
        "set_adv": alt(lex.lower_map("set_adverbs")), "set_q": alt(lex.get("set_quantifiers")),
        "hol": alt(list(lex.lower_map("holidays")) + list(lex.lower_map("weekday_holidays"))),
        "easter": alt(list(lex.lower_map("easter_holidays")) or ["easter"]),
        "tz": alt(lex.get("time_zones")),
        # a whole number: "Mar 12.5" in a table of futures is a month's price, not 12 March
        "day": r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\.\d)",
        "day_kinds": alt(lex.get("day_kinds") or ["trading"]),
        "yr_of": rf"(?:\s+of)?(?:\s+(?P<y2>{YEAR})|\s+(?P<yshift>this|last|next)\s+year"
                 rf"|\s+the\s+(?P<ythe>year|fiscal\s+year))",
        "q_ord": r"(?:first|second|third|fourth|1st|2nd|3rd|4th)",
    }
    assert out.keys() == PIECES.keys()
    return out


def _words(phrases) -> set[str]:
    out: set[str] = set()
    for ph in phrases:
        out.update(w for w in re.findall(r"[a-z]+", str(ph).lower()))
    return out


def _last_words(phrases) -> set[str]:
    return {re.findall(r"[a-z]+", str(ph).lower())[-1] for ph in phrases if re.search(r"[a-z]", str(ph).lower())}


def word_sets(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The trigger word sets of the lexicon, by name (WORD_SETS)."""
    weekday_words = _words(lex.weekdays)
    out = {
        "months": set(lex.months) | set(lex.month_abbr), "month_names": set(lex.months),
        "weekdays": set(lex.weekdays) | set(lex.weekday_abbr), "weekday_words": weekday_words,
        "weekday_plurals": {w + "s" for w in weekday_words},
        "units": _words(lex.units), "plural_units": _words(lex.get("unit_plurals")),
        "seasons": set(lex.lower_map("seasons")), "parts_of_day": set(lex.lower_map("parts_of_day")),
        "deictic_days": _words(lex.lower_map("deictic_days")),
        "distance_last": _last_words(lex.lower_map("distance_words")),
        "set_quantifiers": _words(lex.get("set_quantifiers")),
        "set_adverbs": _words(lex.lower_map("set_adverbs")),
        "holiday_last": _last_words(list(lex.lower_map("holidays")) + list(lex.lower_map("weekday_holidays"))),
        # the feasts counted from Easter by their first word ("palm", not "sunday": a weekday or
        # "week" would wake the pattern up near every weekday)
        "easter_first": {re.findall(r"[a-z]+", w)[0] for w in lex.lower_map("easter_holidays")} or {"easter"},
        "reference_last": _last_words(lex.lower_map("references")),
    }
    assert out.keys() == WORD_SETS.keys()
    return {k: frozenset(v) for k, v in out.items()}
