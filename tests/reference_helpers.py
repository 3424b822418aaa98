"""Helpers for the reference tests: hand-built quantity claims run through one rule."""
from __future__ import annotations

from dataclasses import replace

from factcheck.checks import CHECK_TYPES, Context, load_check_modules
from factcheck.model import Claim
from factcheck.pipeline import make_document
from factcheck.settings import Settings

SEED_SENTENCES = (
    "The decision to dispatch troops was a first for the Moscow-led Collective Security Treaty "
    "Organisation (CSTO), an alliance of ex-Soviet states.\n"
    "At a ceremony marking the end of the mission, soldiers lined up as anthems from each of the "
    "{members} member countries were played before official speeches.\n"
    "During his first visit to Kazakhstan’s main city Almaty on Wednesday, Tokayev praised the "
    "“psychological importance” of the CSTO mission.\n"
    "The financial hub of {people} people was devastated during clashes.\n"
)


def quantity(text: str, snippet: str, value: float | None, *, nth: int = 0, **fields) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(snippet, start + 1)
    hedge = fields.pop("hedge", "exact")
    low = fields.pop("low", value if hedge in ("exact", "approx", "at_least") else None)
    high = fields.pop("high", value if hedge in ("exact", "approx", "at_most") else None)
    return Claim(kind="quantity", text=snippet, span=(start, start + len(snippet)), value=value,
                 low=low, high=high, hedge=hedge, **fields)


def run_rule(rule_id: str, text: str, claims: list[Claim], *, published="2022-01-13",
             settings: Settings | None = None, **params) -> Context:
    settings = settings or Settings(db="")
    load_check_modules()
    ruleset = settings.ruleset()
    rule = ruleset.rule(rule_id)
    if params:
        rule = replace(rule, params={**rule.params, **params})
    doc = make_document(text, published, settings=settings)
    for i, c in enumerate(claims, 1):
        c.id = f"c{i}"
        c.sentence = doc.sentence_at(c.span[0]).index
    ctx = Context(doc, claims, rule, ruleset, settings)
    CHECK_TYPES[rule.extends](ctx)
    return ctx
