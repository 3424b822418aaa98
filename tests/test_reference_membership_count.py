"""reference.membership-count reads a figure as the whole membership only when the
wording says so, and compares it with the membership on the article's date."""
from __future__ import annotations

import pytest

from factcheck import check
from factcheck.settings import Settings

SETTINGS = Settings(db="")


def count_results(text: str, published: str):
    rep = check(text, published=published, settings=SETTINGS)
    findings = [f for f in rep.findings if f.rule == "reference.membership-count"]
    passes = [k for c in rep.claims for k in c.checks
              if k.rule == "reference.membership-count" and k.outcome == "pass"]
    return findings, passes


@pytest.mark.parametrize("text", [
    "NATO's three newest members were just a decade ago under the Soviet umbrella.",
    "The State Department says the three new members enhance NATO's ability to defend.",
    "There were 12 original members of NATO at the time of its founding.",
    "The enlargement of NATO from 16 members to 19 has been a foreign policy goal.",
    "NATO admitted three countries at a ceremony in Independence, Missouri.",
    "Two former members of the CSTO objected to the mission.",
    "Albright accepted admission papers from the three countries' foreign ministers, "
    "marking their entry into NATO.",
    "The three NATO member states that joined on Friday sent their ministers.",
    "NATO held a summit. The alliance's first three members were France, Britain and Belgium.",
    "The two members of NATO, Poland and Hungary, sent their ministers.",
    "The three NATO members (Poland, Hungary and the Czech Republic) joined on Friday.",
])
def test_a_part_of_the_membership_is_not_checked(text):
    assert count_results(text, "1999-03-12") == ([], [])


@pytest.mark.parametrize("text,published", [
    ("The 19 members of NATO met in Brussels.", "1999-06-01"),
    ("NATO's 30 member countries met in Madrid.", "2022-01-13"),
    ("The six-member CSTO sent troops to Kazakhstan.", "2022-01-13"),
    ("Anthems from each of the six member countries of the CSTO were played.", "2022-01-13"),
    ("All 27 EU member states agreed on the sanctions.", "2022-01-13"),
    ("NATO held a summit. The alliance now has 30 members.", "2022-01-13"),
    ("The 27-nation European Union agreed.", "2022-01-13"),
])
def test_a_stated_total_that_matches_the_date_passes(text, published):
    findings, passes = count_results(text, published)
    assert findings == [] and len(passes) == 1


@pytest.mark.parametrize("text,published,stated,actual", [
    ("The 31 members of NATO met in Brussels.", "2022-01-13", "31", 30),
    ("NATO's 29 member countries met in Madrid.", "2022-01-13", "29", 30),
    ("The seven-member CSTO sent troops to Kazakhstan.", "2022-01-13", "7", 6),
    ("All 28 EU member states agreed on the sanctions.", "2022-01-13", "28", 27),
    ("NATO held a summit. The alliance now has 31 members.", "2022-01-13", "31", 30),
])
def test_a_stated_total_that_does_not_match_is_an_error(text, published, stated, actual):
    [f], _ = count_results(text, published)
    assert f.severity == "error" and f.details["stated"] == stated and f.details["reference"] == actual


def test_the_count_is_taken_at_the_articles_date():
    # NATO had 16 members until 1999-03-12 and 19 from then on
    assert count_results("The 16 members of NATO met in Brussels.", "1998-06-01")[0] == []
    [f], _ = count_results("The 16 members of NATO met in Brussels.", "2001-06-01")
    assert f.severity == "error" and f.details["reference"] == 19 and f.details["on"] == "2001-06-01"


def test_a_count_that_held_days_before_the_article_is_info():
    [f], _ = count_results("NATO's 16 members agreed on the plan.", "1999-03-20")
    assert f.severity == "info"
    assert "it had 16 on 1999-03-11" in f.message and "would settle it" in f.message


def test_a_year_in_the_sentence_that_may_date_something_else_makes_a_miss_info():
    # 2010: seven members (Uzbekistan); six again on the publication date
    [f], _ = count_results("Founded in 1992, the CSTO now has six member countries.", "2022-01-13")
    assert f.severity == "info" and "whether 1992 dates the count would settle it" in f.message
    [f], _ = count_results("In 2010, the CSTO had six member countries.", "2022-01-13")
    assert f.severity == "info" and "had 7 member countries on 2010-12-31" in f.message


def test_a_miss_in_both_readings_is_told_against_the_statements_year():
    [f], _ = count_results("In 2010, the CSTO had nine member countries.", "2022-01-13")
    assert f.severity == "error" and f.details["on"] == "2010-12-31" and f.details["reference"] == 7
