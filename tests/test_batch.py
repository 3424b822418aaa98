"""`factcheck batch`: JSONL and folders in, JSONL or SQLite out, resumable, local or Dask."""
from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from factcheck.batch import items, run
from factcheck.commands import batch as batch_cmd

RECORDS = [
    {"text": "Officials said 12 people were hurt on Thursday.", "published": "2022-01-13"},
    {"text": "The plan costs $2-3 billion, the minister said.", "published": "2022-01-12", "title": "Cost"},
    {"text": "At least 12,000 people were detained last week.", "published": "2022-01-13",
     "url": "https://example.org/a"},
]


@pytest.fixture
def archive(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return path


def _lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_records_become_report_records_with_their_keys(archive, tmp_path, settings):
    out = tmp_path / "out.jsonl"
    counts = run([str(archive)], str(out), settings, workers=1)
    assert counts == {"total": 3, "skipped": 0, "checked": 3, "errors": 0}
    recs = _lines(out)
    assert [r["key"] for r in recs] == [f"{archive}:{n}" for n in (1, 2, 3)]
    assert recs[1]["article"]["title"] == "Cost" and recs[2]["article"]["url"] == "https://example.org/a"
    assert all({"claims", "findings", "coverage"} <= set(r) for r in recs)


def test_a_second_run_skips_what_is_done(archive, tmp_path, settings):
    out = tmp_path / "out.jsonl"
    run([str(archive)], str(out), settings, workers=1)
    again = run([str(archive)], str(out), settings, workers=1)
    assert again["skipped"] == 3 and again["checked"] == 0
    assert len(_lines(out)) == 3


def test_an_interrupted_output_resumes_after_cutting_the_torn_line(archive, tmp_path, settings):
    out = tmp_path / "out.jsonl"
    run([str(archive)], str(out), settings, workers=1)
    first = out.read_text(encoding="utf-8").splitlines()[0]
    out.write_text(first + "\n" + '{"key": "half a rec', encoding="utf-8")  # killed mid-write
    counts = run([str(archive)], str(out), settings, workers=1)
    assert counts["skipped"] == 1 and counts["checked"] == 2
    assert sorted(r["key"] for r in _lines(out)) == sorted(f"{archive}:{n}" for n in (1, 2, 3))


def test_bad_records_are_reported_not_fatal(tmp_path, settings):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"text": "5 cats."}\nnot json\n{"title": "no text"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    counts = run([str(src)], str(out), settings, workers=1)
    assert counts["checked"] == 3 and counts["errors"] == 2
    assert [("error" in r) for r in _lines(out)] == [False, True, True]


def test_folders_of_files_are_read_in_path_order(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("5 cats.", encoding="utf-8")
    (folder / "sub" / "a.md").write_text("6 dogs.", encoding="utf-8")
    (folder / "skip.png").write_bytes(b"\x89PNG")
    assert [i.key for i in items([str(folder)])] == [str(folder / "b.txt"), str(folder / "sub" / "a.md")]


def test_database_output_stores_articles_and_resumes(archive, tmp_path, settings):
    out = tmp_path / "results.db"
    run([str(archive)], str(out), settings, workers=2)
    again = run([str(archive)], str(out), settings, workers=2)
    assert again["skipped"] == 3
    conn = sqlite3.connect(out)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 3
    assert conn.execute("select count(*) from batch_items where article_id is not null").fetchone()[0] == 3


def test_local_processes_give_the_same_records_as_one_process(archive, tmp_path, settings):
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    run([str(archive)], str(one), settings, workers=1, chunk=1)
    run([str(archive)], str(many), settings, workers=2, chunk=1)
    key = lambda r: r["key"]  # noqa: E731
    assert sorted(_lines(one), key=key) == sorted(_lines(many), key=key)


def test_cli_runs_on_a_dask_cluster(archive, tmp_path):
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "out.jsonl"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1", dashboard_address=None) as cluster:
        result = CliRunner().invoke(batch_cmd, [str(archive), "--out", str(out),
                                                "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert len(_lines(out)) == 3


def test_cli_says_which_input_is_missing(tmp_path):
    result = CliRunner().invoke(batch_cmd, [str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "nope.jsonl: no such file or folder" in result.output


def test_cli_refuses_an_unknown_output_type(archive, tmp_path):
    result = CliRunner().invoke(batch_cmd, [str(archive), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2 and "must end in .jsonl or .db" in result.output



def test_folder_files_are_checked_with_their_own_metadata(tmp_path, settings):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Cats\npublished: 2022-01-13\n---\n5 cats arrived on Thursday.\n",
                                 encoding="utf-8")
    (folder / "b.html").write_text("<html><body><article><p>At least 12,000 people were detained, "
                                   "officials said on Thursday.</p></article></body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run([str(folder)], str(out), settings, workers=1)["errors"] == 0
    a, b = _lines(out)
    assert a["article"]["title"] == "Cats" and a["article"]["published"] == "2022-01-13"
    assert any("12,000" in c["text"] for c in b["claims"])
