"""Exports of one article: its report as JSON, its findings as schema.org ClaimReview JSON-LD.

ClaimReview (https://schema.org/ClaimReview) is what fact-checkers publish and search
engines read. It carries public text only: the finding's message and the reviewer's
public correction; a decision's internal note never leaves the desk. An editor's flag
(rule editor.flag), whose message is the editor's internal note, is exported only with
a public correction (given with the flag or with a decision on it), which is its body. By default only confirmed findings are exported (a reviewer judged them real
errors); `?include=all` adds open ones ("Unreviewed") and dismissed ones ("No error found").
"""
from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, abort, request, url_for

from .. import store
from ..flags import FLAG_RULE
from .context import get_db

bp = Blueprint("exports", __name__)

RATINGS = {  # status -> (alternateName, ratingValue) on a 1 (false) .. 5 (true) scale
    "confirmed": ("Incorrect", 1),
    "open": ("Unreviewed: flagged by an automatic check", None),
    "dismissed": ("No error found on review", 5),
}


def _json(data: Any, mimetype: str, filename: str) -> Response:
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return Response(body + "\n", mimetype=mimetype,
                    headers={"Content-Disposition": f'inline; filename="{filename}"'})


def _report(article_id: int) -> dict[str, Any]:
    try:
        return store.article_report(get_db(), article_id)
    except store.NotFound:
        abort(404)


@bp.get("/articles/<int:article_id>/report.json")
def report_json(article_id: int):
    return _json(_report(article_id), "application/json", f"article-{article_id}-report.json")


@bp.get("/articles/<int:article_id>/claimreview.jsonld")
def claimreview(article_id: int):
    report = _report(article_id)
    row = store.get_article(get_db(), article_id)
    include_all = request.args.get("include") == "all"
    history = store.article_reviews(get_db(), article_id)
    page_url = url_for("pages.article", article_id=article_id, _external=True)
    sentences = _sentence_texts(row["text"])
    items = []
    for f in report["findings"]:
        status = f.get("status", "open")
        if status != "confirmed" and not include_all:
            continue
        hist = history.get(f.get("finding_id"), [])
        if f["rule"] == FLAG_RULE and not _flag_public_text(f, hist):
            continue
        items.append(claim_review(f, report, row, hist, page_url, sentences))
    return _json(items, "application/ld+json", f"article-{article_id}-claimreview.jsonld")


def claim_review(f: dict[str, Any], report: dict[str, Any], row: dict[str, Any],
                 history: list[dict[str, Any]], page_url: str, sentences: dict[int, str]) -> dict[str, Any]:
    """One ClaimReview for one finding: the sentence(s) it is about, how it was rated, by whom."""
    claims = {c["id"]: c for c in report["claims"]}
    quoted = []
    for cid in f["claims"]:
        c = claims.get(cid)
        if c:
            sent = sentences.get(c["sentence"], c["text"])
            if sent not in quoted:
                quoted.append(sent)
    if f["rule"] == FLAG_RULE:  # the flagged words, not the note
        quoted = [" ".join(str(f["details"].get("text", "")).split())]
    status = f.get("status", "open")
    name, value = RATINGS[status]
    if f["rule"] == FLAG_RULE and status == "open":
        name = "Unreviewed: flagged by an editor"
    stack = store.standing(history)  # the decision in force, not an undo or one taken back
    last = stack[-1] if stack else None
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name,
                              "bestRating": 5, "worstRating": 1}
    if value is not None:
        rating["ratingValue"] = value
    article = report["article"]
    appearance: dict[str, Any] = {"@type": "NewsArticle", "headline": article.get("title")}
    if row.get("url"):
        appearance["url"] = row["url"]
    if article.get("published"):
        appearance["datePublished"] = article["published"]
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if article.get("published"):
        item["datePublished"] = article["published"]
    author = ({"@type": "Person", "name": last["reviewer"]} if last and last.get("reviewer")
              else {"@type": "Organization", "name": "factcheck"})
    out: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{page_url}#finding-{f['id']}",
        "claimReviewed": " … ".join(quoted) or f["message"],
        "itemReviewed": item,
        "reviewRating": rating,
        "author": author,
        "datePublished": (last["created_at"][:10] if last else row["checked_at"][:10]),
        "reviewBody": (_flag_public_text(f, history) if f["rule"] == FLAG_RULE else
                       f["message"] + (f"\n\nCorrection: {last['correction']}"
                                       if last and last.get("correction") else "")),
        "identifier": f["rule"],
    }
    return out


def _flag_public_text(f: dict[str, Any], history: list[dict[str, Any]]) -> str:
    """An editor flag's public text: the standing decision's correction, else the flag's own."""
    stack = store.standing(history)
    if stack and stack[-1].get("correction"):
        return stack[-1]["correction"]
    return f["details"].get("correction") or ""


def _sentence_texts(text: str) -> dict[int, str]:
    """The article's sentences, split exactly as the pipeline split them (claim.sentence indexes these)."""
    from ..extract import segment

    return {s.index: " ".join(s.text.split()) for s in segment.split(text, segment.headline_of(text))}
