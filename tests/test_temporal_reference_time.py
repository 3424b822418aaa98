"""Tense, aspect and reference time (issue 4, second round of TimeBank value F1).

One behaviour per test, each from a sentence written for it; unless a test says
otherwise the article was published on Thursday 2022-01-13.
"""
from __future__ import annotations

from temporal_helpers import PUB, tag, value_of  # noqa: F401


def test_passive_participle_takes_the_tense_of_its_auxiliary():
    # "named" after "be" has no tense of its own; "will", just before, is beyond
    # the usual dozen-word window but still the verb group's head
    text = "The astronaut will be named leader of the European orbital station crew for a flight in November."
    assert value_of(text, "November") == "2022-11"


def test_month_after_an_extension_verb_lies_ahead():
    assert value_of("The bank has extended the farm's credit line through May.", "May") == "2022-05"


def test_weekday_after_a_postponement_lies_ahead():
    assert value_of("The judge postponed the hearing to Tuesday.", "Tuesday") == "2022-01-18"


def test_an_extension_already_overtaken_stays_in_the_past():
    assert value_of("The board had extended the offer until Tuesday, when it lapsed.", "Tuesday") == "2022-01-11"
