"""The desk across articles (issue 15): the findings queue, the activity log, and CSV
exports of the queue, the activity and the inbox, each with the filters in force.

Decisions made in the queue go through review.py's routes (the same store call and the
same undo as on the article page); the queue's forms only add `next`, so the reviewer
comes back to the queue, at the finding after the one decided.
"""
from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any, Iterable

from flask import Blueprint, Response, redirect, render_template, request, url_for

from .. import desk, store
from .auth import desk_notes
from .context import get_db
from .pages import MAX_PAGE, inbox_args
from .words import rule_title

bp = Blueprint("queue", __name__, template_folder="templates")

PER_PAGE = 20
ACTIVITY_PER_PAGE = 50
QUEUE_STATUSES = ("open", "confirmed", "dismissed", "any")
INBOX_CHUNK = 500  # articles per query when the inbox is exported whole


def _iso(value: str | None) -> str | None:
    try:
        return date.fromisoformat((value or "").strip()).isoformat() if value else None
    except ValueError:
        return None


def _choice(name: str, allowed: Iterable[str], default: str | None = None) -> str | None:
    value = request.args.get(name)
    return value if value in allowed else default


def queue_args() -> dict[str, Any]:
    """The queue's filters from the query string (invalid values dropped; status open by default)."""
    a = request.args
    return {"status": _choice("status", QUEUE_STATUSES, "open"),
            "severity": _choice("severity", store.SEVERITY_ORDER),
            "rule": (a.get("rule") or "").strip()[:200] or None,
            "reviewer": (a.get("reviewer") or "").strip()[:store.MAX_REVIEWER] or None,
            "since": _iso(a.get("since")), "until": _iso(a.get("until")),
            "sort": _choice("sort", desk.SORTS, "severity")}


def _active(filters: dict[str, Any]) -> dict[str, Any]:
    """The filters that differ from the defaults: what links and redirects carry."""
    return {k: v for k, v in filters.items()
            if v and not (k == "status" and v == "open") and not (k == "sort" and v == "severity")}


def _query(filters: dict[str, Any]) -> dict[str, Any]:
    return {**filters, "status": None if filters["status"] == "any" else filters["status"]}


def _asked_page() -> int | None:
    asked = request.args.get("page", "1").strip()
    return int(asked) if asked.isdigit() and 1 <= int(asked) <= MAX_PAGE else None


@bp.get("/findings")
def findings():
    filters = queue_args()
    active = _active(filters)
    page = _asked_page()
    if page is None:  # "abc", "0", "-3", "1e99"
        return redirect(url_for("queue.findings", **active), 302)
    db = get_db()
    rows, total = desk.queue(db, **_query(filters), page=page, per_page=PER_PAGE)
    pages = max(1, -(-total // PER_PAGE))
    if page > pages:  # past the end (e.g. the last finding of the last page decided): the last page
        return redirect(url_for("queue.findings", **active, **({"page": pages} if pages > 1 else {})), 302)
    here = {**active, **({"page": page} if page > 1 else {})}
    return render_template("queue.html", rows=rows, total=total, page=page, pages=pages,
                           filters=filters, active=active, here=here, last=_last_decided(db),
                           rules=store.rules_in_use(db), reviewers=desk.reviewers(db),
                           statuses=QUEUE_STATUSES, severities=store.SEVERITY_ORDER,
                           sorts=desk.SORT_LABEL)


def _last_decided(db) -> dict[str, Any] | None:
    """The finding named by ?last= (the one just decided here), with its standing decision."""
    asked = request.args.get("last", "")
    if not asked.isdigit():
        return None
    try:
        f = store.get_finding(db, int(asked))
        f["title"] = store.get_article(db, f["article_id"])["title"]
    except store.NotFound:
        return None
    f["standing"] = store.standing(f["reviews"])
    return f if f["standing"] else None


@bp.get("/activity")
def activity():
    filters = activity_args()
    active = {k: v for k, v in filters.items() if v}
    page = _asked_page()
    if page is None:
        return redirect(url_for("queue.activity", **active), 302)
    db = get_db()
    rows, total = desk.activity(db, **filters, page=page, per_page=ACTIVITY_PER_PAGE)
    pages = max(1, -(-total // ACTIVITY_PER_PAGE))
    if page > pages:
        return redirect(url_for("queue.activity", **active, **({"page": pages} if pages > 1 else {})), 302)
    return render_template("activity.html", rows=desk_notes(rows), total=total, page=page, pages=pages,
                           filters=filters, active=active, reviewers=desk.reviewers(db),
                           rules=store.rules_in_use(db), actions=desk.ACTIONS)


def activity_args() -> dict[str, Any]:
    a = request.args
    return {"reviewer": (a.get("reviewer") or "").strip()[:store.MAX_REVIEWER] or None,
            "rule": (a.get("rule") or "").strip()[:200] or None,
            "action": _choice("action", desk.ACTIONS),
            "since": _iso(a.get("since")), "until": _iso(a.get("until"))}


# --- CSV exports: every matching row, with the filters of the page they are linked from ---

def _cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (=, +, -, @) is quoted with '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def _csv(filename: str, header: list[str], rows: Iterable[list[Any]]) -> Response:
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(header)
    out.writerows([_cell(v) for v in row] for row in rows)
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/findings.csv")
def findings_csv():
    rows, _ = desk.queue(get_db(), **_query(queue_args()), per_page=None)
    header = ["finding_id", "article_id", "article_title", "published", "rule", "rule_title",
              "severity", "status", "message", "sentence", "claims", "last_reviewer", "last_decided_at",
              "article_url"]
    base = request.host_url.rstrip("/")
    return _csv("findings.csv", header, (
        [r["id"], r["article_id"], r["title"], r["published"], r["rule"], rule_title(r["rule"]),
         r["severity"], r["status"], r["message"], "".join(p for p, _ in r["sentence"]),
         " | ".join(s[3] for s in r["spans"]),
         r["last"]["reviewer"] if r["last"] else "", r["last"]["created_at"] if r["last"] else "",
         base + url_for("pages.article", article_id=r["article_id"], _anchor=f"finding-{r['fid']}")]
        for r in rows))


@bp.get("/activity.csv")
def activity_csv():
    rows, _ = desk.activity(get_db(), **activity_args(), per_page=None)
    desk_notes(rows)
    header = ["decision_id", "time", "reviewer", "action", "status_after", "rule", "rule_title",
              "severity", "finding_id", "article_id", "article_title", "note", "correction",
              "undoes_decision", "undone_by", "undone_at", "version_id", "summary"]
    return _csv("activity.csv", header, (
        [r["id"] if r["kind"] == "decision" else None, r["created_at"], r["reviewer"], r["action"],
         r["status"], r["rule"], rule_title(r["rule"]) if r["rule"] else None,
         r["severity"], r["finding_id"], r["article_id"], r["title"], r["note"], r["correction"],
         r["undoes"], r["undone_by"], r["undone_at"], r["id"] if r["kind"] == "edit" else None,
         r["summary"]] for r in rows))


@bp.get("/inbox.csv")
def inbox_csv():
    db, filters = get_db(), inbox_args()
    header = ["article_id", "published", "received", "title", "url", "chars", "open_errors",
              "open_warnings", "open_notes", "confirmed", "dismissed"]

    def rows():
        page = 1
        while True:
            chunk, total = store.inbox(db, page=page, per_page=INBOX_CHUNK, **filters)
            for a in chunk:
                yield [a["id"], a["published"], a["created_at"], a["title"], a["url"], a["chars"],
                       a["open_error"], a["open_warning"], a["open_info"], a["confirmed"], a["dismissed"]]
            if page * INBOX_CHUNK >= total:
                return
            page += 1
    return _csv("inbox.csv", header, rows())
