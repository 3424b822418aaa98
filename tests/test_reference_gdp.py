"""reference.gdp (issue 14): a country's GDP in US dollars against the World Bank
series for the year the statement speaks of."""
from __future__ import annotations

import pytest

from factcheck import check
from factcheck.settings import Settings

SETTINGS = Settings(db="")


def gdp(text: str, published=None):
    rep = check(text, published=published, settings=SETTINGS)
    found = [f for f in rep.findings if f.rule == "reference.gdp"]
    held = [k.detail for c in rep.claims for k in c.checks if k.rule == "reference.gdp" and k.outcome == "pass"]
    return found, held


def test_a_gdp_of_its_own_year_holds():
    found, [held] = gdp("Latvia's GDP reached $27 billion in 2015.", "2019-01-01")
    assert found == [] and "as of 2015" in held and "World Bank" in held


@pytest.mark.parametrize("figure", ["$81 billion", "$9 billion"])
def test_three_times_or_a_third_is_an_error(figure):
    [f], _ = gdp(f"Latvia's GDP reached {figure} in 2015.", "2019-01-01")
    assert f.severity == "error" and "27,263,090,547" in f.message


def test_the_economy_worth_wording_and_the_publication_year():
    found, [held] = gdp("Kazakhstan's economy, worth $260 billion, is growing.", "2023-06-01")
    assert found == [] and "as of 2023" in held


def test_a_year_the_series_lacks_uses_the_nearest_named_and_widened():
    found, [held] = gdp("Kazakhstan's economy, worth $280 billion, is growing.", "2025-06-01")
    assert found == [] and "nearest year the series has to 2025" in held and "2 years between" in held


@pytest.mark.parametrize("text", [
    "Latvia's GDP per capita was $14,000 in 2015.",
    "Latvia's GDP at purchasing power parity was $60 billion in 2015.",
    "Latvia sold oil output worth $5 billion in 2015.",
])
def test_other_measures_are_not_gdp(text):
    assert gdp(text, "2019-01-01") == ([], [])


def test_without_a_date_the_windows_range():
    found, [held] = gdp("India has a GDP of $1 trillion.")
    assert found == [] and "1960 to 2023" in held and "no publication date" in held
    [f], _ = gdp("India has a GDP of $1 trillion. Elections were held in 2022.")
    assert "2021 to 2023" in f.message and "no publication date" in f.message
