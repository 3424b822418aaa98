"""What the seed article must show (the foundation issue's acceptance tests)."""
from __future__ import annotations

import pytest

from factcheck import check
from conftest import SEED_DATE


@pytest.fixture(scope="module")
def report(seed_text):
    return check(seed_text, published=SEED_DATE)


def claim(report, text, kind=None):
    found = [c for c in report.claims if c.text == text and (kind is None or c.kind == kind)]
    assert found, f"no claim {text!r}; have {[c.text for c in report.claims]}"
    return found[0]


def test_headline_is_the_title(report):
    assert report.document.title == "Troops of Russia-led bloc begin pullout from Kazakhstan"


def test_spans_index_the_submitted_text(report, seed_text):
    for c in report.claims:
        assert seed_text[c.span[0]:c.span[1]] == c.text


def test_six_member_countries(report):
    c = claim(report, "six")
    assert (c.value, c.low, c.high) == (6, 6, 6)
    assert "member countries" in c.measure


def test_almaty_population(report):
    c = claim(report, "1.8 million")
    assert c.value == 1_800_000 and c.category == "population" and c.subject == "Almaty"


def test_damage_range_in_dollars(report):
    c = claim(report, "$2-3 billion")
    assert (c.unit, c.low, c.high, c.hedge) == ("USD", 2e9, 3e9, "range")
    assert c.category == "damage" and c.modality == "could"


def test_detentions_at_least(report):
    c = claim(report, "at least 12,000")
    assert (c.low, c.high, c.hedge, c.category) == (12000, None, "at_least", "detentions")


def test_journalists_at_least_three(report):
    c = claim(report, "at least three")
    assert (c.low, c.hedge) == (3, "at_least") and "journalists" in c.measure


def test_deadline(report):
    c = claim(report, "January 22")
    assert (c.timex, c.role) == ("2022-01-22", "deadline")


def test_completion_wednesday_next_week(report):
    c = claim(report, "Wednesday next week")
    assert c.timex == "2022-01-19" and c.start == "2022-01-19"


@pytest.mark.parametrize("text,timex", [("Thursday", "2022-01-13"), ("Wednesday", "2022-01-12")])
def test_weekdays(report, seed_text, text, timex):
    assert any(c.text == text and c.timex == timex for c in report.claims), \
        [(c.text, c.timex) for c in report.claims if c.is_temporal]


def test_last_week(report):
    c = claim(report, "last week")
    assert c.timex == "2022-W01"


def test_several_days_duration(report):
    c = claim(report, "several days")
    assert c.kind == "duration"


def test_no_error_as_published(report):
    assert not [f for f in report.findings if f.severity == "error"], [f.message for f in report.findings]


def test_deadline_passes_with_the_gap_explained(report):
    c = claim(report, "January 22")
    assert any(k.rule == "temporal.deadline-order" and k.outcome == "pass" and "3 days" in k.detail
               for k in c.checks)


def test_planted_deadline_error_names_both_dates(seed_text):
    text = seed_text.replace("a January 22 deadline", "a January 12 deadline")
    errors = [f for f in check(text, published=SEED_DATE).findings if f.severity == "error"]
    assert errors
    msg = errors[0].message
    assert "2022-01-19" in msg and "2022-01-12" in msg and "after" in msg


def test_ids_and_order_are_deterministic(seed_text):
    a = check(seed_text, published=SEED_DATE).to_dict()
    b = check(seed_text, published=SEED_DATE).to_dict()
    assert a == b
    assert [c["id"] for c in a["claims"]] == [f"c{i}" for i in range(1, len(a["claims"]) + 1)]
