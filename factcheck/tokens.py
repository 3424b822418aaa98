"""API tokens: created and revoked with `factcheck token`, stored hashed.

A token is `fc_` + 43 random URL-safe characters (256 bits). Only its SHA-256
is stored (table `api_tokens`), with a short prefix to tell tokens apart in
listings. A fast hash is right here: the secret is random and long, so there is
nothing to brute-force that a slow password hash would protect; lookups stay a
single indexed query per request. The plain token is shown once, at creation.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

PREFIX = "fc_"
TOUCH_EVERY = timedelta(minutes=10)  # last_used_at is refreshed at most this often


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def ensure(db) -> None:
    """Create the table if missing (idempotent; never drops anything)."""
    db.execute("""create table if not exists api_tokens (
        id integer primary key, name text not null, hash text not null unique,
        prefix text not null, created_at text not null, last_used_at text, revoked_at text)""")


def create(db, name: str) -> tuple[int, str]:
    """A new token for `name`: (id, the plain token, shown only now)."""
    name = name.strip()
    if not name:
        raise ValueError("a token needs a name (who or what uses it)")
    ensure(db)
    token = PREFIX + secrets.token_urlsafe(32)
    with db.conn:
        cur = db.execute("insert into api_tokens (name, hash, prefix, created_at) values (?, ?, ?, ?)",
                         [name[:100], digest(token), token[:8], _now().isoformat()])
    return cur.lastrowid, token


def revoke(db, ident: str) -> int:
    """Revoke by id, name or the token's shown prefix; returns how many were revoked."""
    ensure(db)
    with db.conn:
        cur = db.execute(
            "update api_tokens set revoked_at = ? where revoked_at is null and "
            "(cast(id as text) = ? or name = ? or prefix = ?)",
            [_now().isoformat(), ident, ident, ident])
    return cur.rowcount


def list_tokens(db) -> list[dict[str, Any]]:
    ensure(db)
    cols = ["id", "name", "prefix", "created_at", "last_used_at", "revoked_at"]
    rows = db.execute(f"select {', '.join(cols)} from api_tokens order by id").fetchall()
    return [dict(zip(cols, r)) for r in rows]


def verify(db, token: str | None) -> str | None:
    """The name a valid, unrevoked token belongs to, else None."""
    if not token or not token.startswith(PREFIX) or len(token) > 200:
        return None
    h = digest(token)
    try:
        row = db.execute("select id, name, hash, last_used_at from api_tokens "
                         "where hash = ? and revoked_at is null", [h]).fetchone()
    except Exception:  # no table yet: no tokens
        return None
    if row is None or not hmac.compare_digest(row[2], h):
        return None
    last = row[3]
    now = _now()
    if last is None or datetime.fromisoformat(last) < now - TOUCH_EVERY:
        try:
            with db.conn:
                db.execute("update api_tokens set last_used_at = ? where id = ?", [now.isoformat(), row[0]])
        except Exception:  # bookkeeping only; never fail a request over it
            pass
    return row[1]
