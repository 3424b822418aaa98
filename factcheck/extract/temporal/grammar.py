"""The patterns of the temporal tagger, built from the lexicon.

Each pattern is a name, a compiled regex and its trigger words; `find` runs them
near their trigger words (finder.py) and keeps the longest non-overlapping matches
(ties go to the earlier pattern in PATTERN_ORDER). What a match means is decided in
normalize.py.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...regexwords import first_char_lookahead
from .finder import Finder, Match
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


def build(lex: Lexicon) -> list[tuple[str, re.Pattern]]:
    months = alt(lex.months)
    abbr = alt(lex.month_abbr) + r"\.?"
    mon = f"(?:{months}|{abbr})"
    wd = alt(lex.weekdays)
    # a weekday, full ("Wednesday") or abbreviated with its period ("Wed."); ends at a word edge
    wdx = rf"(?:{wd}\b|{alt(lex.weekday_abbr)}\.)"
    pod = alt(lex.lower_map("parts_of_day"))
    seasons = alt(lex.lower_map("seasons"))
    numw1 = alt([w for w in lex.numbers if " " not in w and w not in ("a", "an")])
    numw = f"(?:{numw1}(?:[\\s-]+{numw1})?)"
    multi = alt([w for w in lex.numbers if " " in w])
    fuzzy = alt(lex.get("fuzzy_counts"))
    num = rf"(?:{NUM_L}\d+(?:\.\d+|\s+1/2|½)?{NUM_R}|{multi}|{numw}|{fuzzy}|an?)"
    more = r"(?:\s+(?:more|additional|further|extra))?"
    units = alt(lex.units)
    plural_units = alt(lex.get("unit_plurals"))
    ordw = alt(lex.ordinals)
    ordn = r"\d{1,2}(?:st|nd|rd|th)"
    shifts = alt(lex.lower_map("shifts"))
    fzpos = alt(lex.lower_map("fuzzy_positions"))
    quals = alt(lex.lower_map("qualifiers"))
    dist = alt(lex.lower_map("distance_words"))
    deictic = alt(lex.lower_map("deictic_days"))
    refs = alt(lex.lower_map("references"))
    set_adv = alt(lex.lower_map("set_adverbs"))
    set_q = alt(lex.get("set_quantifiers"))
    hol = alt(list(lex.lower_map("holidays")) + list(lex.lower_map("weekday_holidays")))
    easter = alt(list(lex.lower_map("easter_holidays")) or ["easter"])
    tz = alt(lex.get("time_zones"))
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    day_kinds = alt(lex.get("day_kinds") or ["trading"])
    yr_of = rf"(?:\s+of)?(?:\s+(?P<y2>{YEAR})|\s+(?P<yshift>this|last|next)\s+year|\s+the\s+(?P<ythe>year|fiscal\s+year))"
    q_ord = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

    p: dict[str, str] = {
        "iso": rf"{NUM_L}(?P<y>{YEAR})(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d){NUM_R}",
        "numeric": rf"{NUM_L}(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}}){NUM_R}",
        "wd_md": rf"\b(?P<wd>{wdx}),?\s+(?P<mon>{mon})\s+{day}\b(?:,?\s+(?P<y>{YEAR})\b)?",
        "md": rf"\b(?P<mon>{mon})\s+{day}\b(?!,\d)(?:,?\s+(?P<y>{YEAR})\b)?",
        "week_of": rf"\bthe\s+week\s+of\s+(?P<mon>{mon})\s+{day}\b(?!,\d)(?:,?\s+(?P<y>{YEAR})\b)?",
        "md_words": rf"(?:\b(?P<wd>{wd}),?\s+)?\b(?P<mon>{months})\s+(?:the\s+)?(?P<dw>{ordw})\b|\bthe\s+(?P<dw2>{ordw})\s+of\s+(?P<mon2>{months})\b",
        "dm": rf"(?:\bthe\s+)?{NUM_L}{day}(?:\s+of)?\s+(?P<mon>{mon})(?:,?\s+(?P<y>{YEAR})\b)?",
        "my": rf"(?:(?P<fz>{fzpos})[\s-]+)?\b(?P<mon>{months}|{abbr})(?:\s+of)?,?\s+(?:(?P<y>{YEAR})|(?P<ys>{SPELLED_YEAR}))\b",
        "spelled_year": rf"(?:\bthe\s+year\s+)?\b(?P<ys>{SPELLED_YEAR})\b(?![\s-]+(?:{units}|percent|people|dollars|million|billion)\b)",
        "spelled_decade": r"\bthe\s+(?:(?P<fz>early|mid|late)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        "month_year_rel": rf"\b(?P<mon>{months})\s+(?:of\s+)?(?P<yshift>this|last|next)\s+year\b",
        "month": rf"(?:(?P<fz>{fzpos})[\s-]+)?(?:(?P<shift>{shifts})\s+)?\b(?P<mon>{months})\b",
        "nth": r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|and\b|or\b|$))",
        "year": rf"(?:(?P<fz>{fzpos})[\s-]+)?(?:(?P<fiscal>fiscal|calendar)(?:\s+year)?\s+)?{NUM_L}(?P<y>{YEAR})\b(?![.,]\d|%|\s*(?:percent|per\s+cent|million|billion|people|troops|soldiers|men|women|children|dollars|yen|tons|jobs|employees|workers|miles|feet|meters|points|shares|units)\b)",
        "fiscal_short": r"\b(?P<fiscal>fiscal|FY)\s*'?(?P<yy>\d\d)\b",
        "decade": rf"(?:\bthe\s+)?(?:(?P<fz>{fzpos})[\s-]+)?(?:{NUM_L}(?P<dec>1[6-9]\d0|20\d0)|'(?P<dd>\d0))'?s\b",
        "century": rf"(?:\bthe\s+)?(?:(?P<fz>{fzpos})[\s-]+)?\b(?P<c>{ordn}|{ordw})[\s-]+century\b",
        "weekday": rf"(?:(?P<fz>early|late)\s+)?(?:(?:the\s+)?(?P<shift>{shifts})\s+)?\b(?P<wd>{wdx})(?:\s+(?:of\s+)?(?P<wshift>next|last|this)\s+week\b)?(?:\s+(?P<pod>{pod})\b)?",
        "deictic": rf"(?:(?P<fz>early|late|later|earlier)\s+)?\b(?:the\s+day\s+(?P<beyond>before\s+yesterday|after\s+tomorrow)|(?P<dd>{deictic}))\b(?:\s+(?P<pod>{pod})\b)?",
        "mid_pod": r"\bmid[\s-]?(?P<pod>morning|afternoon)\b(?:\s+(?P<dd>yesterday|today|tomorrow)\b)?",
        "units_ahead": rf"\bthe\s+(?P<unit>{plural_units})\s+(?P<dir>ahead|to\s+come|that\s+followed|since)\b",
        "pod": rf"(?:(?P<fz>early|late|later|earlier)\s+)?\b(?P<shift>last|this|yesterday|tomorrow)\s+(?P<pod>{pod})\b",
        "relative": rf"(?:(?P<fz>{fzpos})[\s-]+)?(?:(?P<the>the)\s+)?\b(?P<shift>{shifts})\s+(?P<unit>week|weekend|month|quarter|year|decade|century|(?P<season>{seasons}))\b",
        "the_unit": rf"(?:(?P<fz>{fzpos})\s+)?\bthe\s+(?P<same>same\s+)?(?P<adj>(?:(?:full|fiscal|current|calendar|whole|entire|latest)\s+){{1,2}})?(?P<unit>year|month|week|weekend|quarter)\b(?!\s+(?:before|after|earlier|later|ago)|-to-)",
        "year_period": rf"\bthe\s+{NUM_L}(?P<y>{YEAR})\s+(?:period|quarter)\b",
        "distance": rf"(?:(?P<q>{quals})\s+)?(?P<n>{num})(?P<h1>\s+and\s+a\s+half)?{more}[\s-]+(?P<unit>{units})(?P<h2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?\s+(?P<dir>{dist})\b(?!\s+(?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|I)\b)",
        "year_earlier": r"(?:\bthe\s+)?\b(?P<rel>year|month|quarter)-(?P<dir>earlier|ago|before|prior)(?:\s+(?P<what>quarter|period|month|year|nine\s+months|six\s+months))?\b",
        "duration": rf"(?:(?P<q>{quals})\s+)?(?P<n>{num})(?P<h1>\s+and\s+a\s+half)?{more}(?:\s+(?P<dk>{day_kinds})(?=\s+days?\b))?[\s-]+(?P<unit>{units})\b(?P<h2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so\b)?(?!-old|\s+old\b)",
        "recent_units": rf"\b(?P<recent>recent|coming|past)\s+(?P<unit>{plural_units})\b",
        "bare_units": rf"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bin\s)|(?<=\bwithin\s))(?P<unit>{plural_units}|decades)\b",
        "quarter": rf"(?:(?P<y1>{YEAR})(?:'s)?\s+|\bthe\s+(?:comparable\s+)?(?P<yago>year-ago|year-earlier|prior-year)\s+|\bthe\s+|(?P<y1shift>this|last|next)\s+year'?s\s+)?(?:(?P<fiscal>fiscal)\s+)?\b(?P<ord>{q_ord})[\s-]+(?:fiscal\s+)?(?:-?\s*)?quarter\b(?:{yr_of})?",
        "year_ago_quarter": r"(?:\blast\s+year'?s\s+(?:(?:first|second|third|fourth|fiscal)\s+)?(?:quarter|period)|\bthe\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|the\s+previous\s+year)|\bthe\s+quarter\s+a\s+year\s+(?:ago|earlier))\b",
        "quarter_rel": r"(?:\bthe\s+)?\b(?P<rel>latest|last|past|previous|current|this|next|coming|same|recent|most\s+recent|just-ended|just\s+ended|fiscal)\s+(?:fiscal\s+)?(?P<qw>quarter|period)\b",
        "the_quarter": r"\bthe\s+quarter\b(?!\s+(?:before|after|earlier|later|ago)|-to-)",
        "qn": rf"\b(?:(?P<y1>{YEAR})\s+)?Q(?P<q>[1-4])(?:\s+(?P<y2>{YEAR}))?\b",
        "half": rf"(?:\bthe\s+)?\b(?P<ord>first|second|1st|2nd|latter|last|early)\s+half\b(?:{yr_of}|\s+of\s+the\s+(?:(?P<hdec>1[6-9]\d0|20\d0)|'(?P<hdd>\d0))'?s\b)?",
        "hn": rf"\bH(?P<h>[12])(?:\s+(?P<y2>{YEAR}))?\b",
        "nine_months": rf"(?:\bthe\s+)?\b(?P<ord>first|last|past)\s+(?P<n>{numw1}|\d+)\s+months\b",
        "season": rf"(?:(?P<fz>{fzpos})\s+)?(?:(?P<shift>{shifts})\s+|(?P<the>the)\s+)?\b(?P<season>{seasons})\b(?:(?:\s+of)?\s+(?P<y>{YEAR})\b|\s+of\s+(?P<ys>{SPELLED_YEAR})\b)?",
        "year_season": rf"{NUM_L}(?P<y>{YEAR})\s+(?P<season>{seasons})\b",
        "time_day": rf"(?:{NUM_L}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)|\b(?P<w>noon|midnight))(?:\s+(?P<tz>{tz})\b)?\s+(?:on\s+)?(?P<wd>{wdx})",
        "day_time": rf"\b(?P<wd>{wdx}),?\s+(?:at\s+)?(?:{NUM_L}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)|(?P<w>noon|midnight)\b)(?:\s+(?P<tz>{tz})\b)?",
        "time_md": rf"{NUM_L}(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)|\b(?P<w>noon|midnight))(?:\s+(?P<tz>{tz})\b)?,?\s+(?:on\s+)?(?P<mon>{mon})\s+{day}\b(?:,?\s+(?P<y>{YEAR})\b)?",
        "clock": rf"{NUM_L}(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)(?:\s+(?P<tz>{tz})\b)?",
        "clock24": rf"{NUM_L}(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d){NUM_R}(?:\s+(?P<tz>{tz})\b)?",
        "oclock": rf"\b(?P<h>{numw1}|\d{{1,2}})\s+o'clock\b",
        "noon": r"\b(?P<w>midnight|noon|midday)\b",
        "every": rf"\b(?P<q>{set_q})\s+(?:other\s+)?(?:(?P<n>{numw}|\d+)\s+)?(?P<unit>{units}|{wd}|{months})\b(?:\s+(?P<pod>{pod})\b)?",
        "set_adverb": rf"\b(?P<w>{set_adv})\b",
        "holiday": rf"\b(?P<w>{hol})\b(?:,?\s+(?P<y>{YEAR})\b)?",
        "easter": rf"\b(?P<w>{easter})\b(?:,?\s+(?P<y>{YEAR})\b)?",
        "ref": rf"\b(?P<w>{refs})\b",
        "year_end": r"(?:\b(?P<fz>around|about)\s+)?\b(?:the\s+)?(?P<u>year|month|quarter)(?:'s)?[\s-]end\b",
        "that_unit": rf"(?:(?P<fz>{fzpos})\s+)?\b(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>year|quarter|month|week|day)\b",
        "next_day": rf"\bthe\s+(?P<shift>next|following|previous|preceding)\s+(?P<unit>day|{pod})\b",
        "in_the_unit": r"\b(?P<fz>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week|day)\b",
        "weekday_set": rf"\b(?:(?P<wd>{wd})s\b(?:\s+(?P<pod>{pod})s?\b)?|(?P<wd2>{wd})\s+(?P<pods>{pod})s\b)",
        "the_years": r"\bthe\s+(?:(?:early|first|later|final)\s+)?years\b(?!\s+(?:ago|before|after|earlier|later|since|of\s+\d))",
        "unit_long": r"(?<![\w-])(?:(?P<unit>hour|day|week|month|year|decade|century)|(?P<units>hours|days|weeks|months|years|decades|centuries))-long\b",
        "nth_day_of": rf"\b(?:the\s+)?(?P<o>{ordw}|{ordn})\s+day\b(?=\s+of\b)",
    }
    trig = _triggers(lex)
    # a lookahead of the characters a match can start with: most places fail at one class test
    return [Pattern(name, re.compile(first_char_lookahead(rx, re.I) + rx, re.I), trig[name])
            for name, rx in p.items()]


@dataclass(frozen=True)
class Pattern:
    name: str
    rx: re.Pattern
    triggers: frozenset[str]  # lower-case words ("#" for any number) one of which a match contains


def _words(phrases) -> set[str]:
    out: set[str] = set()
    for ph in phrases:
        out.update(w for w in re.findall(r"[a-z]+", str(ph).lower()))
    return out


def _last_words(phrases) -> set[str]:
    return {re.findall(r"[a-z]+", str(ph).lower())[-1] for ph in phrases if re.search(r"[a-z]", str(ph).lower())}


def _triggers(lex: Lexicon) -> dict[str, frozenset[str]]:
    """For each pattern, the tokens that must occur in any of its matches (a cheap pre-filter)."""
    months = set(lex.months) | set(lex.month_abbr)
    wds = set(lex.weekdays) | set(lex.weekday_abbr)
    units = _words(lex.units)
    plural = _words(lex.get("unit_plurals")) | {"decades"}
    seasons = set(lex.lower_map("seasons"))
    pods = set(lex.lower_map("parts_of_day"))
    num = {"#"}
    t = {
        "iso": num, "numeric": num, "wd_md": wds, "md": months, "week_of": {"week"}, "md_words": set(lex.months), "dm": months, "my": months, "spelled_year": {"nineteen", "eighteen", "thousand"},
        "spelled_decade": {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
        "month": set(lex.months), "month_year_rel": set(lex.months), "nth": num, "year": num, "fiscal_short": {"fiscal", "fy"},
        "decade": num | {"s"}, "century": {"century"}, "weekday": wds,
        "deictic": _words(lex.lower_map("deictic_days")) | {"yesterday", "tomorrow"}, "pod": pods,
        "relative": {"week", "weekend", "month", "quarter", "year", "decade", "century"} | seasons,
        "the_unit": {"year", "month", "week", "weekend", "quarter"},
        "distance": _last_words(lex.lower_map("distance_words")),
        "year_earlier": {"earlier", "ago", "before", "prior"}, "duration": units, "recent_units": plural,
        "bare_units": plural, "quarter": {"quarter"}, "quarter_rel": {"quarter", "period"}, "year_ago_quarter": {"quarter", "period"}, "the_quarter": {"quarter"},
        "qn": {"q"}, "half": {"half"}, "hn": {"h"}, "nine_months": {"months"}, "season": seasons,
        "year_season": seasons, "time_day": wds, "time_md": months, "year_period": {"period", "quarter"}, "day_time": wds, "clock": {"m", "am", "pm"}, "clock24": num, "oclock": {"clock"},
        "noon": {"midnight", "noon", "midday"}, "every": _words(lex.get("set_quantifiers")),
        "set_adverb": _words(lex.lower_map("set_adverbs")),
        "holiday": _last_words(list(lex.lower_map("holidays")) + list(lex.lower_map("weekday_holidays"))),
        # the feasts counted from Easter by their first word ("palm", not "sunday": a weekday or
        # "week" would wake the pattern up near every weekday)
        "easter": {re.findall(r"[a-z]+", w)[0] for w in lex.lower_map("easter_holidays")} or {"easter"},
        "ref": _last_words(lex.lower_map("references")), "year_end": {"end"},
        "that_unit": {"year", "quarter", "month", "week", "day"}, "next_day": {"day"} | pods,
        "in_the_unit": {"year", "month", "week", "day"}, "mid_pod": {"mid", "midmorning", "midafternoon", "morning", "afternoon"},
        "units_ahead": plural, "nth_day_of": {"day"},
        "the_years": {"years"},
        "weekday_set": _words(lex.weekdays) | {w + "s" for w in _words(lex.weekdays)},
        "unit_long": {"hour", "day", "week", "month", "year", "decade", "century",
                      "hours", "days", "weeks", "months", "years", "decades", "centuries"},
    }
    return {k: frozenset(v) for k, v in t.items()}


def find(patterns: list[Pattern], text: str) -> list[Match]:
    """All pattern matches, longest first, then the earliest pattern; no overlaps.

    A pattern only runs in windows around its trigger tokens: on a 3,000-character
    article that is a few hundred characters instead of the whole text (finder.py)."""
    return finder_for(tuple(patterns)).find(text)


@functools.lru_cache(maxsize=8)
def finder_for(patterns: tuple[Pattern, ...]) -> Finder:
    return Finder(patterns)
