"""The hand-labelled frame set (issue 13) stays well formed: enough figures from each
source, labels from the closed vocabularies, own and TimeBank figures where their offsets
say, and no Reuters text in the project (Reuters items are a document id and offsets)."""
from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "frames_bench.py"
CATEGORIES = set("""casualties injuries detentions displaced expulsions damage cost loss
profit revenue spending debt assets price money members votes age population employees
production share duration distance area other""".split())
ASPECTS = {"level", "change", "rate", "share", "part", "target"}


@pytest.fixture(scope="module")
def items():
    spec = importlib.util.spec_from_file_location("frames_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.load(mod.DATA)


def test_frames_data_has_enough_figures_from_each_source(items):
    by = Counter(it["source"].split(":")[0] for it in items)
    assert len(items) >= 420 and by["own"] >= 140 and by["timebank"] >= 100 and by["reuters"] >= 180, by
    assert len({it["id"] for it in items}) == len(items)


def test_frames_data_labels_are_from_the_vocabularies(items):
    for it in items:
        assert it["category"] in CATEGORIES, it["id"]
        assert it["aspect"] in ASPECTS, it["id"]
        assert it["period_kind"] in ("stock", "flow"), it["id"]
        assert it["counts_head"] and it["counts_head"] == it["counts_head"].lower(), it["id"]
        assert it["end"] - it["offset"] == len(it["figure"]), it["id"]


def test_frames_data_offsets_point_at_the_figures_and_hold_no_reuters_text(items):
    for it in items:
        if it["source"] == "reuters":
            assert it["text"] is None and it["doc"], it["id"]
        else:
            assert it["text"][it["offset"]:it["end"]] == it["figure"], it["id"]
