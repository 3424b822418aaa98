"""A deliberately slow step, for the time budget's tests: the checks step of a text
holding MARK runs until the budget stops it, ticking as the real steps do. The real
steps are linear; this stands for one that is not (a shape nobody tried).

In-process: `install(monkeypatch)`. For a real gunicorn: `slow_step:create_app()`
(with --pythonpath tests), which installs it in the worker before serving."""
from __future__ import annotations

import time

from factcheck import checks
from factcheck.deadline import tick

MARK = "SLOW-STEP"
_real_run = checks.run


def _slow_run(doc, claims, ruleset, settings=None):
    if MARK not in doc.text:
        return _real_run(doc, claims, ruleset, settings)
    stop = time.monotonic() + 60  # no budget in force: fail the test, never hang it
    while time.monotonic() < stop:
        time.sleep(0.005)
        tick()
    raise AssertionError("the slow step ran 60 s: no budget stopped it")


def install(monkeypatch) -> None:
    monkeypatch.setattr(checks, "run", _slow_run)


def create_app():
    from factcheck.web import create_app as real_create_app

    checks.run = _slow_run
    return real_create_app()
