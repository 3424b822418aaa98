"""What arithmetic.share's readings in one sentence and across sentences both ask of a
figure: whether it is a label ("1987/88", "two-for-one") or a multiplier, and whether a
verb of including introduces it (a part itself, no whole of the parts after it)."""
from __future__ import annotations

import re

from . import Context, _frames
from ..model import Claim

_LABEL_BEFORE = re.compile(r"\d/$")
_LABEL_AFTER = re.compile(r"^[-/]\w")


def _label(ctx: Context, c: Claim) -> bool:
    """A figure joined to another by a slash or a hyphen ("1987/88", "two-for-one",
    "32-bit"): a label, no count of a list."""
    text = ctx.doc.text
    return bool(_LABEL_BEFORE.search(text, max(0, c.span[0] - 2), c.span[0])
                or _LABEL_AFTER.match(text, c.span[1], c.span[1] + 2))


def _multiplier(c: Claim) -> bool:
    """"a 3.3-fold increase", "doubled": a ratio, never a count a list is of ("a 3.3-fold
    increase compared to the same period in 2018 of 34,773 cases including 9 deaths")."""
    return c.unit == "times" or bool(c.extra.get("multiplier"))


# a figure a verb of including introduces is a part itself ("the packages include 615 mln
# Ecus in grants"), not the whole the next sentence's parts are of
_INCLUDED = re.compile(r"\b(?:include|includes|included|including|comprising|among\s+them)\s+(?:some\s+|about\s+)?$", re.I)


def one_count(ctx: Context, before: list[Claim], unit: str | None) -> Claim | None:
    """The one count in `unit` among the figures of the sentence before, which a sentence
    referring back ("Of these,", "These deaths occurred in:") names: no percentage, age
    or range, label, multiplier, change, nor a part a verb of including introduces ("530
    foreigners including 504 men" is one). None when there is none, or several (which one
    "these" names is not read)."""
    wholes = [c for c in before if c.unit == unit and c.unit not in ("percent", "percentage_point")
              and c.category != "age" and c.hedge != "range" and not _label(ctx, c) and not _multiplier(c)
              and _frames.aspect(c) in ("level", None) and not _INCLUDED.search(ctx.before(c, 20))]
    return wholes[0] if len(wholes) == 1 else None
