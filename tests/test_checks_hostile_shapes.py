"""The formerly slow text shapes (benchmarks/hostile.py, at 2,000 characters) get from
the checks exactly what they got before the checks were made linear.

tests/data/hostile_checks.json.gz holds, per shape, the document and the claims going
into the checks, and the findings and per-claim checks the earlier (quadratic) checks
made of them (written with the checks of commit 7f96169). The claims are stored, not
extracted again, so this compares the checks alone.
"""
from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from factcheck import checks
from factcheck.model import Claim, Document, Sentence
from factcheck.settings import Settings

DATA = Path(__file__).parent / "data" / "hostile_checks.json.gz"
SHAPES = json.loads(gzip.decompress(DATA.read_bytes()).decode("utf-8"))


def _document(rec: dict) -> Document:
    sentences = tuple(Sentence(**s) for s in rec["sentences"])
    headline = next((s for s in sentences if s.index == rec["headline"]), None)
    return Document(text=rec["text"], published=date.fromisoformat(rec["published"]), title=None,
                    url=None, sentences=sentences, headline=headline)


def _claim(d: dict) -> Claim:
    return Claim(**{**d, "span": tuple(d["span"]), "checks": []})


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_a_formerly_slow_shape_gets_the_findings_it_got_before(name):
    rec = SHAPES[name]
    settings = Settings(db="")
    claims = [_claim(d) for d in rec["claims"]]
    findings = checks.run(_document(rec), claims, settings.ruleset(), settings)
    # agreement.repeated-figure was rewritten on frames (issue 13) after these were
    # recorded, and the stored claims have none: it is left out of the comparison
    skip = "agreement.repeated-figure"
    assert [f.to_dict() for f in findings if f.rule != skip] == [f for f in rec["findings"] if f["rule"] != skip]
    assert [[k.to_dict() for k in c.checks if k.rule != skip] for c in claims] == \
        [[k for k in ks if k["rule"] != skip] for ks in rec["checks"]]
