"""A real gunicorn on 127.0.0.1 with several workers: concurrent writes from several
processes lose nothing and never hit "database is locked"; a kill -9 mid-request
leaves a consistent database."""
from __future__ import annotations

import json
import signal
import sqlite3
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
import requests

from gunicorn_helpers import start as _start, stop as _stop

DEADLINE = ("It would be completed by Wednesday next week, ahead of a January {day} deadline. "
            "Officials said {n} people were detained.")


@pytest.fixture
def served(tmp_path):
    db = tmp_path / "conc.db"  # not created beforehand: the workers race to migrate it
    proc, base = _start(db)
    yield db, base
    _stop(proc)


def _submit(base: str, worker: int, count: int) -> list[tuple[int, str]]:
    """One client process: `count` different articles, 4 at a time."""
    def one(i: int) -> tuple[int, str]:
        text = DEADLINE.format(day=12, n=1000 * worker + i)
        r = requests.post(base + "/api/v1/articles", json={"text": text, "published": "2022-01-13"},
                          timeout=60)
        return r.status_code, r.text[:300]
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, range(count)))


def _review(base: str, finding_ids: list[int], worker: int) -> list[tuple[int, str]]:
    def one(fid: int) -> tuple[int, str]:
        r = requests.post(base + f"/api/v1/findings/{fid}/review",
                          json={"status": "confirmed", "note": f"p{worker}", "reviewer": f"r{worker}"},
                          timeout=60)
        return r.status_code, r.text[:300]
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, finding_ids))


def test_200_concurrent_submissions_and_reviews_lose_no_write(served):
    db, base = served
    # findings to review: 8 articles stored first
    first = _submit(base, 99, 8)
    assert {s for s, _ in first} == {201}
    conn = sqlite3.connect(db)
    fids = [r[0] for r in conn.execute("select id from findings order by id")]
    conn.close()
    assert len(fids) >= 8
    reviews = (fids * 10)[:40]  # 40 reviews, several on the same finding at once
    with ProcessPoolExecutor(4) as pool:
        subs = [pool.submit(_submit, base, w, 40) for w in range(4)]  # 160 submissions
        revs = [pool.submit(_review, base, reviews[w::4], w) for w in range(4)]  # 40 reviews
        results = [x for f in subs + revs for x in f.result()]
    assert len(results) == 200
    bad = [(s, t) for s, t in results if s not in (200, 201)]
    assert not bad, bad[:3]
    assert not any("locked" in t for _, t in results)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 8 + 160
    assert conn.execute("select count(*) from reviews").fetchone()[0] == 40
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_killing_the_server_mid_request_leaves_a_consistent_database(tmp_path):
    from factcheck import store

    db = tmp_path / "kill.db"
    store.connect(str(db)).close()
    proc, base = _start(db, workers=2)
    long_text = " ".join(DEADLINE.format(day=12, n=i) for i in range(120))  # a slow check
    try:
        with ThreadPoolExecutor(6) as pool:
            futures = [pool.submit(requests.post, base + "/api/v1/articles",
                                   json={"text": f"{i}. " + long_text, "published": "2022-01-13"},
                                   timeout=60) for i in range(24)]
            deadline = time.time() + 30
            conn = sqlite3.connect(db)
            while time.time() < deadline:  # kill once some articles are in, others in flight
                if conn.execute("select count(*) from articles").fetchone()[0] >= 2:
                    break
                time.sleep(0.05)
            conn.close()
            _stop(proc, signal.SIGKILL)
            for f in futures:
                try:
                    f.result()
                except requests.RequestException:
                    pass
    finally:
        if proc.poll() is None:
            _stop(proc, signal.SIGKILL)
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    rows = conn.execute("select id, report from articles").fetchall()
    assert 2 <= len(rows) < 24
    for article_id, report in rows:  # each stored article is whole: all its claims and findings
        data = json.loads(report)
        claims = conn.execute("select count(*) from claims where article_id = ?", [article_id]).fetchone()[0]
        findings = conn.execute("select count(*) from findings where article_id = ? and active = 1",
                                [article_id]).fetchone()[0]
        assert (claims, findings) == (len(data["claims"]), len(data["findings"]))
