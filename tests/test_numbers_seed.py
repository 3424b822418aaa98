"""The seed article's figures, read by the extractor and through factcheck.check()."""
from __future__ import annotations

import pytest

import factcheck
from factcheck.extract import link, numbers
from factcheck.pipeline import make_document
from factcheck.settings import Settings

SEED_DATE = "2022-01-13"


@pytest.fixture(scope="module")
def seed_claims(seed_text):
    settings = Settings()
    doc = make_document(seed_text, SEED_DATE, settings=settings)
    claims, _ = numbers.extract(doc, settings.ruleset())
    link.link(doc, claims, settings.ruleset())
    return {c.text: c for c in claims}


@pytest.fixture(scope="module")
def report(seed_text):
    return factcheck.check(seed_text, published=SEED_DATE)


def _q(report, text):
    found = [c for c in report.claims if c.kind == "quantity" and c.text == text]
    assert found, f"no quantity claim {text!r}"
    return found[0]


def test_extractor_finds_exactly_the_five_seed_figures(seed_claims):
    assert sorted(seed_claims) == sorted(
        ["six", "1.8 million", "$2-3 billion", "at least 12,000", "at least three"])


def test_six_member_countries_of_the_csto(report):
    c = _q(report, "six")
    assert (c.value, c.low, c.high, c.hedge, c.unit) == (6, 6, 6, "exact", None)
    assert (c.measure, c.category, c.subject) == ("member countries", "members", "CSTO")


def test_almaty_population(report):
    c = _q(report, "1.8 million")
    assert (c.value, c.hedge, c.unit) == (1_800_000, "exact", None)
    assert (c.measure, c.category, c.subject) == ("people", "population", "Almaty")


def test_damage_range_in_dollars_with_could(report):
    c = _q(report, "$2-3 billion")
    assert (c.value, c.low, c.high, c.hedge, c.unit) == (None, 2e9, 3e9, "range", "USD")
    assert (c.modality, c.measure, c.category) == ("could", "economic damage", "damage")


def test_at_least_12000_detained(report):
    c = _q(report, "at least 12,000")
    assert (c.value, c.low, c.high, c.hedge) == (12000, 12000, None, "at_least")
    assert (c.measure, c.category) == ("people detained", "detentions")


def test_at_least_three_journalists(report):
    c = _q(report, "at least three")
    assert (c.low, c.high, c.hedge, c.measure) == (3, None, "at_least", "journalists")


def test_seed_spans_cover_the_figure_text(seed_text, report):
    for c in report.claims:
        assert seed_text[c.span[0]:c.span[1]] == c.text


def test_seed_leaves_no_number_unparsed(report):
    assert report.coverage.unparsed == ()


def test_seed_quantity_json_has_contract_fields(report):
    d = _q(report, "$2-3 billion").to_dict()
    assert (d["low"], d["high"], d["value"], d["unit"]) == (2000000000, 3000000000, None, "USD")
