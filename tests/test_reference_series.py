"""Issue 14: reference values over time. Country populations are World Bank series
(1960-2024, seeds/reference/world-bank); a figure is compared with the value of the
year it speaks of, the nearest year when the series lacks it (tolerance widened,
the year named). A user's facts can be dated series too."""
from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference import default_index, load_path
from factcheck.reference.loader import ReferenceError
from factcheck.settings import Settings

SETTINGS = Settings(db="")


def population(text: str, published=None, settings=SETTINGS):
    rep = check(text, published=published, settings=settings)
    found = [f for f in rep.findings if f.rule == "reference.population"]
    held = [k.detail for c in rep.claims for k in c.checks
            if k.rule == "reference.population" and k.outcome == "pass"]
    return found, held


def test_world_bank_series_are_vendored_with_their_source():
    idx = default_index()
    facts = idx.facts("iso:LV", "population")
    years = sorted(f.as_of_year for f in facts)
    assert years[0] == 1960 and years[-1] == 2024
    f = next(f for f in facts if f.as_of_year == 2001)
    assert f.value == 2337170 and "World Bank" in f.source and "PDDL" in f.source
    assert idx.fact("iso:KZ", "gdp").unit == "USD"
    assert not idx.lookup("World") or all(e.kind != "country" for e in idx.lookup("World"))


def test_a_figure_is_compared_with_its_own_years_value():
    [f], _ = population("Latvia's population was put at 7 million in 2001.", "2005-03-01")
    assert f.severity == "error" and f.details["as_of"] == "2001" and "2,337,170" in f.message
    found, held = population("Latvia's population was put at 2.3 million in 2001.", "2005-03-01")
    assert found == [] and "as of 2001" in held[0]


def test_a_statement_without_a_year_takes_the_publication_year():
    # "India's population of about 1.1 billion": right in 2005, far off in 2024
    t = "India's population of about 1.1 billion is growing."
    assert population(t, "2005-06-01")[0] == []
    [f], _ = population(t, "2024-06-01")
    assert f.severity == "error" and f.details["as_of"] == "2024"


def test_a_future_year_uses_the_last_year_widened_and_named():
    found, [held] = population("Kazakhstan, a country of 21 million people, asked for help.", "2026-01-13")
    assert found == []
    assert "as of 2024, the nearest year the series has to 2026" in held
    assert "2 years between" in held


def test_a_missing_year_uses_the_nearest_widened_and_named(tmp_path):
    (tmp_path / "almaty.yaml").write_text(
        "source: City statistics (test)\nattribute: population\nfacts:\n"
        "  - {entity: Almaty, country: KZ, series: {2009: 1365632, 2019: 1916822}}\n", encoding="utf-8")
    st = Settings(db="", reference_dirs=(str(tmp_path),))
    found, [held] = population("Almaty had 1.4 million inhabitants in 2009.", "2012-01-01", st)
    assert found == [] and "as of 2009" in held and "City statistics" in held
    # 2011: the series lacks it; 2009 is nearest, two years of growth allowed
    found, [held] = population("Almaty had 1.45 million inhabitants in 2011.", "2012-01-01", st)
    assert found == [] and "the nearest year the series has to 2011" in held and "2 years between" in held
    [f], _ = population("Almaty had 2.9 million inhabitants in 2011.", "2012-01-01", st)
    assert f.severity == "error" and "nearest year the series has to 2011" in f.message


def test_a_series_must_map_years_to_values(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("facts:\n  - {entity: Almaty, attribute: population, series: {twenty: 1}}\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match="not a year"):
        load_path(p)
    p.write_text("facts:\n  - {entity: Almaty, attribute: population, series: [1, 2]}\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match="map years to values"):
        load_path(p)


def test_of_two_places_of_one_name_the_most_populous_unless_the_text_says():
    found, [held] = population("Paris, a city of 2.1 million people, woke up.", "2019-05-01")
    assert found == [] and "Paris, France" in held
    found, [held] = population("Paris, Texas, a city of 25,000 people, woke up.", "2019-05-01")
    assert found == [] and "Paris, United States" in held


def test_a_place_mentioned_beside_the_subject_is_not_the_subject():
    t = "Macao, located across the Pearl River estuary from Hong Kong, has a population of about 650,000."
    found, [held] = population(t, "2019-05-01")
    assert found == [] and "Macao" in held and "Hong Kong" not in held.split("entity:")[0]
    found, [held] = population("Kazakhstan, slightly larger than France, has a population of "
                               "18.5 million.", "2019-05-01")
    assert found == [] and "Kazakhstan" in held


def test_geonames_findings_say_they_use_one_snapshot():
    [f], _ = population("Almaty, a city of 18 million people, was calm.", "2020-01-01")
    assert "one snapshot" in f.message
