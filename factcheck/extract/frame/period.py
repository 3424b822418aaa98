"""When a figure holds: the temporal claim of its clause nearest to it (a day, a
month, a year, "last year", "the year to October"), else the publication date; and
whether it is a stock (a level on a date) or a flow (an amount over a period)."""
from __future__ import annotations

from bisect import bisect_left

from ...model import Claim
from .counts import Counts
from .lexicon import Lexicon

# assets, debt, workforce, prices, stakes and rates are levels on a date
STOCK_CATEGORIES = frozenset({"population", "members", "age", "employees", "assets", "debt", "price", "share"})


def period_of(c: Claim, clause: tuple[int, int], temporal: list[Claim], starts: list[int],
              counts: Counts, lx: Lexicon) -> dict:
    """`temporal`: the text's temporal claims in order, `starts` their starts."""
    a, b = clause
    lo, hi = bisect_left(starts, a), bisect_left(starts, b)
    best = None
    for t in temporal[lo:hi]:
        if t.kind not in ("date", "duration", "set") or t.span[1] > b:
            continue
        d = c.span[0] - t.span[1] if t.span[1] <= c.span[0] else t.span[0] - c.span[1]
        if best is None or d < best[0]:
            best = (d, t)
    kind = "stock" if (counts.head and counts.head in lx.stock_heads) or c.category in STOCK_CATEGORIES \
        else "flow"
    if best is None:
        return {"claim": None, "text": None, "timex": None, "start": None, "end": None, "kind": kind}
    t = best[1]
    return {"claim": t.id, "text": t.text, "timex": t.timex, "start": t.start, "end": t.end or t.start, "kind": kind}
