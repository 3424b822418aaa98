"""reference.gdp: a country's gross domestic product in US dollars against the World
Bank series (GDP, current US$) for the year the statement speaks of (its frame's
period, else a year in its sentence, else the publication year; without a date, the
range over the window the article is judged in).

A figure is a GDP when what it counts is the economy's whole output (lexicon
reference.gdp_counts: "GDP", "gross domestic product", "economy, worth $N") as a level
in US dollars; a per-person figure or one at purchasing-power parity counts something
else (reference.gdp_other) and is left alone, as is a change ("GDP rose $5bn").
"""
from __future__ import annotations

from ..model import Claim
from ..reference import resolve
from ..reference.model import norm
from . import Context, check_type
from ._reference import (_index, _key, _normed, _note, _word_re, dated_value, pct, range_diff, side,
                         stated_text, tol_pct, tol_span, within)


@check_type("gdp", defaults={"tolerance": 0.1, "per_year": 0.08, "max_years": 5,
                            "warning_band": 2.0, "bound_slack": 0.15, "lookback": 2,
                            "approx_widen": 0.02})
def gdp(ctx: Context) -> None:
    """A stated GDP in US dollars against the World Bank's for its year.

    Bad: "Latvia's GDP reached $90 billion in 2015" (World Bank: $27.3 billion).
    Good: "Latvia's GDP reached $27 billion in 2015".

    Params: tolerance (0.1: sources and revisions differ), per_year (0.08 added per
    year between the statement's year and the nearest the series has), max_years (5:
    further apart a miss is info), warning_band (2.0: a miss within 2 x tolerance is
    a warning), bound_slack (0.15 for "more than"/"nearly"), lookback (2 sentences).
    """
    lex = ctx.lexicon("reference")
    counts = _normed(_key(lex.get("gdp_counts") or ("gdp", "gross domestic product")))
    other = _word_re(_key(lex.get("gdp_other") or ("per capita", "purchasing power")))
    claims = [c for c in ctx.claims if c.kind == "quantity" and c.unit == "USD"
              and (c.aspect or {}).get("kind", "level") == "level" and _counts_gdp(c, counts)]
    if not claims:
        return
    p = ctx.params
    idx = _index(ctx)
    tm = resolve.text_mentions(ctx.doc, idx, lex)
    for claim in claims:
        if other.search(norm(ctx.before(claim, 60) + " " + ctx.after(claim, 40))):
            continue  # GDP per head, or at purchasing-power parity: another measure
        res = resolve.place(ctx.doc, claim, idx, lex, int(p.get("lookback", 2)), attribute="gdp", tm=tm)
        if res is None or res.entity.kind != "country" or res.area:
            continue  # no country's, or an area's named after one ("the Kurdistan region of Iraq")
        _check(ctx, claim, res, idx)


def _counts_gdp(c: Claim, counts: frozenset[str]) -> bool:
    """What the figure counts is an economy's whole output: its frame's counts is one
    of gdp_counts ("GDP", "gross domestic product"), or its measure starts with one
    ("economy worth"); "oil output" or "the GDP deflator" count something else."""
    if c.counts and norm(c.counts) in counts:
        return True
    return bool(c.measure) and norm(c.measure).split(" ")[0] in counts


def _check(ctx: Context, claim: Claim, res: resolve.Resolution, idx) -> None:
    p = ctx.params
    ref = dated_value(ctx, claim, idx.facts(res.entity.id, "gdp"))
    if ref is None:
        return
    base = float(p.get("tolerance", 0.1))
    widen = []
    lo_tol = hi_tol = base
    if claim.hedge == "approx":
        lo_tol += float(p.get("approx_widen", 0.02))
        hi_tol += float(p.get("approx_widen", 0.02))
        widen.append("about")
    max_years = int(p.get("max_years", 5))
    if ref.gap:
        extra = float(p.get("per_year", 0.08)) * min(ref.gap, max_years)
        lo_tol, hi_tol = lo_tol + extra, hi_tol + extra
        widen.append(f"{ref.gap} years between {ref.asked} and the reference's {ref.year}")
    tol = (lo_tol, hi_tol)
    diff = range_diff(claim, ref.low, ref.high)
    if diff is None:
        return
    name = resolve.label(idx, res.entity)
    tol_text = tol_span(tol) + (f" ({tol_pct(base)} widened for {'; '.join(widen)})" if widen else "")
    stated = stated_text(claim)
    details = dict(entity=name, entity_id=res.entity.id, stated=f"${stated}", reference=ref.text("$"),
                   source=ref.source, as_of=ref.as_of, diff=pct(diff), diff_pct=round(diff * 100, 1),
                   tolerance=tol_text, why=res.explain(idx), reference_year=ref.year)
    _note(claim, entity=res.entity.id, name=name, attribute="gdp", value=ref.mid, source=ref.source,
          as_of=ref.as_of, diff_pct=round(diff * 100, 1))
    if within(claim, diff, tol, float(p.get("bound_slack", 0.15))):
        ctx.passed(claim, f"GDP of {name}: stated ${stated} is {pct(diff)} from {ref.text('$')} "
                          f"({ref.source}, as of {ref.as_of}), within {tol_text}")
        return
    if ref.gap > max_years:
        ctx.fail([claim], severity="info", reason="dated",
                 message=f"GDP of {name}: stated ${stated} ({ref.asked}) is {pct(diff)} from "
                         f"{ref.text('$')} ({ref.source}, as of {ref.as_of}), {ref.gap} years apart; "
                         f"a figure dated nearer would settle it", **details)
        return
    sev = ctx.rule.level
    if abs(diff) <= float(p.get("warning_band", 2.0)) * side(diff, tol) and sev == "error":
        sev = "warning"
    ctx.fail([claim], severity=sev, **details)
