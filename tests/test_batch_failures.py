"""`factcheck batch` with records that cannot be checked: each is recorded as that
record's error and the run goes on; a resumed run does not crash on them and does
not pass while the output holds them."""
from __future__ import annotations

import json
import os
import sqlite3

from click.testing import CliRunner

from factcheck import pipeline
from factcheck.batch import JsonlOut, run
from factcheck.commands import batch as batch_cmd
from lint_helpers import CLEAN, ERR, cli

GOOD = {"text": "Officials said 12 people were hurt on Thursday.", "published": "2022-01-13"}
SURROGATE_LINE = '{"text": "5 cats \\ud800 came."}\n'  # JSON's escape for a lone surrogate


def _archive(tmp_path, *lines: str):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(lines), encoding="utf-8")
    return src


def _records(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _batch(*args):
    return CliRunner().invoke(batch_cmd, [str(a) for a in args])


def test_a_lone_surrogate_is_that_records_error_and_the_run_goes_on(tmp_path):
    src = _archive(tmp_path, json.dumps(GOOD) + "\n", SURROGATE_LINE, json.dumps(GOOD) + "\n")
    out = tmp_path / "out.jsonl"
    r = _batch(src, "--out", out, "--workers", "1")
    assert r.exit_code == 1 and "Traceback" not in r.output
    recs = _records(out)
    assert [("error" in x) for x in recs] == [False, True, False]
    assert recs[1] == {"key": f"{src}:2", "error": "text holds a lone surrogate (U+D800) at character 7: "
                                                   "not valid Unicode"}


def test_resuming_after_a_lone_surrogate_does_not_crash_and_still_fails(tmp_path):
    src = _archive(tmp_path, SURROGATE_LINE, json.dumps(GOOD) + "\n")
    out = tmp_path / "out.jsonl"
    _batch(src, "--out", out, "--workers", "1")
    r = _batch(src, "--out", out, "--workers", "1")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert "0 checked, 2 already done, 0 errors, 2 in all" in r.output
    assert len(_records(out)) == 2


def test_a_resumed_run_names_what_failed_in_an_earlier_run(tmp_path):
    src = _archive(tmp_path, json.dumps(GOOD) + "\n", "not json\n")
    out = tmp_path / "out.jsonl"
    first = _batch(src, "--out", out, "--workers", "1")
    src.write_text(src.read_text() + json.dumps(GOOD) + "\n")  # the archive grew
    again = _batch(src, "--out", out, "--workers", "1")
    assert first.exit_code == 1 and again.exit_code == 1
    lines = again.output.splitlines()
    assert lines[0] == f"1 checked, 2 already done, 0 errors, 3 in all -> {out}"
    assert lines[1] == f'factcheck: 1 record could not be checked (1 in an earlier run); each has "error" in {out}:'
    assert lines[2].startswith(f"  {src}:2: not JSON: ")


def test_a_resumed_run_without_failures_passes(tmp_path):
    src = _archive(tmp_path, json.dumps(GOOD) + "\n")
    out = tmp_path / "out.jsonl"
    _batch(src, "--out", out, "--workers", "1")
    r = _batch(src, "--out", out, "--workers", "1")
    assert r.exit_code == 0 and "could not be checked" not in r.output


def test_a_database_output_also_fails_a_resumed_run_on_earlier_errors(tmp_path):
    src = _archive(tmp_path, json.dumps(GOOD) + "\n", SURROGATE_LINE)
    out = tmp_path / "out.db"
    assert _batch(src, "--out", out, "--workers", "1").exit_code == 1
    r = _batch(src, "--out", out, "--workers", "1")
    assert r.exit_code == 1 and f"  {src}:2: text holds a lone surrogate" in r.output
    rows = sqlite3.connect(out).execute("select key, article_id is null, error is null from batch_items").fetchall()
    assert sorted(rows) == [(f"{src}:1", 0, 1), (f"{src}:2", 1, 0)]


def test_a_lone_surrogate_in_the_title_is_named(tmp_path):
    src = _archive(tmp_path, '{"text": "5 cats came.", "title": "Cats \\udfff"}\n', json.dumps(GOOD) + "\n")
    summary = run([str(src)], str(tmp_path / "out.jsonl"), _settings(tmp_path), workers=1)
    assert summary == {"total": 2, "skipped": 0, "checked": 2, "errors": 1}
    assert summary.failed == [(f"{src}:1", "title holds a lone surrogate (U+DFFF) at character 5: "
                                           "not valid Unicode")]


def test_a_report_that_cannot_be_encoded_is_written_as_an_error(tmp_path):
    out = JsonlOut(tmp_path / "out.jsonl")
    error = out.write({"key": "k", "claims": [{"text": "\udcff"}]})
    out.close()
    assert error.startswith("the report cannot be written as UTF-8 (surrogates not allowed")
    assert _records(tmp_path / "out.jsonl") == [{"key": "k", "error": error}]


def test_an_exception_in_one_check_is_that_records_error(tmp_path, monkeypatch):
    real = pipeline.check

    def check(text, **kw):
        if "boom" in text:
            raise ValueError("boom went the check")
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "check", check)
    src = _archive(tmp_path, json.dumps({"text": "boom"}) + "\n", json.dumps(GOOD) + "\n")
    summary = run([str(src)], str(tmp_path / "out.jsonl"), _settings(tmp_path), workers=1)
    assert summary.failed == [(f"{src}:1", "ValueError: boom went the check")] and summary["checked"] == 2


def test_a_record_that_kills_its_worker_is_recorded_and_the_others_checked(tmp_path, monkeypatch):
    real = pipeline.check

    def check(text, **kw):
        if "die" in text:
            os._exit(3)  # stands for a crash in C code or the OOM killer
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "check", check)  # the forked workers inherit it
    lines = [json.dumps(GOOD) + "\n"] * 20
    lines[13] = json.dumps({"text": "die"}) + "\n"
    src = _archive(tmp_path, *lines)
    out = tmp_path / "out.jsonl"
    summary = run([str(src)], str(out), _settings(tmp_path), workers=2, chunk=4)
    assert summary["checked"] == 20
    assert summary.failed == [(f"{src}:14", "the worker process died while checking this article "
                                            "(a crash or out of memory)")]
    assert sorted(r["key"] for r in _records(out)) == sorted(f"{src}:{n}" for n in range(1, 21))


def test_check_names_a_file_that_killed_its_worker_and_checks_the_others(tmp_path, monkeypatch):
    real = pipeline.check

    def check(text, **kw):
        if "die" in text:
            os._exit(3)
        return real(text, **kw)

    monkeypatch.setattr(pipeline, "check", check)
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text("die" if i == 2 else ERR)
    r = cli("check", str(tmp_path), "--jobs", "2")
    assert r.exit_code == 2
    assert f"{tmp_path / 'a2.txt'}: the worker process died while checking this file " \
           "(a crash or out of memory)" in r.stderr.splitlines()
    assert r.stdout.count("temporal.deadline-order") == 5


def _settings(tmp_path):
    from factcheck.settings import Settings

    return Settings(db=str(tmp_path / "t.db"))
