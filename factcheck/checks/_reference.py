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
from datetime import date
from typing import Any

from ..model import Claim
from ..reference import index_for
from ..reference import resolve
from ..reference.model import norm
from ..regexwords import first_char_lookahead
from . import Context

INF = math.inf


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
    figure in its sentence; None when it has none (it is then taken as current, and
    the tolerance is not widened)."""
    pattern = ctx.derived("as_of_year", lambda: re.compile(
        ctx.lexicon("reference").get("as_of_year") or r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)"))
    sent = ctx.doc.sentence_at(claim.span[0])
    # the sentence's years, found once per sentence (not once per figure): (offset, year)
    found = ctx.once(("reference.years", id(pattern)), dict)
    years = found.get(id(sent))
    if years is None:
        years = found[id(sent)] = [(sent.start + m.start(), m.group(1)) for m in pattern.finditer(sent.text)]
    # the nearest before the figure and the nearest after its start outside it; on a
    # tie the one before (the first found, as reading them all in order keeps)
    a, b = claim.span
    k = bisect_left(years, (a,))
    near = [years[k - 1]] if k else []
    k2 = bisect_left(years, (b,), k)
    if k2 < len(years):
        near.append(years[k2])
    if near:
        year = int(min(near, key=lambda y: abs(y[0] - a))[1])
        return year, f"the statement's own year {year}"
    return None, "no year of its own"


def statement_year(ctx: Context, claim: Claim) -> tuple[int | None, str]:
    """The year a population figure is as of: its own ("in 2014", "the 2009 census"),
    else the article's publication year (a 1990 story's "17 million" is 1990's figure),
    else None (no date at all: taken as current, compared with the reference as is)."""
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
    return re.compile(first_char_lookahead(rx, re.IGNORECASE) + rx, re.IGNORECASE)


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
