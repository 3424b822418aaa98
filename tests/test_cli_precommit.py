"""The pre-commit hook, run the way pre-commit runs it: entry + args + filenames."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from lint_helpers import CLEAN, ERR

ROOT = Path(__file__).resolve().parent.parent
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())


def run_hook(hook: dict, files: list[str], cwd: Path):
    # pre-commit installs the package and puts its bin/ first on PATH
    env = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
    argv = shlex.split(hook["entry"]) + list(hook.get("args", [])) + files
    return subprocess.run(argv, capture_output=True, text=True, cwd=cwd, env=env, timeout=180)


def selected(hook: dict, names: list[str]) -> list[str]:
    return [n for n in names if re.search(hook["files"], n)]


def test_hook_file_names_one_python_hook():
    (hook,) = HOOKS
    assert hook["id"] == "factcheck" and hook["language"] == "python"
    assert hook["entry"].split()[0] == "factcheck"


def test_hook_selects_article_files_only():
    (hook,) = HOOKS
    assert selected(hook, ["a.md", "b.txt", "c.html", "d.htm", "e.py", "f.yaml"]) == ["a.md", "b.txt", "c.html", "d.htm"]


def test_hook_fails_on_a_contradiction(tmp_path):
    (hook,) = HOOKS
    (tmp_path / "bad.txt").write_text(ERR)
    (tmp_path / "ok.md").write_text(CLEAN)
    r = run_hook(hook, selected(hook, ["bad.txt", "ok.md", "setup.py"]), tmp_path)
    assert r.returncode == 1, r.stderr
    assert r.stdout.startswith("bad.txt:3:34: error temporal.deadline-order")


def test_hook_passes_clean_files(tmp_path):
    (hook,) = HOOKS
    (tmp_path / "ok.md").write_text(CLEAN)
    r = run_hook(hook, ["ok.md"], tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
