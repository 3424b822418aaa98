"""Every rule's own examples: `pass` texts give no finding of that rule, `fail` texts at least one."""
from __future__ import annotations

import pytest

from factcheck import check
from factcheck.settings import Settings

RULESET = Settings().ruleset()
CASES = [(r.id, kind, i, ex) for r in RULESET.rules for kind in ("pass", "fail")
         for i, ex in enumerate(r.examples.get(kind, []))]


def test_every_rule_has_a_failing_example():
    missing = [r.id for r in RULESET.rules if not r.examples.get("fail")]
    assert not missing, f"rules without a failing example: {missing}"


@pytest.mark.parametrize("rule_id,kind,i,example", CASES, ids=[f"{c[0]}-{c[1]}{c[2]}" for c in CASES])
def test_rule_example(rule_id, kind, i, example):
    report = check(example["text"], published=example.get("published"), title=example.get("title"))
    hits = [f for f in report.findings if f.rule == rule_id]
    if kind == "pass":
        assert not hits, [f.message for f in hits]
    else:
        assert hits, f"{rule_id} should fire on: {example['text']}"
