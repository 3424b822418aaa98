"""The command line, run as a user runs it: a real process, real files."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEED, SEED_DATE

BAD = ("Troops pull out\n\nThe pullout would be completed by Wednesday next week, "
       "several days ahead of a January 12 deadline.\n")


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_clean_seed_exits_0():
    r = run("check", str(SEED), "--published", SEED_DATE)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "claims" in r.stderr


def test_error_finding_exits_1_with_file_line_col(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(BAD)
    r = run("check", str(f), "--published", SEED_DATE)
    assert r.returncode == 1
    line = r.stdout.strip().splitlines()[0]
    assert line.startswith(f"{f}:3:")
    assert "error temporal.deadline-order" in line and "2022-01-12" in line


def test_stdin_and_json_format():
    r = run("check", "-", "--published", SEED_DATE, "--format", "json", stdin=BAD)
    assert r.returncode == 1
    body = json.loads(r.stdout)
    assert body["path"] == "-" and body["findings"][0]["rule"] == "temporal.deadline-order"


def test_missing_file_is_usage_error_2():
    r = run("check", "/nonexistent/article.txt")
    assert r.returncode == 2
    assert "no such file" in r.stderr and "Traceback" not in r.stderr


def test_bad_date_is_usage_error_2():
    r = run("check", str(SEED), "--published", "2022-02-30")
    assert r.returncode == 2
    assert "2022-02-30" in r.stderr and "Traceback" not in r.stderr


def test_empty_file_is_input_error_2(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("  \n")
    r = run("check", str(f))
    assert r.returncode == 2 and "empty" in r.stderr


def test_seed_command_fills_the_database(tmp_path):
    db = tmp_path / "demo.db"
    r = run("seed", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "kazakhstan-csto-pullout.txt" in r.stdout
    import sqlite_utils

    rows = list(sqlite_utils.Database(db)["articles"].rows)
    assert len(rows) == 1 and rows[0]["published"] == SEED_DATE
    assert run("seed", "--db", str(db)).stdout.startswith("updated")  # idempotent


def test_config_prints_sources(tmp_path):
    r = subprocess.run([sys.executable, "-m", "factcheck.cli", "config"], capture_output=True, text=True,
                       env={"FACTCHECK_DB": str(tmp_path / "x.db"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0
    assert f"db = '{tmp_path / 'x.db'}'  (environment)" in r.stdout
    assert "date_order = 'MDY'  (default)" in r.stdout


def test_finding_without_claim_points_at_its_text(tmp_path):
    f = tmp_path / "imp.txt"
    f.write_text("Deal\n\nThe deal was signed on February 30, 2021, officials said.\n")
    r = run("check", str(f), "--published", "2021-03-05")
    assert r.returncode == 1
    assert r.stdout.startswith(f"{f}:3:24: error temporal.weekday-date")


def test_baseline_and_review_desk_identify_a_finding_alike(tmp_path):
    """One fingerprint: a finding dismissed on the desk and the same finding in a CI
    baseline carry the same id."""
    from factcheck import check, store

    f = tmp_path / "bad.txt"
    f.write_text(BAD)
    out = json.loads(run("check", str(f), "--published", SEED_DATE, "--format", "json").stdout)
    fp_cli = out["findings"][0]["fingerprint"]
    db = store.connect(str(tmp_path / "x.db"))
    aid, _ = store.save(db, check(BAD, published=SEED_DATE))
    assert [r["fingerprint"] for r in store.article_findings(db, aid)] == [fp_cli]
