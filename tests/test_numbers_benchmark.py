"""The labelled news-figure sets stay read correctly (accuracy, not speed)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "numbers_bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("numbers_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name,floor", [("numbers.jsonl", 0.99), ("numbers_heldout.jsonl", 0.97)])
def test_labelled_figures_read_exactly(bench, name, floor):
    rows = bench.load(BENCH.parent / "data" / name)
    s = bench.score(rows, bench.ours(rows), exact_span=True)
    assert s["accuracy"] >= floor, s
    assert s["non_quantities_claimed"] <= 0.02 * s["non_quantities"], s


def test_benchmark_set_has_at_least_400_figures(bench):
    rows = bench.load()
    assert sum(len(r["figures"]) for r in rows) >= 400


REUTERS = Path("/work/shared/data/reuters21578-train/articles.jsonl")


def test_units_set_has_at_least_300_figures_in_its_families(bench):
    import json

    path = BENCH.parent / "data" / "numbers_units.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(len(r["figures"]) for r in rows) >= 300
    assert {r["family"] for r in rows} == {"sport", "technology", "science", "markets", "timebank", "wire"}
    assert all(r["text"] is None and r["doc"] and r["end"] > r["start"] for r in rows if r["family"] == "wire")


def test_units_set_figures_read_exactly(bench):
    """The written and TimeBank rows; the Reuters rows too where the corpus is at hand."""
    rows = bench.load(BENCH.parent / "data" / "numbers_units.jsonl", REUTERS if REUTERS.exists() else None)
    s = bench.score(rows, bench.ours(rows), exact_span=True)
    assert s["accuracy"] >= 0.97, s
    assert s["non_quantities_claimed"] <= 0.1 * s["non_quantities"], s
