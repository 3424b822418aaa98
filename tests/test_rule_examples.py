"""Every rule's own examples: `pass` texts give no finding of that rule; each `fail` text
gives a finding of that rule whose message holds every part listed in `message` (its
key numbers), which names exactly the claims listed in `claims` (their texts) and, when
the example gives a `severity`, is of that severity."""
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


def test_every_failing_example_pins_its_message_and_claims():
    loose = [f"{rid} fail{i}" for rid, kind, i, ex in CASES
             if kind == "fail" and not (ex.get("message") and "claims" in ex)]
    assert not loose, f"failing examples without `message:` and `claims:`: {loose}"


@pytest.mark.parametrize("rule_id,kind,i,example", CASES, ids=[f"{c[0]}-{c[1]}{c[2]}" for c in CASES])
def test_rule_example(rule_id, kind, i, example):
    report = check(example["text"], published=example.get("published"), title=example.get("title"))
    hits = [f for f in report.findings if f.rule == rule_id]
    if kind == "pass":
        assert not hits, [f.message for f in hits]
        return
    assert hits, f"{rule_id} should fire on: {example['text']}"
    texts = {c.id: c.text for c in report.claims}
    wanted = (list(example.get("message") or []), list(example.get("claims") or []))
    severity = example.get("severity")
    found = [(f.message, [texts[c] for c in f.claims if c in texts], f.severity) for f in hits]
    assert any(all(part in msg for part in wanted[0]) and sorted(claims) == sorted(wanted[1])
               and severity in (None, sev) for msg, claims, sev in found), \
        f"expected {wanted} ({severity or 'any severity'}), got {found}"
