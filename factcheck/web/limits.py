"""Per-client rate limits for the API's POST endpoints, and failed sign-in counts
(per client and per name, see auth.py), shared by all workers.

Why not Flask-Limiter: its only backend without a separate server is in-process
memory, which gives each gunicorn worker its own count (N workers, N times the
limit). A fixed-window counter in a small SQLite file next to the database is
shared by every worker and process on the machine, costs one tiny write per POST,
and needs nothing else installed. The file is written with synchronous=OFF: a
crash may lose a few counts, never the articles (they live in the main database).
"""
from __future__ import annotations

import math
import re
import sqlite3
import time
from dataclasses import dataclass

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: int


def parse(spec: str) -> Limit | None:
    """"60/minute", "5/second", "1000/hour", "2000/day"; "off" or "0" for none."""
    spec = (spec or "").strip().lower()
    if spec in ("", "off", "none", "0", "false"):
        return None
    m = re.fullmatch(r"(\d+)\s*/\s*(\d*)\s*(second|minute|hour|day)s?", spec)
    if not m:
        raise ValueError(f"rate limit must look like 60/minute, not {spec!r}")
    return Limit(int(m.group(1)), int(m.group(2) or 1) * PERIODS[m.group(3)])


def limits_path(db_path: str) -> str:
    return ":memory:" if db_path == ":memory:" else db_path + ".ratelimit"


def _connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("create table if not exists hits (client text, window integer, count integer, "
                 "primary key (client, window)) without rowid")
    return conn


def hit(path: str, client: str, limit: Limit, now: float | None = None) -> tuple[bool, int, int]:
    """Count one request: (allowed, remaining, seconds until the window resets)."""
    now = time.time() if now is None else now
    window = int(now // limit.seconds)
    reset = max(1, math.ceil((window + 1) * limit.seconds - now))
    conn = _connect(path)
    try:
        count = conn.execute(
            "insert into hits (client, window, count) values (?, ?, 1) "
            "on conflict (client, window) do update set count = count + 1 returning count",
            [client, window]).fetchone()[0]
        if count == 1:  # first hit of a new window: drop windows that are over
            conn.execute("delete from hits where window < ?", [window])
    finally:
        conn.close()
    return count <= limit.count, max(0, limit.count - count), reset


def hit_all(path: str, keys: list[str], limit: Limit, now: float) -> tuple[bool, int]:
    """Count one attempt against every key in one transaction: (all within the limit,
    seconds until the window resets). Counting before the work is done keeps the bound
    exact when workers race; refund() takes the count back if it should not stand."""
    window = int(now // limit.seconds)
    reset = max(1, math.ceil((window + 1) * limit.seconds - now))
    conn = _connect(path)
    try:
        conn.execute("begin immediate")
        counts = [conn.execute(
            "insert into hits (client, window, count) values (?, ?, 1) "
            "on conflict (client, window) do update set count = count + 1 returning count",
            [key, window]).fetchone()[0] for key in keys]
        if 1 in counts:
            conn.execute("delete from hits where window < ?", [window])
        conn.execute("commit")
    finally:
        conn.close()
    return all(c <= limit.count for c in counts), reset


def refund(path: str, keys: list[str], limit: Limit, now: float) -> None:
    """Take back the count hit_all(..., now) added to each key."""
    window = int(now // limit.seconds)
    conn = _connect(path)
    try:
        conn.executemany("update hits set count = count - 1 where client = ? and window = ? and count > 0",
                         [[key, window] for key in keys])
    finally:
        conn.close()
