"""The reference checks on an article without a publication date (reference.window
says which time it is judged in): an organisation's membership over that window,
for reference.membership-count and reference.membership.

A count passes when it held on some day of the window (an info finding says when);
a country presented as a member passes when it was one on some day of it. A miss
quotes the window, so the reader sees what the verdict assumed.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from ..reference import window
from . import Context
from ._reference import _note, stated_text


def undated_window(ctx: Context) -> window.Window | None:
    """The window an undated article is judged in; None when it has a date."""
    if ctx.doc.published is not None:
        return None
    return window.for_document(ctx.doc, ctx.claims)


def history_span(idx, org_id: str, today: date | None = None) -> tuple[date, date] | None:
    """From the organisation's first member's joining day to today."""
    starts = [_iso(f.start) for f in idx.facts(org_id, "member")]
    starts = [d for d in starts if d is not None]
    return (min(starts), today or date.today()) if starts else None


def member_spells(idx, org_id: str, lo: date, hi: date, only_countries: bool = False
                  ) -> list[tuple[date, date, list[str]]]:
    """The membership over [lo, hi] as spells of unchanged members: (first day, last
    day, members), in order."""
    changes = {lo}
    for f in idx.facts(org_id, "member"):
        for d in (_iso(f.start), _iso(f.end)):
            if d is not None and lo < d <= hi:
                changes.add(d)
    days = sorted(changes)
    out = []
    for i, d in enumerate(days):
        last = days[i + 1] - timedelta(days=1) if i + 1 < len(days) else hi
        ms = idx.members(org_id, d)
        if only_countries:
            ms = [m for m in ms if idx.country(m) is not None]
        out.append((d, last, ms))
    return out


def spell_text(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def counts_text(spells) -> str:
    """"12 to 15" (the fewest and most members over the spells), or "12"."""
    ns = sorted({len(ms) for *_, ms in spells})
    return str(ns[0]) if len(ns) == 1 else f"{ns[0]} to {ns[-1]}"


def span_words(w: window.Window, span: tuple[date, date], own_year: int | None) -> str:
    """How a finding names the days it judged a count on."""
    if own_year:
        return f"{own_year} (the statement's own year; no publication date)"
    return f"{w.describe(*span)}, no publication date"


def judged_span(w: window.Window, history: tuple[date, date] | None,
                own_year: int | None) -> tuple[date, date] | None:
    """The statement's own year, else the window, within the organisation's history."""
    if history is None:
        return None
    if own_year:
        lo, hi = max(date(own_year, 1, 1), history[0]), min(date(own_year, 12, 31), history[1])
        return (lo, hi) if lo <= hi else None
    return w.within(*history)


def _iso(v) -> date | None:
    if not v:
        return None
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def undated_count(ctx: Context, claim, org, what: str, only_countries: bool, own_year: int | None,
                  w: window.Window, idx, fits: Callable[[int], bool], source: str) -> None:
    """membership-count without a publication date: the stated count against every
    membership the organisation had over the statement's own year, else the window."""
    span = judged_span(w, history_span(idx, org.id), own_year)
    if span is None:
        return  # the window lies before the organisation's first member: nothing to say
    spells = member_spells(idx, org.id, *span, only_countries)
    when = span_words(w, span, own_year)
    held = [s for s in spells if fits(len(s[2]))]
    stated = stated_text(claim)
    _note(claim, entity=org.id, name=org.name, attribute="members", value=counts_text(spells),
          source=source, as_of=spell_text(*span))
    if not held and own_year:  # the year may date something else: the window, as info
        wspan = judged_span(w, history_span(idx, org.id), None)
        wheld = [s for s in member_spells(idx, org.id, *wspan, only_countries) if fits(len(s[2]))] \
            if wspan else []
        if wheld:
            ctx.fail([claim], severity="info", reason="which-date",
                     message=f"{org.name} had {counts_text(spells)} {what} in {own_year} (the "
                             f"statement's own year), not {stated}, though it had {stated} from "
                             f"{spell_text(*wheld[0][:2])}, within {span_words(w, wspan, None)}; "
                             f"whether {own_year} dates the count would settle it (source: {source})")
            return
    if held:
        n = len(held[0][2])
        days = "; ".join(spell_text(a, b) for a, b, _ in held[:3]) + ("; ..." if len(held) > 3 else "")
        ctx.passed(claim, f"{org.name} had {n} {what} from {days}, within {when}; source: {source}")
        if len(held) < len(spells):
            ctx.fail([claim], severity="info", reason="undated",
                     message=f"{org.name} had {stated} {what} from {days}, within {when}, but "
                             f"{counts_text(spells)} over the whole of it; the publication date "
                             f"would settle which (source: {source})")
        return
    last = spells[-1]
    names = ", ".join(sorted(idx.country(m).name if idx.country(m) else m for m in last[2]))
    ctx.fail([claim], what=what, organisation=org.name, stated=stated, reference=counts_text(spells),
             on=f"any day of {when}", source=source,
             members=f"on {last[0].isoformat()}: {names}", why="", undated=True)
