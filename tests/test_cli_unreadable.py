"""`factcheck check` and `factcheck batch` on paths the system will not give us:
symlink loops, folders and files we may not read. One line naming each, exit 2
(or skipped with --skip-unreadable when a folder scan meets them), never a traceback.

Tests run as root, where chmod 000 does not stop reading, so unreadability is made
in-process: os.scandir / Path.read_bytes raise PermissionError for one path. One
test uses real permissions and runs only when they bite (not root).
"""
from __future__ import annotations

import errno
import json
import os
import pathlib

import pytest
from click.testing import CliRunner

from factcheck.commands import batch as batch_cmd
from lint_helpers import CLEAN, ERR, ERR_RULE, cli


def deny(monkeypatch, *paths):
    """os.scandir and Path.read_bytes raise PermissionError (EACCES) for these paths."""
    denied = {os.path.abspath(p) for p in paths}
    real_scandir, real_read = os.scandir, pathlib.Path.read_bytes

    def scandir(path="."):
        if os.path.abspath(path) in denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    def read_bytes(self):
        if os.path.abspath(self) in denied:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)


@pytest.fixture
def news(tmp_path):
    root = tmp_path / "news"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "hidden.txt").write_text(ERR)
    (root / "ok.txt").write_text(CLEAN)
    return root


def test_symlink_loop_named_on_the_command_line_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "a.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    (tmp_path / "ok.txt").write_text(ERR)
    r = cli("check", str(tmp_path / "a.md"), str(tmp_path / "ok.txt"))
    assert r.exit_code == 2
    assert r.stderr.splitlines()[0] == f"{tmp_path / 'a.md'}: symlink loop"
    assert ERR_RULE in r.stdout  # the other file is still checked


def test_symlink_loop_met_in_a_folder_scan_is_reported_and_exits_2(news):
    (news / "self.md").symlink_to(news / "self.md")
    r = cli("check", str(news), "--jobs", "1")
    assert r.exit_code == 2
    assert f"{news / 'self.md'}: symlink loop" in r.stderr.splitlines()


def test_link_back_to_a_parent_folder_is_not_followed(news):
    (news / "locked" / "up").symlink_to(news)
    r = cli("check", str(news), "--format", "json", "--jobs", "1")
    assert r.exit_code == 1  # hidden.txt's finding; no loop, no error
    assert sorted(x["path"] for x in json.loads(r.stdout)) == [str(news / "locked" / "hidden.txt"),
                                                                 str(news / "ok.txt")]


def test_unreadable_subfolder_in_a_scan_is_named_and_exits_2(news, monkeypatch):
    deny(monkeypatch, news / "locked")
    r = cli("check", str(news), "--jobs", "1")
    assert r.exit_code == 2
    assert f"{news / 'locked'}: cannot read folder: Permission denied" in r.stderr.splitlines()


def test_skip_unreadable_names_the_subfolder_and_passes(news, monkeypatch):
    deny(monkeypatch, news / "locked")
    r = cli("check", str(news), "--jobs", "1", "--skip-unreadable")
    assert r.exit_code == 0, r.stderr
    assert f"factcheck: skipped {news / 'locked'}: cannot read folder: Permission denied" in r.stderr
    assert "1 file," in r.stderr.splitlines()[-1]  # ok.txt was checked


def test_unreadable_file_in_a_scan_is_named_and_exits_2(news, monkeypatch):
    deny(monkeypatch, news / "ok.txt")
    r = cli("check", str(news), "--jobs", "1")
    assert r.exit_code == 2
    assert f"{news / 'ok.txt'}: Permission denied" in r.stderr.splitlines()


def test_skip_unreadable_skips_an_unreadable_file_met_in_a_scan(news, monkeypatch):
    deny(monkeypatch, news / "ok.txt")
    r = cli("check", str(news / ".."), "--jobs", "1", "--skip-unreadable", "--fail-level", "never")
    assert r.exit_code == 0, r.stderr
    assert "factcheck: skipped" in r.stderr and "ok.txt: Permission denied" in r.stderr


def test_skip_unreadable_does_not_excuse_a_file_named_on_the_command_line(news, monkeypatch):
    deny(monkeypatch, news / "ok.txt")
    r = cli("check", str(news / "ok.txt"), "--skip-unreadable")
    assert r.exit_code == 2 and f"{news / 'ok.txt'}: Permission denied" in r.stderr.splitlines()


def test_unreadable_folder_named_on_the_command_line_is_one_line_and_exit_2(news, monkeypatch):
    deny(monkeypatch, news / "locked")
    r = cli("check", str(news / "locked"), "--skip-unreadable")
    assert r.exit_code == 2
    assert r.stderr.splitlines()[0] == f"{news / 'locked'}: cannot read folder: Permission denied"


def test_an_excluded_unreadable_folder_is_not_reported(news, monkeypatch):
    deny(monkeypatch, news / "locked")
    r = cli("check", str(news), "--jobs", "1", "--exclude", "locked")
    assert r.exit_code == 0 and "locked" not in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 folder")
def test_real_unreadable_subfolder_exits_2(news):
    (news / "locked").chmod(0)
    try:
        r = cli("check", str(news), "--jobs", "1")
    finally:
        (news / "locked").chmod(0o755)
    assert r.exit_code == 2 and f"{news / 'locked'}: cannot read folder: Permission denied" in r.stderr


# --- batch ------------------------------------------------------------------------


def test_batch_records_an_unreadable_subfolder_as_an_error_and_goes_on(news, tmp_path, monkeypatch):
    deny(monkeypatch, news / "locked")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(batch_cmd, [str(news), "--out", str(out), "--workers", "1"])
    assert r.exit_code == 1
    recs = {x["key"]: x for x in map(json.loads, out.read_text().splitlines())}
    assert recs[str(news / "locked")]["error"] == "cannot read folder: Permission denied"
    assert "claims" in recs[str(news / "ok.txt")]


def test_batch_symlink_loop_named_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "loop.jsonl").symlink_to(tmp_path / "loop.jsonl")
    r = CliRunner().invoke(batch_cmd, [str(tmp_path / "loop.jsonl"), "--out", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 2 and r.output.strip() == f"Error: {tmp_path / 'loop.jsonl'}: symlink loop"


def test_batch_unwritable_output_is_one_line_and_exit_2(news, tmp_path):
    (tmp_path / "out.jsonl").mkdir()  # a folder where the output file should be
    r = CliRunner().invoke(batch_cmd, [str(news), "--out", str(tmp_path / "out.jsonl")])
    assert r.exit_code == 2
    assert r.output.strip() == f"Error: {tmp_path / 'out.jsonl'}: cannot open the output: Is a directory"
