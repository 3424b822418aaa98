"""Server-rendered pages of the review desk: the inbox and an article's report.

Review actions, submission and exports live in review.py and exports.py; sign-in and
CSRF in auth.py. They are registered when this blueprint is (see _setup below), so
create_app() only needs to register `pages`.
"""
from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, url_for

from .. import edits, store
from ..flags import FLAG_RULE
from .auth import desk_notes
from .context import get_db
from .words import rule_help, rule_title, why_level

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static/factcheck")

PER_PAGE = 20
MAX_PAGE = 1_000_000  # keeps the SQL offset a 64-bit integer whatever ?page= says
SEVERITY_LABEL = {"error": "✖ error", "warning": "⚠ warning", "info": "ℹ info"}
STATUS_LABEL = {"open": "● open", "confirmed": "✔ confirmed error", "dismissed": "✕ dismissed"}
WHY_LABEL = {"error": "Why an error, not a warning:", "warning": "Why a warning, not an error:",
             "info": "Why only a note:"}
CLAIM_STATUS_LABEL = {"flagged": "⚑ flagged", "verified": "✔ verified", "dismissed": "✕ dismissed",
                      "unchecked": "○ unchecked"}


@bp.record_once
def _setup(state) -> None:
    from . import auth, exports, health, review

    app = state.app
    auth.setup(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(review.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(health.bp)
    app.jinja_env.globals.update(SEVERITY_LABEL=SEVERITY_LABEL, STATUS_LABEL=STATUS_LABEL,
                                 CLAIM_STATUS_LABEL=CLAIM_STATUS_LABEL, WHY_LABEL=WHY_LABEL,
                                 rule_title=rule_title, rule_help=rule_help, why_level=why_level)
    app.jinja_env.filters["num"] = fmt_num


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


# the inbox's sortable columns: (sort name, its label, whether the name alone sorts descending)
SORT_COLUMNS = {"published": ("Published", True), "received": ("Received", True),
                "title": ("Title", False), "errors": ("Open errors", True)}
SORT_WORDS = {"published": "newest publication first", "-published": "oldest publication first",
              "received": "newest received first", "-received": "oldest received first",
              "title": "by title, A to Z", "-title": "by title, Z to A",
              "errors": "most open errors first", "-errors": "fewest open errors first"}


def inbox_args() -> dict[str, Any]:
    """The filters and sort from the query string, invalid filter values dropped; an
    unknown sort is a 400 (a link that sorts by nothing should say so)."""
    a = request.args
    sort = (a.get("sort") or "").strip() or None
    if sort is not None and sort not in store.INBOX_SORTS:
        abort(400, f"unknown sort {sort[:40]!r}: sort by one of {', '.join(store.INBOX_SORTS)}")
    status = a.get("status") if a.get("status") in store.STATUSES else None
    severity = a.get("severity") if a.get("severity") in store.SEVERITY_ORDER else None
    return {"status": status, "severity": severity, "rule": (a.get("rule") or "").strip() or None,
            "since": _iso(a.get("since")), "until": _iso(a.get("until")),
            "q": (a.get("q") or "").strip()[:200] or None,
            "sort": None if sort == "published" else sort}


def sort_headers(active: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each sortable column's link (the column's order, or its reverse when it is the one
    in force; filters kept, back to page 1) and its aria-sort (None when not in force)."""
    current = active.get("sort") or "published"
    out = {}
    for name, (label, desc) in SORT_COLUMNS.items():
        on = current.lstrip("-") == name
        reverse = current.startswith("-")
        target = (name if reverse else "-" + name) if on else name
        aria = None if not on else ("descending" if desc != reverse else "ascending")
        args = {**active, "sort": None if target == "published" else target}
        out[name] = {"label": label, "href": url_for("pages.index", **args), "aria": aria,
                     "title": f"Sort {SORT_WORDS[target]}"}
    return out


@bp.get("/")
def index():
    filters = inbox_args()
    active = {k: v for k, v in filters.items() if v}
    asked = request.args.get("page", "1").strip()
    if not asked.isdigit() or not 1 <= int(asked) <= MAX_PAGE:  # "abc", "0", "-3", "1e99"
        return redirect(url_for("pages.index", **active), 302)
    page = int(asked)
    db = get_db()
    rows, total = store.inbox(db, page=page, per_page=PER_PAGE, **filters)
    pages = max(1, -(-total // PER_PAGE))
    if page > pages:  # past the last page: the last page, not "No articles yet" under "32 articles"
        return redirect(url_for("pages.index", **active, **({"page": pages} if pages > 1 else {})), 302)
    return render_template("index.html", articles=rows, total=total, page=page, pages=pages,
                           filters=filters, active=active, totals=store.inbox_totals(db),
                           rules=store.rules_in_use(db), statuses=store.STATUSES,
                           severities=store.SEVERITY_ORDER, sorted_by=sort_headers(active),
                           on={k: v for k, v in active.items() if k != "sort"},
                           sort_words=SORT_WORDS[filters["sort"] or "published"])


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    return article_page(article_id)


def article_page(article_id: int, status: int = 200, **forms: Any):
    """The article's page; `forms` carries a refused edit or flag back to its form
    (edit_form, edit_error, flag_form, flag_error: see corrections.py)."""
    db = get_db()
    try:
        report = store.article_report(db, article_id)
    except store.NotFound:
        abort(404)
    row = store.get_article(db, article_id)
    history = store.article_reviews(db, article_id)
    for h in history.values():
        desk_notes(h)
    standing = {fid: store.standing(h) for fid, h in history.items()}
    view = {**report, "claims": report["claims"] + flag_marks(report)}
    statuses, severity = claim_statuses(view), claim_severities(view)
    by_claim: dict[str, list[dict]] = {}
    for f in report["findings"]:
        for cid in f["claims"]:
            by_claim.setdefault(cid, []).append(f)
    claims = {c["id"]: c for c in view["claims"]}
    counts = {s: sum(v == s for k, v in statuses.items() if not k.startswith("span-"))
              for s in CLAIM_STATUS_LABEL}
    return render_template("article.html", report=report, article_id=article_id, row=row,
                           pieces=pieces(row["text"], view, statuses), statuses=statuses,
                           claims=claims, marked=view["claims"], by_claim=by_claim, history=history,
                           standing=standing, severity=severity,
                           details={c["id"]: claim_details(c) for c in view["claims"]},
                           counts=counts, next_open=store.next_open_article(db, article_id),
                           versions=desk_notes(edits.versions(db, article_id)), **forms), status


def flag_marks(report: dict) -> list[dict]:
    """Editor flags as marks on the text (kind "flag", id span-<fid>); each flag's finding
    then names its mark, so it is highlighted, listed and linked like a check's."""
    out = []
    for f in report["findings"]:
        if f["rule"] == FLAG_RULE and f["details"].get("span"):
            mark = {"id": f"span-{f['id']}", "kind": "flag", "text": f["details"].get("text", ""),
                    "span": f["details"]["span"], "by": f["details"].get("by", ""), "checks": []}
            f["claims"] = [mark["id"]]
            out.append(mark)
    return out


def claim_statuses(report: dict) -> dict[str, str]:
    """Each claim's status: flagged (an open or confirmed warning/error names it),
    dismissed (only dismissed ones name it), verified (a check passed), or unchecked.
    One pass over the findings, then one over the claims (not claims x findings: a
    200,000-character article has thousands of each)."""
    flagged, dismissed = set(), set()
    for f in report["findings"]:
        if f["severity"] in ("error", "warning"):
            (dismissed if f.get("status", "open") == "dismissed" else flagged).update(f["claims"])
    return {c["id"]: "flagged" if c["id"] in flagged
            else "dismissed" if c["id"] in dismissed
            else "verified" if any(k["outcome"] == "pass" for k in c.get("checks", []))
            else "unchecked" for c in report["claims"]}


def claim_severities(report: dict) -> dict[str, str]:
    """The gravest severity of the undismissed findings naming each claim (error over
    warning over info), so a claim only warned about is not marked as an error."""
    rank = {s: i for i, s in enumerate(store.SEVERITY_ORDER)}
    out: dict[str, str] = {}
    for f in report["findings"]:
        if f.get("status", "open") == "dismissed":
            continue
        for cid in f["claims"]:
            if cid not in out or rank[f["severity"]] < rank[out[cid]]:
                out[cid] = f["severity"]
    return out


def pieces(text: str, report: dict, statuses: dict[str, str] | None = None
           ) -> list[tuple[str, dict | None, str]]:
    """The text cut into (piece, claim or None, status) for highlighting; outer claims win,
    and an editor's flag (kind "flag") wins over the claims it overlaps."""
    statuses = statuses if statuses is not None else claim_statuses(report)

    def order(c: dict) -> tuple[int, int]:
        return c["span"][0], -c["span"][1]

    def fits(c: dict) -> bool:  # (a claim in a title given apart has its span in the title)
        a, b = c["span"]
        return 0 <= a < b <= len(text) and c.get("in") != "title"

    flags, pos = [], 0
    for c in sorted((c for c in report["claims"] if c["kind"] == "flag" and fits(c)), key=order):
        if c["span"][0] >= pos:  # flags overlapping an earlier flag are listed, not marked
            flags.append(c)
            pos = c["span"][1]
    starts, ends = [c["span"][0] for c in flags], [c["span"][1] for c in flags]

    def under_flag(a: int, b: int) -> bool:
        i = bisect_left(starts, b) - 1
        return i >= 0 and ends[i] > a

    marks = [c for c in report["claims"] if c["kind"] != "flag" and fits(c)
             and not under_flag(*c["span"])]
    out: list[tuple[str, dict | None, str]] = []
    pos = 0
    for c in sorted(marks + flags, key=order):
        a, b = c["span"]
        if a < pos:
            continue  # nested in a claim already shown
        if a > pos:
            out.append((text[pos:a], None, ""))
        out.append((text[a:b], c, statuses[c["id"]]))
        pos = b
    if pos < len(text):
        out.append((text[pos:], None, ""))
    return out


def fmt_num(v: Any) -> str:
    if v is None:
        return "…"
    if isinstance(v, (int, float)):
        if float(v).is_integer():
            return f"{int(v):,}"
        return f"{v:,.6g}" if abs(v) >= 1e6 else f"{v:,}"
    return str(v)


HEDGE_WORDS = {"exact": "exact", "approx": "approximate", "at_least": "at least",
               "at_most": "at most", "range": "range"}


def claim_details(c: dict[str, Any]) -> list[tuple[str, str]]:
    """What a reviewer needs to judge a claim, as (label, value) lines."""
    if c["kind"] == "flag":
        return [("Kind", "flagged by an editor"), ("Flagged by", c.get("by") or "unknown")]
    out: list[tuple[str, str]] = [("Kind", c["kind"])]
    if c["kind"] == "quantity":
        low, high, value = c.get("low"), c.get("high"), c.get("value")
        if value is not None and (low == high or (low is None and high is None)):
            out.append(("Value", fmt_num(value)))
        else:
            out.append(("Interval", f"[{fmt_num(low)}, {fmt_num(high)}]"))
        if c.get("hedge"):
            out.append(("Stated as", HEDGE_WORDS.get(c["hedge"], c["hedge"])))
        for key, label in (("unit", "Unit"), ("measure", "Measure"), ("category", "Category"),
                           ("subject", "Subject"), ("modality", "Modality")):
            if c.get(key):
                out.append((label, str(c[key])))
    else:
        if c.get("timex"):
            out.append(("TIMEX3", str(c["timex"])))
        if c.get("start"):
            end = c.get("end")
            out.append(("Resolved date", c["start"] if not end or end == c["start"]
                        else f"{c['start']} – {end}"))
        elif c["kind"] in ("date", "time"):
            out.append(("Resolved date", "unresolved"))
        for key, label in (("anchor", "Anchored on"), ("role", "Role")):
            if c.get(key):
                out.append((label, str(c[key])))
    return out
