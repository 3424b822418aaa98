"""An extractor that breaks is loud: the figure it broke on is lost, the report's notes
say so, and the rest of the article is read as usual. Normal text breaks nothing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck
from conftest import SEED_DATE
from factcheck import pipeline
from factcheck.deadline import CheckTimeout
from factcheck.extract import link, numbers
from factcheck.extract.numbers import readers
from factcheck.settings import Settings

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
TEXT = "Prices rose. About 12,000 people were detained and 5,000 were injured. Some 300 fled."


def _failures(report) -> list[str]:
    return [n for n in report.notes if "failed" in n]


@pytest.fixture
def digits_break_on_5000(monkeypatch):
    real = readers._read_digits

    def read(text, m, g, dollar, *rest):
        if m.group() == "5,000":
            raise ValueError("a reader broke")
        return real(text, m, g, dollar, *rest)
    monkeypatch.setattr(readers, "_read_digits", read)


def test_a_broken_reader_is_a_note_and_the_other_figures_stay(digits_break_on_5000):
    report = factcheck.check(TEXT, published=SEED_DATE)
    figures = [c.text for c in report.claims if c.kind == "quantity"]
    assert "About 12,000" in figures and "Some 300" in figures
    assert not any("5,000" in f for f in figures)
    at = TEXT.index("5,000")
    assert _failures(report) == [f"numbers extraction failed on '5,000' (sentence 2, character {at}, "
                                 f"reading a figure): ValueError: a reader broke"]
    assert report.to_dict()["notes"] == list(report.notes)


def test_a_broken_reader_is_in_the_documents_notes_for_a_direct_caller(digits_break_on_5000):
    settings = Settings()
    doc = pipeline.make_document(TEXT, SEED_DATE, settings=settings)
    claims, _ = numbers.extract(doc, settings.ruleset())
    assert len(claims) == 2 and len(doc.notes) == 1 and "a reader broke" in doc.notes[0]


def test_the_plain_reading_raises(digits_break_on_5000):
    """numbers._extract, which the property tests call, has no one to tell: it raises."""
    settings = Settings()
    with pytest.raises(ValueError, match="a reader broke"):
        numbers._extract(TEXT, numbers.grammar(settings.ruleset()), None)


def test_a_broken_pass_over_the_text_keeps_the_figures(monkeypatch):
    def broken(*args):
        raise KeyError("francs")
    monkeypatch.setattr(numbers, "_francs", broken)
    report = factcheck.check(TEXT, published=SEED_DATE)
    assert len([c for c in report.claims if c.kind == "quantity"]) == 3
    assert _failures(report) == ["numbers extraction failed (naming francs): KeyError: 'francs'"]


def test_a_broken_linker_is_a_note_and_the_figure_stays(monkeypatch):
    real = link._category

    def category(c, *args):
        if c.text == "Some 300":
            raise IndexError("a linker broke")
        return real(c, *args)
    monkeypatch.setattr(link, "_category", category)
    report = factcheck.check(TEXT, published=SEED_DATE)
    broke = next(c for c in report.claims if c.text == "Some 300")
    assert _failures(report) == [f"linking failed on 'Some 300' (sentence 3, claim {broke.id}): "
                                 f"IndexError: a linker broke"]
    assert broke.measure is not None  # what was linked before the break stays


@pytest.mark.parametrize("where", ["reader", "linker"])
def test_the_time_budget_is_never_swallowed(monkeypatch, where):
    def out_of_time(*args):
        raise CheckTimeout(1.0)
    if where == "reader":
        monkeypatch.setattr(readers, "_read_digits", out_of_time)
    else:
        monkeypatch.setattr(link, "_category", out_of_time)
    with pytest.raises(CheckTimeout):
        factcheck.check(TEXT, published=SEED_DATE)


def _corpus() -> list[str]:
    texts = []
    for name in ("numbers.jsonl", "numbers_heldout.jsonl", "population.jsonl"):
        with open(DATA / name, encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def test_the_seed_article_breaks_nothing(seed_text):
    assert _failures(factcheck.check(seed_text, published=SEED_DATE)) == []


def test_the_benchmark_sentences_break_nothing():
    """TimeBank, newsroom and population sentences (benchmarks/data): every date and
    figure is read and linked without an extractor failing."""
    texts = _corpus()
    assert len(texts) > 700
    settings = Settings()
    ruleset = settings.ruleset()
    for text in texts:
        doc = pipeline.make_document(text, SEED_DATE, settings=settings)
        pipeline.extract_claims(doc, ruleset, settings)
        assert doc.notes == [], text
