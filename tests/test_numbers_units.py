"""Issue 16: units in sport, technology and science; ranges with the unit said once;
multipliers, ratios and odds; compound durations. Properties (hypothesis) for ranges
with a shared unit and for metre vs million, and examples for the rest."""
from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from num2words import num2words

import factcheck
from factcheck.extract.numbers import _extract, grammar
from factcheck.settings import Settings

G = grammar(Settings().ruleset())
TIME_UNITS = ["seconds", "minutes", "hours", "days", "weeks", "months", "years"]


def read(text):
    claims, _ = _extract(text, G, None)
    return claims


def one(text):
    claims = read(text)
    assert len(claims) == 1, (text, [c.text for c in claims])
    return claims[0]


def written(n: int, words: bool) -> str:
    return num2words(n) if words else str(n)


# ---------------------------------------------------------------- ranges, unit said once

@given(st.integers(min_value=1, max_value=18), st.integers(min_value=1, max_value=5),
       st.sampled_from(TIME_UNITS), st.sampled_from(["{a} to {b}", "{a} or {b}", "between {a} and {b}",
                                                      "{a} or perhaps {b}", "{a}-{b}"]),
       st.booleans())
def test_a_range_with_its_unit_said_once_is_one_claim(a, width, unit, form, words):
    b = a + width
    if form == "{a}-{b}":
        words = False  # "six-eight" is not written
    fig = form.format(a=written(a, words), b=written(b, words)) + " " + unit
    c = one(f"The work will take {fig}, officials said.")
    assert (c.text, c.low, c.high, c.hedge, c.value) == (fig, a, b, "range", None)
    assert c.unit == unit.rstrip("s")


@hsettings(deadline=None, max_examples=40)
@given(st.integers(min_value=1, max_value=18), st.integers(min_value=1, max_value=5),
       st.sampled_from(TIME_UNITS[2:]), st.booleans())
def test_the_pipeline_keeps_the_range_not_the_duration_inside_it(a, width, unit, words):
    fig = f"{written(a, words)} to {written(a + width, words)} {unit}"
    report = factcheck.check(f"Repairs will take {fig}, the ministry said.", published="2022-01-13")
    texts = [(c.kind, c.text) for c in report.claims]
    assert texts == [("quantity", fig)]


@given(st.integers(min_value=1, max_value=8), st.sampled_from(["perhaps ", "maybe ", ""]))
def test_a_list_of_rising_number_words_closed_by_or_is_one_range(a, hedge):
    words = [num2words(a + k) for k in range(3)]
    fig = f"{words[0]}, {words[1]} or {hedge}{words[2]}"
    c = one(f"He called {fig} times.")
    assert (c.text, c.low, c.high, c.hedge) == (fig, a, a + 2, "range")


def test_a_single_hedged_duration_stays_with_the_temporal_extractor():
    report = factcheck.check("The talks lasted perhaps three years.", published="2022-01-13")
    assert [c.kind for c in report.claims] == ["duration"]


# ---------------------------------------------------------------- metre vs million

SPORT_AFTER = ["final", "freestyle", "hurdles", "race", "sprint", "national record",
               "world record", "Olympic final", "relay"]
MONEY_AFTER = ["people", "dollars", "shares", "euros", "barrels", "viewers"]


@given(st.sampled_from([50, 100, 200, 400, 800, 1500, 5000, 10000]), st.sampled_from(SPORT_AFTER))
def test_a_race_distance_before_its_event_is_metres(n, after):
    num = f"{n:,}"
    c = one(f"Smith won the {num}m {after} in style.")
    assert (c.text, c.value, c.unit) == (f"{num}m", n, "m")


@given(st.integers(min_value=1, max_value=999), st.sampled_from(MONEY_AFTER))
def test_nm_before_a_plural_noun_is_millions(n, noun):
    c = [c for c in read(f"The deal covers {n}m {noun} in total.") if c.span[0] < 20][0]
    assert c.value == n * 1e6


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["£", "$", "€"]),
       st.sampled_from(SPORT_AFTER))
def test_nm_after_a_currency_is_millions_whatever_follows(n, sym, after):
    c = read(f"The club paid {sym}{n}m for the {after} winner.")[0]
    assert (c.text, c.value) == (f"{sym}{n}m", n * 1e6)


@given(st.sampled_from([100, 200, 400]), st.sampled_from(["final", "last", "first"]))
def test_a_stretch_of_a_race_is_metres(n, point):
    c = one(f"She pulled away over the {point} {n}m.")
    assert (c.value, c.unit) == (n, "m")


# ---------------------------------------------------------------- units

@pytest.mark.parametrize("text,fig,value,unit", [
    ("Smith's 100m national record of 9.91secs stood.", "9.91secs", 9.91, "second"),
    ("It is a 1.5GB download.", "1.5GB", 1.5, "GB"),
    ("The phone has 256mb of memory.", "256mb", 256, "MB"),
    ("The file is one gigabyte.", "one gigabyte", 1, "GB"),
    ("Customers get 8Mbps broadband.", "8Mbps", 8, "Mbit/s"),
    ("It has a 2.4GHz chip.", "2.4GHz", 2.4, "GHz"),
    ("She won the 1500m freestyle.", "1500m", 1500, "m"),
    ("Levels hit 421 parts per million.", "421 parts per million", 421, "ppm"),
])
def test_units_of_sport_technology_and_science(text, fig, value, unit):
    c = [c for c in read(text) if c.text == fig][0]
    assert (c.value, c.unit) == (value, unit)


def test_a_data_rate_range_keeps_its_unit():
    c = one("Rural lines manage 0.5-2 megabits a second.")
    assert (c.low, c.high, c.unit, c.hedge) == (0.5, 2, "Mbit/s", "range")


# ---------------------------------------------------------------- multipliers, ratios, odds

@pytest.mark.parametrize("text,fig,value,hedge", [
    ("Sales doubled last year.", "doubled", 2, "exact"),
    ("The deficit was halved.", "halved", 0.5, "exact"),
    ("Profits more than tripled.", "more than tripled", 3, "at_least"),
    ("It is twice as big.", "twice", 2, "exact"),
])
def test_multiplier_words_are_claims(text, fig, value, hedge):
    c = one(text)
    assert (c.text, c.value, c.unit, c.hedge, c.extra["multiplier"]) == (fig, value, "times", hedge, value)


def test_twice_without_a_comparison_is_no_multiplier():
    assert read("He goes there twice a week.") == []


@pytest.mark.parametrize("text,fig,value", [
    ("Nine times out of ten he wins.", "Nine times out of ten", 90),
    ("Six out of 20 passed.", "Six out of 20", 30),
])
def test_ratios_are_shares(text, fig, value):
    c = one(text)
    assert (c.text, c.value, c.unit) == (fig, value, "percent")


def test_a_fraction_of_a_percentage_point_is_points_not_a_share():
    c = one("Rates rose a quarter of a percentage point.")
    assert (c.text, c.value, c.unit) == ("a quarter of a percentage point", 0.25, "percentage_point")


def test_slash_figures_about_betting_are_odds():
    c = one("The favourite is 6/4 with the bookmakers.")
    assert (c.value, c.unit, c.extra["odds"]) == (1.5, "odds", "6/4")
    assert read("The ceasefire began on 1/13.") == []


# ---------------------------------------------------------------- compound durations

@pytest.mark.parametrize("text,fig,value,unit,iso", [
    ("He ran 8 minutes 12.3 seconds.", "8 minutes 12.3 seconds", 492.3, "second", "PT8M12.3S"),
    ("The climb took two hours and 15 minutes.", "two hours and 15 minutes", 135, "minute", "PT2H15M"),
    ("He served two years and six months.", "two years and six months", 30, "month", "P2Y6M"),
    ("She won in 3:07:35.", "3:07:35", 11255, "second", "PT3H7M35S"),
    ("He ran the mile in 3:43.13.", "3:43.13", 223.13, "second", "PT3M43.13S"),
])
def test_compound_durations_are_one_figure_in_the_smallest_unit(text, fig, value, unit, iso):
    c = one(text)
    assert (c.text, c.value, c.unit, c.extra["duration"]) == (fig, pytest.approx(value), unit, iso)


def test_a_clock_time_is_no_race_time():
    assert read("The meeting starts at 10:30:00 GMT.") == []
    assert read("Trains leave at 10:30.") == []


def test_the_pipeline_reads_a_compound_duration_as_one_claim():
    report = factcheck.check("The climb took two hours and 15 minutes.", published="2022-01-13")
    assert [(c.kind, c.text, c.value) for c in report.claims] == [("quantity", "two hours and 15 minutes", 135)]


# ---------------------------------------------------------------- pounds: weight or sterling

POUND_EXAMPLES = Settings().ruleset().lexicon("units")["pound_context"]["examples"]


@pytest.mark.parametrize("text,unit", sorted(POUND_EXAMPLES.items()))
def test_pounds_are_a_weight_or_sterling_by_their_words(text, unit):
    c = [c for c in read(text) if "pound" in c.text][0]
    assert c.unit == unit


WEIGHED = ["weighs", "weighed", "tipped the scales at", "had a payload of", "cut production to"]
PAID = ["paid", "was fined", "sold it for", "spent", "earned"]


@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(WEIGHED + PAID),
       st.sampled_from(["", " mln", " million"]), st.booleans())
def test_pounds_follow_the_nearest_telling_word(n, verb, scale, with_money_first):
    # a telling word further back never outweighs the nearest one
    lead = "The firm that paid dividends said" if with_money_first else "The heavy crane"
    c = [c for c in read(f"{lead} he {verb} {n:,}{scale} pounds.") if "pounds" in c.text][0]
    assert c.unit == ("lb" if verb in WEIGHED else "GBP")


def test_stg_and_the_pound_sign_are_always_money():
    for text in ("The mine produced 40 mln stg of copper.", "The crop weighed in at £5m."):
        assert [c.unit for c in read(text)] == ["GBP"]


@pytest.mark.parametrize("text,fig,unit", [
    ("Output rose to 500,000 barrels per day.", "500,000 barrels per day", "bbl/d"),
    ("Output rose to 500,000 barrels a day.", "500,000 barrels a day", "bbl/d"),
    ("The wind reached 120 kilometres per hour.", "120 kilometres per hour", "km/h"),
    ("The comet travels at 66 kilometres per second.", "66 kilometres per second", "km/s"),
    ("Streaming needs 25 megabits per second.", "25 megabits per second", "Mbit/s"),
    # water capacities: "MLD" (million litres a day), "mgd" (million gallons a day)
    ("The desalination plant makes 100 MLD.", "100 MLD", "Ml/d"),
    ("The treatment works adds 150 mgd.", "150 mgd", "Mgal/d"),
])
def test_the_pipeline_keeps_a_rate_not_the_frequency_inside_it(text, fig, unit):
    report = factcheck.check(text, published="2022-01-13")
    assert [(c.kind, c.text, c.unit) for c in report.claims] == [("quantity", fig, unit)]
    assert report.coverage.unparsed == ()
