"""The seed article through factcheck.check(): the reference checks on real extracted claims."""
from __future__ import annotations


import pytest

from factcheck import check
from factcheck.settings import Settings
from conftest import SEED_DATE


def run(text: str, settings: Settings | None = None):
    return check(text, published=SEED_DATE, settings=settings or Settings(db=""))


def claim(report, text):
    [c] = [c for c in report.claims if c.text == text]
    return c


def outcomes(c, rule):
    return [k.outcome for k in c.checks if k.rule == rule]


@pytest.fixture(scope="module")
def report(seed_text):
    return run(seed_text)


def test_almaty_population_passes_at_city_tolerance(report):
    c = claim(report, "1.8 million")
    assert outcomes(c, "reference.population") == ["pass"]
    assert c.to_dict()["reference"]["entity"] == "geonames:1526384"
    assert not [f for f in report.findings if f.rule.startswith("reference.")]


def test_almaty_population_is_near_at_five_percent(seed_text, tmp_path):
    rules = tmp_path / "rules" / "checks"
    rules.mkdir(parents=True)
    (rules / "population.yaml").write_text(
        "id: reference.population\nextends: population\nlevel: error\n"
        "message: \"population of {entity}: stated {stated} is {diff} from {reference} "
        "({source}, as of {as_of}); tolerance {tolerance}\"\n"
        "params: {city_tolerance: 0.05}\nexamples: {fail: [{text: x}]}\n", encoding="utf-8")
    r = run(seed_text, Settings(db="", rules_dirs=(str(tmp_path / "rules"),)))
    [f] = [f for f in r.findings if f.rule == "reference.population"]
    assert f.severity == "info"  # -9%: outside 5% but within 2 x 5%
    assert "-9.0%" in f.message and "1,977,011" in f.message and "2019" in f.message
    assert "GeoNames" in f.message


def test_six_member_countries_pass(report):
    c = claim(report, "six")
    assert outcomes(c, "reference.membership-count") == ["pass"]


def test_eighteen_million_people_is_flagged(seed_text):
    r = run(seed_text.replace("1.8 million people", "18 million people"))
    [f] = [f for f in r.findings if f.rule == "reference.population"]
    assert f.severity == "error" and "+810.5%" in f.message


def test_seven_member_countries_is_flagged(seed_text):
    r = run(seed_text.replace("six member countries", "seven member countries"))
    [f] = [f for f in r.findings if f.rule == "reference.membership-count"]
    assert f.severity == "error" and "had 6 member countries on 2022-01-13, not 7" in f.message
