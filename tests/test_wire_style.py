"""Wire style: split years as periods, model numbers and bit widths as identifiers, a
hedged count that looks like a year, and table rows read as figures of their label."""
from __future__ import annotations

import pytest
import yaml

from factcheck import check
from factcheck.packaged import folder

PUB = "1987-03-10"


def claims(text: str):
    return check(text, published=PUB).claims


def texts(text: str, kind: str) -> list[str]:
    return [c.text for c in claims(text) if c.kind == kind]


@pytest.mark.parametrize("text, period, start, end", [
    ("Output in 1987/88 is put at 4.2 mln tonnes.", "1987/88", "1987-01-01", "1988-12-31"),
    ("Profit for fiscal 1987/88 rose 12 pct.", "fiscal 1987/88", "1987-01-01", "1988-12-31"),
    ("Exports in the 1986-87 season fell.", "1986-87", "1986-01-01", "1987-12-31"),
    ("Sales in 1999/2000 rose.", "1999/2000", "1999-01-01", "2000-12-31"),
])
def test_split_year_is_one_period_not_a_number(text, period, start, end):
    dates = [c for c in claims(text) if c.kind == "date"]
    assert [(d.text, d.start, d.end) for d in dates] == [(period, start, end)]
    assert all(c.text not in ("88", "87", "2000") for c in claims(text))


def test_two_years_apart_are_not_a_split_year():
    assert "1985/90" not in texts("It compares 1985/90 figures.", "date")


def test_fiscal_year_is_a_period():
    assert texts("Profit for fiscal 1988 rose.", "date") == ["fiscal 1988"]


@pytest.mark.parametrize("text", ["It uses a 64-bit processor.", "It offers 128-bit encryption.",
                                  "Boeing delivered the 747-400 to the airline.",
                                  "The airline leases a 737-800 and two 767-300ER jets."])
def test_model_numbers_and_bit_widths_are_identifiers(text):
    report = check(text, published=PUB)
    figures = [c.text for c in report.claims if c.kind == "quantity"]
    assert [f for f in figures if f[:1].isdigit()] == []
    assert report.coverage.unparsed == ()  # seen, and judged not to be quantities


@pytest.mark.parametrize("text, low, high", [("Between 300-400 people were hurt.", 300, 400),
                                             ("Between 125-200 people were hurt.", 125, 200)])
def test_a_range_of_counts_stays_a_range(text, low, high):
    (c,) = [c for c in claims(text) if c.kind == "quantity"]
    assert (c.low, c.high) == (low, high)


def test_hedged_count_before_a_plural_noun_is_not_a_year():
    (c,) = claims("About 1999 residents were evacuated.")
    assert (c.kind, c.value, c.hedge) == ("quantity", 1999, "approx")


def test_a_hedged_year_without_a_noun_stays_a_year():
    assert texts("The plant closed in about 1999.", "date") == ["1999"]


def test_wire_month_abbreviation_is_a_duration():
    (c,) = claims("Nine mths\n")
    assert (c.kind, c.timex) == ("duration", "P9M")


ROWS = "Shr loss 12 cts vs profit 8 cts\nNet 5.3 mln vs 4.1 mln\nRevs 40.2 mln vs 38.1 mln\n"


def test_table_rows_count_what_their_label_says():
    got = [(c.text, c.counts, c.counts_head) for c in claims(ROWS)]
    assert got == [("12 cts", "per-share earnings", "earnings"), ("8 cts", "per-share earnings", "earnings"),
                   ("5.3 mln", "net income", "income"), ("4.1 mln", "net income", "income"),
                   ("40.2 mln", "revenues", "revenues"), ("38.1 mln", "revenues", "revenues")]


def test_a_sentence_opening_with_a_label_word_is_no_row():
    (c, d) = claims("Net rose 5 pct to 12 mln dlrs.")
    assert c.extra.get("counts_via") != "row label" and d.extra.get("counts_via") != "row label"


LABELS = yaml.safe_load((folder("rules") / "lexicons" / "row_labels.yaml").read_text())["labels"]


@pytest.mark.parametrize("label", sorted(LABELS))
def test_every_row_label_example_reads_as_its_counts(label):
    entry = LABELS[label]
    quantities = [c for c in claims(entry["example"] + "\n") if c.kind == "quantity"]
    assert len(quantities) >= 2
    assert {(c.counts, c.counts_head) for c in quantities} == {(entry["counts"], entry["head"])}


@pytest.mark.parametrize("text", [
    "ATT backed the 3B line.", "It makes 256K DRAM chips.", "It had not filed its 10K report.",
    "Streaming in 4K is costly.", "The 3M plant closed.",
])
def test_a_capital_scale_letter_without_a_currency_names_a_thing(text):
    assert texts(text, "quantity") == []


@pytest.mark.parametrize("text, fig, value, unit", [
    ("He earned $50K last year.", "$50K", 50000, "USD"),
    ("He was paid 50K euros.", "50K euros", 50000, "EUR"),
    ("It was a 600M dollars deal.", "600M dollars", 600e6, "USD"),
])
def test_a_capital_scale_letter_beside_a_currency_is_a_scale(text, fig, value, unit):
    [c] = [c for c in claims(text) if c.kind == "quantity"]
    assert (c.text, c.value, c.unit) == (fig, value, unit)


@pytest.mark.parametrize("text, count", [
    ("The airline ordered 12 737-300s.", "12"),
    ("It took delivery of 3 747-400s.", "3"),
])
def test_a_count_before_a_model_variant_is_not_grouped_thousands(text, count):
    assert texts(text, "quantity") == [count]


def test_blank_grouped_thousands_stay_one_number():
    assert [c.value for c in claims("There were 12 737 people.") if c.kind == "quantity"] == [12737]


@pytest.mark.parametrize("text, fig, timex", [
    ("A council meeting was set for 1900 hours.", "1900 hours", "1987-03-10T19:00"),
    ("The board reconvened at 1650 hours local time.", "1650 hours", "1987-03-10T16:50"),
    ("The quake struck at 0620 hrs.", "0620 hrs", "1987-03-10T06:20"),
])
def test_four_digits_in_hours_at_a_time_are_a_clock(text, fig, timex):
    assert [(c.kind, c.text, c.timex) for c in claims(text)] == [("time", fig, timex)]


def test_four_digits_in_hours_worked_are_a_length():
    [c] = claims("The volunteers worked 1900 hours.")
    assert (c.kind, c.text) == ("duration", "1900 hours")


def test_a_day_range_ends_on_a_whole_day_not_inside_a_sum():
    text = "Balances rose on Feb 25 to 4.151 billion dlrs from 2.727 billion dlrs."
    report = check(text, published=PUB)
    assert [c.text for c in report.claims if c.kind == "quantity"] == ["4.151 billion dlrs", "2.727 billion dlrs"]
    assert report.coverage.unparsed == ()


def test_a_month_before_a_decimal_is_no_day_of_that_month():
    report = check("Sugar closed at Mar 12.5 and Jul 9.9 cents.", published=PUB)
    assert [c.text for c in report.claims if c.kind == "quantity"] == ["12.5", "9.9 cents"]
    assert [c.text for c in report.claims if c.kind == "date"] == []


def test_a_mixed_fraction_after_a_date_is_no_second_day():
    report = check("It redeems 12-1/4 pct notes due November 1, 1994 and 10-3/4 pct notes.", published=PUB)
    assert [c.text for c in report.claims if c.kind == "quantity"] == ["12-1/4 pct", "10-3/4 pct"]
    assert [c.text for c in report.claims if c.kind == "date"] == ["November 1, 1994"]


def test_a_span_of_clock_times_in_hours_is_two_times():
    report = check("A new session opens between 1900 and 2300 hours U.S. EST.", published=PUB)
    assert [(c.kind, c.text, c.timex) for c in report.claims] == [
        ("time", "1900", "1987-03-10T19:00"), ("time", "2300 hours", "1987-03-10T23:00")]
