"""reference.population: a stated population against the reference (GeoNames by
default), within a tolerance by kind of place, widened for "about" and for the years
between the statement and the reference. Which figures are a place's whole
population (population_cue, the possessive patterns) is decided here too.

Each finding names the source, its as-of date and the difference in percent; a
figure that holds gets a pass saying what it was checked against. When the place
is unclear the finding is info and says what would settle it.
"""
from __future__ import annotations

import re
from typing import Any

from ..model import Claim
from ..reference import resolve
from ..reference.model import Fact, norm
from . import Context, check_type
from ._reference import (_index, _key, _normed, _note, dated_value, pct, range_diff, relative_diff,
                         side, stated_text, tol_pct, tol_span, within)


@check_type("population", defaults={
    "city_tolerance": 0.10, "country_tolerance": 0.05, "other_tolerance": 0.10,
    "approx_widen": 0.02, "per_year": 0.01, "per_year_city": 0.02, "per_year_decline": 0.005,
    "max_years": 10,
    "bound_slack": 0.15, "warning_band": 2.0, "lookback": 2})
def population(ctx: Context) -> None:
    """A stated population against the reference.

    Bad: "Almaty, a city of 18 million people" (GeoNames: 1,977,011; +810%).
    Good: "The financial hub of 1.8 million people" (-9%, within 10% for a city).

    Params: city_tolerance (0.10), country_tolerance (0.05), other_tolerance (0.10),
    approx_widen (0.02, added for "about"), per_year (0.01, added per year between
    the statement's as-of year and the reference's; per_year_city 0.02 for cities,
    which grow faster; both on the side the years point to), per_year_decline (0.005,
    per year on the other side: populations shrink more slowly than they grow),
    max_years (10: further apart, a miss is info). A statement
    with no year of its own is as of the article's publication year; with no
    publication date either, the range of the series over the window the article is
    judged in (reference.window), or a snapshot at its distance from that window.
    bound_slack (0.15, extra room on a bound's own side), warning_band (2.0: a
    miss within band x tolerance is a warning, beyond it the rule's level),
    lookback (2 sentences).
    """
    p = ctx.params
    lex = ctx.lexicon("reference")
    cats = _normed(_key(p.get("categories") or lex.get("population_categories") or ("population",)))
    cues: dict[str, str] = {}
    people = ctx.derived("population_heads", lambda: frozenset(
        norm(w) for w in lex.get("population_measures", ["people", "citizens"])))
    for c in ctx.claims:
        if c.kind != "quantity":
            continue
        if c.measure and norm(c.measure).split(" ")[0] not in people:
            continue  # its noun counts something else: "families who have three children", "12.8 mln shares"
        if c.category and norm(c.category) in cats:
            cues[c.id or str(c.span)] = population_cue(ctx, c, lex)
        elif _possessive_population(ctx, c, lex):
            cues[c.id or str(c.span)] = "pattern"
        elif _named_population(ctx, c, lex):
            cues[c.id or str(c.span)] = "strong"
    if not any(v in ("strong", "weak", "pattern") for v in cues.values()):
        return
    idx = _index(ctx)
    tm = resolve.text_mentions(ctx.doc, idx, lex)
    for claim in ctx.claims:
        cue = cues.get(claim.id or str(claim.span))
        if cue not in ("strong", "weak", "pattern"):
            continue  # not a figure, a change ("grew by 50,000"), a part ("Muslim population")
            # or a village's or a camp's people ("a village of 225"): no reference place
        res = resolve.place(ctx.doc, claim, idx, lex, int(p.get("lookback", 2)), tm=tm)
        if cue == "weak" and not _plausible_population(claim, res, idx, 0.5):
            continue  # "40,000 residents of Almaty were evacuated": some of its people
        if cue == "pattern" and not _plausible_population(claim, res, idx, 0.1):
            continue  # "Almaty's 300 citizens protested": some of its people, not all
        if res is None:
            hint = resolve.kind_hint(ctx.doc, claim, lex)
            ctx.fail([claim], severity="info",
                     message=f"Population {stated_text(claim)}: no {hint or 'place'} with a "
                             f"reference population is named near it; naming the "
                             f"{hint or 'place'} would settle it",
                     reason="unresolved")
            continue
        _check_population(ctx, claim, res, idx)


def population_cue(ctx: Context, claim: Claim, lex: dict[str, Any]) -> str:
    """How surely a population-category figure is a place's whole population:
    "strong" (population of N, a city of N, home to N, N inhabitants), "change"
    (grew by N, N new residents), "part" (its Muslim population of N, a combined
    population), "locality" (a village of N, N residents of Yarmuk camp: a place
    smaller than any in the reference, whatever place is named nearby), or "weak"
    (N residents ...: checked only when near the reference).
    Patterns: lexicon reference.population_cues_*, population_change_*,
    population_part_before, population_class_before, population_locality_* (regular expressions)."""
    before, after = ctx.before(claim, 100), ctx.after(claim, 60)
    if any(x.search(before) for x in _patterns(ctx, lex, "population_change_before", re.IGNORECASE)) \
            or any(x.match(after) for x in _patterns(ctx, lex, "population_change_after", re.IGNORECASE)):
        return "change"
    if any(x.search(before) for x in _patterns(ctx, lex, "population_part_before")):
        return "part"
    if any(x.search(before) for x in _patterns(ctx, lex, "population_class_before", re.IGNORECASE)):
        return "class"  # "cities with at least 500,000 residents": a bound on each of a class
    if any(x.search(before) for x in _patterns(ctx, lex, "population_locality_before", re.IGNORECASE)) \
            or any(x.match(after) for x in _patterns(ctx, lex, "population_locality_after")):
        return "locality"
    if any(x.search(before) for x in _patterns(ctx, lex, "population_cues_before", re.IGNORECASE)) \
            or any(x.match(after) for x in _patterns(ctx, lex, "population_cues_after", re.IGNORECASE)):
        return "strong"
    return "weak"


def _patterns(ctx: Context, lex: dict[str, Any], name: str, flags: int = 0) -> tuple[re.Pattern, ...]:
    """A lexicon's list of regular expressions, compiled once per rule."""
    return ctx.derived(("patterns", name, flags),
                       lambda: tuple(re.compile(x, flags) for x in lex.get(name, ())))


def _possessive_population(ctx: Context, claim: Claim, lex: dict[str, Any]) -> bool:
    """A figure of people whose words say it is a place's whole population, whatever
    its category: "Italy's 60.4m citizens", "the 33m people of Uzbekistan", "2m people
    call Almaty home" (lexicon reference.population_before / population_after)."""
    if claim.category not in (None, "other") or not claim.measure:
        return False
    words = ctx.derived("population_measures",
                        lambda: [norm(w) for w in lex.get("population_measures", ["people", "citizens"])])
    first = norm(claim.measure).split(" ")[0]
    follows = ctx.doc.text[claim.span[1]:claim.span[1] + len(first) + 2].strip().lower()
    if first not in words or not follows.startswith(first):
        return False
    before, after = ctx.before(claim, 60), ctx.after(claim, 80)
    return any(p.search(before) for p in _patterns(ctx, lex, "population_before")) or \
        any(p.search(after) for p in _patterns(ctx, lex, "population_after"))


def _named_population(ctx: Context, claim: Claim, lex: dict[str, Any]) -> bool:
    """A bare figure (no unit, no noun of its own) that the words before it call a
    population: "the population of Latvia in 2003 was estimated ... at 2.3 million"."""
    if claim.category not in (None, "other") or claim.measure or claim.unit:
        return False
    before = ctx.before(claim, 100)
    return "populat" in before.lower() and \
        any(x.search(before) for x in _patterns(ctx, lex, "population_cues_before", re.IGNORECASE))


def _plausible_population(claim: Claim, res, idx, low: float) -> bool:
    """Between low x and 10 x the reference: a figure with only a weak sign of being
    a whole population is taken as one only then."""
    fact = idx.fact(res.entity.id, "population") if res is not None else None
    if fact is None or not fact.interval or not claim.value:
        return False
    return low <= claim.value / max(fact.interval[1], 1.0) <= 10


def _tolerance(p: dict[str, Any], kind: str, fact: Fact | None) -> float:
    if fact is not None and fact.tolerance is not None:
        return float(fact.tolerance)
    key = {"city": "city_tolerance", "country": "country_tolerance"}.get(kind, "other_tolerance")
    default = {"city_tolerance": 0.10, "country_tolerance": 0.05}.get(key, 0.10)
    return float(p.get(key, default))


def _check_population(ctx: Context, claim: Claim, res: resolve.Resolution, idx) -> None:
    p = ctx.params
    facts = idx.facts(res.entity.id, "population")
    ref = dated_value(ctx, claim, facts)
    if ref is None:
        return
    fact = idx.fact(res.entity.id, "population")
    base = _tolerance(p, res.entity.kind, fact)
    lo_tol = hi_tol = base  # how far below and above the reference the figure may be
    widen = []
    if claim.hedge == "approx":
        lo_tol += float(p.get("approx_widen", 0.02))
        hi_tol += float(p.get("approx_widen", 0.02))
        widen.append("about")
    gap, year = ref.gap, ref.year
    max_years = int(p.get("max_years", 10))
    if gap:
        # growth on the side the years point to, a smaller decline on the other:
        # a 2022 figure may be above a 2019 one, a 2009 figure below it
        grow = float(p.get("per_year_city" if res.entity.kind == "city" else "per_year", 0.01))
        shrink = float(p.get("per_year_decline", 0.005))
        years = min(gap, max_years)
        hi_tol += (grow if ref.later else shrink) * years
        lo_tol += (shrink if ref.later else grow) * years
        widen.append(f"{gap} years between {ref.asked} and the reference's {ref.year}")
    tol = (lo_tol, hi_tol)
    diff = range_diff(claim, ref.low, ref.high)
    if diff is None:
        return
    name = resolve.label(idx, res.entity)
    as_of = ref.as_of
    tol_text = tol_span(tol) + (f" ({tol_pct(base)} widened for {'; '.join(widen)})" if widen else "")
    why = res.explain(idx)
    stated, ref_text, diff_text, diff_pct = stated_text(claim), ref.text(), pct(diff), round(diff * 100, 1)
    details = dict(entity=name, entity_id=res.entity.id, stated=stated,
                   reference=ref_text, source=ref.source, as_of=as_of, diff=diff_text,
                   diff_pct=diff_pct, tolerance=tol_text, why=why,
                   statement_year=ref.want)
    _note(claim, entity=res.entity.id, name=name, attribute="population", value=ref.mid,
          source=ref.source, as_of=as_of, diff_pct=diff_pct,
          tolerance_pct=round(max(tol) * 100, 1), resolution=why)
    slack = float(p.get("bound_slack", 0.15))
    if within(claim, diff, tol, slack):
        ctx.passed(claim, f"population of {name}: stated {stated} is {diff_text} "
                          f"from {ref_text} ({ref.source}, as of {as_of}), within {tol_text}; "
                          f"entity: {why}")
        return
    if gap > max_years:  # populations change: a figure this far apart cannot say it is wrong
        ctx.fail([claim], severity="info", reason="dated",
                 message=f"Population of {name}: stated {stated} ({ref.asked}) is {diff_text} "
                         f"from {ref_text} ({ref.source}, as of {as_of}), {gap} years apart; a "
                         f"population figure dated nearer would settle it",
                 **details)
        return
    alt = [e for e in res.others if _holds(claim, idx, e, tol, slack)]
    if alt:
        ctx.fail([claim], severity="info", reason="ambiguous",
                 message=f"Population of {name} (the most populous place named "
                         f"\"{res.mention}\"): stated {stated} is {diff_text} from "
                         f"{ref_text} ({ref.source}, as of {as_of}), but it fits "
                         f"{resolve.label(idx, alt[0])}; naming the country would settle it",
                 **details)
        return
    band = float(p.get("warning_band", 2.0))
    sev = ctx.rule.level
    if abs(diff) <= band * side(diff, tol) and sev == "error":
        sev = "warning"
    ctx.fail([claim], severity=sev, **details)


def _holds(claim: Claim, idx, ent, tol: float, slack: float) -> bool:
    f = idx.fact(ent.id, "population")
    if not f or not f.interval:
        return False
    d = relative_diff(claim, sum(f.interval) / 2)
    return d is not None and within(claim, d, tol, slack)

