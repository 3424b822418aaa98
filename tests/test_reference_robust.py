"""Odd input never breaks the reference checks, loaders or rates."""
from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from factcheck import check
from factcheck.reference import load_path, rate, rate_range
from factcheck.reference.loader import ReferenceError, parse
from factcheck.settings import Settings
from factcheck.textinput import is_blank

WORDS = st.sampled_from([
    "Almaty", "London", "Kazakhstan", "CSTO", "NATO", "members", "member countries", "people",
    "population", "of", "the", "a city of", "nearly", "more than", "1.8 million", "18m", "six",
    "seven", "2009", "in", "'s", ",", ".", "\n", "—", "Алматы", "US", "U.S.", "home to",
    "citizens", "call", "home", "Birmingham in the United Kingdom", "0", "-5", "1e9", "%",
    "six-member", "27-nation", "alliance", "bloc's", "which now has", "has", "each of the",
    "new", "former", "EU", "In 2010,", "founded in 1992", "that joined", "of the", "allies",
])
SETTINGS = Settings(db="")
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "60"))  # more to explore


@hsettings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=25))
def test_random_newsroom_text_never_breaks_a_reference_check(words):
    text = " ".join(words)
    if is_blank(text):  # what every door calls empty
        return
    report = check(text, published="2022-01-13", settings=SETTINGS)
    broken = [f for f in report.findings if f.details.get("internal_error")]
    assert not broken, [f.message for f in broken]


@hsettings(deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) |
                    st.dictionaries(st.sampled_from(["entity", "attribute", "value", "facts",
                                                     "organisation", "members", "aliases",
                                                     "as_of", "country"]), inner, max_size=4),
                    max_leaves=10))
def test_any_parsed_data_gives_facts_or_a_reference_error(data):
    try:
        parse(data, "fuzz")
    except ReferenceError:
        pass


def test_binary_and_empty_files(tmp_path):
    (tmp_path / "a.yaml").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "b.json").write_text("", encoding="utf-8")
    with pytest.raises(ReferenceError, match="a.yaml"):
        load_path(tmp_path / "a.yaml")
    with pytest.raises(ReferenceError, match="b.json"):
        load_path(tmp_path / "b.json")


@hsettings(deadline=None)  # the first call loads the ECB history
@given(st.text(max_size=5) | st.sampled_from(["USD", "EUR", "GBP", "usd"]),
       st.text(max_size=5) | st.sampled_from(["USD", "EUR", "JPY"]), st.dates())
def test_rate_never_raises(a, b, day):
    r = rate(a, b, on=day)
    assert r is None or r > 0


def test_rate_range_with_reversed_dates():
    assert rate_range("USD", "EUR", date(2022, 1, 14), date(2022, 1, 10)) is not None
