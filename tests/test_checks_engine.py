"""The check engine: levels, configuration, robustness."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check, rules
from factcheck.checks import CHECK_TYPES, Context, check_type, run
from factcheck.model import Claim
from factcheck.pipeline import make_document
from factcheck.settings import Settings

BAD_WEEKDAY = "The talks opened on Thursday, January 14, and closed a day later."


def _findings(text, settings=None, published="2022-01-14"):
    return check(text, published=published, settings=settings or Settings()).findings


def test_relevelled_rule_caps_its_findings():
    s = Settings(rule_levels=(("temporal.weekday-date", "warning"),))
    found = [f for f in _findings(BAD_WEEKDAY, s) if f.rule == "temporal.weekday-date"]
    assert found and all(f.severity == "warning" for f in found)


def test_rule_pattern_switches_a_family_off():
    s = Settings(disabled_rules=("temporal.*",))
    assert not [f for f in _findings(BAD_WEEKDAY, s) if f.rule.startswith("temporal.")]


def test_pattern_level_applies_and_exact_id_wins():
    rs = rules.load((), (), (("sanity.*", "info"), ("sanity.range-order", "warning")))
    levels = {r.id: r.level for r in rs.rules}
    assert levels["sanity.negative-count"] == "info"
    assert levels["sanity.range-order"] == "warning"


def test_malformed_level_setting_is_a_rule_error():
    with pytest.raises(rules.RuleError):
        rules.load((), (), (("sanity.range-order",),))


def test_duplicate_rule_id_in_one_folder_is_rejected(tmp_path: Path):
    (tmp_path / "checks").mkdir()
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / "checks" / name).write_text(
            "id: mine.dup\nextends: range-order\nlevel: error\nmessage: x\n", encoding="utf-8")
    with pytest.raises(rules.RuleError, match="mine.dup"):
        rules.load((str(tmp_path),))


def test_user_rule_may_leave_out_params_the_check_type_defaults(tmp_path: Path):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "mine.yaml").write_text(
        "id: mine.deadline\nextends: deadline-order\nlevel: error\n"
        "message: 'late: {completion} vs {deadline}'\n", encoding="utf-8")
    s = Settings(rules_dirs=(str(tmp_path),))
    text = "The pullout would be completed by Wednesday next week, ahead of a January 12 deadline."
    found = [f for f in check(text, published="2022-01-13", settings=s).findings if f.rule == "mine.deadline"]
    assert found and "2022-01-12" in found[0].message


def test_a_broken_check_leaves_an_info_finding_not_a_traceback(tmp_path: Path):
    @check_type("test-broken")
    def broken(ctx: Context) -> None:
        raise RuntimeError("boom")

    try:
        (tmp_path / "checks").mkdir()
        (tmp_path / "checks" / "b.yaml").write_text(
            "id: test.broken\nextends: test-broken\nlevel: error\nmessage: x\n", encoding="utf-8")
        rs = rules.load((str(tmp_path),))
        doc = make_document("Some text here.", "2022-01-13")
        found = [f for f in run(doc, [], rs) if f.rule == "test.broken"]
        assert len(found) == 1 and found[0].severity == "info" and "boom" in found[0].message
    finally:
        CHECK_TYPES.pop("test-broken", None)


def test_message_with_a_bad_format_spec_still_reads():
    rs = rules.load()
    rule = rs.rule("sanity.range-order")
    from dataclasses import replace

    ctx = Context(make_document("x y z.", None), [], replace(rule, message="{low:.1f} odd"), rs)
    ctx.fail([], low="three")
    assert "odd" in ctx.findings[0].message and "three" in ctx.findings[0].message


def test_passed_is_recorded_once_per_rule_and_detail():
    rs = rules.load()
    ctx = Context(make_document("x y z.", None), [], rs.rule("sanity.range-order"), rs)
    c = Claim(kind="quantity", text="2-3", span=(0, 3))
    ctx.passed(c, "ok")
    ctx.passed(c, "ok")
    assert len(c.checks) == 1
