"""A real gunicorn (gunicorn.conf.py, one worker) on 127.0.0.1: a check past its budget is a
503 with Retry-After once the budget has passed (with threaded workers nothing else would
stop it), and the same worker serves the next check; a chunked body over the cap is a 413."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests

import slow_step
from gunicorn_helpers import start, stop

ROOT = Path(__file__).resolve().parent.parent
LATE = ("Troops pull out\n\nThe pullout would be completed by Wednesday next week, "
        "several days ahead of a January 12 deadline.\n")


def _workers(master: int) -> set[int]:
    """The master's child processes (its workers), read from /proc."""
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == master:
                out.add(int(d.name))
    return out


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(base url, master pid): the app with tests/slow_step.py's slow step, budget 1 s."""
    db = tmp_path_factory.mktemp("gl") / "gl.db"
    proc, base = start(db, workers=1, args=("--pythonpath", str(ROOT / "tests"), "slow_step:create_app()"),
                       FACTCHECK_CHECK_BUDGET="1")
    yield base, proc.pid
    stop(proc)


def test_a_check_past_its_budget_is_a_503_and_the_worker_serves_the_next(served):
    base, master = served
    before = _workers(master)
    assert len(before) == 1
    t = time.monotonic()
    r = requests.post(base + "/api/v1/check", json={"text": f"{slow_step.MARK}: 5 people."}, timeout=60)
    took = time.monotonic() - t
    assert r.status_code == 503, r.text
    assert r.headers["Content-Type"] == "application/problem+json"
    assert r.headers["Retry-After"] == "1"
    assert r.json()["title"] == "Check timed out"
    assert took < 20  # the 1 s budget and a tick's unit of work; generous
    r = requests.post(base + "/api/v1/check", json={"text": LATE, "published": "2022-01-13"}, timeout=60)
    assert r.status_code == 200
    assert r.json()["findings"][0]["rule"] == "temporal.deadline-order"
    assert _workers(master) == before  # the same worker: none died or was replaced


def _chunks(body: bytes, size: int = 65536):
    for i in range(0, len(body), size):
        yield body[i:i + size]


def test_a_chunked_body_over_the_cap_is_a_413(served):
    base, _ = served
    body = b'{"text": "' + b"a" * (3 * 1024 * 1024) + b'"}'
    r = requests.post(base + "/api/v1/check", data=_chunks(body),  # a generator: sent chunked
                      headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 413
    assert r.headers["Content-Type"] == "application/problem+json"
    assert r.json()["title"] == "Request Entity Too Large"


def test_a_chunked_body_under_the_cap_is_read_whole(served):
    base, _ = served
    body = ('{"text": "%s", "published": "2022-01-13"}' % LATE.replace("\n", "\\n")).encode()
    r = requests.post(base + "/api/v1/check", data=_chunks(body, 16),
                      headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 200
    assert r.json()["findings"][0]["rule"] == "temporal.deadline-order"
