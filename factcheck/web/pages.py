"""Server-rendered pages: the list of stored articles and an article's report."""
from __future__ import annotations

from flask import Blueprint, abort, render_template, request

from .. import store
from . import get_db

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static/factcheck")


@bp.get("/")
def index():
    try:
        page = max(1, int(request.args.get("page", 1)))
    except ValueError:
        page = 1
    q = request.args.get("q") or None
    rows, total = store.list_articles(get_db(), page=page, per_page=25, q=q)
    return render_template("index.html", articles=rows, total=total, page=page, q=q or "",
                           pages=max(1, -(-total // 25)))


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    try:
        report = store.article_report(get_db(), article_id)
    except store.NotFound:
        abort(404)
    text = get_db()["articles"].get(article_id)["text"]
    return render_template("article.html", report=report, article_id=article_id,
                           pieces=pieces(text, report))


def claim_status(claim: dict, report: dict) -> str:
    """flagged (an open warning/error names it), verified (a check passed), or unchecked."""
    for f in report["findings"]:
        if claim["id"] in f["claims"] and f["severity"] in ("error", "warning") \
                and f.get("status", "open") != "dismissed":
            return "flagged"
    if any(c["outcome"] == "pass" for c in claim.get("checks", [])):
        return "verified"
    return "unchecked"


def pieces(text: str, report: dict) -> list[tuple[str, dict | None, str]]:
    """The text cut into (piece, claim or None, status) for highlighting; outer claims win."""
    out: list[tuple[str, dict | None, str]] = []
    pos = 0
    for c in sorted(report["claims"], key=lambda c: (c["span"][0], -c["span"][1])):
        a, b = c["span"]
        if a < pos:
            continue  # nested in a claim already shown
        if a > pos:
            out.append((text[pos:a], None, ""))
        out.append((text[a:b], c, claim_status(c, report)))
        pos = b
    if pos < len(text):
        out.append((text[pos:], None, ""))
    return out
