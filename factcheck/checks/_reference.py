"""What the reference checks share (reference_population, reference_membership,
reference_value): a stated figure's interval and its difference from a reference
value, the tolerance arithmetic and the numbers in messages; the year a statement
is as of and the day an article speaks of; lexicon word lists as one cached pattern
or set; the run's reference index, and the note a checked claim carries.
"""
from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Claim
from ..reference import index_for
from ..reference import resolve
from ..reference.model import Fact, norm, year_of
from ..regexwords import fast_compile, first_char_lookahead
from . import Context

INF = math.inf
SERIES_FIRST = 1960  # the first year of the World Bank series: the whole span's start


# --- shared arithmetic

def stated_interval(claim: Claim) -> tuple[float, float] | None:
    v, lo, hi = claim.value, claim.low, claim.high
    if claim.hedge == "range" and lo is not None and hi is not None:
        return (min(lo, hi), max(lo, hi))
    if claim.hedge == "at_least":
        base = lo if lo is not None else v
        return (base, INF) if base is not None else None
    if claim.hedge == "at_most":
        base = hi if hi is not None else v
        return (0.0, base) if base is not None else None
    if v is not None:
        return (v, v)
    if lo is not None and hi is not None:
        return (min(lo, hi), max(lo, hi))
    return None


def relative_diff(claim: Claim, ref: float) -> float | None:
    """Signed difference of the statement from the reference, as a fraction of it.

    A range counts as 0 when it holds the reference; a bound ("at least",
    "nearly") is measured from its figure, so "nearly 6 million" for 2 million is +200%.
    """
    iv = stated_interval(claim)
    if iv is None or ref == 0:
        return None
    lo, hi = iv
    if claim.hedge in ("at_least",):
        return (lo - ref) / ref
    if claim.hedge in ("at_most",):
        return (hi - ref) / ref
    if lo <= ref <= hi:
        return 0.0
    edge = lo if ref < lo else hi
    return (edge - ref) / ref


def within(claim: Claim, diff: float, tol: float | tuple[float, float], slack: float) -> bool:
    """A bound may sit further from the reference on its own side:
    "more than 1.9 million" for 2.0 million holds, and so does "nearly 2.1 million".
    `tol` is one fraction, or (below, above) when the two sides differ."""
    lo, hi = tol if isinstance(tol, tuple) else (tol, tol)
    if claim.hedge == "at_least":
        return -(lo + slack) <= diff <= hi
    if claim.hedge == "at_most":
        return -lo <= diff <= hi + slack
    return -lo <= diff <= hi


def side(diff: float, tol: float | tuple[float, float]) -> float:
    """The tolerance on the side the difference lies."""
    lo, hi = tol if isinstance(tol, tuple) else (tol, tol)
    return lo if diff < 0 else hi


def tol_span(tol: tuple[float, float]) -> str:
    lo, hi = tol
    return tol_pct(lo) if abs(lo - hi) < 1e-9 else f"-{tol_pct(lo)} to +{tol_pct(hi)}"


def pct(x: float) -> str:
    s = f"{x * 100:+.1f}%"
    return s.replace("+0.0%", "0.0%").replace("-0.0%", "0.0%")


def tol_pct(x: float) -> str:
    return f"{x * 100:.0f}%" if round(x * 100, 6).is_integer() else f"{x * 100:.1f}%"


def fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 100 or float(x).is_integer() else f"{x:,.2f}"


def stated_text(claim: Claim) -> str:
    iv = stated_interval(claim)
    if iv is None:
        return claim.text
    word = {"at_least": "at least ", "at_most": "at most ", "approx": "about "}.get(claim.hedge, "")
    if claim.hedge == "range":
        return f"{fmt(iv[0])}-{fmt(iv[1])}"
    return word + fmt(iv[1] if claim.hedge == "at_most" else iv[0])


def as_of_year(ctx: Context, claim: Claim) -> tuple[int | None, str]:
    """The statement's own year ("in 2014", "the 2009 census"), the year nearest the
    figure in its sentence; None when it has none."""
    pattern = ctx.derived("as_of_year", lambda: fast_compile(
        ctx.lexicon("reference").get("as_of_year") or r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)"))
    sent = ctx.doc.sentence_at(claim.span[0])
    # the sentence's years, found once per sentence (not once per figure): (offset, year,
    # the temporal claim a figure of the sentence holds it as its time, or None)
    found = ctx.once(("reference.years", id(pattern)), dict)
    years = found.get(id(sent))
    if years is None:
        years = found[id(sent)] = _years_of(ctx, sent, pattern)
    # the nearest before the figure and the nearest after its start outside it, neither a
    # year another figure's frame holds ("increased to 62-million from 51.7-million
    # recorded in 2011": 2011 is the 51.7m's); on a tie the one before
    own = (claim.period or {}).get("claim")
    a, b = claim.span
    k = bisect_left(years, (a,))
    k2 = bisect_left(years, (b,), k)
    near = [y for y in (next((y for y in reversed(years[max(0, k - _LOOK):k]) if y[2] in (None, own)), None),
                        next((y for y in years[k2:k2 + _LOOK] if y[2] in (None, own)), None))
            if y is not None]
    if near:
        year = int(min(near, key=lambda y: abs(y[0] - a))[1])
        return year, f"the statement's own year {year}"
    return None, "no year of its own"


def _held_times(ctx: Context) -> dict[int, list[tuple[int, int, str]]]:
    """sentence index -> the spans (start, end, id) of the temporal claims its figures'
    frames hold as their times, sorted: made once per run."""
    by_id = {c.id: c for c in ctx.claims}
    out: dict[int, set] = {}
    for c in ctx.claims:
        t = (c.period or {}).get("claim") if c.kind == "quantity" else None
        if t in by_id:
            out.setdefault(c.sentence, set()).add(by_id[t].span + (t,))
    return {k: sorted(v) for k, v in out.items()}


_LOOK = 3  # years read each way from a figure for its own (a few: the nearest is wanted)


def _years_of(ctx: Context, sent, pattern: "re.Pattern[str]") -> list[tuple[int, str, str | None]]:
    """The sentence's years in order, each with the id of the temporal claim that holds
    it when that claim is the time the frames give a figure of the sentence ("from 51.7
    million recorded in 2011", "a 19.8% upsurge since the last census in 2011")."""
    held = ctx.once("reference.held_times", lambda: _held_times(ctx)).get(sent.index, [])
    out = []
    for m in pattern.finditer(sent.text):
        at = sent.start + m.start()
        k = bisect_left(held, (at + 1,)) - 1
        owner = held[k][2] if k >= 0 and held[k][0] <= at < held[k][1] else None
        out.append((at, m.group(1), owner))
    return out


def statement_year(ctx: Context, claim: Claim) -> tuple[int | None, str]:
    """The year a figure is as of: its frame's period ("in 2003", "last year", "(July
    2000 est.)"), else the nearest year in its sentence ("the 2009 census"),
    else the article's publication year (a 1990 story's "17 million" is 1990's figure),
    else None (no date at all: dated_value then reads the window the article is
    judged in, reference.window; never today)."""
    per = claim.period or {}
    if per.get("claim") and per.get("start"):  # the frame's period: "in 2003", "last year"
        y = year_of(per["start"])
        if y is not None and y == year_of(per.get("end") or per["start"]):  # (a decade, "the
            # mid-2020s", or "since 2010" names no one year)
            return y, f"the statement's period \"{per.get('text') or per['start']}\" ({y})"
    year, src = as_of_year(ctx, claim)
    if year is None and ctx.doc.published:
        return ctx.doc.published.year, (f"the article's date {ctx.doc.published.isoformat()}, "
                                        f"the statement giving no year")
    return year, src


def _key(words) -> resolve.Same | tuple:
    """A lexicon's list by identity (built from once), any other iterable by value."""
    return resolve.Same(words) if isinstance(words, list) else tuple(words)


@functools.lru_cache(maxsize=64)
def _normed(words) -> frozenset[str]:
    return frozenset(norm(w) for w in _items(words))


@functools.lru_cache(maxsize=64)
def _word_re(words) -> re.Pattern:
    """One pattern for "any of these words, whole" (built once per word list)."""
    alts = sorted({norm(w) for w in _items(words) if isinstance(w, str) and norm(w)},
                  key=len, reverse=True)
    if not alts:
        return re.compile(r"(?!)")
    rx = r"\b(?:%s)\b" % "|".join(map(re.escape, alts))
    return fast_compile(first_char_lookahead(rx, re.IGNORECASE) + rx, re.IGNORECASE)


def _items(words) -> tuple:
    return tuple(words.obj if isinstance(words, resolve.Same) else words)


def _index(ctx: Context):
    """The reference index for the run's settings, looked up once per check run
    (the lookup stats the database file)."""
    return ctx.once("reference.index", lambda: index_for(ctx.settings))


def _note(claim: Claim, **info: Any) -> None:
    """What the claim was checked against, for the JSON (Claim.extra)."""
    claim.extra["reference"] = {k: v for k, v in info.items() if v is not None}


def _day(ctx: Context) -> tuple[date, str]:
    if ctx.doc.published:
        return ctx.doc.published, f"the publication date {ctx.doc.published.isoformat()}"
    return date.today(), f"today ({date.today().isoformat()}; no publication date given)"


# --- a reference value for the year a statement speaks of

@dataclass(frozen=True)
class DatedValue:
    """What a figure is compared with: the value (or the range of values over an
    undated article's window) of a series for the year the statement speaks of."""
    low: float
    high: float
    year: int | None  # the reference's year used (the nearest the series has); None: a range
    gap: int  # years between the statement's year (or the window) and the reference's
    later: bool  # the statement's year is after the reference's
    as_of: str  # "2003", "1999 to 2001 (around 2000, ...), no publication date", ...
    asked: str  # the year asked for and why: "the statement's own year 2003"
    source: str
    want: int | None = None  # the year asked for (None: the window's range)

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2

    def text(self, sign: str = "") -> str:
        lo, hi = sign + fmt(self.low), sign + fmt(self.high)
        return lo if self.low == self.high else f"{lo} to {hi}"


def dated_value(ctx: Context, claim: Claim, facts: list[Fact]) -> DatedValue | None:
    """The value a figure is compared with, from an entity's facts of one attribute:
    the fact of the year its statement speaks of (its own year, else the article's);
    the nearest year the series has when that one is missing (gap > 0: the caller
    widens its tolerance and names the year used). Without a publication date or a
    year of its own, the range of the values over the window the article is judged in
    (reference.window); a single snapshot outside the window, at its distance."""
    dated = sorted((f for f in facts if f.interval and f.as_of_year), key=lambda f: f.as_of_year)
    if not dated:
        undated = [f for f in facts if f.interval]
        if not undated:
            return None
        f = undated[-1]
        return DatedValue(*f.interval, None, 0, False, f.as_of or "undated", "", _src(f))
    year, asked = statement_year(ctx, claim)
    src = _src(dated[-1])
    if year is None:
        from ..reference import window

        w = window.for_document(ctx.doc, ctx.claims)
        first, last = dated[0].as_of_year, dated[-1].as_of_year
        if len(dated) == 1:  # one snapshot: at its distance from the window's farther end
            f = dated[0]
            ws, we = (SERIES_FIRST, date.today().year) if w.whole else (w.start.year, w.end.year)
            far = ws if abs(ws - first) >= abs(we - first) else we
            return DatedValue(*f.interval, first, abs(far - first), far > first,
                              f"{f.as_of}; the article is judged in {w.describe()}, "
                              f"no publication date", f"the window's year {far}", src, far)
        span = w.years(first, last)
        if span is not None:  # the window's range of values
            inside = [f for f in dated if span[0] <= f.as_of_year <= span[1]]
            lo = min(f.interval[0] for f in inside)
            hi = max(f.interval[1] for f in inside)
            return DatedValue(lo, hi, None, 0, False, f"{w.describe(*span)}, no publication date",
                              "no year of its own and no publication date", src)
        # the window lies outside the series: its nearest end, at the distance
        ws, we = w.start.year, w.end.year
        year = ws if ws > last else we
        asked = f"the window {w.describe()}, no publication date"
    f = min(dated, key=lambda x: (abs(x.as_of_year - year), -x.as_of_year))
    gap = abs(year - f.as_of_year)
    as_of = f.as_of or str(f.as_of_year)
    if gap and len(dated) > 1:
        as_of = f"{as_of}, the nearest year the series has to {year}"
    return DatedValue(*f.interval, f.as_of_year, gap, year > f.as_of_year, as_of, asked, src, year)


def _src(f: Fact) -> str:
    return f.source or "user reference"


def range_diff(claim: Claim, low: float, high: float) -> float | None:
    """relative_diff from a range of reference values: 0 within it, else from its
    nearer end."""
    d_lo, d_hi = relative_diff(claim, low), relative_diff(claim, high)
    if d_lo is None or d_hi is None:
        return None
    if d_hi > 0:
        return d_hi
    return d_lo if d_lo < 0 else 0.0

