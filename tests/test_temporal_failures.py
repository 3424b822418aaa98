"""A temporal pattern whose handler raises costs its own claim, never the report, and
never silently: the report's notes say which expression, where and why."""
from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from factcheck import check
from factcheck.deadline import CheckTimeout
from factcheck.extract.temporal import registry

ROOT = Path(__file__).resolve().parents[1]
FAILED = "temporal normalisation failed"


def _raising(monkeypatch, name: str, exc: BaseException) -> None:
    def boom(m, cx, a, b):
        raise exc
    monkeypatch.setitem(registry._RULES, name, dataclasses.replace(registry.RULES[name], handler=boom))


def test_a_handler_that_raises_leaves_a_note_and_drops_only_its_claim(monkeypatch):
    text = "Troops left on Thursday. The pullout ends on January 22.\n\nThe vote is on March 3."
    before = check(text, published="2022-01-13")
    _raising(monkeypatch, "md", ValueError("day out of range"))
    after = check(text, published="2022-01-13")
    assert [n for n in after.notes if FAILED in n] == [
        "temporal normalisation failed on 'January 22' (sentence 2, pattern md): ValueError: day out of range",
        "temporal normalisation failed on 'March 3' (sentence 3, pattern md): ValueError: day out of range",
    ]
    assert [c.text for c in after.claims] == [c.text for c in before.claims if c.text not in ("January 22", "March 3")]
    assert "notes" in after.to_dict() and after.to_dict()["notes"] == list(after.notes)


def test_the_check_budget_is_never_swallowed(monkeypatch):
    _raising(monkeypatch, "weekday", CheckTimeout(10))
    with pytest.raises(CheckTimeout):
        check("Troops left on Thursday.", published="2022-01-13")


def test_the_seed_article_has_no_failed_normalisation(seed_text):
    assert not [n for n in check(seed_text, published="2022-01-13").notes if FAILED in n]


def test_a_timeml_document_has_no_failed_normalisation():
    spec = importlib.util.spec_from_file_location("timeml", ROOT / "benchmarks" / "timeml.py")
    timeml = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(timeml)
    title, dct, body = timeml.read(ROOT / "tests" / "data" / "temporal_mini.tml")
    report = check(body, published=dct, title=title)
    assert report.claims and not [n for n in report.notes if FAILED in n]
