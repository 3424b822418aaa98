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
    multipliers.py  multiplier words as claims: "sales doubled", "twice as many"
    durations.py lengths of time in pieces: "8 minutes 12.3 seconds", race times "3:07:35"
    claims.py    a read figure as a Claim: value, interval, modality, extras

extract() below wires them: scan, read each start, make claims, then the passes
over the whole text (multipliers, francs). A reading that raises costs that figure
only, and says so (see extract); it is never silently "no figures".
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from typing import Callable

from ...deadline import CheckTimeout, tick
from ...model import Claim, Document
from ...regexwords import fast_compile, folded
from ...rules import RuleSet
from .change import _multipliers
from .claims import _claim
from .currency import _default_dollar, _francs, _glued, _shared
from .figure import Span
from .lexicon import Grammar, grammar
from .multipliers import multiplier_claims
from .readers import _Lines, _read
from .scan import _starts


log = logging.getLogger(__name__)

# a failure's report: where it happened (a character offset, None for the whole text),
# what was being done, and the exception
Fail = Callable[[int | None, str, Exception], None]


# the units of time a figure can be read in (rules/lexicons/numbers.yaml time_units)
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "century"})


# units of a rate per unit of time: "bbl/d", "km/h", "Mbit/s", "mph"
_PER_TIME = fast_compile(r"/(?:s|min|h|d)$|^mph$")


def whole_durations(claims: list[Claim]) -> list[tuple[int, int]]:
    """The spans of the quantities that hold a length of time of their own: one length
    of time said in pieces, a range with its unit said once ("two or three years",
    "between 12 and 14 months") or a compound duration ("8 minutes 12.3 seconds"); and a
    rate whose unit is per a time ("500,000 barrels a day", "66 kilometres per second").
    The temporal extractor reads the last piece alone ("three years", "per second"); the
    pipeline lets these win over it."""
    return sorted(c.span for c in claims if (c.unit in TIME_UNITS and (c.hedge == "range" or "duration" in c.extra))
                  or (c.unit is not None and _PER_TIME.search(c.unit)))


def extract(doc: Document, ruleset: RuleSet) -> tuple[list[Claim], list[Span]]:
    """Quantity claims, and the spans deliberately judged not to be quantities.

    A figure whose reading raises is left out, the rest is read as usual, and the
    failure is said in doc.notes (the report's notes; the traceback is logged):
    "numbers extraction failed on '5,000' (sentence 2, character 412, reading a
    figure): ValueError: ...". CheckTimeout goes through."""
    fail = _reporter(doc)
    try:
        text = decimal_points(doc.text)
        claims, ignored = _extract(text, grammar(ruleset), doc, fail)
        if text is not doc.text:
            for c in claims:  # (read with points, said as written)
                c.text = doc.text[c.span[0]:c.span[1]]
        return claims, ignored
    except CheckTimeout:
        raise
    except Exception as e:  # noqa: BLE001 - said in the report's notes, not hidden as "no figures"
        fail(None, "reading the text", e)
        return [], []


_AT = re.compile(r"\S{1,30}")  # what a failure names: the characters from where it happened

# a comma and one or two digits ending a numeral ("US$4,9 million", "US$2,42 per kg"); a
# comma and three digits ending one ("13,982", "2,70,771"): thousands grouped
_COMMA_DECIMAL = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?![\d,])")
_COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


def decimal_points(text: str) -> str:
    """The text with each decimal comma written as a point, when the text writes decimals
    with commas: two numerals or more end in a comma and one or two digits, and none
    groups thousands with commas ("TOBACCO farmers have so far earned US$4,9 million ...
    at an average price of US$2,42 per kg"). Same length, so every offset holds. A text
    that groups thousands with commas keeps them ("1,13 stocks" there is a slip)."""
    if text.count(",") < 2 or _COMMA_THOUSANDS.search(text):
        return text
    found = _COMMA_DECIMAL.findall(text)
    if len(found) < 2:
        return text
    return _COMMA_DECIMAL.sub(r"\1.\2", text)


def _add(claims: list[Claim], more: list[Claim]) -> None:
    """Claims found by a pass of their own, put in text order among the others; one
    inside a figure already read ("doubled" in a name) is left out."""
    if not more:
        return
    spans = [c.span for c in claims]
    for c in more:
        k = bisect_right(spans, c.span)
        if (k and spans[k - 1][1] > c.span[0]) or (k < len(spans) and spans[k][0] < c.span[1]):
            continue
        spans.insert(k, c.span)
        claims.insert(k, c)


def _reporter(doc: Document) -> Fail:
    def fail(at: int | None, doing: str, e: Exception) -> None:
        log.error("numbers extraction failed %s at %s", doing, at, exc_info=e)
        where = f"({doing})"
        if at is not None:
            word = _AT.match(doc.text, at)
            sentence = doc.sentence_at(at).index + 1 if doc.sentences else 1
            where = f"on {word.group() if word else ''!r} (sentence {sentence}, character {at}, {doing})"
        note = f"numbers extraction failed {where}: {type(e).__name__}: {e}"
        if note not in doc.notes:
            doc.notes.append(note)
    return fail


def _extract(text: str, g: Grammar, doc: Document | None,
             fail: Fail | None = None) -> tuple[list[Claim], list[Span]]:
    """extract() on a text; `fail` reports a figure whose reading raises (None: the
    exception propagates)."""
    low = folded(text)
    dollar = _default_dollar(text, g, low, doc.url if doc is not None else None)
    glued = _glued(text, g, doc)  # "N437.3bn" in news about Nigeria
    claims: list[Claim] = []
    ignored: list[Span] = []
    pos = 0
    lines = _Lines(text)
    for p in _starts(text, low, g, doc.shared if doc is not None else None):
        tick()
        if p < pos:
            continue
        try:
            # the match is read for its spans and lower-cased words, so in the lower-cased
            # text it can be found the faster way
            m = g.core_lower.match(low, p) if low is not None and g.core_lower is not None else g.core.match(text, p)
            if m is None or m.end() == p:
                continue
            out = _read(text, m, g, dollar, lines, glued)
            if out is None:
                continue
            if isinstance(out, tuple):
                ignored.append(out)
                pos = out[1]
                continue
            fig = out
            claims.append(_claim(text, fig, g))
            pos = fig.end
        except CheckTimeout:
            raise
        except Exception as e:  # noqa: BLE001 - this figure is lost, and said to be
            if fail is None:
                raise
            fail(p, "reading a figure", e)
    for doing, step in (("reading multiplier words", lambda: _add(claims, multiplier_claims(text, g, low))),
                        ("finding multipliers", lambda: _multipliers(text, claims, g, doc, low)),
                        ("naming francs", lambda: _francs(text, claims, g, doc)),
                        ("naming shared currencies", lambda: _shared(text, claims, g, doc))):
        try:
            step()
        except CheckTimeout:
            raise
        except Exception as e:  # noqa: BLE001 - the figures stay, without this pass
            if fail is None:
                raise
            fail(None, doing, e)
    return claims, ignored
