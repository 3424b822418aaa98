"""`factcheck check` as a linter: folders, globs, exit codes, formats, baselines, config."""
from __future__ import annotations

import json
from xml.etree import ElementTree as ET

from lint_helpers import CLEAN, ERR, ERR_RULE, cli, proc


def make_tree(root):
    (root / "news").mkdir()
    (root / "news" / "bad.txt").write_text(ERR)
    (root / "news" / "ok.md").write_text("---\ntitle: Troops leave\ndate: 2022-01-13\n---\n\n" + CLEAN.split("\n\n", 1)[1])
    (root / "news" / "drafts").mkdir()
    (root / "news" / "drafts" / "wip.txt").write_text(ERR)
    (root / "news" / "notes.csv").write_text("a,b\n1,2\n")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text(ERR)
    return root / "news"


def test_folder_is_walked_recursively_for_article_files(tmp_path):
    news = make_tree(tmp_path)
    r = cli("check", str(news), "--format", "json", "--jobs", "1")
    paths = sorted(x["path"] for x in json.loads(r.stdout))
    assert paths == sorted(str(news / p) for p in ("bad.txt", "ok.md", "drafts/wip.txt"))


def test_exclude_glob_skips_a_subfolder(tmp_path):
    news = make_tree(tmp_path)
    r = cli("check", str(news), "--exclude", "drafts", "--format", "json", "--jobs", "1")
    assert sorted(x["path"] for x in json.loads(r.stdout)) == [str(news / "bad.txt"), str(news / "ok.md")]


def test_include_glob_narrows_the_files(tmp_path):
    news = make_tree(tmp_path)
    r = cli("check", str(news), "--include", "*.md", "--format", "json", "--jobs", "1")
    assert json.loads(r.stdout)["path"] == str(news / "ok.md")


def test_text_line_is_path_line_col_level_rule_message(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    r = cli("check", str(f))
    assert r.exit_code == 1
    assert r.stdout.startswith(f"{f}:3:34: error {ERR_RULE} ") and "2022-01-25" in r.stdout
    assert "\x1b[" not in r.stdout  # no colour when not a terminal


def test_color_flag_forces_ansi_colour(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    assert "\x1b[31m" in cli("check", str(f), "--color").stdout


def test_clean_file_exits_0_and_summary_goes_to_stderr(tmp_path):
    f = tmp_path / "ok.txt"
    f.write_text(CLEAN)
    r = cli("check", str(f))
    assert r.exit_code == 0 and r.stdout == ""
    assert r.stderr.startswith("factcheck: 1 file, ")


def test_fail_level_never_exits_0_with_findings(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    r = cli("check", str(f), "--fail-level", "never")
    assert r.exit_code == 0 and ERR_RULE in r.stdout


def test_fail_level_warning_fails_on_a_warning(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text(f"levels:\n  {ERR_RULE}: warning\n")
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    assert cli("check", str(f)).exit_code == 0  # a warning does not fail by default
    r = cli("check", str(f), "--fail-level", "warning")
    assert r.exit_code == 1 and f"warning {ERR_RULE}" in r.stdout


def test_bad_fail_level_is_usage_error_2(tmp_path):
    r = proc("check", "x.txt", "--fail-level", "sometimes", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_quiet_prints_findings_only(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    r = cli("check", str(f), "--quiet")
    assert r.exit_code == 1 and r.stderr == "" and ERR_RULE in r.stdout


def test_statistics_counts_findings_per_rule(tmp_path):
    news = make_tree(tmp_path)
    r = cli("check", str(news), "--statistics", "--jobs", "1")
    assert f"     2  error   {ERR_RULE}" in r.stderr.splitlines()


def test_unreadable_file_among_good_ones_is_reported_and_exits_2(tmp_path):
    (tmp_path / "ok.txt").write_text(CLEAN)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 prices rose 3%.".encode("latin-1"))
    r = proc("check", str(tmp_path))
    assert r.returncode == 2
    assert f"{tmp_path / 'latin1.txt'}: not UTF-8 text" in r.stderr and "Traceback" not in r.stderr


def test_missing_path_exits_2_but_other_files_are_checked(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    r = cli("check", str(f), str(tmp_path / "gone.md"))
    assert r.exit_code == 2 and ERR_RULE in r.stdout and "gone.md: no such file" in r.stderr


def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path):
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(ERR if i % 2 else CLEAN)
    one = proc("check", str(tmp_path), "--jobs", "1", "--format", "json")
    two = proc("check", str(tmp_path), "--jobs", "2", "--format", "json")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout


def test_stdin_filename_reads_markdown_front_matter():
    md = "---\ntitle: Troops leave\npublished: 2022-01-13\n---\nThe pullout would be completed by " \
         "Wednesday next week, days after a January 12, 2022 deadline.\n"
    r = cli("check", "-", "--stdin-filename", "story.md", "--format", "json", input=md)
    body = json.loads(r.stdout)
    assert body["path"] == "story.md" and body["article"]["published"] == "2022-01-13"
    assert body["article"]["title"] == "Troops leave"


def test_published_flag_overrides_front_matter(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ndate: 2020-05-05\n---\n" + CLEAN)
    r = cli("check", str(f), "--published", "2022-01-13", "--format", "json")
    assert json.loads(r.stdout)["article"]["published"] == "2022-01-13"


def test_json_findings_carry_line_col_and_fingerprint(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    body = json.loads(cli("check", str(f), "--format", "json").stdout)
    finding = body["findings"][0]
    assert (finding["line"], finding["col"], finding["status"]) == (3, 34, "new")
    assert len(finding["fingerprint"]) == 20


def test_junit_output_is_xml_with_one_failure(tmp_path):
    (tmp_path / "bad.txt").write_text(ERR)
    (tmp_path / "ok.txt").write_text(CLEAN)
    r = cli("check", str(tmp_path), "--format", "junit", "--jobs", "1")
    root = ET.fromstring(r.stdout)
    assert root.tag == "testsuites" and root.get("failures") == "1" and root.get("tests") == "2"


def test_output_option_writes_the_report_to_a_file(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    out = tmp_path / "report.sarif"
    r = cli("check", str(f), "--format", "sarif", "-o", str(out))
    assert r.exit_code == 1 and r.stdout == ""
    assert json.loads(out.read_text())["version"] == "2.1.0"


# --- baselines -----------------------------------------------------------------


def test_write_baseline_then_only_new_findings_fail(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    base = tmp_path / "factcheck-baseline.json"
    assert cli("check", str(f), "--write-baseline", str(base)).exit_code == 0
    assert cli("check", str(f), "--baseline", str(base)).exit_code == 0
    # lines inserted above move the old finding; a new contradiction is added below
    f.write_text("Troops leave\n\nA new first paragraph.\n\n" + ERR.split("\n\n", 1)[1]
                 + "\nThe exit will end on March 25, 2022, before a March 20, 2022 deadline.\n")
    r = cli("check", str(f), "--baseline", str(base))
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert lines and all("March" in line and "January" not in line for line in lines)
    assert "1 in baseline" in r.stderr


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "bad.txt").write_text(ERR)
    cli("check", "a", "--write-baseline", "base.json", cwd=tmp_path)
    assert json.loads((tmp_path / "base.json").read_text())["findings"][0]["path"] == "a/bad.txt"
    # run from inside the folder: the same finding is still known
    r = cli("check", "bad.txt", "--baseline", "../base.json", cwd=tmp_path / "a")
    assert r.exit_code == 0


def test_missing_baseline_file_is_usage_error_2(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    r = proc("check", str(f), "--baseline", str(tmp_path / "nope.json"))
    assert r.returncode == 2 and "no such baseline file" in r.stderr and "Traceback" not in r.stderr


# --- suppressions through the CLI ------------------------------------------------


def test_inline_suppression_with_reason_silences_the_next_paragraph(tmp_path):
    f = tmp_path / "a.md"
    body = ERR.split("\n\n", 1)[1]
    f.write_text(f"# Troops leave\n\n<!-- factcheck: ignore {ERR_RULE} -- deadline was moved -->\n{body}")
    r = cli("check", str(f), "--format", "json")
    assert r.exit_code == 0
    finding = json.loads(r.stdout)["findings"][0]
    assert finding["status"] == "suppressed" and finding["justification"] == "deadline was moved"


def test_suppression_without_reason_is_itself_an_error(tmp_path):
    f = tmp_path / "a.md"
    body = ERR.split("\n\n", 1)[1]
    f.write_text(f"# Troops leave\n\n<!-- factcheck: ignore {ERR_RULE} -->\n{body}")
    r = cli("check", str(f))
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"{f}:3:1: error factcheck.suppression") and "no reason" in lines[0]
    assert lines[1].startswith(f"{f}:4:") and ERR_RULE in lines[1]  # not silenced


# --- configuration -----------------------------------------------------------------


def test_config_file_found_upward_from_the_files(tmp_path):
    (tmp_path / "pyproject.toml").write_text(f'[tool.factcheck]\nignore = ["{ERR_RULE}"]\n')
    (tmp_path / "deep" / "er").mkdir(parents=True)
    f = tmp_path / "deep" / "er" / "bad.txt"
    f.write_text(ERR)
    assert cli("check", str(f)).exit_code == 0


def test_environment_overrides_config_file_and_flag_overrides_both(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("fail-level: never\n")
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    assert proc("check", str(f)).returncode == 0
    env = {"PATH": "/usr/bin:/bin", "FACTCHECK_FAIL_LEVEL": "error"}
    assert proc("check", str(f), env=env).returncode == 1
    assert proc("check", str(f), "--fail-level", "never", env=env).returncode == 0


def test_config_command_shows_the_config_file_as_source(tmp_path):
    cfg = tmp_path / ".factcheck.yaml"
    cfg.write_text("fail-level: warning\nexclude: [drafts]\n")
    r = proc("config", str(tmp_path), env={"PATH": "/usr/bin:/bin"})
    assert r.returncode == 0
    assert f"fail_level = 'warning'  ({cfg})" in r.stdout
    assert f"exclude = ('drafts',)  ({cfg})" in r.stdout
    assert "date_order = 'MDY'  (default)" in r.stdout


def test_config_relative_rule_folder_resolves_next_to_the_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nrules = ["house-rules"]\n')
    r = proc("config", str(tmp_path), env={"PATH": "/usr/bin:/bin"})
    assert f"rules_dirs = ('{tmp_path / 'house-rules'}',)" in r.stdout


def test_unknown_config_key_is_usage_error_2(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("fial-level: warning\n")
    (tmp_path / "a.txt").write_text(CLEAN)
    r = proc("check", str(tmp_path / "a.txt"))
    assert r.returncode == 2 and "unknown setting 'fial-level'" in r.stderr and "Traceback" not in r.stderr


# --- progress bar -------------------------------------------------------------------


def _stderr_on_a_terminal(args, tmp_path):
    import os
    import subprocess
    import sys

    master, slave = os.openpty()
    r = subprocess.run([sys.executable, "-m", "factcheck.cli", *args], stdout=subprocess.PIPE,
                       stderr=slave, text=True, timeout=180)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return r, b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_only_when_stderr_is_a_terminal(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(CLEAN)
    r, err = _stderr_on_a_terminal(["check", str(tmp_path), "--jobs", "1"], tmp_path)
    assert r.returncode == 0 and "checking" in err and "3/3" in err and r.stdout == ""
    piped = proc("check", str(tmp_path), "--jobs", "1")
    assert "checking" not in piped.stderr


def test_unwritable_output_is_usage_error_2(tmp_path):
    f = tmp_path / "ok.txt"
    f.write_text(CLEAN)
    for opt in ("--output", "--write-baseline"):
        r = proc("check", str(f), opt, str(tmp_path / "no" / "such" / "dir" / "x.json"))
        assert r.returncode == 2 and "cannot write" in r.stderr and "Traceback" not in r.stderr


def test_exclude_glob_matches_a_trailing_part_of_the_path(tmp_path):
    news = make_tree(tmp_path)
    r = cli("check", str(tmp_path), "--exclude", "drafts/*.txt", "--exclude", "bad.txt",
            "--format", "json", "--jobs", "1")
    assert json.loads(r.stdout)["path"] == str(news / "ok.md")
