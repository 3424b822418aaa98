"""reference.population and reference.membership-count against the article's date."""
from __future__ import annotations

from factcheck import check
from factcheck.settings import Settings
from reference_helpers import quantity, run_rule

SETTINGS = Settings(db="")


def population_findings(text: str, published: str | None):
    rep = check(text, published=published, settings=SETTINGS)
    return [f for f in rep.findings if f.rule == "reference.population"]


def test_a_1990_articles_country_population_is_compared_with_1990s():
    # the World Bank series: Iraq had about 17.4 million people in 1990
    assert population_findings("Iraq has 17 million residents, and Kuwait about 1.9 million.",
                               "1990-08-15") == []


def test_a_1990_articles_city_population_is_info_against_the_snapshot():
    [f] = population_findings("Almaty, a city of 1.1 million people, was calm.", "1990-08-15")
    assert f.severity == "info"
    assert "one snapshot" in f.message and "29 years apart" in f.message
    assert "a population figure dated nearer would settle it" in f.message


def test_the_same_figure_in_a_2012_article_is_an_error():
    [f] = population_findings("Iraq has 17 million residents, and Kuwait about 1.9 million.",
                              "2012-05-01")
    assert f.severity == "error"
    assert f.details["as_of"] == "2012" and f.details["reference"] == "33,654,842"


def test_the_publication_year_widens_the_tolerance_towards_growth():
    t = "Almaty, a city of 2.2 million people, has been without power since Sunday."
    assert population_findings(t, "2024-03-21") == []  # +11%: 5 years of 2% growth allowed
    [f] = population_findings(t, "2019-03-21")  # the snapshot's own year: 10% only
    assert f.severity == "info" and f.details["tolerance"] == "10%"  # (near: within 2 x tolerance)
    assert "one snapshot" in f.message


def test_without_a_date_a_snapshot_is_judged_across_the_whole_span():
    # no date, no year: the window is 1960-2024, far from GeoNames' 2019 (widened to max_years)
    t = "Almaty, a city of 2.2 million people, has been without power since Sunday."
    rep = check(t, settings=SETTINGS)
    assert [f for f in rep.findings if f.rule == "reference.population"] == []
    [detail] = [k.detail for c in rep.claims for k in c.checks if k.rule == "reference.population"]
    assert "one snapshot" in detail and "no publication date" in detail and "1960" in detail


def test_a_later_article_does_not_excuse_a_figure_below_the_reference():
    # 2022 vs GeoNames' 2019: growth excuses more people, not fewer (decline 0.5%/yr)
    t = "Almaty, a city of 1.8 million people, has been without power since Sunday."
    c = quantity(t, "1.8 million", 1.8e6, category="population", measure="people", subject="Almaty")
    [f] = run_rule("reference.population", t, [c], published="2022-01-13",
                   city_tolerance=0.05).findings
    assert f.severity == "info" and f.details["tolerance"].startswith("-6.5% to +11%")
    assert "near it" in f.message


def test_a_statement_year_more_than_ten_years_off_is_info():
    t = "Almaty had 1.2 million inhabitants in 2005."
    c = quantity(t, "1.2 million", 1.2e6, category="population", measure="inhabitants",
                 subject="Almaty")
    [f] = run_rule("reference.population", t, [c], published="2022-01-13").findings
    assert f.severity == "info" and "14 years apart" in f.message


def test_a_decade_names_no_year_of_the_statement_nor_of_the_article():
    # Guyana had about 750,000-770,000 people in 2005-2015 and 807,000 in 2020: "the
    # mid-2020s" is a forecast's horizon, not the year the figure (or the text) is of
    text = ("The economy will reach the size of its neighbour's by the mid-2020s, he said, "
            "noting Guyana's 760,000 people.")
    assert [f for f in population_findings(text, None) if f.severity != "info"] == []
    rep = check("Growth fell in the 1990s and may slow again in the 2010s, with 3 million jobs lost.",
                published=None, settings=SETTINGS)
    assert "the text names no year" in rep.notes[0]
