"""The handlers of the temporal patterns, one module per family of expressions;
each handler h_<pattern> turns a match of grammar pattern <pattern> into a Resolved
(or None when the match is not a temporal expression after all)."""
from __future__ import annotations

from . import (clock, days, durations, explicit, holidays, months, offsets, quarters, references, relative,
               seasons, sets, years)

FAMILIES = (explicit, years, months, days, clock, relative, seasons, durations, offsets, quarters, sets,
            holidays, references)
