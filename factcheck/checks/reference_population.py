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
from dataclasses import replace
from typing import Any

from ..model import Claim
from ..extract.link.category import of_things
from ..reference import resolve
from ..reference.model import Fact, norm
from . import Context, check_type
from ._reference import (_index, _key, _normed, _note, dated_value, pct, range_diff, relative_diff,
                         side, stated_text, tol_pct, tol_span, within)


@check_type("population", defaults={
    "city_tolerance": 0.10, "country_tolerance": 0.05, "other_tolerance": 0.10,
    "approx_widen": 0.02, "per_year": 0.01, "per_year_city": 0.02, "per_year_decline": 0.005,
    "max_years": 10,
    "bound_slack": 0.15, "near_band": 2.0, "city_bounds": 2.0, "lookback": 2})
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
    bound_slack (0.15, extra room on a bound's own side), near_band (2.0: a miss
    within band x tolerance is info: another source's count or another year's, such as
    a census against the World Bank's modelled series, more often than a mistake),
    city_bounds (2.0: a city's figure within this factor of the reference is info: a
    city is counted within several bounds, city proper, municipality, metropolitan
    area, and the reference does not say which: "Lima, of 10 million inhabitants" is
    the metropolitan area, GeoNames' 7.7 million the city), lookback (2 sentences).
    Beyond both, the rule's level. Both info readings are for the packaged references
    (GeoNames, the World Bank seeds); against a user's own fact, a miss within near_band
    x tolerance is a warning and a larger one the rule's level.

    Not the place's population, whatever is named nearby: an area named after it ("the
    coastal region of Valparaíso", "Greater London": info, not compared) and a thing that
    is home to people ("The apartment block was home to about 1,100 people": not checked).
    A floor of where people live above a city's own count ("more than 1 million people live
    in Mbandaka", GeoNames 455,011) is info: the city's count is a floor of the city with
    its suburbs too, and two floors cannot contradict each other.
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
    if not any(v in ("strong", "weak", "pattern", "area") for v in cues.values()):
        return
    idx = _index(ctx)
    tm = resolve.text_mentions(ctx.doc, idx, lex)
    for claim in ctx.claims:
        cue = cues.get(claim.id or str(claim.span))
        if cue not in ("strong", "weak", "pattern", "area"):
            continue  # not a figure, a change ("grew by 50,000"), a part ("Muslim population")
            # or a village's, a camp's, a building's people ("a village of 225", "the
            # apartment block was home to 1,100"): no reference place
        if _SIZE_CLASS.search(ctx.doc.text, claim.span[0], claim.span[1] + 24):
            continue  # "every city agency covering a population of 1,000,000 or more": a size
            # that picks places out, no place's count
        res = resolve.place(ctx.doc, claim, idx, lex, int(p.get("lookback", 2)), tm=tm)
        if _own_place_unknown(claim, res, ctx.before(claim, 80)):
            # "Augathella (population 450), Doug and Rachelle Cameron": Augathella's, not Cameron's
            _unresolved(ctx, claim, f"{claim.subject}, the place it names, has no reference population "
                                    f"(a place smaller than any the reference holds, or a name it does not "
                                    f"know); nothing nearby is taken for it")
            continue
        if res is not None and (cue == "area" or res.area):
            _area_note(ctx, claim, res, idx)
            continue
        if cue == "area":
            continue
        if cue == "weak" and (not _plausible_population(claim, res, idx, 0.5)
                              or _PEOPLE_DO.match(ctx.after(claim, 40)) and not _OWNER_BEFORE.search(ctx.before(claim, 30))):
            continue  # "40,000 residents of Almaty were evacuated": some of its people; "Puttalam,
            # where 135,922 people are struggling amid flooding": those something befell
        if cue == "pattern" and not _plausible_population(claim, res, idx, 0.1):
            continue  # "Almaty's 300 citizens protested": some of its people, not all
        if res is not None and _below_floor(claim, res, idx):
            # "Sulphur, a town of about 5,000 people" (Oklahoma): the reference's cities start at
            # 15,000, so the one it names is a namesake (Sulphur, Louisiana), not this town
            _unresolved(ctx, claim, f"a place of {stated_text(claim)} is smaller than any city the reference "
                                    f"holds (from {_city_floor():,}); {res.mention} there is another place of that name")
            continue
        if res is not None and res.entity.kind != "country" and _NATIONAL.search(ctx.before(claim, 100)):
            _unresolved(ctx, claim, f"a national population, and no country is named near it "
                                    f"({res.mention} is not one)")
            continue
        smaller = _smaller_place(ctx, claim) if res is not None and res.entity.kind == "country" \
            and (claim.subject_via == "previous sentence" or res.where.endswith("before")) else None
        if smaller:
            # "The canoes set sail from Senegal. ... the westernmost island of the archipelago ...,
            # with 11,423 inhabitants": the island's people, not the country named before (by
            # the frame or by the resolver: "BAM, Iran -- ... a reliable death toll in the city of 80,000")
            _unresolved(ctx, claim, f"its sentence speaks of \"{smaller}\", not of {res.mention}, named "
                                    f"before it; naming the place would settle it")
            continue
        if res is not None and _owner_unknown(claim, res, idx):
            # "the neighbouring city Donggala, home to nearly 300,000 people" with Jakarta named
            # before it: Donggala's, which the reference lacks; Jakarta is only nearby
            _unresolved(ctx, claim, f"{claim.subject}, which its sentence gives as its owner, has no "
                                    f"reference population; {res.mention}, named in {res.where}, is not "
                                    f"taken for it")
            continue
        if res is None:
            hint = resolve.kind_hint(ctx.doc, claim, lex) or "place"
            _unresolved(ctx, claim, f"no {hint} with a reference population is named near it; "
                                    f"naming the {hint} would settle it")
            continue
        _check_population(ctx, claim, _country_said(ctx, claim, res, idx, lex), idx)


def _smaller_place(ctx: Context, claim: Claim) -> str | None:
    """A place smaller than a country its sentence speaks of before the figure (lexicon
    reference.population_smaller_place: "the westernmost island", "this village")."""
    s = ctx.sentence(claim)
    text = ctx.doc.text
    for rx in _patterns(ctx, ctx.lexicon("reference"), "population_smaller_place", re.IGNORECASE):
        m = rx.search(text, s.start, claim.span[0])
        if m:
            return m.group()
    return None


def _unresolved(ctx: Context, claim: Claim, why: str) -> None:
    """An info finding: the figure's place has no reference population, and why."""
    ctx.fail([claim], severity="info", message=f"Population {stated_text(claim)}: {why}", reason="unresolved")


def _own_place_unknown(claim: Claim, res, before: str) -> bool:
    """The figure names its own place in apposition ("Augathella (population 450)", "Yerevan,
    a city of 1.1 million"), as the subject of "is a town of" ("Grindavik is a town of
    3,800 people ... southwest of Reykjavik") or as the owner of "'s population" ("Nelson
    Mandela Bay's population"), and the place resolved is another name or none: the
    reference lacks the figure's place (a town smaller than any it holds), so no other
    place nearby is its place."""
    if not claim.subject:
        return False
    name = re.escape(claim.subject)
    if claim.subject_via != "apposition" and not re.search(
            rf"\b{name}\s+(?:is|was|remains)\s+(?:an?|the)\b[^.,;]{{0,40}}\bof\s+(?:[a-z]+\s+)?$", before) \
            and not re.search(rf"\b{name}['’]s?\s+(?:[a-z]+\s+){{0,2}}population\b", before):
        return False  # ("Nelson Mandela Bay's population had reached over 1.15 million": its owner)
    if res is None:
        return True  # (no other name nearby, nor its own, is a reference place)
    said, found = claim.subject.lower(), res.mention.lower()
    return said not in found and found not in said


# a population said to be a country's whole: no city's ("The national population in July
# 2023 was estimated at 334,914,895" after "New York lost more than 100,000 residents")
_NATIONAL = re.compile(r"\b(?:national|nationwide|country['’]s|nation['’]s)\s+population\b", re.IGNORECASE)

# where a resolver's place is the figure's own: the name it hangs on or its clause's subject
_OWN_PLACE = ("the name the figure is attached to", "the subject", "the figure's subject")


def _owner_unknown(claim: Claim, res, idx) -> bool:
    """The frame gives the figure an owner in its own sentence ("the neighbouring city
    Donggala, home to nearly 300,000 people"; "second only to California, which has just
    under 39 million residents") that the reference has no population for, and the place
    resolved is merely another name nearby (Jakarta before it; "the U.S." a sentence
    before): two readings of whose figure it is disagree, and the one the reference could
    judge is the weaker, so nothing is compared."""
    if not claim.subject or claim.subject_via in (None, "previous sentence", "heading") \
            or res.where in _OWN_PLACE:
        return False
    said, found = claim.subject.lower(), res.mention.lower()
    if said in found or found in said:
        return False
    ents = idx.lookup(claim.subject)
    place = res.entity
    if any(e.kind == "region" and e.region and e.region == place.region
           or e.kind == "country" and e.country == place.country for e in ents):
        return False  # "Paris, Texas, a city of 25,000": the name only locates the place resolved
    return not any(idx.fact(e.id, "population") for e in ents)


def population_cue(ctx: Context, claim: Claim, lex: dict[str, Any]) -> str:
    """How surely a population-category figure is a place's whole population:
    "strong" (population of N, a city of N, home to N, N inhabitants), "change"
    (grew by N, N new residents), "part" (its Muslim population of N, a combined
    population, home to N registered refugees), "locality" (a village of N, N residents of Yarmuk camp: a place
    smaller than any in the reference, whatever place is named nearby), or "weak"
    (N residents ...: checked only when near the reference), "area" (a region, a
    metropolitan area: "Tigray, a region of 6 million", "the coastal region of Valparaíso,
    home to almost a million") or "thing" ("The apartment block was home to 1,100 people":
    a clause whose subject is a common noun, not a place noun; see _clause_subject), or
    "rate" ("40.7 homicides per 100,000 inhabitants": the base of a rate).
    Patterns: lexicon reference.population_rate_before, population_cues_*, population_change_*,
    population_part_*, population_class_before, population_locality_*,
    population_subject_before, population_area_before (regular expressions; {place_nouns} and
    {area_nouns} in them stand for those word lists)."""
    before, after = ctx.before(claim, 100), ctx.after(claim, 60)
    if any(x.search(before) for x in _patterns(ctx, lex, "population_rate_before", re.IGNORECASE)):
        return "rate"  # "40.7 homicides per 100,000 inhabitants": the base of a rate, no place's people
    if any(x.search(before) for x in _patterns(ctx, lex, "population_change_before", re.IGNORECASE)) \
            or any(x.match(after) for x in _patterns(ctx, lex, "population_change_after", re.IGNORECASE)):
        return "change"
    if any(x.search(before) for x in _patterns(ctx, lex, "population_part_before")) \
            or any(x.match(after) for x in _patterns(ctx, lex, "population_part_after")):
        return "part"
    if any(x.search(before) for x in _patterns(ctx, lex, "population_class_before", re.IGNORECASE)):
        return "class"  # "cities with at least 500,000 residents": a bound on each of a class
    if any(x.search(before) for x in _patterns(ctx, lex, "population_locality_before", re.IGNORECASE)) \
            or any(x.match(after) for x in _patterns(ctx, lex, "population_locality_after")):
        return "locality"
    subject = _clause_subject(ctx, lex, before)
    if subject is not None:
        return subject
    if any(x.search(before) for x in _patterns(ctx, lex, "population_area_before", re.IGNORECASE)):
        return "area"  # "Tigray, a region of 6 million"
    if any(x.search(before) for x in _patterns(ctx, lex, "population_cues_before", re.IGNORECASE)) \
            or any(x.match(after) for x in _patterns(ctx, lex, "population_cues_after", re.IGNORECASE)):
        return "strong"
    return "weak"


def _clause_subject(ctx: Context, lex: dict[str, Any], before: str) -> str | None:
    """When a noun phrase of common nouns is home to or has the figure (lexicon
    reference.population_subject_before), what its last noun names: a place the reference
    counts ("strong": "The city is home to 410,000 people" is the place named before), an
    area ("area": "the coastal region of Valparaíso, home to almost a million") or a thing
    ("thing": "The apartment block was home to about 1,100 people", no named place's
    population). None when no such phrase is the subject."""
    for x in _patterns(ctx, lex, "population_subject_before"):
        found = x.search(before)
        if found is None:
            continue
        head = found.group("head").lower()
        places, areas = ctx.derived("population_subject_nouns", lambda: (
            _heads(lex.get("place_nouns")), _heads(lex.get("area_nouns"))))
        if head in places:
            return "strong"
        if head in areas or (head.endswith("s") and head[:-1] in areas):
            return "area"
        return "thing"
    return None


def _area_phrase(ctx: Context, claim: Claim, lex: dict[str, Any]) -> str:
    """The words before a figure that make it an area's ("the coastal region of Valparaíso",
    "a region of"), as population_cue found them."""
    before = ctx.before(claim, 100)
    for name in ("population_subject_before", "population_area_before"):
        for x in _patterns(ctx, lex, name, 0 if name == "population_subject_before" else re.IGNORECASE):
            found = x.search(before)
            if found:
                end = found.start("head") + len(found.group("head")) if "head" in x.groupindex else found.end()
                return re.sub(r"\s+of$", "", " ".join(before[found.start():end].split()).rstrip(" ,"))
    return "an area"


def _heads(words) -> frozenset[str]:
    """The last word of each noun of a lexicon list ("metropolitan area" -> "area")."""
    return frozenset(str(w).split()[-1].lower() for w in words or () if str(w).split())


def _patterns(ctx: Context, lex: dict[str, Any], name: str, flags: int = 0) -> tuple[re.Pattern, ...]:
    """A lexicon's list of regular expressions, compiled once per rule; a word list of the
    lexicon named in braces ("{place_nouns}") stands for any of its words (resolve.expand)."""
    return ctx.derived(("patterns", name, flags), lambda: resolve.patterns(lex, name, flags))


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


# a bound written after the figure: "1,000,000 or more", "50,000 and above" (not "more than 1
# million", a floor of one place's count)
_SIZE_CLASS = re.compile(r"\d[\d,.]*+(?:\s++(?:million|billion|mln|thousand|m))?\s++(?:or|and)\s++(?:more|above|over|greater|larger|higher)\b", re.I)


def _place_words(ctx: Context, lex: dict[str, Any]) -> frozenset[str]:
    """reference.yaml place_nouns and area_nouns, lower-cased (made once per run)."""
    return ctx.derived("population_place_words", lambda: frozenset(
        str(w).lower() for w in (lex.get("place_nouns") or []) + (lex.get("area_nouns") or [])))


def _named_population(ctx: Context, claim: Claim, lex: dict[str, Any]) -> bool:
    """A bare figure (no unit, no noun of its own) that the words before it call a
    population: "the population of Latvia in 2003 was estimated ... at 2.3 million"."""
    if claim.category not in (None, "other") or claim.measure or claim.unit:
        return False
    before = ctx.before(claim, 100)
    return "populat" in before.lower() and not of_things(before, ctx.people_nouns() | _place_words(ctx, lex)) and \
        any(x.search(before) for x in _patterns(ctx, lex, "population_cues_before", re.IGNORECASE))


def _area_note(ctx: Context, claim: Claim, res: resolve.Resolution, idx) -> None:
    """Info: the figure is an area's around, beyond or within the place named ("the coastal
    region of Valparaíso", "Greater London", "Tigray, a region of 6 million"), which the
    reference does not count; the place's own figure would not judge it."""
    fact = idx.fact(res.entity.id, "population")
    own = f" ({fact.value:,.0f}, {fact.source})" if fact is not None and fact.value else ""
    what = f"\"{res.area or _area_phrase(ctx, claim, ctx.lexicon('reference'))}\""
    ctx.fail([claim], severity="info", reason="area",
             message=f"Population {stated_text(claim)}: of {what}, an area around, beyond or "
                     f"within {resolve.label(idx, res.entity)}, not the place the reference "
                     f"counts{own}; not compared (a reference figure for the area would settle it)",
             entity=resolve.label(idx, res.entity), entity_id=res.entity.id,
             stated=stated_text(claim), area=res.area or "", why=res.explain(idx))


# the people of a weak cue ("N people") then do or undergo something: a count of those
# people, not the place's ("135,922 people are struggling", "2,000 residents were evacuated");
# a verb of living ("people live in") is a strong cue, read before. Not after an owner: "Minsk's
# 1.7 million residents were told to stay indoors" are all of Minsk's (_OWNER_BEFORE)
_PEOPLE_DO = re.compile(r"\s+(?:people|persons|residents|inhabitants|citizens|locals)\s+"
                        r"(?:are|were|was|is|have|has|had|remain|remained|will|would|could|may|must|"
                        r"[a-z]+ed|[a-z]+ing)\b", re.I)


_OWNER_BEFORE = re.compile(r"[’']s\s+(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|"
                           r"just\s+over|just\s+under)\s+)?$", re.I)


def _city_floor() -> int:
    """The smallest city population the packaged GeoNames reference holds."""
    from ..reference import defaults
    return int((defaults.sources().get("geonames") or {}).get("min_city_population", 15000))


def _below_floor(claim: Claim, res, idx) -> bool:
    """A city's stated population under half the smallest the packaged reference holds, and
    the city it resolved to at most ten times that: the place itself cannot be in the
    reference, so that city is a namesake of the same small scale ("Sulphur, a town of about
    5,000": Sulphur, Louisiana, 20,189). Far below the city it names ("Almaty, a city of
    1,800") a scale word is likelier lost: that stays a finding."""
    high = claim.high if claim.high is not None else claim.value
    if res.entity.kind != "city" or not high or not idx.packaged(res.entity.id, "population") \
            or high >= _city_floor() / 2:
        return False
    fact = idx.fact(res.entity.id, "population")
    return fact is not None and bool(fact.interval) and fact.interval[1] <= 10 * high


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


def _country_said(ctx: Context, claim: Claim, res: resolve.Resolution, idx, lex) -> resolve.Resolution:
    """"The country of more than 270 million people" after a city named ("felt in Jakarta"):
    the words say a country's population, the city says which, its country."""
    before = ctx.before(claim, 60)
    if res.entity.kind != "city" \
            or not any(x.search(before) for x in _patterns(ctx, lex, "population_country_before", re.IGNORECASE)):
        return res
    country = idx.country(res.entity.country)
    if country is None:
        return res
    return replace(res, entity=country, area=None,
                   why=f"the country of {res.entity.name}, the words before the figure naming a country's")


# one digit and a scale word: "3 million", "8 billion", "2 mln" (not "30 million", "3.4 million")
_ONE_DIGIT = re.compile(r"(?:about|around|some|nearly|almost|roughly|over|more\s+than|\W)*[1-9]\s*(?:million|billion|mln|bln|bn|m)\b", re.I)


def _one_digit_half(claim: Claim) -> float:
    """For a population said to one digit with a scale word ("3 million"), the half unit of
    that digit as a fraction of the figure (1/6 for 3): the figure stands for what rounds to
    it, which the tolerance takes in; else 0."""
    v = claim.value if claim.value is not None else claim.low
    if not v or not _ONE_DIGIT.fullmatch(claim.text.strip()):
        return 0.0
    digit = int(next(ch for ch in claim.text if ch.isdigit()))
    return 0.5 / digit


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
    half = _one_digit_half(claim)
    if half:  # "Uruguay's 3 million people": one digit said, what rounds to it (2.5 to 3.5 million)
        lo_tol += half
        hi_tol += half
        widen.append(f"{claim.text} said to one digit")
    gap = ref.gap
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
    if diff > 0 and claim.hedge == "at_least" and res.entity.kind == "city" and _residence(ctx, claim):
        # "more than 1 million people live in Mbandaka" (city proper 455,011): where people
        # live may be the city with its suburbs, and the city's own count is only a floor of
        # that; a floor above a floor contradicts nothing
        ctx.fail([claim], severity="info", reason="urban area",
                 message=f"Population of {name}: stated {stated} is {diff_text} from "
                         f"{ref_text} ({ref.source}, as of {as_of}), the city's own count; said "
                         f"of where people live, it may count the city with its suburbs, of "
                         f"which that count is only a floor; a figure for the urban area would "
                         f"settle it",
                 **details)
        return
    packaged = idx.packaged(res.entity.id, "population")  # (a user's own fact is their authority)
    if packaged and abs(diff) <= float(p.get("near_band", 2.0)) * side(diff, tol):
        # near the reference: a census against a modelled series, a revision, another year
        ctx.fail([claim], severity="info", reason="near",
                 message=f"Population of {name}: stated {stated} is {diff_text} from {ref_text} "
                         f"({ref.source}, as of {as_of}), outside {tol_text} but near it: another "
                         f"source's count or another year's figure is likelier than a mistake; "
                         f"entity: {why}", **details)
        return
    bounds = float(p.get("city_bounds", 2.0))
    if packaged and res.entity.kind == "city" and 1 / bounds <= 1 + diff <= bounds:
        ctx.fail([claim], severity="info", reason="bounds",
                 message=f"Population of {name}: stated {stated} is {diff_text} from {ref_text} "
                         f"({ref.source}, as of {as_of}); a city is counted within several bounds "
                         f"(city proper, municipality, metropolitan area) and the reference does not "
                         f"say which: within a factor of {bounds:g}, a figure for the same bounds "
                         f"would settle it; entity: {why}", **details)
        return
    sev = ctx.rule.level
    if abs(diff) <= float(p.get("near_band", 2.0)) * side(diff, tol) and sev == "error":
        sev = "warning"  # a user's fact: near it is a warning
    ctx.fail([claim], severity=sev, **details)


def _residence(ctx: Context, claim: Claim) -> bool:
    """Whether the words around the figure say where people live ("N people live in X",
    "X, home to N", "N people call X home"; lexicon reference.population_residence_*)
    rather than what the city counts ("a city of N", "the population of X", "The city of
    Kolkata is home to N")."""
    lex = ctx.lexicon("reference")
    before, after = ctx.before(claim, 60), ctx.after(claim, 60)
    if _clause_subject(ctx, lex, ctx.before(claim, 100)) == "strong":
        return False  # "The city of Kolkata is home to ...": what the city itself has
    return any(x.search(before) for x in _patterns(ctx, lex, "population_residence_before", re.IGNORECASE)) \
        or any(x.match(after) for x in _patterns(ctx, lex, "population_residence_after", re.IGNORECASE))


def _holds(claim: Claim, idx, ent, tol: float, slack: float) -> bool:
    f = idx.fact(ent.id, "population")
    if not f or not f.interval:
        return False
    d = relative_diff(claim, sum(f.interval) / 2)
    return d is not None and within(claim, d, tol, slack)

