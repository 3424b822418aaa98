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


def test_an_unknown_key_of_a_rule_file_is_an_error_naming_file_line_and_key(tmp_path):
    pack = _pack(tmp_path, "deadline.yaml", "id: temporal.deadline-order\nlevle: warning\n")
    with pytest.raises(rules.RuleError, match=r"deadline.yaml:2: unknown key 'levle'; known: .*level"):
        rules.load((pack,))


def _lexicon(tmp_path: Path, name: str, body: str) -> str:
    (tmp_path / "lexicons").mkdir(parents=True, exist_ok=True)
    (tmp_path / "lexicons" / name).write_text(body, encoding="utf-8")
    return str(tmp_path)


@pytest.mark.parametrize("name", sorted(p.name for p in (rules.default_rules_dir() / "lexicons").glob("*.yaml")
                                         if p.stem not in rules.PACKAGED_ONLY))
def test_an_unknown_key_of_any_lexicon_override_is_an_error_naming_file_and_key(tmp_path, name):
    pack = _lexicon(tmp_path, name, "\nno_such_words: [x]\n")
    with pytest.raises(rules.RuleError, match=rf"{name}:2: unknown key no_such_words of lexicon {name[:-5]}; known: "):
        rules.load((pack,))


def test_a_lexicon_override_of_the_wrong_kind_or_name_is_an_error(tmp_path):
    pack = _lexicon(tmp_path, "hedges.yaml", "within_range: {x: 1}\n")
    with pytest.raises(rules.RuleError, match=r"hedges.yaml:1: 'within_range' must be a list .*not a mapping"):
        rules.load((pack,))
    pack = _lexicon(tmp_path / "b", "hedge.yaml", "within_range: [x]\n")
    with pytest.raises(rules.RuleError, match=r"hedge.yaml: unknown lexicon 'hedge'"):
        rules.load((pack,))


def test_a_lexicon_override_merges_onto_the_packaged_lexicon(tmp_path):
    packaged = rules.load().lexicon("hedges")["within_range"]
    pack = _lexicon(tmp_path, "hedges.yaml", "within_range: [thereabouts]\n")
    mine = rules.load((pack,)).lexicon("hedges")["within_range"]
    assert mine[:len(packaged)] == packaged and "thereabouts" in mine


def test_a_lexicon_read_from_the_package_only_cannot_be_overridden(tmp_path):
    # sentences.yaml is read before any rule pack is chosen: an override would do nothing
    pack = _lexicon(tmp_path, "sentences.yaml", "openers: [Meanwhile]\n")
    with pytest.raises(rules.RuleError, match=r"sentences.yaml: lexicon 'sentences' is read from the package only"):
        rules.load((pack,))


def test_every_packaged_lexicon_key_is_read_by_the_code():
    # a key no code reads is a typo in a packaged file: nothing would ever use its words
    import re
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(rules.__file__).parent.rglob("*.py"))
    unread = [(name, key) for name, lex in rules.load().lexicons.items() if isinstance(lex, dict)
              for key in lex if not re.search(rf"[\"']{re.escape(str(key))}[\"']", source)]
    assert not unread


def test_the_cli_exits_2_naming_the_file_and_key_of_a_bad_override(tmp_path):
    from click.testing import CliRunner
    from factcheck.cli import main
    pack = _lexicon(tmp_path / "pack", "frames.yaml", "linking_verb: [stood]\n")
    (tmp_path / "a.txt").write_text("Sales rose 5 pct.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--rules", pack, "check", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "frames.yaml:1: unknown key linking_verb of lexicon frames" in result.output


def test_a_pack_with_its_files_outside_checks_and_lexicons_is_an_error_naming_them(tmp_path):
    # "house/late.yaml" for "house/checks/late.yaml": the pack would silently change nothing
    (tmp_path / "late.yaml").write_text("id: temporal.deadline\nlevel: error\n", encoding="utf-8")
    with pytest.raises(rules.RuleError, match=r"no rule files in checks/\*\.yaml .*\(it has late\.yaml\)"):
        rules.load((str(tmp_path),))


def test_the_server_does_not_start_with_a_broken_rule_pack(tmp_path, monkeypatch):
    import subprocess
    import sys

    from click.testing import CliRunner
    from conftest import ROOT
    from factcheck.cli import main
    from factcheck.web import create_app

    (tmp_path / "pack").mkdir()
    pack = _pack(tmp_path / "pack", "late.yaml", "id: temporal.deadline\nlevle: error\n")
    with pytest.raises(rules.RuleError, match="late.yaml:2: unknown key 'levle'"):
        create_app(Settings(db=str(tmp_path / "fc.db"), rules_dirs=(pack,)))
    result = CliRunner().invoke(main, ["--rules", pack, "serve", "--db", str(tmp_path / "fc.db")])
    assert result.exit_code == 2 and "late.yaml:2: unknown key 'levle'" in result.output
    # gunicorn's master stops before any worker starts: one line, exit 2, no traceback
    env = {**__import__("os").environ, "FACTCHECK_RULES_DIRS": pack, "FACTCHECK_DB": str(tmp_path / "fc.db"),
           "PORT": "0"}
    proc = subprocess.run([sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"),
                           "factcheck.web:create_app()"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "factcheck: cannot start:" in proc.stderr and "late.yaml:2: unknown key 'levle'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_people_nouns_are_one_list_that_every_check_reads(tmp_path):
    # categories.yaml people_nouns: a pack's noun widens the fractional-count check too
    pack = _lexicon(tmp_path, "categories.yaml", "people_nouns: [lifeguards]\n")
    text = "The council hired 3.5 lifeguards for the summer season."
    fired = [[f.rule for f in check(text, settings=s).findings if f.rule == "sanity.fractional-count"]
             for s in (Settings(), Settings(rules_dirs=(pack,)))]
    assert fired == [[], ["sanity.fractional-count"]]
