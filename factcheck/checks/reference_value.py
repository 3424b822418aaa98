"""reference.reference-value: any attribute a user supplies (a city's area, an
official toll), compared with the fact a named entity nearby has for it, within the
fact's tolerance or the rule's.
"""
from __future__ import annotations

import re

from ..model import Claim
from ..regexwords import alternation
from ..reference import resolve
from ..reference.model import norm
from . import Context, check_type
from ._reference import _index, _note, fmt, pct, relative_diff, stated_interval, stated_text, tol_pct, within




@check_type("reference-value", defaults={
    "tolerance": 0.05, "attributes": {}, "skip": ["population", "member", "members", "name"],
    "bound_slack": 0.15, "lookback": 2, "describing_verbs": []})
def reference_value(ctx: Context) -> None:
    """Any attribute a user supplies, e.g. a city's area or an official toll.

    A quantity claim whose category (or measure) is an attribute that a named
    entity nearby has a fact for is compared with it, within the fact's
    tolerance or the rule's `tolerance` (0.05). Params: attributes (map a claim
    category to a fact attribute), skip (attributes other checks handle).
    """
    p = ctx.params
    lex = ctx.lexicon("reference")
    skip = set(p.get("skip") or ["population", "member", "members", "name"])
    amap = {norm(k): v for k, v in (p.get("attributes") or {}).items()}
    claims = [c for c in ctx.claims if c.kind == "quantity" and (c.category or c.measure)]
    if not claims:
        return
    idx = _index(ctx)
    known = _attribute_names(idx)
    tm = resolve.text_mentions(ctx.doc, idx, lex)
    for claim in claims:
        for key in (claim.category, claim.measure):
            if not key:
                continue
            attr = amap.get(norm(key), key)
            if attr in skip:
                break
            if known is not None and attr not in known:
                continue  # no entity has such a fact: no need to look for names
            res = resolve.entity_with(ctx.doc, claim, idx, lex, attr, int(p.get("lookback", 2)), tm=tm)
            if res is None:
                continue
            if _of_itself(claim, res, idx.fact(res.entity.id, attr), attr) and not _hangs_on_other(ctx, claim, res) \
                    and not _a_thing_in_it(ctx, claim, res, idx.fact(res.entity.id, attr)):
                _check_value(ctx, claim, res, idx, attr)
            break


# where a name is the figure's own: its subject, the name it hangs on, or its sentence
_OWN = ("the subject", "the figure's subject", "the name the figure is attached to", "the same sentence")


def _of_itself(claim: Claim, res: resolve.Resolution, fact, attr: str) -> bool:
    """Whether the figure measures the entity itself, not a part of it or a thing in it:
    a measure in the fact's unit ("one area we would move into" counts areas), of the
    entity named in its own sentence as its subject (not "concessions of 1,000 sq km"
    in a sentence about Teberebie, not a quake's "area of 100 square km" in a story
    that named New Zealand earlier), measuring nothing else ("155 square kilometers
    of enemy-occupied territory": the territory's area, not Iran's)."""
    if fact is not None and fact.unit and not claim.unit:
        return False
    if res.where not in _OWN:
        return False
    if claim.subject and not _words_within(norm(res.mention), norm(claim.subject)) and \
            not _words_within(norm(claim.subject), norm(res.mention)):
        return False  # the figure is about another subject ("Brazil" is no word of "the Brazilian Amazon")
    # a measurement's noun names whose it is ("of territory"); a count's, what it counts
    measured = fact is not None and fact.unit
    return not (measured and claim.measure and norm(attr) not in norm(claim.measure))


def _words_within(a: str, b: str) -> bool:
    """Whether a's words stand in b as whole words, in order."""
    return re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) is not None


def _describing(params: dict) -> re.Pattern:
    verbs = alternation(params.get("describing_verbs") or [])
    return re.compile(rf"([\w.’'-]+)(?:\s*+,)?\s++(?:(?:which|that)\s++)?{verbs}\s++[^,;.]{{0,40}}$", re.I)


def _hangs_on_other(ctx: Context, claim: Claim, res: resolve.Resolution) -> bool:
    """"blocks in the south Yellow Sea covering a total area of 44,913 sq km": a measure
    in a phrase that describes the noun before it ("covering", "which spans") is that
    noun's, not the entity's unless the noun is its name ("Kazakhstan, covering ...")."""
    m = ctx.derived("describing", lambda: _describing(ctx.params)).search(ctx.before(claim, 80))
    return bool(m) and norm(m.group(1)) not in norm(res.mention)


# the entity named as where something is, just before the figure: "the entire elephant range
# in northern Botswana of approximately 115,800 square kilometers"
_LOCATED = re.compile(r"\b(?:in|across|within|inside|throughout)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|"
                      r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|central\s+)?$", re.I)


def _a_thing_in_it(ctx: Context, claim: Claim, res: resolve.Resolution, fact) -> bool:
    """A measurement (a fact with a unit: an area, a length) of the entity named, in the
    figure's sentence before it, as the place a thing is in ("the elephant range in northern
    Botswana of 115,800 square kilometers"): the figure measures that thing, not the entity.
    (A count is said so of its place: "In Almaty, 164 people were killed" is Almaty's toll.)"""
    if fact is None or not fact.unit:
        return False
    sent = ctx.sentence(claim)
    text = ctx.doc.text
    at = text.rfind(res.mention, sent.start, claim.span[0]) if res.mention else -1
    return at >= 0 and _LOCATED.search(text, max(sent.start, at - 30), at) is not None


def _attribute_names(idx) -> frozenset[str] | None:
    """Every attribute some fact in the index has, when the index can say (then
    reference.value skips figures about anything else without reading names)."""
    names = getattr(idx, "attribute_names", None)
    return frozenset(names()) if callable(names) else None


def _check_value(ctx: Context, claim: Claim, res: resolve.Resolution, idx, attr: str) -> None:
    fact = idx.fact(res.entity.id, attr)
    if fact is None or fact.interval is None:
        return
    if fact.unit and claim.unit and norm(fact.unit) != norm(claim.unit):
        ctx.fail([claim], severity="info", reason="unit",
                 message=f"{attr} of {res.entity.name}: stated in {claim.unit}, the reference "
                         f"({fact.source}) is in {fact.unit}; a figure in {fact.unit} would settle it")
        return
    lo, hi = fact.interval
    ref = (lo + hi) / 2
    diff = relative_diff(claim, ref)
    if diff is None:
        return
    if lo != hi and stated_interval(claim) and lo <= (claim.value or lo) <= hi:
        diff = 0.0
    tol = float(fact.tolerance if fact.tolerance is not None else ctx.params.get("tolerance", 0.05))
    name = resolve.label(idx, res.entity)
    as_of = fact.as_of or "undated"
    _note(claim, entity=res.entity.id, name=name, attribute=attr, value=ref, source=fact.source,
          as_of=as_of, diff_pct=round(diff * 100, 1))
    if within(claim, diff, tol, float(ctx.params.get("bound_slack", 0.15))):
        ctx.passed(claim, f"{attr} of {name}: stated {stated_text(claim)} is {pct(diff)} from "
                          f"{fmt(ref)} ({fact.source}, as of {as_of}), within {tol_pct(tol)}")
        return
    ctx.fail([claim], attribute=attr, entity=name, stated=stated_text(claim), reference=fmt(ref),
             source=fact.source or "user reference", as_of=as_of, diff=pct(diff),
             tolerance=tol_pct(tol), why=res.explain(idx))
