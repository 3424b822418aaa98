"""Multiplier words as claims of their own: "sales doubled", "more than tripled",
"twice as many" (unit "times", value the factor). change.py records the same words on
the figure they govern."""
from __future__ import annotations

import re

from ...model import Claim
from ...regexwords import may_match
from .claims import _claim
from .figure import _Fig
from .grow import _hedge_before
from .lexicon import Grammar


_WORD_AFTER = re.compile(r"\s+([a-z]+)", re.IGNORECASE)


def multiplier_claims(text: str, g: Grammar, low: str | None = None) -> list[Claim]:
    """'sales doubled', 'twice as many': the multiplier word as a claim of its own, unit
    "times" and its factor as value, with a hedge before it ("more than doubled")."""
    out: list[Claim] = []
    if not g.multiplier_claims or not may_match(low, g.multiplier_needles):
        return out
    for m in g.re_multiplier.finditer(text):
        word = m.group(1).lower()
        if word not in g.multiplier_claims:
            continue
        if word in g.multiplier_adverbs:
            nxt = _WORD_AFTER.match(text, m.end())
            if not nxt or nxt.group(1).lower() not in g.times_comparison:
                continue  # "twice a week", "won twice": a count of times, not a factor
        k = float(g.multipliers[word])
        fig = _Fig(m.start(1), m.end(1), k, k, unit="times", core_kind="multiplier",
                   extra={"multiplier": k, "multiplier_word": word})
        _hedge_before(text, fig, g)
        out.append(_claim(text, fig, g))
    return out
