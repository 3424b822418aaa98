"""What a pattern match means: TIMEX3 value, calendar interval and anchor.

`normalize(match, cx)` turns a grammar Match into a Resolved, or None when the
match is not a temporal expression after all ("may" the verb, "the 3rd Army").
Relative expressions are resolved against the publication date (cx.dct); when
there is none they keep an X-filled value and no interval. Each pattern's
handler is declared with it (registry.py), in the family modules of patterns/
(explicit dates, years, months, days, clock times, relative units, seasons,
durations, offsets, quarters, sets, holidays, reference words).
"""
from __future__ import annotations

import re
from typing import Callable

from .context import Context, Resolved
from .grammar import Match
from .registry import RULES

Handler = Callable[[re.Match, Context, int, int], "Resolved | None"]


def normalize(mt: Match, cx: Context) -> Resolved | None:
    """The match's meaning, or None when its handler says it is none. A handler that
    raises is a bug: the exception goes to the caller (extract reports it)."""
    fn: Handler = RULES[mt.name].handler
    return fn(mt.m, cx, mt.start, mt.end)

