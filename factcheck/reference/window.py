"""The time an article without a publication date is judged in.

Nothing is resolved against today. The window is, in this order:

- a dateline's year ("WASHINGTON, Aug. 8, 1998 --"): that year;
- else around the latest year the text names explicitly ("sales rose in 1988"):
  from the year before it to two years after, never past today. A year the text sets as a deadline ("due
  March 1, 2011", "by 1992") points ahead of the writing and is not taken;
- else the whole span each reference covers (exchange rates from 1999 to today,
  the World Bank series 1960-2024, an organisation's member list from its first
  member to today): Window(None, None).

    >>> w = of(doc, claims)            # Window(1989-01-01, 1991-12-31, "around 1990, ...")
    >>> w.within(date(1999, 1, 4), date.today())
    None                               # the window lies before the ECB's rates
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..regexwords import fast_compile

_YEAR = fast_compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d|['’]?s\b)")  # (not a decade: "the mid-2020s")
# a dateline: a capitalised place (and agency), a comma, then the date (the claim)
_DATELINE = re.compile(r"\A\s*[A-Z][^\n,]{1,40},(?:\s*[A-Z][^\n,]{1,20},)?\s*\Z")
RATES_FIRST = date(1999, 1, 4)  # the ECB's first reference rates


@dataclass(frozen=True)
class Window:
    start: date | None  # None: the whole span of each reference
    end: date | None
    basis: str
    guessed: bool = False  # around the latest year the text names, which may be history

    @property
    def whole(self) -> bool:
        return self.start is None

    def within(self, first: date, last: date) -> tuple[date, date] | None:
        """The window inside a reference's own span [first, last]; None when they do
        not meet (the text's years lie outside what the reference covers)."""
        if self.start is None or self.end is None:
            return (first, last) if first <= last else None
        lo, hi = max(self.start, first), min(self.end, last)
        return (lo, hi) if lo <= hi else None

    def years(self, first: int, last: int) -> tuple[int, int] | None:
        got = self.within(date(first, 1, 1), date(last, 12, 31))
        return (got[0].year, got[1].year) if got else None

    def describe(self, lo: date | int | None = None, hi: date | int | None = None) -> str:
        """"1989 to 1991 (around 1990, the latest year the text names, ...)"."""
        lo = lo if lo is not None else self.start
        hi = hi if hi is not None else self.end
        span = _span(lo, hi)
        return f"{span} ({self.basis})" if span else self.basis


def _span(lo, hi) -> str:
    if lo is None or hi is None:
        return ""
    a = lo if isinstance(lo, int) else (lo.year if (lo.month, lo.day) == (1, 1) else lo.isoformat())
    b = hi if isinstance(hi, int) else (hi.year if (hi.month, hi.day) == (12, 31) else hi.isoformat())
    return str(a) if a == b else f"{a} to {b}"


def of(text: str, claims: Iterable, today: date | None = None) -> Window:
    """The window an undated text is judged in, from its temporal claims."""
    today = today or date.today()
    named: list[int] = []
    for c in claims:
        if c.kind != "date" or c.role == "deadline":
            continue
        years = [int(y) for y in _YEAR.findall(c.text) if int(y) <= today.year]
        if not years:
            continue
        if c.span[0] < 80 and _DATELINE.match(text[:c.span[0]]):
            y = years[-1]
            return Window(date(y, 1, 1), date(y, 12, 31), f"the dateline's year {y}")
        named.extend(years)
    if named:
        y = max(named)
        # written in or soon after it: on Reuters (tune half) the publication year is the
        # latest named year -1..+2 for 77% of articles naming a year (+-1: 70%)
        end = min(date(y + 2, 12, 31), today)
        return Window(date(y - 1, 1, 1), end,
                      f"around {y}, the latest year the text names, deadlines set aside", guessed=True)
    return Window(None, None, "the text names no year: the whole span of the reference data")


WHOLE_SPANS = ("exchange rates from 1999 to today, populations and GDP 1960-2024 "
               "(World Bank), memberships over each organisation's whole history")


def note(w: Window) -> str:
    """What Report.notes says of an undated article."""
    if w.whole:
        judged = (f"the text names no year, so each reference is read over the whole span "
                  f"it covers ({WHOLE_SPANS})")
    else:
        judged = f"judged in {_span(w.start, w.end)} ({w.basis})"
    return (f"No publication date given: {judged}; relative dates are left unresolved, and "
            f"checks of tense against the date are skipped.")


def rates(w: Window, today: date | None = None) -> tuple[date, date, str] | None:
    """The window for exchange rates (the ECB's from 1999 to today), with its words."""
    today = today or date.today()
    got = w.within(RATES_FIRST, today)
    if got is None:
        return None
    return got[0], got[1], w.describe(*got)


def for_document(doc, claims) -> Window:
    """of(), worked out once per document (kept in doc.shared for every check and the note)."""
    w = doc.shared.get("reference.window")
    if w is None:
        w = doc.shared["reference.window"] = of(doc.text, claims)
    return w
