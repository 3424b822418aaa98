"""Rule packs are validated on load, and a user's rule is laid over the packaged one."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import check, rules
from factcheck.settings import Settings

LATE = "The pullout would be completed by Wednesday next week, several days ahead of a January 12 deadline."


def _pack(tmp_path: Path, name: str, body: str) -> str:
    (tmp_path / "checks").mkdir(exist_ok=True)
    (tmp_path / "checks" / name).write_text(body, encoding="utf-8")
    return str(tmp_path)


def test_a_misspelt_parameter_is_an_error_naming_file_line_and_the_accepted_ones(tmp_path):
    pack = _pack(tmp_path, "mine.yaml",
                 "id: mine.range\nextends: range-order\nlevel: error\nmessage: x\n"
                 "params:\n  skip_word: [odds]\n")
    with pytest.raises(rules.RuleError) as e:
        rules.load((pack,))
    msg = str(e.value)
    assert f"{tmp_path / 'checks' / 'mine.yaml'}:6:" in msg
    assert "unknown parameter 'skip_word'" in msg and "skip_words" in msg


def test_a_parameter_of_the_wrong_type_is_an_error(tmp_path):
    pack = _pack(tmp_path, "world.yaml",
                 "id: mine.world\nextends: world-population\nlevel: error\nmessage: x\n"
                 "params:\n  world: 8.2e9\n")  # YAML 1.1 reads this as a string
    with pytest.raises(rules.RuleError, match=r"world.yaml:6: parameter 'world' must be a number, not a string"):
        rules.load((pack,))


def test_params_must_be_a_mapping(tmp_path):
    pack = _pack(tmp_path, "m.yaml", "id: mine.m\nextends: range-order\nlevel: error\nmessage: x\nparams: [a]\n")
    with pytest.raises(rules.RuleError, match=r"m.yaml:5: params must be a mapping"):
        rules.load((pack,))


def test_every_packaged_rule_fits_its_check_type():
    from factcheck import checktypes
    for rule in rules.load().rules:
        assert checktypes.param_problems(rule.extends, rule.params) == [], rule.id


def test_an_override_merges_its_params_onto_the_packaged_ones(tmp_path):
    packaged = rules.load().rule("temporal.deadline-order")
    pack = _pack(tmp_path, "deadline.yaml",
                 "id: temporal.deadline-order\nparams:\n  gaps:\n    several days: [3, 4]\n")
    mine = rules.load((pack,)).rule("temporal.deadline-order")
    assert mine.params["gaps"] == {"several days": [3, 4]}
    assert mine.params["gap_message"] == packaged.params["gap_message"]  # kept, not dropped
    assert (mine.level, mine.message, mine.extends) == (packaged.level, packaged.message, packaged.extends)


def test_an_override_changes_what_it_names_and_the_check_follows(tmp_path):
    pack = _pack(tmp_path, "deadline.yaml", "id: temporal.deadline-order\nlevel: warning\n")
    found = [f for f in check(LATE, published="2022-01-13", settings=Settings(rules_dirs=(pack,))).findings
             if f.rule == "temporal.deadline-order"]
    assert found and {f.severity for f in found} == {"warning"}
    assert "2022-01-19" in found[0].message and "2022-01-12" in found[0].message


def test_an_override_cannot_change_the_check_type(tmp_path):
    pack = _pack(tmp_path, "deadline.yaml", "id: temporal.deadline-order\nextends: tense\n")
    with pytest.raises(rules.RuleError, match=r"deadline.yaml:2: .*cannot change its check type"):
        rules.load((pack,))


def test_an_unknown_check_type_names_the_line(tmp_path):
    pack = _pack(tmp_path, "x.yaml", "id: mine.x\nlevel: error\nextends: no-such-check\nmessage: x\n")
    with pytest.raises(rules.RuleError, match=r"x.yaml:3: unknown check type 'no-such-check'"):
        rules.load((pack,))
