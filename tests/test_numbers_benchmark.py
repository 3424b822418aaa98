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
