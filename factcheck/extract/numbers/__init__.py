"""News numerics: every figure read the way a reader reads it.

A figure is found from its core (digits, number words, a fraction, a vague
plural like "hundreds of"), then grown to the left (currency symbol, hedge,
"between") and to the right (scale word, second end of a range, unit or
currency name, trailing hedge). Numbers that are not quantities (years, clock
times, ordinals, day numbers, scores, identifiers like "G8") come back as
ignored spans. Word lists live in rules/lexicons/{numbers,currencies,hedges,
units,not_quantities}.yaml; this package holds only the grammar, one step a module:

    lexicon.py   the Grammar: the lexicons' words compiled into patterns, once per rule set
    scan.py      where a figure can start in the text
    figure.py    a figure being read, and the words beside it
    readers.py   reading a figure's core: digits, number words, fractions, ratios, vague plurals;
                 and the numbers that are not quantities
    grow.py      growing a figure: currency before, scale, range, unit or currency after, hedges
    currency.py  which currency a symbol means: the article's dollar, bare francs
    change.py    changes and multipliers: "rose 5% to", "doubled"
    claims.py    a read figure as a Claim: value, interval, modality, extras

extract() below wires them: scan, read each start, make claims, then the passes
over the whole text (multipliers, francs).
"""
from __future__ import annotations

from ...deadline import tick
from ...model import Claim, Document
from ...regexwords import folded
from ...rules import RuleSet
from .change import _multipliers
from .claims import _claim
from .currency import _default_dollar, _francs
from .figure import Span
from .lexicon import Grammar, grammar
from .readers import _Lines, _read
from .scan import _starts


def extract(doc: Document, ruleset: RuleSet) -> tuple[list[Claim], list[Span]]:
    """Quantity claims, and the spans deliberately judged not to be quantities."""
    try:
        return _extract(doc.text, grammar(ruleset), doc)
    except (ValueError, OverflowError, IndexError, KeyError, TypeError):  # never a traceback
        return [], []


def _extract(text: str, g: Grammar, doc: Document | None) -> tuple[list[Claim], list[Span]]:
    low = folded(text)
    dollar = _default_dollar(text, g, low)
    claims: list[Claim] = []
    ignored: list[Span] = []
    pos = 0
    lines = _Lines(text)
    for p in _starts(text, low, g, doc.shared if doc is not None else None):
        tick()
        if p < pos:
            continue
        # the match is read for its spans and lower-cased words, so in the lower-cased
        # text it can be found the faster way
        m = g.core_lower.match(low, p) if low is not None and g.core_lower is not None else g.core.match(text, p)
        if m is None or m.end() == p:
            continue
        out = _read(text, m, g, dollar, lines)
        if out is None:
            continue
        if isinstance(out, tuple):
            ignored.append(out)
            pos = out[1]
            continue
        fig = out
        claims.append(_claim(text, fig, g))
        pos = fig.end
    _multipliers(text, claims, g, doc, low)
    _francs(text, claims, g, doc)
    return claims, ignored
