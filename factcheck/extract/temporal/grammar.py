"""The patterns of the temporal tagger, built from their declarations and the lexicon.

Each pattern is declared once, next to its handler, in the module of its family
(patterns/*.py: regex, trigger words and examples; registry.py says how). Here they
are compiled against the lexicon's pieces (pieces.py); `find` runs them near their
trigger words (finder.py) and keeps the longest non-overlapping matches, ties going
to the pattern earlier in PRECEDENCE. What a match means is its handler's business
(normalize.py).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...regexwords import first_char_lookahead
from . import patterns, registry
from .finder import Finder, Match
from .lexicon import Lexicon
from .pieces import pieces, word_sets

# Which pattern wins when two matches are as long and overlap: the earlier here.
# Every pattern of patterns/ has its place (a new one fails at import until it has);
# one declared later, outside it (a script, a plugin), comes after all of these.
PRECEDENCE: tuple[str, ...] = (
    "iso", "numeric", "wd_md", "md", "week_of", "md_words", "dm", "my", "spelled_year",
    "spelled_decade", "month_year_rel", "month_range", "month_quarter", "month", "nth", "split_year", "clock_hours", "year", "fiscal_short", "short_year", "decade",
    "century", "weekday", "deictic", "mid_pod", "units_ahead", "pod", "relative", "the_unit",
    "year_period", "distance", "year_earlier", "duration", "recent_units", "bare_units", "quarter",
    "year_ago_quarter", "quarter_rel", "qn", "half", "hn", "nine_months", "season", "year_season",
    "time_day", "day_time", "time_md", "clock", "clock24", "oclock", "noon", "every", "set_adverb",
    "holiday", "easter", "ref", "year_end", "that_unit", "next_day", "in_the_unit", "weekday_set",
    "the_years", "unit_long", "nth_day_of",
)

registry.check_complete(patterns.FAMILIES, PRECEDENCE)


@dataclass(frozen=True)
class Pattern:
    name: str
    rx: re.Pattern
    triggers: frozenset[str]  # lower-case words ("#" for any number) one of which a match contains


def build(lex: Lexicon) -> list[Pattern]:
    """The declared patterns, compiled against the lexicon, in PRECEDENCE order (then
    those declared outside patterns/, in the order they were declared)."""
    piece = pieces(lex)
    words = word_sets(lex)
    out = []
    for name in PRECEDENCE + tuple(n for n in registry.RULES if n not in PRECEDENCE):
        rule = registry.RULES[name]
        rx = rule.regex.format(**piece)
        trig = frozenset(w for t in rule.triggers
                         for w in (words[t[1:-1]] if t.startswith("{") else (t,)))
        # a lookahead of the characters a match can start with: most places fail at one class test
        out.append(Pattern(name, re.compile(first_char_lookahead(rx, re.I) + rx, re.I), trig))
    return out


def find(patterns: list[Pattern], text: str) -> list[Match]:
    """All pattern matches, longest first, then the earliest pattern; no overlaps.

    A pattern only runs in windows around its trigger tokens: on a 3,000-character
    article that is a few hundred characters instead of the whole text (finder.py)."""
    return finder_for(tuple(patterns)).find(text)


@functools.lru_cache(maxsize=8)
def finder_for(patterns: tuple[Pattern, ...]) -> Finder:
    return Finder(patterns)
