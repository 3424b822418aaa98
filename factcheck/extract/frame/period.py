"""When a figure holds: the temporal claim of its clause nearest to it (a day, a
month, a year, "last year", "the year to October"), else that of the clause it depends
on, else the publication date; and whether it is a stock (a level on a date) or a flow
(an amount over a period).

Not a figure's time: a frequency ("a year", "per day": a rate's unit); a bare length
of time ("12 years in prison"); a time that a baseline figure holds tight ("risen to
17,000 tonnes from 10,000 last month": last month is the 10,000's); a time
of a reporting verb ("Earlier today, Georgia Power said it raised the cost by six
pct", "six were in custody, officials said on Tuesday"); a time a verb of maturity
takes ("will not mature until the year 2007").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ...model import Claim
from .counts import Counts
from .lexicon import Lexicon

# assets, debt, workforce, prices, stakes and rates are levels on a date
STOCK_CATEGORIES = frozenset({"population", "members", "age", "employees", "assets", "debt", "price", "share"})
TIGHT = 15  # characters: "4.0 pct in February" holds its time this close
_WORD = re.compile(r"[a-z]+")
_SPAN_OF_TIME = re.compile(r"\b(?:over|during|within|past|last|first|next|previous)\s+(?:the\s+)?$", re.I)
# "rose to 17,000 tonnes from 10,000 last month": the time a baseline figure holds is its own
_BASELINE = re.compile(r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|after)\s+(?:[a-z]+\s+){0,2}$", re.I)
_MATURITY = re.compile(r"\b(?:until|till|mature|matures|maturing|due\s+to\s+(?:open|close|start|end))\s+"
                       r"(?:the\s+(?:year\s+)?|in\s+)?$", re.I)
# a clause that goes on from the one before it and shares its time ("..., while monthly
# inflation was 2.7%", "... in July, and its load factor held at 96 percent")
_GOES_ON = re.compile(r",\s+(?:while|whereas|and|but|as|when)\s*$", re.I)


def period_of(c: Claim, clause: tuple[int, int], temporal: list[Claim], starts: list[int],
              counts: Counts, lx: Lexicon, text: str = "", quantities: list[Claim] = (),
              before: tuple[int, int] | None = None) -> dict:
    """`temporal`: the text's temporal claims in order, `starts` their starts;
    `quantities`: the figures of the figure's sentence; `before`: the clause this one
    goes on from, if any."""
    best = _nearest(c, clause, temporal, starts, text, quantities, lx)
    if best is None and before is not None and _GOES_ON.search(text, max(0, clause[0] - 12), clause[0]):
        best = _nearest(c, before, temporal, starts, text, (), lx, anywhere=True)
    kind = "stock" if (counts.head and counts.head in lx.stock_heads) or c.category in STOCK_CATEGORIES \
        else "flow"
    if best is None:
        return {"claim": None, "text": None, "timex": None, "start": None, "end": None, "kind": kind}
    return {"claim": best.id, "text": best.text, "timex": best.timex, "start": best.start,
            "end": best.end or best.start, "kind": kind}


def _nearest(c: Claim, clause: tuple[int, int], temporal, starts, text: str, quantities, lx: Lexicon,
             anywhere: bool = False) -> Claim | None:
    a, b = clause
    lo, hi = bisect_left(starts, a), bisect_left(starts, b)
    best = None
    for t in temporal[lo:hi]:
        if t.kind not in ("date", "duration") or t.span[1] > b or not _its_time(t, text):
            continue
        after = t.span[0] >= c.span[1]
        d = t.span[0] - c.span[1] if after else c.span[0] - t.span[1]
        if not anywhere and (_held_by_other(t, c, d, quantities, text) or _reported(text, c, t, after, lx)):
            continue
        if best is None or d < best[0] or d == best[0] and after:
            best = (d, t)
    return best[1] if best else None


def _its_time(t: Claim, text: str) -> bool:
    """Whether a temporal claim can be a figure's time at all."""
    before = text[max(0, t.span[0] - 30):t.span[0]]
    if t.kind == "duration" and not _SPAN_OF_TIME.search(before) and not t.text.lower().startswith(("the ", "last ")):
        return False  # "sentenced to 12 years", "two-year bonds"
    return not _MATURITY.search(before)


def _held_by_other(t: Claim, c: Claim, d: int, quantities, *q_text) -> bool:
    """Another figure holds the time tight and nearer than this one (the figures on
    either side of the time are the only ones that can: the list is in text order)."""
    k = _at(quantities, t.span[0])
    for q in quantities[max(0, k - 1):k + 1]:
        if q is c:
            continue
        e = t.span[0] - q.span[1] if t.span[0] >= q.span[1] else q.span[0] - t.span[1]
        if 0 <= e <= TIGHT and e < d and _BASELINE.search(q_text[0][max(0, q.span[0] - 40):q.span[0]]):
            return True
    return False


def _at(quantities, offset: int) -> int:
    """The index of the first figure starting at or after offset."""
    lo, hi = 0, len(quantities)
    while lo < hi:
        mid = (lo + hi) // 2
        if quantities[mid].span[0] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _reported(text: str, c: Claim, t: Claim, after: bool, lx: Lexicon) -> bool:
    """A reporting verb between the time and the figure: the time is the report's."""
    between = text[c.span[1]:t.span[0]] if after else text[t.span[1]:c.span[0]]
    return any(w in lx.reporting for w in _WORD.findall(between))
