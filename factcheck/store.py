"""Persistence on one SQLite file through sqlite-utils.

Tables (plain, with foreign keys, openable with sqlite3 or Datasette):
  articles  one row per (text, published) pair, with the last report as JSON
  claims    the claims of an article's current report
  findings  findings, matched across re-checks by a fingerprint so reviews stick
  reviews   every review decision ever made (the history; never deleted); a decision may
            carry a public `correction` apart from its internal `note`, and an undo names
            the decision it takes back (`undoes`)
  versions  an article's earlier texts and dates, each with the edit that replaced it
            (edits.py); editor flags are findings of rule `editor.flag` (flags.py)
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Iterator

import sqlite_utils

from .flags import FLAG_RULE, reanchor
from .model import Report, sha256

STATUSES = ("open", "confirmed", "dismissed")
MAX_NOTE = 2000  # characters of a review note (the desk cuts it there, the API refuses more)
MAX_REVIEWER = 80  # characters of a reviewer's name


class NotFound(LookupError):
    pass


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(path: str, *, create: bool = True) -> sqlite_utils.Database:
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA busy_timeout=30000")
    db.execute("PRAGMA foreign_keys=ON")
    if create:
        db.execute("PRAGMA journal_mode=WAL")
        with transaction(db):  # several workers starting on a fresh file: one migrates, the rest wait
            migrate(db)
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction for several statements, all or nothing.

    `with db.conn:` is not enough: sqlite-utils commits each insert/update on its own
    unless a transaction is already open (then it nests a savepoint), so a crash in
    the middle of save() left an article without its claims. BEGIN IMMEDIATE also
    takes the write lock up front, so concurrent writers queue on busy_timeout
    instead of failing when a read turns into a write. Inside another transaction it is
    part of that one (edits.revise saves a version and the re-check together)."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def migrate(db: sqlite_utils.Database) -> None:
    """Create what is missing; never drops a table or a column."""
    if "articles" not in db.table_names():
        db["articles"].create({
            "id": int, "sha256": str, "published": str, "title": str, "url": str,
            "text": str, "chars": int, "created_at": str, "checked_at": str,
            "errors": int, "warnings": int, "infos": int, "report": str,
        }, pk="id")
        db["articles"].create_index(["sha256", "published"], unique=True)
    if "claims" not in db.table_names():
        db["claims"].create({
            "id": int, "article_id": int, "cid": str, "kind": str, "text": str,
            "span_start": int, "span_end": int, "sentence": int,
            "value": float, "low": float, "high": float, "hedge": str, "unit": str,
            "category": str, "measure": str, "subject": str,
            "timex": str, "date_start": str, "date_end": str, "role": str, "data": str,
        }, pk="id", foreign_keys=[("article_id", "articles", "id")])
        db["claims"].create_index(["article_id"])
    if "findings" not in db.table_names():
        db["findings"].create({
            "id": int, "article_id": int, "fid": str, "rule": str, "severity": str,
            "message": str, "claims": str, "details": str, "fingerprint": str,
            "status": str, "active": int, "created_at": str, "updated_at": str,
        }, pk="id", foreign_keys=[("article_id", "articles", "id")])
        db["findings"].create_index(["article_id", "fingerprint"], unique=True)
        db["findings"].create_index(["status"])
    if "reviews" not in db.table_names():
        db["reviews"].create({
            "id": int, "finding_id": int, "status": str, "note": str,
            "reviewer": str, "created_at": str,
        }, pk="id", foreign_keys=[("finding_id", "findings", "id")])
        db["reviews"].create_index(["finding_id"])
    if "versions" not in db.table_names():
        db["versions"].create({
            "id": int, "article_id": int, "text": str, "published": str, "sha256": str,
            "edited_by": str, "edited_at": str, "note": str, "changes": str,
        }, pk="id", foreign_keys=[("article_id", "articles", "id")])
        db["versions"].create_index(["article_id"])
    have = {r[1] for r in db.execute("pragma table_info(reviews)")}
    for column, kind in (("correction", "TEXT"), ("undoes", "INTEGER")):  # added later;
        if column not in have:  # existing decisions keep theirs (NULL: none)
            db.execute(f"ALTER TABLE reviews ADD COLUMN {column} {kind}")
    # the activity log asks of each decision which undo took it back
    db.execute("CREATE INDEX IF NOT EXISTS idx_reviews_undoes ON reviews (undoes)")
    # "has this article a finding of this status": without it SQLite read every open finding
    # per article (the inbox filtered by status, 1,000 articles: 142 ms CPU -> 5 ms)
    db.execute("CREATE INDEX IF NOT EXISTS idx_findings_article_id_status ON findings (article_id, status)")
    # the inbox sorts by when an article was received (stored); a row written without it
    # (by hand, or an old tool) takes its first check's time, so it sorts among the rest
    db.execute("UPDATE articles SET created_at = coalesce(nullif(checked_at, ''), ?) "
               "WHERE created_at IS NULL OR created_at = ''", [now()])


def save(db: sqlite_utils.Database, report: Report) -> tuple[int, bool]:
    """Store a report; returns (article id, created). Re-saving the same text and
    date updates the article and keeps the review status of matching findings."""
    doc = report.document
    data = report.to_dict()
    key = (sha256(doc.text), doc.published.isoformat() if doc.published else "")
    counts = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    with transaction(db):
        row = next(db["articles"].rows_where("sha256 = ? and published = ?", key), None)
        stamp = now()
        fields = {"title": doc.title, "url": doc.url, "checked_at": stamp,
                  "errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"],
                  "report": json.dumps(data, ensure_ascii=False)}
        if row:
            article_id, created = row["id"], False
            db["articles"].update(article_id, fields)
            db["claims"].delete_where("article_id = ?", [article_id])
        else:
            article_id = db["articles"].insert({"sha256": key[0], "published": key[1],
                                                "text": doc.text, "chars": len(doc.text),
                                                "created_at": stamp, **fields}).last_pk
            created = True
        db["claims"].insert_all([_claim_row(article_id, c) for c in data["claims"]])
        _save_findings(db, article_id, report, data["findings"], stamp)
        reanchor(db, article_id, doc.text, stamp)  # editor flags follow their quoted text
    return article_id, created


def _claim_row(article_id: int, c: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": article_id, "cid": c["id"], "kind": c["kind"], "text": c["text"],
            "span_start": c["span"][0], "span_end": c["span"][1], "sentence": c["sentence"],
            "value": c.get("value"), "low": c.get("low"), "high": c.get("high"),
            "hedge": c.get("hedge"), "unit": c.get("unit"), "category": c.get("category"),
            "measure": c.get("measure"), "subject": c.get("subject"), "timex": c.get("timex"),
            "date_start": c.get("start"), "date_end": c.get("end"), "role": c.get("role"),
            "data": json.dumps(c, ensure_ascii=False)}


def _save_findings(db, article_id: int, report: Report, findings: list[dict], stamp: str) -> None:
    existing = {r["fingerprint"]: r for r in db["findings"].rows_where("article_id = ?", [article_id])}
    db.execute("UPDATE findings SET active = 0 WHERE article_id = ?", [article_id])
    seen: dict[str, int] = {}
    updates: list[list[Any]] = []
    inserts: list[dict[str, Any]] = []
    for f_obj, f in zip(report.findings, findings):
        fp = report.fingerprint(f_obj)
        seen[fp] = seen.get(fp, 0) + 1
        if seen[fp] > 1:  # the same finding twice in one report: keep both apart
            fp = hashlib.sha1(f"{fp}#{seen[fp]}".encode()).hexdigest()
        row = {"article_id": article_id, "fid": f["id"], "rule": f["rule"],
               "severity": f["severity"], "message": f["message"],
               "claims": json.dumps(f["claims"]), "details": json.dumps(f["details"], ensure_ascii=False),
               "fingerprint": fp, "active": 1, "updated_at": stamp}
        if fp in existing:
            updates.append([*row.values(), existing[fp]["id"]])
        else:
            inserts.append({**row, "status": "open", "created_at": stamp})
    # in two statements, not a statement (and sqlite-utils' look-ups) per finding: a
    # 200,000-character article has ~2,000 findings. The new ones get ids in report order.
    if updates:
        sets = ", ".join(f"[{k}] = ?" for k in row)
        db.conn.executemany(f"UPDATE findings SET {sets} WHERE id = ?", updates)
    if inserts:
        db["findings"].insert_all(inserts)


def get_article(db: sqlite_utils.Database, article_id: int) -> dict[str, Any]:
    try:
        row = db["articles"].get(article_id)
    except sqlite_utils.db.NotFoundError:
        raise NotFound(f"no article with id {article_id}") from None
    return row


def article_findings(db, article_id: int, active_only: bool = True) -> list[dict[str, Any]]:
    where = "article_id = ?" + (" and active = 1" if active_only else "")
    return [_finding(r) for r in db["findings"].rows_where(where, [article_id], order_by="id")]


def _finding(r: dict[str, Any]) -> dict[str, Any]:
    r = dict(r)
    r["claims"] = json.loads(r["claims"] or "[]")
    r["details"] = json.loads(r["details"] or "{}")
    return r


def article_report(db, article_id: int) -> dict[str, Any]:
    """The stored report, with each finding's review status and database id, and the
    editor flags standing on the text (rule editor.flag, after the checks' findings)."""
    row = get_article(db, article_id)
    data = json.loads(row["report"])
    by_fid = {f["fid"]: f for f in article_findings(db, article_id)}
    for f in data["findings"]:
        stored = by_fid.get(f["id"])
        if stored:
            f["status"] = stored["status"]
            f["finding_id"] = stored["id"]
    data["findings"] += [{"id": f["fid"], "rule": f["rule"], "severity": f["severity"],
                          "message": f["message"], "claims": [], "details": f["details"],
                          "status": f["status"], "finding_id": f["id"]}
                         for f in by_fid.values() if f["rule"] == FLAG_RULE]
    data["id"] = article_id
    return data


def list_findings(db, *, status: str | None = None, page: int = 1,
                  per_page: int = 50) -> tuple[list[dict[str, Any]], int]:
    where, params = "active = 1", []
    if status:
        where += " and status = ?"
        params.append(status)
    total = db.execute(f"select count(*) from findings where {where}", params).fetchone()[0]
    rows = db["findings"].rows_where(where, params, order_by="id desc",
                                     limit=per_page, offset=(page - 1) * per_page)
    return [_finding(r) for r in rows], total


def review(db, finding_id: int, status: str, note: str = "", reviewer: str = "",
           correction: str = "", undoes: int | None = None) -> dict[str, Any]:
    """Record a decision. `note` is internal (for the desk); `correction` is public text
    ("The deadline is January 22") that exports may publish."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {', '.join(STATUSES)}")
    with transaction(db):
        try:
            db["findings"].get(finding_id)
        except sqlite_utils.db.NotFoundError:
            raise NotFound(f"no finding with id {finding_id}") from None
        db["findings"].update(finding_id, {"status": status, "updated_at": now()})
        db["reviews"].insert({"finding_id": finding_id, "status": status, "note": note,
                              "correction": correction or None, "undoes": undoes,
                              "reviewer": reviewer, "created_at": now()})
    return get_finding(db, finding_id)


def get_finding(db, finding_id: int) -> dict[str, Any]:
    try:
        f = _finding(db["findings"].get(finding_id))
    except sqlite_utils.db.NotFoundError:
        raise NotFound(f"no finding with id {finding_id}") from None
    f["reviews"] = list(db["reviews"].rows_where("finding_id = ?", [finding_id], order_by="id"))
    return f


def iter_article_ids(db) -> Iterator[int]:
    for r in db.execute("select id from articles order by id"):
        yield r[0]


# --- the review desk: inbox filters, decision history, undo, instance secret ---

SEVERITY_ORDER = ("error", "warning", "info")


_OPEN = ("(select count(*) from findings f where f.article_id = articles.id and f.active = 1 "
         "and f.status = 'open' and f.severity = '{}')")
# the inbox's orders, by the `sort=` name: a name, or "-" and a name for the reverse. An
# undated article sorts after dated ones either way by publication date; by received date
# (always set) it sorts with the others
INBOX_SORTS = {
    "published": "coalesce(published, '') desc, id desc",
    "-published": "coalesce(published, '') = '', published, id",
    "received": "created_at desc, id desc",
    "-received": "created_at, id",
    "title": "coalesce(title, '') = '', lower(title), id",
    "-title": "lower(coalesce(title, '')) desc, id desc",
    "errors": f"{_OPEN.format('error')} desc, {_OPEN.format('warning')} desc, created_at desc, id desc",
    "-errors": f"{_OPEN.format('error')}, {_OPEN.format('warning')}, created_at, id",
}


FLAGGED = ("exists (select 1 from findings f where f.article_id = articles.id and f.active = 1 "
           "and f.status != 'dismissed' and f.severity in ('error', 'warning'))")


def finding_filter(status: str | None, severity: str | None, rule: str | None
                   ) -> tuple[list[str], list[Any]]:
    """SQL conditions (on findings as `f`) for the filters given, and their parameters."""
    given = (("f.status", status), ("f.severity", severity), ("f.rule", rule))
    return [f"{column} = ?" for column, v in given if v], [v for _, v in given if v]


def published_filter(column: str, since: str | None, until: str | None
                     ) -> tuple[list[str], list[Any]]:
    """SQL conditions bounding a publication date column (inclusive, ISO; undated rows
    never match a bound), and their parameters."""
    bounds = ((">=", since), ("<=", until))
    return ([f"{column} != '' and {column} {op} ?" for op, v in bounds if v],
            [v for _, v in bounds if v])


def inbox(db, *, status: str | None = None, severity: str | None = None, rule: str | None = None,
          since: str | None = None, until: str | None = None, q: str | None = None,
          flagged: bool | None = None, sort: str | None = "published",
          page: int = 1, per_page: int = 20) -> tuple[list[dict[str, Any]], int]:
    """Articles in `sort` order (INBOX_SORTS; newest publication first by default), with counts of active findings by severity and status.

    `status`, `severity` and `rule` keep articles with at least one active finding
    matching all three; `since`/`until` bound the publication date (inclusive, ISO);
    `q` searches title and text; `flagged` keeps articles with (True) or without
    (False) an undismissed warning or error."""
    sort = sort or "published"
    if sort not in INBOX_SORTS:
        raise ValueError(f"sort must be one of {', '.join(INBOX_SORTS)}")
    where, params = [], []
    if flagged is not None:
        where.append(FLAGGED if flagged else f"not {FLAGGED}")
    fcond, fparams = finding_filter(status, severity, rule)
    if fcond:
        fcond = ["f.article_id = articles.id", "f.active = 1", *fcond]
        where.append(f"exists (select 1 from findings f where {' and '.join(fcond)})")
        params += fparams
    dcond, dparams = published_filter("published", since, until)
    where += dcond
    params += dparams
    if q:
        where.append("(title like ? escape '\\' or text like ? escape '\\')")
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    clause = " and ".join(where) or "1"
    total = db.execute(f"select count(*) from articles where {clause}", params).fetchone()[0]
    rows = [dict(zip(("id", "title", "url", "published", "chars", "created_at", "checked_at"), r))
            for r in db.execute(
                f"""select id, title, url, published, chars, created_at, checked_at from articles
                    where {clause} order by {INBOX_SORTS[sort]} limit ? offset ?""",
                params + [per_page, (page - 1) * per_page]).fetchall()]
    counts: dict[int, dict[str, int]] = {r["id"]: {} for r in rows}
    if rows:
        marks = ",".join("?" * len(rows))
        for aid, sev, st, n in db.execute(
                f"""select article_id, severity, status, count(*) from findings
                    where active = 1 and article_id in ({marks}) group by 1, 2, 3""",
                [r["id"] for r in rows]):
            counts[aid][f"{st}_{sev}"] = n
    for r in rows:
        c = counts[r["id"]]
        for sev in SEVERITY_ORDER:
            r[f"open_{sev}"] = c.get(f"open_{sev}", 0)
        r["confirmed"] = sum(v for k, v in c.items() if k.startswith("confirmed_"))
        r["dismissed"] = sum(v for k, v in c.items() if k.startswith("dismissed_"))
        r["findings"] = sum(c.values())
    return rows, total


def inbox_totals(db) -> dict[str, int]:
    """Counts of active findings over all articles: open by severity, and decided."""
    out = {f"open_{s}": 0 for s in SEVERITY_ORDER} | {"confirmed": 0, "dismissed": 0}
    for sev, st, n in db.execute("select severity, status, count(*) from findings "
                                 "where active = 1 group by 1, 2"):
        if st == "open":
            out[f"open_{sev}"] = out.get(f"open_{sev}", 0) + n
        else:
            out[st] = out.get(st, 0) + n
    return out


def rules_in_use(db) -> list[str]:
    return [r[0] for r in db.execute("select distinct rule from findings where active = 1 order by rule")]


def article_reviews(db, article_id: int) -> dict[int, list[dict[str, Any]]]:
    """Every decision on the article's findings, oldest first, keyed by finding id."""
    out: dict[int, list[dict[str, Any]]] = {}
    cols = ("id", "finding_id", "status", "note", "correction", "undoes", "reviewer", "created_at")
    for r in db.execute(
            f"""select {', '.join('r.' + c for c in cols)}
               from reviews r join findings f on f.id = r.finding_id
               where f.article_id = ? order by r.id""", [article_id]):
        row = dict(zip(cols, r))
        out.setdefault(row["finding_id"], []).append(row)
    return out


def _is_undo(r: dict[str, Any]) -> bool:
    # before the `undoes` column, an undo was only told by its note
    return r.get("undoes") is not None or (r.get("note") or "").startswith("undo: ")


def standing(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The decisions still in force, oldest first: each undo takes back the latest
    decision not yet taken back, so a second undo goes one step further back (never redoes)."""
    stack: list[dict[str, Any]] = []
    for r in history:
        if _is_undo(r):
            if stack:
                stack.pop()
        else:
            stack.append(r)
    return stack


def undo_review(db, finding_id: int, reviewer: str = "") -> dict[str, Any]:
    """Take back the latest decision still standing: the finding returns to the decision
    before it (open if none). The undo is itself kept in the history."""
    f = get_finding(db, finding_id)
    stack = standing(f["reviews"])
    if not stack:
        raise ValueError("there is no decision to undo")
    previous = stack[-2]["status"] if len(stack) > 1 else "open"
    return review(db, finding_id, previous, f"undo: {stack[-1]['status']} → {previous}", reviewer,
                  undoes=stack[-1]["id"])


def instance_secret(db, name: str = "secret_key") -> str:
    """A random secret generated once per database and shared by every worker serving it."""
    import secrets

    if "meta" not in db.table_names():
        db.execute("create table if not exists meta (key text primary key, value text)")
    with db.conn:
        db.execute("insert or ignore into meta (key, value) values (?, ?)", [name, secrets.token_hex(32)])
    return db.execute("select value from meta where key = ?", [name]).fetchone()[0]


def next_open_article(db, article_id: int) -> int | None:
    """The next article in inbox order (newest first) after this one that still has an open
    error or warning; wraps around to the newest. None when no other article has one."""
    row = get_article(db, article_id)
    key = (row["published"] or "", article_id)
    open_flag = ("exists (select 1 from findings f where f.article_id = articles.id and f.active = 1 "
                 "and f.status = 'open' and f.severity in ('error', 'warning'))")
    for where, params in (("(coalesce(published, '') < ? or (coalesce(published, '') = ? and id < ?))",
                           [key[0], key[0], key[1]]), ("id != ?", [article_id])):
        r = db.execute(f"select id from articles where {where} and {open_flag} "
                       "order by coalesce(published, '') desc, id desc limit 1", params).fetchone()
        if r:
            return r[0]
    return None
