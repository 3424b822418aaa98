"""max_figures: a text with more digit runs than the limit is read up to the limit,
and the report says so (issue 18: a 200,000-character table of figures must not cost
seconds per check)."""
from __future__ import annotations

from factcheck import check
from factcheck.settings import Settings, from_env

TEXT = "Police detained 10 people on Monday. Then 20 more, and 30 on Tuesday. Later 40 and 50 were freed."


def test_a_text_over_the_limit_is_read_up_to_the_limit_and_says_so():
    report = check(TEXT, published="2022-01-13", settings=Settings(max_figures=3))
    cut = TEXT.index("40")
    assert [c.text for c in report.claims if c.kind == "quantity"] == ["10", "20", "30"]
    assert all(c.span[1] <= cut for c in report.claims)
    assert report.notes[-1] == (f"The text holds more than 3 figures (the max_figures limit): "
                                f"only its first {cut:,} characters were read and checked.")
    assert report.to_dict()["article"]["chars"] == len(TEXT)  # the report is still about the whole text


def test_a_text_within_the_limit_is_read_whole():
    limited = check(TEXT, published="2022-01-13", settings=Settings(max_figures=5)).to_dict()
    unlimited = check(TEXT, published="2022-01-13", settings=Settings(max_figures=0)).to_dict()
    assert limited == unlimited
    assert not any("max_figures" in n for n in limited["notes"])


def test_one_long_sentence_of_figures_is_cut_inside_the_sentence():
    text = "Scores: " + " ".join(str(n) for n in range(1, 200)) + "."
    report = check(text, published="2022-01-13", settings=Settings(max_figures=50))
    quantities = [c for c in report.claims if c.kind == "quantity"]
    assert 0 < len(quantities) <= 50 and "max_figures" in report.notes[-1]


def test_the_limit_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("FACTCHECK_MAX_FIGURES", "7")
    assert from_env().max_figures == 7
