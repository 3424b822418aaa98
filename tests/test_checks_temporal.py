"""Temporal checks: weekdays, impossible dates, deadlines, tense, sequence."""
from __future__ import annotations

from factcheck import check


def hits(text, rule, published="2022-01-13", severity=None):
    return [f for f in check(text, published=published).findings
            if f.rule == rule and (severity is None or f.severity == severity)]


# weekday-date
def test_wrong_weekday_is_an_error_naming_the_real_one():
    f = hits("The talks opened on Thursday, January 14.", "temporal.weekday-date", "2022-01-14")
    assert f and f[0].severity == "error"
    assert "2022-01-14" in f[0].message and "Friday" in f[0].message and "Thursday" in f[0].message


def test_right_weekday_passes_and_says_so():
    r = check("The talks opened on Thursday, January 13.", published="2022-01-14")
    assert not [f for f in r.findings if f.rule == "temporal.weekday-date"]
    assert any(k.rule == "temporal.weekday-date" and k.outcome == "pass" for c in r.claims for k in c.checks)


def test_weekday_with_explicit_year_and_day_first():
    assert hits("The vote was held on Saturday 16 January 2022.", "temporal.weekday-date", None)
    assert not hits("The vote was held on Sunday 16 January 2022.", "temporal.weekday-date", None)


def test_year_nearest_publication_across_new_year():
    # published 2 January 2022: "Friday, December 31" is 2021-12-31, a Friday
    assert not hits("Celebrations began on Friday, December 31.", "temporal.weekday-date", "2022-01-02")


def test_weekday_without_year_or_publication_is_not_judged():
    assert not hits("The talks opened on Thursday, January 14.", "temporal.weekday-date", None)


def test_february_30_is_impossible():
    f = hits("The fund was set up on February 30.", "temporal.weekday-date", None)
    assert f and "February has 29 days" in f[0].message


def test_feb_29_in_a_common_year_is_impossible():
    f = hits("The fund was set up on Feb 29, 2015.", "temporal.weekday-date", None)
    assert f and "28 days in 2015" in f[0].message


def test_feb_29_in_a_leap_year_is_fine():
    assert not hits("The fund was set up on 29 February 2016.", "temporal.weekday-date", None)


def test_may_as_a_verb_is_not_a_month():
    assert not hits("Officials may 31 times have asked for help.", "temporal.weekday-date", None)


# deadline-order
SEED_SENTENCE = ("Russian Defence Minister Sergei Shoigu told Putin the pullout would be completed by "
                 "Wednesday next week, several days ahead of a {d} deadline set by the alliance.")


def test_completion_after_deadline_is_an_error_with_both_dates():
    f = hits(SEED_SENTENCE.format(d="January 12"), "temporal.deadline-order", severity="error")
    assert f and "2022-01-19" in f[0].message and "2022-01-12" in f[0].message


def test_several_days_must_be_three_to_nine():
    f = hits(SEED_SENTENCE.format(d="January 20"), "temporal.deadline-order")
    assert f and f[0].severity == "warning" and "several days" in f[0].message


def test_gap_within_several_days_passes_with_the_gap_explained():
    r = check(SEED_SENTENCE.format(d="January 22"), published="2022-01-13")
    details = [k.detail for c in r.claims for k in c.checks if k.rule == "temporal.deadline-order"]
    assert details and "3 days" in details[0] and "3\u20139" in details[0]


def test_numeric_lead_is_checked():
    text = "The pullout would be completed by Wednesday next week, two days ahead of a January 28 deadline."
    assert hits(text, "temporal.deadline-order")


# tense
def test_future_told_but_dated_before_publication():
    f = hits("The two leaders will meet on January 3 in Geneva.", "temporal.tense")
    assert f and "2022-01-03" in f[0].message and "2022-01-13" in f[0].message


def test_past_told_but_dated_after_publication():
    assert hits("The president died on January 19 after a long illness.", "temporal.tense")


def test_tense_in_line_with_the_date_passes():
    assert not hits("The two leaders will meet on January 20 in Geneva.", "temporal.tense")
    assert not hits("The president died on January 9 after a long illness.", "temporal.tense")


def test_relative_days_are_not_judged_by_tense():
    assert not hits("The two leaders will meet on Wednesday in Geneva.", "temporal.tense")


# sequence
def test_after_contradicted_by_dates():
    f = hits("Protesters gathered on January 6, after the fuel price rise on January 8.", "temporal.sequence")
    assert f and "after" in f[0].message and "2022-01-06" in f[0].message


def test_then_contradicted_by_dates():
    assert hits("Prices rose on January 5 and then protesters gathered on January 4.", "temporal.sequence")


def test_reported_plans_do_not_count_as_sequence():
    text = "He said on January 5 he would leave after the vote on January 20."
    assert not hits(text, "temporal.sequence")


def test_weekday_far_from_publication_may_be_in_the_neighbouring_year():
    # published 2021-07-20: the nearest January 14 is 2022's (a Friday), but 2021's was a Thursday
    assert not hits("The case began on Thursday, January 14.", "temporal.weekday-date", "2021-07-20")
    assert hits("The case began on Monday, January 14.", "temporal.weekday-date", "2021-07-20")


def test_tense_without_year_far_from_publication_is_not_judged():
    assert not hits("The law will take effect on October 1.", "temporal.tense", "2022-11-20")


def test_deadline_and_completion_in_different_sentences_give_a_warning():
    text = ("The alliance set a January 22 deadline for the withdrawal. "
            "Officials said the pullout would be completed by January 25.")
    f = hits(text, "temporal.deadline-order")
    assert f and f[0].severity == "warning" and "3 days after" in f[0].message


def test_weekday_after_the_date():
    assert hits("The fire broke out on Jan. 14, a Thursday, officials said.", "temporal.weekday-date", "2022-01-20")
    assert not hits("The fire broke out on Jan. 14, a Friday, officials said.", "temporal.weekday-date", "2022-01-20")


def test_a_bare_by_bounds_its_own_verb_not_another_completion():
    text = "The union wants talks to begin by Easter and a new contract to be completed by the fall."
    assert not hits(text, "temporal.deadline-order")


def test_a_completion_led_to_a_bare_by_date_is_still_compared():
    text = "The work would be completed on January 25, two days ahead of the handover by January 20."
    assert hits(text, "temporal.deadline-order")


def test_a_named_deadline_far_from_the_completion_is_another_job():
    near = ("The alliance set a January 22 deadline for the withdrawal. "
            "Officials said the pullout would be completed by January 25.")
    far = near.replace(" Officials", " Talks went on. Prices rose. Banks were shut. Officials")
    assert hits(near, "temporal.deadline-order") and not hits(far, "temporal.deadline-order")


def test_year_end_on_a_date_is_no_completion_cue():
    r = check("Payments should resume by the banks' fiscal year-end on October 31.", published="1987-03-30")
    assert [c.role for c in r.claims if c.text == "October 31"] == ["event"]


def test_a_date_inside_a_noun_phrase_dates_that_thing_not_the_verb():
    assert not hits("Its shares will be tendered under a January 10 takeover offer.", "temporal.tense")
    assert hits("Its shares will be tendered on January 10.", "temporal.tense")


def test_a_plan_told_in_the_past_is_not_told_as_ahead():
    assert not hits("The closing had been scheduled for January 10.", "temporal.tense")
    assert hits("The closing is scheduled for January 10.", "temporal.tense")


def test_a_period_ended_on_a_date_is_not_the_future_verbs_date():
    assert not hits("The audit will cover the year ended January 2.", "temporal.tense")


def test_a_connector_after_a_coordinated_verb_orders_that_verb():
    text = "The old market closes on January 7 and reopens in the new hall after the holiday on January 10."
    assert not hits(text, "temporal.sequence")
    assert hits("The old market closed on January 7, after the holiday on January 10.", "temporal.sequence")



def test_a_limit_noun_before_is_names_a_deadline():
    r = check("The deadline for bids is July 15, and the last bid was filed on July 22.", published="2022-08-03")
    assert [(c.text, c.role) for c in r.claims if c.is_temporal] == [("July 15", "deadline"), ("July 22", "completion")]


def test_yearless_completion_and_deadline_are_read_in_the_year_nearest_publication():
    # told in the past, August 7 after publication would be read as 2021 by the tense
    text = "The return, due on July 31, was filed on August 7, officials said."
    f = hits(text, "temporal.deadline-order", published="2022-08-03")
    assert f and "2022-08-07" in f[0].message and "2022-07-31" in f[0].message


def test_two_weekdays_and_a_bracket_of_their_dates_pair_in_order():
    # set U: "on Sunday and Monday (Jan. 19-Jan. 20)": the 19th is the Sunday
    from factcheck import check
    def weekday(text):
        return [f for f in check(text, published="2020-01-24").findings if f.rule == "temporal.weekday-date"]
    assert not weekday("Hailstorms struck on Sunday and Monday (Jan. 19-Jan. 20), the council said.")
    f = weekday("Hailstorms struck on Sunday and Monday (Jan. 20-Jan. 21), the council said.")
    assert f and "Sunday and Monday (Jan. 20" in f[0].message
