"""The TimeBank scorer (benchmarks/timebank_score.py) on a hand-made TimeML file."""
import importlib.util
import sys
from pathlib import Path

import pytest

from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "temporal_mini.tml"


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("timebank_score", ROOT / "benchmarks" / "timebank_score.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("timebank_score", mod)  # dataclasses look their module up
    spec.loader.exec_module(sys.modules["timebank_score"])
    mod = sys.modules["timebank_score"]
    return mod


def test_parse_gives_plain_text_offsets_and_dct(scorer):
    doc = scorer.parse_tml(FIXTURE.read_text(encoding="utf-8"), FIXTURE.name)
    assert doc.dct == "2022-01-13"
    assert "&amp;" not in doc.text and "<" not in doc.text
    assert [doc.text[g.start:g.end] for g in doc.gold] == [
        "Thursday", "Wednesday next week", "several days", "January 22", "last week", "yesterday"]


def test_score_counts_spans_and_values(scorer):
    docs = scorer.load(FIXTURE)
    r = scorer.score(docs, Settings())
    assert (r["gold"], r["system"]) == (6, 6)
    assert r["strict"][2] == pytest.approx(1.0)
    # "yesterday" is deliberately mis-valued in the fixture: 5 of 6 values agree
    assert r["value"][0] == pytest.approx(5 / 6)
    assert sum(r["errors"]["value"].values()) == 1


def test_main_rejects_a_missing_corpus(scorer, capsys):
    assert scorer.main([str(ROOT / "no-such-corpus")]) == 2


@pytest.mark.parametrize("gold, got, ok", [
    ("1989-WXX", "1989-W43", True), ("1949-XX", "1949", True), ("199X", "199", True),
    ("2000-04-16", "2000-04-16TNI", True), ("2000-W7", "2000-W07", True), ("1989-QX", "1989-Q3", True),
    ("1998-12-XX", "1998-W49", False), ("1989", "1988", False), ("P1W", "1998-W33", False),
])
def test_lenient_value_match(scorer, gold, got, ok):
    assert scorer.compatible(gold, got) is ok


@pytest.mark.parametrize("gold, got, text, cause", [
    ("1989-WXX", "1989-W43", "last week", "format"),
    ("P1W", "1998-W33", "last week", "duration vs point"),
    ("1998-08-07", "1998-08-14", "Friday", "weekday: past/coming"),
    ("1988", "1988-Q3", "a year ago", "granularity"),
    ("1997-02", "1998-02", "last February", "year: same period"),
    ("PAST_REF", "PXY", "recent years", "reference"),
])
def test_value_errors_get_a_cause(scorer, gold, got, text, cause):
    g = scorer.Timex(0, len(text), text, "DATE", gold)
    s = scorer.Timex(0, len(text), text, "DATE", got)
    assert scorer.value_cause(g, s).startswith(cause)


def test_errors_without_a_file_go_to_standard_output(scorer, capsys):
    assert scorer.main([str(FIXTURE), "--errors"]) == 0
    assert "## value (1)" in capsys.readouterr().out
