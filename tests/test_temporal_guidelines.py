"""Rules taken from the TimeML annotation guidelines (issue 4, TimeBank value F1).

One behaviour per test; unless a test says otherwise the article was published
on Thursday 2022-01-13.
"""
from __future__ import annotations

import pytest

from temporal_helpers import PUB, tag, value_of  # noqa: F401


# ------------------------------------------- reference adjectives and adverbs

@pytest.mark.parametrize("text, expr, value", [
    ("The company blamed current market conditions.", "current", "PRESENT_REF"),
    ("He cited a recent filing with regulators.", "recent", "PAST_REF"),
    ("Kellogg will soon begin selling smaller boxes.", "soon", "FUTURE_REF"),
    ("Prosecutors may soon seek an indictment.", "soon", "FUTURE_REF"),
])
def test_reference_words_are_tagged(text, expr, value):
    assert value_of(text, expr) == value


@pytest.mark.parametrize("text, expr", [
    ("He was soon released from hospital.", "soon"),        # a past clause
    ("They will leave as soon as Tuesday.", "soon"),         # 'as soon as' is a signal
    ("Trading resumed soon after the open.", "soon"),
    ("The electric current was cut.", "current"),
    ("The then current price was lower.", "current"),
])
def test_reference_words_that_are_not_temporal(text, expr):
    assert value_of(text, expr) is None


def test_recent_before_a_plural_unit_is_one_expression():
    assert [c.text for c in tag("Sales fell in recent years.")] == ["recent years"]


# ------------------------------------------------------------ weekday tense

def test_possessive_weekday_is_the_last_one():
    # "would" is a future cue, but "Wednesday's ruling" names a day that has come
    assert value_of("They said they would look for ways around Wednesday's ruling.", "Wednesday") == "2022-01-12"


def test_a_verb_in_the_next_clause_does_not_set_the_tense():
    text = "Protesters planned a rally on Saturday and were told to disperse."
    assert value_of(text, "Saturday") == "2022-01-15"


@pytest.mark.parametrize("text", [
    "Exiles were planning to drive to the airport on Monday.",
    "The two sides agreed to meet on Monday.",
    "The union is likely to strike on Monday.",
])
def test_plans_and_intentions_look_ahead(text):
    assert value_of(text, "Monday") == "2022-01-17"


def test_could_is_not_a_future_cue():
    assert value_of("The grandparents could not be located Wednesday.", "Wednesday") == "2022-01-12"


def test_a_comma_ends_the_clause_after_a_date():
    # "invited" belongs to the main clause, not to "supposed to conclude by May"
    text = "The talks, which are supposed to conclude by May, invited Sinn Fein back."
    assert value_of(text, "May") == "2022-05"


def test_set_for_looks_ahead():
    assert value_of("It will dominate a summit set for Washington in April.", "April", "2022-03-12") == "2022-04"


# ----------------------------------------------------- earnings comparisons

EARNINGS = ("Acme posted third-quarter profit of $5 million, up from $4 million a year earlier. "
            "For the nine months, net was $9 million, compared with $8 million a year earlier.")


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back():
    claims = [c for c in tag(EARNINGS, "1989-11-02") if c.text == "a year earlier"]
    assert claims[0].timex == "1988-Q3"


def test_a_year_earlier_after_the_nine_months_is_the_year_before():
    claims = [c for c in tag(EARNINGS, "1989-11-02") if c.text == "a year earlier"]
    assert claims[1].timex == "1988"


# ------------------------------------------------------- ranges and weeks of

@pytest.mark.parametrize("text, expr, value", [
    ("The summit is on April 24 and 25.", "25", "2022-04-24"),
    ("Talks run January 22-24 in Geneva.", "24", "2022-01-22"),
    ("The Jan. 5 to 7 meeting was cut short.", "7", "2022-01-05"),
])
def test_the_closing_day_of_a_range_is_a_date_of_the_same_month(text, expr, value):
    c = [c for c in tag(text) if c.text == expr][0]
    assert c.timex == value[:-2] + f"{int(expr):02d}"
    assert c.extra["range_start"] != expr


@pytest.mark.parametrize("text", [
    "On April 24 and 25 people died.",
    "Shares rose on Jan. 3-4% higher.",
    "It happened on April 24, 2021.",
])
def test_a_number_after_a_date_that_is_not_a_range_end(text):
    assert [c.text for c in tag(text)][1:] == []


def test_the_week_of_a_date_is_its_iso_week():
    assert value_of("A hearing is set for the week of March 6.", "the week of March 6", "2000-02-24") == "2000-W10"


def test_the_week_of_a_date_without_publication_date_stays_unresolved():
    assert value_of("A hearing is set for the week of March 6.", "the week of March 6", None) == "XXXX-WXX"


# ----------------------------------------------------- weekday abbreviations

@pytest.mark.parametrize("text, expr, value", [
    ("The vote is on Wed., Jan. 19.", "Wed., Jan. 19", "2022-01-19"),
    ("The market closed on Tues. after talks.", "Tues.", "2022-01-11"),
    ("Officials met Mon. at 3 p.m.", "Mon. at 3 p.m.", "2022-01-10T15:00"),
])
def test_abbreviated_weekdays(text, expr, value):
    assert value_of(text, expr) == value


def test_abbreviated_weekday_gives_the_full_name():
    c = [c for c in tag("The market closed on Tues. after talks.") if c.text == "Tues."][0]
    assert c.extra["weekday"] == "Tuesday"


@pytest.mark.parametrize("text", ["He read the Baltimore Sun. Then he left.", "Then he sat. Nobody spoke."])
def test_abbreviation_lookalikes_are_not_weekdays(text):
    assert tag(text) == []


def test_an_earlier_quarter_named_later_is_a_comparison_not_the_subject():
    text = ("Acme posted a gain in third-quarter profit. After a flat second quarter, it cited newsprint. "
            "Sales were $9 million, up from $8 million a year ago.")
    assert value_of(text, "a year ago", "1989-11-01") == "1988-Q3"


@pytest.mark.parametrize("text, expr, value", [
    ("It expects sales in the current fiscal year to rise.", "the current fiscal year", "1989"),
    ("It had $7 billion in sales in the latest fiscal year.", "the latest fiscal year", "1988"),
])
def test_the_year_with_two_adjectives(text, expr, value):
    assert value_of(text, expr, "1989-11-02") == value


def test_current_before_a_period_word_is_not_a_reference_on_its_own():
    assert "current" not in [c.text for c in tag("Sales in the current fiscal year rose.")]


def test_decided_to_looks_ahead():
    text = "NATO has decided to admit Poland in early March, an official said."
    assert value_of(text, "early March", "1999-02-10") == "1999-03"


@pytest.mark.parametrize("text", [
    "The offer had been due to expire Friday evening.",
    "The offer previously had been scheduled to expire at midnight Friday.",
])
def test_a_plan_already_overtaken_points_back(text):
    c = [c for c in tag(text, "1989-10-30") if "Friday" in c.text][0]
    assert c.start == "1989-10-27"


def test_an_earlier_had_in_another_clause_does_not_turn_a_plan_back():
    assert value_of("He said it had been hoped that talks would resume Friday.", "Friday", "1989-10-30") == "1989-11-03"


def test_news_present_of_a_scheduled_event_looks_ahead():
    assert value_of("He and Arafat meet separately Monday with Albright.", "Monday", "1998-05-01") == "1998-05-04"


# ------------------------------------------------------------ anaphora

def test_later_that_year_takes_the_year_of_the_month_named_last():
    text = "This year is odd. He fled in June 1998 and returned to Cuba later that year."
    assert value_of(text, "later that year", "2000-01-28") == "1998"


def test_that_same_day_is_the_day_named_before():
    assert value_of("It was shut on Oct. 23. His name was crossed out that same day.",
                    "that same day", "2000-01-28") == "1999-10-23"


# --------------------------------------------------------- smaller families

@pytest.mark.parametrize("text, expr, value", [
    ("By mid afternoon, officials said it was over.", "mid afternoon", "2022-01-13TAF"),
    ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", "2022-01-12TAF"),
    ("Investors may sell in the weeks ahead.", "the weeks ahead", "PXW"),
    ("In the years that followed, they fought on.", "the years that followed", "PXY"),
    ("Over the next couple of years we expect growth.", "the next couple of years", "P2Y"),
    ("Kirschner earned $376,000 in the 1988 quarter.", "the 1988 quarter", "1988"),
])
def test_smaller_families(text, expr, value):
    assert value_of(text, expr) == value


def test_election_day_is_the_tuesday_after_the_first_monday_of_november():
    assert value_of("It is a theme from now to Election Day.", "Election Day", "1998-10-26") == "1998-11-03"
    assert value_of("It is a theme from now to Election Day.", "Election Day", "2022-10-26") == "2022-11-08"


# ------------------------------------------------------------------ extents

@pytest.mark.parametrize("text, expr", [
    ("The index rose over three years.", "three years"),         # 'over' the preposition
    ("It ended the 14-day strike.", "14-day"),                    # 'the' belongs to 'strike'
    ("It grew through the first nine months of 1997.", "the first nine months"),
])
def test_timeml_extents(text, expr):
    assert expr in [c.text for c in tag(text, "1989-10-30")]


def test_over_after_for_is_more_than_and_stays_in_the_extent():
    c = [c for c in tag("He served for over three years.") if "years" in c.text][0]
    assert (c.text, c.extra.get("mod")) == ("over three years", "MORE_THAN")


def test_the_year_of_the_first_nine_months_is_tagged_on_its_own():
    claims = tag("Revenue rose through the first nine months of the year.", "1989-10-30")
    assert [(c.text, c.timex) for c in claims] == [("the first nine months", "P9M"), ("the year", "1989")]


def test_quarter_to_quarter_is_not_a_quarter():
    assert tag("The quarter-to-quarter comparison was enhanced.", "1989-11-01") == []


@pytest.mark.parametrize("text", [
    "The case is for today's youth what the blockade was.",
    "They are the chips of choice in many of today's personal computers.",
    "She wants to train the students of tomorrow, she said.",
])
def test_generic_today_is_not_a_temporal_expression(text):
    # 'contemporary' / 'future' in general: no time anyone could point to
    assert tag(text) == []


def test_todays_event_is_still_the_publication_day():
    assert [c.timex for c in tag("Today's ruling was a surprise.")] == ["2022-01-13"]


# ------------------------------------------- sentence-opening adjuncts take the main clause's tense

def test_opening_until_adjunct_takes_the_past_perfect_of_its_clause():
    # published Friday 1999-05-07: 'until' alone would point ahead, the clause says it is over
    text = "Police wanted to question him. Until Thursday, they had not called Kopp a suspect."
    assert value_of(text, "Thursday", "1999-05-07") == "1999-05-06"


def test_opening_on_adjunct_takes_the_future_of_its_clause():
    # published Monday 1998-10-26; 'and' inside a name does not end the clause
    text = "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference."
    assert value_of(text, "Tuesday", "1998-10-26") == "1998-10-27"


def test_opening_adjunct_without_a_clause_verb_keeps_its_own_cue():
    assert value_of("Until Friday, no decision.", "Friday") == "2022-01-14"


# ------------------------------------------- anaphoric 'the following/previous' (TimeML: the time under discussion)

def test_the_following_month_follows_the_month_named_before():
    text = "In March, the company received an offer. The following month, it put itself up for sale."
    assert value_of(text, "The following month", "1989-10-27") == "1989-04"


def test_the_previous_weekday_is_before_the_day_under_discussion():
    # published Monday 1989-10-30; the story is about Friday the 27th
    text = "Shares fell on Friday, Oct. 27. The index closed down 4.5% from the previous Friday."
    assert value_of(text, "the previous Friday", "1989-10-30") == "1989-10-20"


def test_the_following_month_without_an_earlier_time_counts_from_publication():
    assert value_of("The following month, it was sold.", "The following month") == "2022-02"


# ------------------------------------------- 'or so' and halves of a decade (TimeML extents and values)

def test_or_so_ago_is_one_approximate_date():
    [c] = tag("Then, a week or so ago, he picked the day.", "1991-02-25")
    assert (c.text, c.timex, c.extra.get("mod")) == ("a week or so ago", "1991-02-18", "APPROX")


def test_or_so_belongs_to_the_duration():
    [c] = tag("Over the next two years or so, its share may rise.")
    assert (c.text, c.timex, c.extra.get("mod")) == ("the next two years or so", "P2Y", "APPROX")


@pytest.mark.parametrize("text, expr, value, mod", [
    ("Sales were flat in the last half of the '80s.", "the last half of the '80s", "198", "END"),
    ("Prices rose in the first half of the 1990s.", "the first half of the 1990s", "199", "START"),
])
def test_half_of_a_decade_is_the_decade(text, expr, value, mod):
    [c] = tag(text, "1989-10-26")
    assert (c.text, c.timex, c.extra.get("mod")) == (expr, value, mod)


# ------------------------------------------- days counted inside an event, 'one day', trading days

@pytest.mark.parametrize("text", [
    "In Saudi Arabia, today is the eighth day of Desert Shield.",
    "It's the second day of an offensive by the security forces.",
])
def test_today_is_the_nth_day_of_an_event_is_today(text):
    found = [(c.text, c.timex) for c in tag(text) if "day of" not in c.text and c.text.endswith("day")
             and c.text != "today"]
    assert found and found[0][1] == PUB


def test_an_nth_day_not_said_of_today_is_not_placed():
    assert value_of("He vowed to act on the first day of his term.", "the first day") is None


def test_one_day_after_a_modal_is_the_indefinite_future():
    assert value_of("Islam will one day be the second largest religion.", "one day") == "FUTURE_REF"


def test_one_day_elsewhere_stays_a_duration():
    assert value_of("The strike lasted one day.", "one day") == "P1D"


def test_trading_days_are_days():
    assert value_of("Eight trading days after the plunge, the index had recovered.", "Eight trading days") == "P8D"


def test_the_past_before_a_count_is_not_the_past_in_general():
    assert value_of("It provoked violence for the past three summers.", "the past") is None
    assert value_of("In the past, it provoked violence.", "the past") == "PAST_REF"


# ------------------------------------------- month modifiers, '-long' adjectives, 'high noon'

def test_the_march_before_a_noun_is_the_month():
    assert value_of("The March accession will let them join.", "March", "1999-02-10") == "1999-03"


def test_the_march_before_a_preposition_is_not_the_month():
    assert value_of("He joined the March on Washington.", "March", "1999-02-10") is None


@pytest.mark.parametrize("text, expr, value", [
    ("They emerged from their third day-long meeting.", "day-long", "P1D"),
    ("It ended a year-long inquiry.", "year-long", "P1Y"),
])
def test_unit_long_adjective_is_one_unit(text, expr, value):
    [c] = tag(text)
    assert (c.text, c.timex, c.kind) == (expr, value, "duration")


def test_high_noon_is_an_idiom():
    assert all(c.text.lower() != "noon" for c in tag("For the people of Poland, high noon comes now."))
    assert value_of("Talks resume at noon.", "noon") == "2022-01-13T12:00"


# ------------------------------------------- fractions and names are not temporal

def test_a_quarter_of_something_is_a_fraction():
    assert tag("Funds account for more than a quarter of the entire market.") == []


def test_quarters_of_losses_stay_a_duration():
    assert value_of("It turned a profit after several quarters of losses.", "several quarters") == "PXQ"


@pytest.mark.parametrize("text", ["This is VOA Today.", "USA Today reported the figures."])
def test_today_closing_a_name_is_not_the_day(text):
    assert tag(text) == []


def test_today_opening_a_sentence_is_the_day():
    assert value_of("Today, the ministers meet.", "Today") == PUB


# ------------------------------------------- vague decades count in years, as counted ones do

@pytest.mark.parametrize("text, expr, value", [
    ("For decades, families were cut off.", "decades", "PXY"),
    ("It ended a decades-long battle.", "decades-long", "PXY"),
    ("It was silent for two decades.", "two decades", "P20Y"),
])
def test_decades_are_years(text, expr, value):
    assert value_of(text, expr) == value


# ------------------------------------------- plural weekdays are sets (TimeML SET)

@pytest.mark.parametrize("text, expr, value", [
    ("The shop closes on Mondays.", "Mondays", "XXXX-WXX-1"),
    ("Flights leave on Monday and Tuesday nights from March 30.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("Flights leave on Monday and Tuesday nights from March 30.", "Monday", "XXXX-WXX-1TNI"),
])
def test_plural_weekdays_are_sets(text, expr, value):
    [c] = [c for c in tag(text) if c.text == expr]
    assert (c.kind, c.timex) == ("set", value)


def test_two_single_weekdays_stay_dates():
    assert value_of("They met Monday and Tuesday.", "Monday") == "2022-01-10"


# ------------------------------------------- a quarter named by its last day

@pytest.mark.parametrize("ended, value", [
    ("Sept. 30", "1989-Q3"), ("July 31", "1989-Q2"), ("Oct. 1", "1989-Q3"), ("Dec. 31", "1988-Q4"),
])
def test_quarter_ended_is_the_calendar_quarter_its_months_fall_in(ended, value):
    text = f"In the quarter ended {ended}, the company had 5.6 million shares."
    assert value_of(text, "the quarter", "1989-10-30") == value


# ------------------------------------------- 'over the years'

@pytest.mark.parametrize("text, expr", [
    ("Over the years, many more patients died waiting.", "the years"),
    ("You save fewer lives in the early years of the plan.", "the early years"),
])
def test_over_the_years_is_a_vague_duration(text, expr):
    assert value_of(text, expr) == "PXY"


def test_the_years_before_an_event_are_not_placed():
    assert tag("He was seen there in the years before the war.") == []


# ------------------------------------------- reference adverbs qualifying a role

@pytest.mark.parametrize("text", [
    "Jane Roe, formerly the bank's senior vice president, joined the firm.",
    "Stephen Doe, currently vice president for finance, will succeed him.",
])
def test_adverb_in_a_role_apposition_is_not_a_time(text):
    # 'formerly/currently <title>' is the adjective 'former/current' of a role
    assert tag(text) == []


def test_currently_with_a_verb_is_still_the_present():
    assert value_of("The company, which currently has 40 stores, declined to comment.", "currently") == "PRESENT_REF"


def test_round_the_clock_idiom_is_not_temporal():
    # '24 hours a day, seven days a week' means 'all the time': no duration, no frequency
    assert tag("Guards patrol the plant 24 hours a day, seven days a week.") == []


def test_a_plain_24_hours_is_still_a_duration():
    assert value_of("The talks lasted 24 hours.", "24 hours") == "PT24H"
