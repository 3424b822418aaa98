"""Shared texts and helpers for the linter tests (test_cli_lint, test_render, ...)."""
from __future__ import annotations

import os
import subprocess
import sys

from click.testing import CliRunner

# one error-level contradiction (explicit years: no anchoring needed)
ERR = ("Troops leave\n\nThe pullout will be completed on January 25, 2022, "
       "ahead of a January 20, 2022 deadline.\n")
ERR_RULE = "temporal.deadline-order"
CLEAN = "Troops leave\n\nThe pullout began on January 13, 2022, the ministry said.\n"


def cli(*args: str, input: str | None = None, cwd=None):
    """Run `factcheck ARGS` in process (fast); returns click's Result (stdout, stderr, exit_code)."""
    from factcheck.cli import main

    old = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    finally:
        os.chdir(old)


def proc(*args: str, input: str | None = None, cwd=None, env=None):
    """Run `python -m factcheck.cli ARGS` as a real process."""
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], input=input, capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=180)
