"""Corrections in place (issue 15): an editor changes an article's text or date and
re-checks it, and flags spans the checks missed.

Every earlier text is kept in the `versions` table (store.migrate creates it): the text
and date an edit replaced, who edited, when, why (an internal note), and what the edit
changed: a compact diff (textdiff.compact) and the findings gone, new and kept. Findings
are matched across the edit by store.save's fingerprints, so decisions on findings that
still stand are kept; editor flags follow their quoted text (flags.reanchor).
"""
from __future__ import annotations

import json
import secrets
from typing import Any

from . import store, textdiff
from .flags import FLAG_RULE, locate
from .model import SEVERITIES, Report, sha256


class EditConflict(ValueError):
    """The edited text and date are another stored article's."""


def _snapshot(db, article_id: int) -> dict[int, dict[str, Any]]:
    cols = ("id", "fid", "rule", "severity", "message", "status")
    return {r[0]: dict(zip(cols, r)) for r in db.execute(
        f"select {', '.join(cols)} from findings where article_id = ? and active = 1 order by id",
        [article_id])}


def revise(db, article_id: int, report: Report, editor: str = "", note: str = "") -> dict[str, Any]:
    """Store `report` (the article's new text and date, checked) as the article's current
    version, keeping the replaced one. Returns what changed: {"version" (None when text
    and date were unchanged: a plain re-check), "published": [old, new], "diff", "gone",
    "new", "kept", "decided_kept"}; findings as {id, fid, rule, severity, message, status}."""
    doc = report.document
    key = (sha256(doc.text), doc.published.isoformat() if doc.published else "")
    with store.transaction(db):
        row = store.get_article(db, article_id)
        before = _snapshot(db, article_id)
        version = None
        if key != (row["sha256"], row["published"] or ""):
            clash = db.execute("select id from articles where sha256 = ? and published = ? and id != ?",
                               [*key, article_id]).fetchone()
            if clash:
                raise EditConflict(f"article {clash[0]} already has this text and date; "
                                   f"edit that one, or change this one differently")
            version = db["versions"].insert({
                "article_id": article_id, "text": row["text"], "published": row["published"] or "",
                "sha256": row["sha256"], "edited_by": editor, "edited_at": store.now(), "note": note,
            }).last_pk
            db["articles"].update(article_id, {"sha256": key[0], "published": key[1],
                                               "text": doc.text, "chars": len(doc.text)})
        store.save(db, report)  # finds the article by its new text and date
        after = _snapshot(db, article_id)
        kept = [after[i] for i in after if i in before]
        changes = {
            "version": version,
            "published": [row["published"] or None, key[1] or None],
            "diff": textdiff.compact(row["text"], doc.text),
            "gone": [before[i] for i in before if i not in after],
            "new": [after[i] for i in after if i not in before],
            "kept": len(kept),
            "decided_kept": [f for f in kept if f["status"] != "open"],
        }
        if version is not None:
            db["versions"].update(version, {"changes": json.dumps(changes, ensure_ascii=False)})
    return changes


def versions(db, article_id: int) -> list[dict[str, Any]]:
    """The article's earlier versions, newest first, each with what its edit changed."""
    out = []
    for r in db["versions"].rows_where("article_id = ?", [article_id], order_by="id desc"):
        r = dict(r)
        r["changes"] = json.loads(r["changes"] or "null")
        out.append(r)
    return out


def get_version(db, article_id: int, version_id: int) -> dict[str, Any]:
    row = next(db["versions"].rows_where("id = ? and article_id = ?", [version_id, article_id]), None)
    if row is None:
        raise store.NotFound(f"article {article_id} has no earlier version {version_id}")
    return {**row, "changes": json.loads(row["changes"] or "null")}


def add_flag(db, article_id: int, quote: str, note: str, reviewer: str, *,
             span: tuple[int, int] | None = None, severity: str = "warning",
             correction: str = "") -> dict[str, Any]:
    """Flag a span of the article's current text (an `editor.flag` finding, open). The
    span is `span` when it holds `quote` (a selection), else the quote's one occurrence
    (flags.QuoteError when it is not there, or there more than once)."""
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}")
    note, quote = note.strip(), quote.strip()
    if not note:
        raise ValueError("say in a note what is wrong with the flagged text")
    if not reviewer.strip():
        raise ValueError("give your name as the reviewer, so the flag can be traced")
    with store.transaction(db):
        text = store.get_article(db, article_id)["text"]
        a, b = locate(text, quote, span)
        details = {"span": [a, b], "text": text[a:b], "by": reviewer.strip()}
        if correction.strip():
            details["correction"] = correction.strip()
        stamp = store.now()
        finding_id = db["findings"].insert({
            "article_id": article_id, "fid": "", "rule": FLAG_RULE, "severity": severity,
            "message": note, "claims": "[]", "details": json.dumps(details, ensure_ascii=False),
            "fingerprint": f"flag:{secrets.token_hex(10)}", "status": "open", "active": 1,
            "created_at": stamp, "updated_at": stamp}).last_pk
        db["findings"].update(finding_id, {"fid": f"flag{finding_id}"})
    return store.get_finding(db, finding_id)
