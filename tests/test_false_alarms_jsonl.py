"""benchmarks/false_alarms.py reads any set of news as JSON lines (--jsonl), as it reads Reuters."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "false_alarms.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("false_alarms", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write(path: Path, recs) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def test_title_is_the_first_line_and_null_date_stays_null(bench, tmp_path):
    p = write(tmp_path / "s.jsonl", [
        {"id": "X1", "url": "u", "published": None, "title": "Sales up 10%", "text": "Sales rose 10%."},
        {"id": "X2", "url": "u", "published": "2024-05-02", "title": "", "text": "Profit fell."},
    ])
    got = list(bench.records(p, "unseen"))
    assert got[0] == ("unseen", "X1", "Sales up 10%\n\nSales rose 10%.", None, None, "u")
    assert got[1] == ("unseen", "X2", "Profit fell.", "2024-05-02", None, "u")  # (the url for --with-url)


def test_jsonl_set_is_counted_and_labelled_by_name(bench, tmp_path, capsys):
    text = "Revenue rose 56% to $1.13bn from $639m in the quarter, the company said."
    p = write(tmp_path / "s.jsonl", [{"id": "X1", "published": "2024-05-02", "title": "", "text": text}])
    labels = write(tmp_path / "l.jsonl", [
        {"doc": "X1", "rule": "arithmetic.percent-change", "claims": [[13, 16], [33, 38], [20, 27]],
         "verdict": "real", "reason": "76.8%, not 56%"},
        {"doc": "X1", "rule": "agreement.headline", "severity": "info", "claims": [],
         "verdict": "false", "reason": "an info label is not counted"},
    ])
    dump = tmp_path / "d.jsonl"
    assert bench.main(["--jsonl", str(p), "--name", "unseen", "--jobs", "1",
                       "--labels", str(labels), "--dump", str(dump)]) == 0
    out = capsys.readouterr().out
    found = [json.loads(x) for x in dump.read_text().splitlines()]
    assert [(f["corpus"], f["rule"]) for f in found] == [("unseen", "arithmetic.percent-change")]
    assert "unseen/" in out and "1 of 1 labels" in out


def test_findings_without_claims_are_told_apart_by_their_span(bench, tmp_path):
    # two scanned findings in one article (impossible dates) name no claim: each keeps its own span,
    # and a label written without a span (older labels) still fits
    text = "The plant closed on February 30 and reopened on April 31, the company said."
    p = write(tmp_path / "s.jsonl", [{"id": "X1", "published": "2024-05-02", "title": "", "text": text}])
    dump = tmp_path / "d.jsonl"
    bench.main(["--jsonl", str(p), "--jobs", "1", "--labels", str(tmp_path / "none"), "--dump", str(dump)])
    found = [json.loads(x) for x in dump.read_text().splitlines()]
    assert len(found) == 2 and all(f["claims"] == [] for f in found)
    assert len({bench.key(f) for f in found}) == 2
    old = {bench.key({**found[0], "span": None}): {"verdict": "real"}}
    assert bench.label_of(old, found[0]) == {"verdict": "real"}
