"""The seed article's temporal claims (published Thursday 2022-01-13)."""
from pathlib import Path

import pytest

from factcheck.extract import dates
from factcheck.pipeline import make_document
from factcheck.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "seeds" / "kazakhstan-csto-pullout.txt"


@pytest.fixture(scope="module")
def claims():
    s = Settings()
    doc = make_document(SEED.read_text(encoding="utf-8"), "2022-01-13", settings=s)
    return dates.extract(doc, s.ruleset(), s)


def _by_text(claims, text, nth=0):
    found = [c for c in claims if c.text == text]
    assert len(found) > nth, f"{text!r} not found in {[c.text for c in claims]}"
    return found[nth]


def test_january_22_is_the_deadline(claims):
    c = _by_text(claims, "January 22")
    assert (c.kind, c.timex, c.start, c.end, c.role) == ("date", "2022-01-22", "2022-01-22", "2022-01-22", "deadline")


def test_wednesday_next_week_is_the_completion(claims):
    c = _by_text(claims, "Wednesday next week")
    assert (c.kind, c.timex, c.start, c.role) == ("date", "2022-01-19", "2022-01-19", "completion")
    assert "2022-01-13" in c.anchor


def test_on_thursday_is_the_publication_day_without_the_preposition(claims):
    c = _by_text(claims, "Thursday")
    assert c.timex == "2022-01-13"
    assert SEED.read_text(encoding="utf-8")[c.span[0]:c.span[1]] == "Thursday"


def test_past_tense_wednesday_is_the_day_before(claims):
    c = _by_text(claims, "Wednesday")
    assert (c.timex, c.extra.get("tense")) == ("2022-01-12", "past")


def test_last_week_is_iso_week_one(claims):
    c = _by_text(claims, "last week")
    assert (c.timex, c.start, c.end) == ("2022-W01", "2022-01-03", "2022-01-09")


def test_several_days_is_a_vague_duration_before_the_deadline(claims):
    c = _by_text(claims, "several days")
    assert (c.kind, c.timex) == ("duration", "PXD")
    assert c.extra["relation"] == "before"
    assert c.extra["relative_to"]["timex"] == "2022-01-22"


def test_no_dates_from_money_or_counts(claims):
    texts = " ".join(c.text for c in claims)
    for figure in ("2-3", "12,000", "1.8", "000"):
        assert figure not in texts


def test_earlier_alone_is_not_a_date(claims):
    assert not any(c.text.lower() == "earlier" for c in claims)


def test_every_seed_claim_is_expected(claims):
    assert sorted(c.text for c in claims) == sorted(
        ["Thursday", "Wednesday next week", "several days", "January 22", "Wednesday",
         "last week", "Thursday", "Last week"])
