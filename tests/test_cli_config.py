"""The config-file layer of Settings: discovery, keys, precedence."""
from __future__ import annotations

import pytest

from factcheck import settings as S


def test_yaml_config_wins_over_pyproject_in_the_same_folder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-level = "info"\n')
    (tmp_path / ".factcheck.yaml").write_text("fail-level: warning\n")
    assert S.discover(tmp_path) == tmp_path / ".factcheck.yaml"


def test_pyproject_without_a_factcheck_table_is_passed_over(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("fail-level: warning\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[tool.black]\nline-length = 99\n")
    assert S.discover(tmp_path / "sub" / "article.md") == tmp_path / ".factcheck.yaml"


def test_order_is_defaults_file_environment(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("fail-level: warning\ndate-order: DMY\n")
    s = S.load(tmp_path, env={"FACTCHECK_DATE_ORDER": "MDY"})
    assert (s.fail_level, s.date_order) == ("warning", "MDY")
    assert s.sources["fail_level"] == str(tmp_path / ".factcheck.yaml")
    assert s.sources["date_order"] == "environment"


def test_levels_table_becomes_rule_levels(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck.levels]\n"temporal.tense" = "off"\n')
    assert S.load(tmp_path, env={}).rule_levels == (("temporal.tense", "off"),)


def test_any_settings_field_can_be_set_by_its_own_name(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("max_text_chars: 5000\n")
    assert S.load(tmp_path, env={}).max_text_chars == 5000


@pytest.mark.parametrize("body,message", [
    ("fail-level: sometimes\n", "fail level must be one of"),
    ("ignore: 3\n", "must be a string or a list of strings"),
    ("levels: [a]\n", "must be a table"),
    ("- just a list\n", "must be a mapping"),
    ("a: [unclosed\n", "not valid YAML"),
])
def test_bad_config_says_which_file_and_why(tmp_path, body, message):
    (tmp_path / ".factcheck.yaml").write_text(body)
    with pytest.raises(S.ConfigError, match=message) as e:
        S.load(tmp_path, env={})
    assert str(tmp_path / ".factcheck.yaml") in str(e.value)
