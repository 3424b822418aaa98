"""Reference facts in SQLite (sqlite-utils), in the application's database.

Tables (plain, any SQLite tool can read them):

- reference_facts: one row per fact (entity as given, attribute, value/low/high
  or text, unit, as_of, start, end, source, tolerance, kind, country, created)
- reference_aliases: (fact_id, alias) more names for the fact's entity

    >>> db = sqlite_utils.Database("factcheck.db")
    >>> fid = add_fact(db, Fact("Almaty", "population", value=2_161_000, as_of="2023"))
    >>> [f.value for f in list_facts(db, entity="Almaty")]
    [2161000.0]
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

import sqlite_utils

from .loader import fact_from_dict
from .model import Fact

FACTS = "reference_facts"
ALIASES = "reference_aliases"
_COLUMNS = {
    "id": int, "entity": str, "attribute": str, "value": float, "low": float, "high": float,
    "text": str, "unit": str, "as_of": str, "start": str, "end": str, "source": str,
    "tolerance": float, "kind": str, "country": str, "created": str,
}


def ensure_tables(db: sqlite_utils.Database) -> None:
    """Create the tables if missing (never drops or rewrites data)."""
    if FACTS not in db.table_names():
        db[FACTS].create(_COLUMNS, pk="id")
        db[FACTS].create_index(["entity", "attribute"], if_not_exists=True)
    if ALIASES not in db.table_names():
        db[ALIASES].create({"fact_id": int, "alias": str}, pk=("fact_id", "alias"),
                           foreign_keys=[("fact_id", FACTS, "id")])


def add_fact(db: sqlite_utils.Database, fact: Fact) -> int:
    ensure_tables(db)
    row = _row(fact)
    row["created"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    row.pop("id", None)
    with db.conn:
        fid = db[FACTS].insert(row).last_pk
        _set_aliases(db, fid, fact.aliases)
    return int(fid)


def add_facts(db: sqlite_utils.Database, facts: Iterable[Fact]) -> list[int]:
    return [add_fact(db, f) for f in facts]


def update_fact(db: sqlite_utils.Database, fact_id: int, fact: Fact) -> bool:
    """Replace a stored fact's fields; False when there is no such fact."""
    if get_fact(db, fact_id) is None:
        return False
    row = _row(fact)
    row.pop("id", None)
    with db.conn:
        db[FACTS].update(fact_id, {k: row.get(k) for k in _COLUMNS if k not in ("id", "created")})
        db.execute(f"DELETE FROM {ALIASES} WHERE fact_id = ?", [fact_id])
        _set_aliases(db, fact_id, fact.aliases)
    return True


def delete_fact(db: sqlite_utils.Database, fact_id: int) -> bool:
    if get_fact(db, fact_id) is None:
        return False
    with db.conn:
        db.execute(f"DELETE FROM {ALIASES} WHERE fact_id = ?", [fact_id])
        db.execute(f"DELETE FROM {FACTS} WHERE id = ?", [fact_id])
    return True


def get_fact(db: sqlite_utils.Database, fact_id: int) -> Fact | None:
    if FACTS not in db.table_names():
        return None
    rows = list(db[FACTS].rows_where("id = ?", [fact_id]))
    return _fact(db, rows[0]) if rows else None


def list_facts(db: sqlite_utils.Database, entity: str | None = None,
               attribute: str | None = None) -> list[Fact]:
    if FACTS not in db.table_names():
        return []
    where, args = [], []
    if entity:
        where.append("lower(entity) = lower(?)")
        args.append(entity)
    if attribute:
        where.append("attribute = ?")
        args.append(attribute)
    rows = db[FACTS].rows_where(" AND ".join(where) or None, args, order_by="id")
    return [_fact(db, r) for r in rows]


def load_facts_from_path(path: str | Path) -> list[Fact]:
    """Facts in the database file at path; [] when it has none (opened read-only)."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return list_facts(sqlite_utils.Database(conn))
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def _set_aliases(db: sqlite_utils.Database, fact_id: int, aliases: Iterable[str]) -> None:
    rows = [{"fact_id": fact_id, "alias": a} for a in dict.fromkeys(aliases)]
    if rows:
        db[ALIASES].insert_all(rows, ignore=True)


def _row(fact: Fact) -> dict[str, Any]:
    d = fact.to_dict()
    d.pop("aliases", None)
    return {k: d.get(k) for k in _COLUMNS if k != "created"}


def _fact(db: sqlite_utils.Database, row: dict[str, Any]) -> Fact:
    aliases = [r["alias"] for r in db[ALIASES].rows_where("fact_id = ?", [row["id"]],
                                                          order_by="alias")] \
        if ALIASES in db.table_names() else []
    d = {k: v for k, v in row.items() if k != "created" and v is not None}
    d["aliases"] = aliases
    return fact_from_dict(d, f"{FACTS} row {row['id']}")
