"""Sanity checks: figures impossible whatever else the text says."""
from __future__ import annotations

from factcheck import check
from conftest import SEED_DATE


def hits(text, rule, published=None):
    return [f for f in check(text, published=published).findings if f.rule == rule]


def test_reversed_range_is_an_error_showing_both_ends():
    f = hits("Economic damage from the violence could total $3-2 billion.", "sanity.range-order")
    assert f and f[0].severity == "error" and "3" in f[0].message and "2" in f[0].message


def test_seed_range_is_in_order(seed_text):
    assert not hits(seed_text, "sanity.range-order", SEED_DATE)


def test_scores_are_not_ranges():
    assert not hits("The home side won 3-2 on Sunday.", "sanity.range-order")


def test_shortened_high_end_is_not_reversed():
    assert not hits("Sales in fiscal 1998-99 reached $3 billion.", "sanity.range-order")


def test_share_of_voters_over_100_percent():
    f = hits("Some 120 percent of those polled said they did not know his position.", "sanity.share-over-100")
    assert f and "120" in f[0].message


def test_turnout_over_100_percent():
    assert hits("Turnout was 104% in the capital.", "sanity.share-over-100")


def test_ratios_and_changes_may_exceed_100_percent():
    assert not hits("Public debt reached 120% of GDP.", "sanity.share-over-100")
    assert not hits("Shares rose 150% in a year.", "sanity.share-over-100")


def test_population_beyond_the_world():
    f = hits("Lagos, a city with a population of 90 billion, was flooded.", "sanity.world-population")
    assert f and "90bn" in f[0].message


def test_world_population_projection_is_fine():
    assert not hits("The world's population is expected to reach 9.7 billion by 2050.", "sanity.world-population")


def test_negative_count():
    f = hits("Police said -5 people were injured.", "sanity.negative-count")
    assert f and "-5" in f[0].message


def test_a_dash_that_a_dash_after_the_count_closes_is_no_minus():
    # set AE: "(PL), -11,465,599 people-; and ... (IL) -2,356,435 people-." (dashes as brackets)
    text = ("There were 2,928,152 households below the Poverty Line (PL), -11,465,599 people-; and 614,043 "
            "households below the Indigence Line (IL) -2,356,435 people-.")
    assert not hits(text, "sanity.negative-count")
    assert hits("The town now has -500 people, officials said.", "sanity.negative-count")


def test_negative_temperature_is_not_a_count():
    assert not hits("Temperatures fell to -5C and 12 people were injured.", "sanity.negative-count")


def test_from_to_is_a_movement_not_a_reversed_range():
    assert not hits("Repayments were reduced from 4.2 to 1.8 billion dollars.", "sanity.range-order")
    assert hits("Repairs are expected to cost 9 to 4 million dollars.", "sanity.range-order")


def test_a_thousands_group_of_two_or_four_digits_is_flagged_with_a_group_of_three_beside_it():
    f = hits("Traffic rose from 18,0000 to 45,000 calls a day, and 1,00 units were sold.", "sanity.digit-groups")
    assert [x.details["said"] for x in f] == ["\u201c18,0000\u201d", "\u201c1,00\u201d"]
    assert "\u201c45,000\u201d" in f[0].message and "4 digits" in f[0].message
    assert f[0].details["span"] == [18, 25]


def test_digit_groups_left_alone_where_commas_are_not_thousands_by_three():
    for text in ("The district has 1,00,000 residents, up from 85,000.",  # Indian grouping
                 "Der Umsatz stieg auf 1.234,50 Euro, von 12,50 Euro.",  # a decimal comma
                 "Only 18,0000 calls were made.",  # no group of three to say how this text writes
                 "He won 6-4,6-3 before 12,000 fans."):
        assert not hits(text, "sanity.digit-groups"), text


def test_indian_grouping_is_flagged_only_where_the_text_groups_a_lakh_by_threes_and_is_not_indian():
    western = "The plant makes 1,00,000 tonnes a year, against 2,500,000 tonnes at its rival."
    f = hits(western, "sanity.digit-groups")
    assert [x.details["said"] for x in f] == ["\u201c1,00,000\u201d"]
    assert "Indian way" in f[0].message and "\u201c2,500,000\u201d" in f[0].message
    for text in ("The plant makes 1,00,000 tonnes a year, against 85,000 tonnes at its rival.",  # below a lakh: either way
                 "The plant makes Rs 1,00,000 a day, against 2,500,000 tonnes at its rival.",  # rupees
                 "About 5 lakh people fled; 1,00,000 homes and 120,000 hectares were lost.",  # lakh
                 "The state spent Rs 2,70,771 crore, or 2,707,710 million rupees."):
        assert not hits(text, "sanity.digit-groups"), text


def test_indian_grouping_is_the_house_style_of_a_text_about_india():
    # set K: a report on India's car makers groups every count the Indian way, and an agency
    # figure beside it by threes
    text = ("Top car makers in India reported record sales. Maruti's dispatches were 17,59,881 units, "
            "against 538,640 for its rival.")
    assert not hits(text, "sanity.digit-groups")
    # named nowhere, the Indian figure beside a Western one may be a slip
    assert hits("The plant makes 1,00,000 tonnes a year, against 2,500,000 tonnes at its rival.",
                "sanity.digit-groups")
    # a comma group of one digit is no way of grouping, in any text
    assert hits(text + " Its exports fell to 61,4,721 units.", "sanity.digit-groups")
    # set T: most of a text's large figures grouped the Indian way: its house style, the one
    # grouped by threes a quote
    text = ("The number of displaced people is now crossing the 8,00,000 mark. Up to 440,000 were displaced "
            "last year, with an additional 3,70,000 fleeing their homes. Around 6,00,000 need aid.")
    assert not hits(text, "sanity.digit-groups")
    assert hits(text.replace("3,70,000", "370,000").replace("6,00,000", "600,000"), "sanity.digit-groups")


def test_the_indian_ocean_names_no_country_that_counts_in_lakh():
    assert hits("Ships in the Indian Ocean carried 1,00,000 tonnes, against 2,500,000 tonnes a year ago.",
                "sanity.digit-groups")


def test_a_scale_letter_set_apart_from_a_count_is_its_scale():
    from factcheck import check
    found = lambda t: [f for f in check(t, published="2023-09-14").findings if f.rule == "sanity.fractional-count"]
    assert not found('"Over 5.25 M people have been displaced," the UN said.')
    assert found("Some 5.25 people were displaced, the UN said.")


def test_the_dot_group_scan_finds_what_the_plain_pattern_finds():
    from factcheck.checks.sanity_digits import _DOT_GROUPS, _dot_groups
    for text in ("1.234,50 Euro", "x.123.456.7", ".123,4", "a.123.4 and 5.678,9", "1.23,4",
                 "\u0661.234,5", "..1.234.5", "1.2345", "", "no dots here", "12.345", "9.999.9"):
        assert _dot_groups(text) == (_DOT_GROUPS.search(text) is not None), text


def test_grouped_starts_from_the_digit_runs_are_those_the_pattern_finds():
    from factcheck.checks.sanity_digits import _grouped_starts
    from factcheck.extract.digits import runs
    for text in ("1,234,567 and 12,5", "x1,2,3,4", "N437,300", "1,", ",1", "12,000,", "a1,000b 2,00",
                 "\u0661,\u0662\u0663\u0664", "1.234,5 and 9,999", "", "no digits", "5,5,5,5,5"):
        assert _grouped_starts(text, runs(text)) == _grouped_starts(text), text
