"""Issue 14: an article without a publication date is judged in a window it names
(reference.window), never against today, and the report says which."""
from __future__ import annotations

from datetime import date

from factcheck import check
from factcheck.reference import window
from factcheck.settings import Settings

SETTINGS = Settings(db="")
NOTE = "No publication date given"


def rule_findings(text: str, rule: str, published=None, severity=None):
    rep = check(text, published=published, settings=SETTINGS)
    return [f for f in rep.findings if f.rule == rule and (severity is None or f.severity == severity)]


def passes(rep, rule: str) -> list[str]:
    return [k.detail for c in rep.claims for k in c.checks if k.rule == rule and k.outcome == "pass"]


# --- the window
def window_of(text: str, today=date(2026, 12, 5)) -> window.Window:
    rep = check(text, settings=SETTINGS)
    return window.of(text, rep.claims, today)


def test_the_window_is_around_the_latest_year_the_text_names():
    w = window_of("Sales rose in 1985 and again in 1986, the company said.")
    assert (w.start, w.end) == (date(1985, 1, 1), date(1988, 12, 31))
    assert "around 1986" in w.basis


def test_a_deadline_year_does_not_date_the_article():
    w = window_of("Sales rose in 1986. The debentures are due March 1, 2011.")
    assert "around 1986" in w.basis


def test_a_datelines_year_is_the_window():
    w = window_of("WASHINGTON, Aug. 8, 1998 -- Officials said sales had risen since 1975 and in 2003.")
    assert (w.start, w.end) == (date(1998, 1, 1), date(1998, 12, 31)) and "dateline" in w.basis


def test_no_year_named_is_the_whole_span_of_the_reference_data():
    w = window_of("Officials said sales had risen.")
    assert w.whole and w.within(date(1999, 1, 4), date(2026, 12, 5)) == (date(1999, 1, 4), date(2026, 12, 5))


def test_the_report_says_which_window_and_never_the_last_few_years():
    [note] = check("Sales rose in 2003, the firm said.", settings=SETTINGS).notes
    assert note.startswith(NOTE) and "2002 to 2005" in note and "around 2003" in note
    assert "tense" in note and "last" not in note
    [note] = check("Sales rose, the firm said.", settings=SETTINGS).notes
    assert "whole span" in note and "1999" in note and "1960-2024" in note
    assert check("Sales rose, the firm said.", published="2020-01-01", settings=SETTINGS).notes == ()


# --- conversions: the whole range of rates over the window
def test_an_undated_conversion_is_judged_over_every_rate_since_1999():
    t = "The plan will cost $280bn (£150bn) over ten years."  # fits the dollar of 2007-2008
    assert rule_findings(t, "arithmetic.conversion") == []
    assert rule_findings(t, "arithmetic.conversion", "2022-01-13")  # but not January 2022's
    [f] = rule_findings("The plan will cost $280bn (£50bn) over ten years.", "arithmetic.conversion")
    assert "no publication date" in f.message and "1999-01-04" in f.message


def test_an_undated_conversion_uses_the_years_the_text_names():
    [f] = rule_findings("The plan will cost $280bn (£150bn) over ten years, officials said in 2021.",
                        "arithmetic.conversion")
    assert "around 2021" in f.message and "no publication date" in f.message


def test_a_window_before_the_ecb_rates_checks_no_conversion():
    assert rule_findings("The deal, agreed in 1987, is worth £300 million ($10 million).",
                         "arithmetic.conversion") == []


# --- memberships: a count passes when it held at some time in the window
def test_an_undated_count_that_held_sometime_passes_with_an_info_note():
    rep = check("The 25 EU members agreed the budget.", settings=SETTINGS)
    [f] = [f for f in rep.findings if f.rule == "reference.membership-count"]
    assert f.severity == "info" and "2004-05-01 to 2006-12-31" in f.message
    assert "no publication date" in f.message
    assert passes(rep, "reference.membership-count")


def test_the_same_count_with_todays_date_is_an_error():
    [f] = rule_findings("The 25 EU members agreed the budget.", "reference.membership-count", "2025-01-01")
    assert f.severity == "error"


def test_an_undated_count_that_never_held_in_the_window_is_an_error_quoting_it():
    [f] = rule_findings("The 16 members of NATO met in Brussels. Talks began in 2015.",
                        "reference.membership-count")
    assert f.severity == "error" and "2014 to 2017" in f.message and "no publication date" in f.message
    assert "28 to 29" in f.message


def test_an_undated_count_held_over_the_whole_window_passes_without_a_note():
    rep = check("The 16 members of NATO met in Brussels. Talks began in 1990.", settings=SETTINGS)
    assert [f for f in rep.findings if f.rule == "reference.membership-count"] == []
    assert passes(rep, "reference.membership-count")


def test_an_undated_member_list_is_judged_over_the_window():
    t = "CSTO members Russia, Belarus and Uzbekistan sent troops."
    assert rule_findings(t, "reference.membership") == []  # Uzbekistan was a member 2006-2012
    assert rule_findings(t, "reference.membership", "2022-01-13")
    [f] = rule_findings("CSTO members Russia, Belarus and Uzbekistan sent troops in 2020.",
                        "reference.membership")
    assert "2019 to 2022" in f.message and "no publication date" in f.message


# --- tense needs the date: skipped, and the note says so
def test_tense_is_skipped_without_a_date_and_the_note_says_so():
    t = "The two leaders will meet on January 3, 2020 in Geneva."
    assert rule_findings(t, "temporal.tense", "2022-01-13")
    rep = check(t, settings=SETTINGS)
    assert [f for f in rep.findings if f.rule == "temporal.tense"] == []
    assert "tense" in rep.notes[0] and "skipped" in rep.notes[0]


# --- populations: the window's range of values
def test_an_undated_population_is_judged_against_the_windows_range():
    t = "India, a country of 1.1 billion people, asked for help."
    assert rule_findings(t, "reference.population") == []  # India had 1.1 billion around 2004
    rep = check(t, settings=SETTINGS)
    [detail] = passes(rep, "reference.population")
    assert "1960 to 2024" in detail and "no publication date" in detail
    assert rule_findings(t, "reference.population", "2024-06-01", "error")


def test_the_same_article_with_and_without_its_date_differs_only_where_the_date_matters():
    t = ("The 25 EU members agreed the budget. India, a country of 1.1 billion people, "
         "asked for help. Kazakhstan, a country of 57 million people, asked for help.")
    dated = check(t, published="2024-06-01", settings=SETTINGS).findings
    undated = check(t, settings=SETTINGS).findings
    bad = lambda fs: {(f.rule, f.claims) for f in fs if f.severity != "info"}  # noqa: E731
    # 2024: 27 EU members, 1.45 billion Indians; any year: never 57 million Kazakhs
    assert len(bad(dated)) == 3 and len(bad(undated)) == 1 and bad(undated) <= bad(dated)
    for f in undated:  # every finding of the undated run says what it assumed
        assert "no publication date" in f.message, f.message
