"""Review actions from the browser: confirm, dismiss, undo, re-check, and submit an article
(pasted, or fetched from a URL under fetch.py's rules: http(s) only, public addresses only,
time and size limits).

Every form here carries the CSRF token (checked in auth.py); decisions need a reviewer
(auth.reviewer_required). The JSON API offers the same through /api/v1.
"""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for

from .. import edits, fetch, store
from ..deadline import CheckTimeout
from ..pipeline import InputError, check
from ..textinput import is_blank
from .auth import current_reviewer, reviewer_required
from .context import get_db, get_settings
from .problems import retry_after
from .words import rule_title

bp = Blueprint("review", __name__, template_folder="templates")

MAX_NOTE, MAX_NAME = store.MAX_NOTE, store.MAX_REVIEWER  # one definition, shared with the API


def _reviewer_name() -> str:
    """Who decides: the signed-in reviewer, else the name typed in this form, else the name
    the page said decisions are recorded as (the session's, shown beside every form)."""
    typed = request.form.get("reviewer", "").strip()[:MAX_NAME]
    name = current_reviewer() or typed or session.get("name", "")
    if not name:
        abort(400, "give your name as the reviewer, so the decision can be traced")
    if typed and not current_reviewer():
        session["name"] = typed
    return name


def _local_path(value: str | None) -> str:
    """A path on this site to go back to (never another site's address)."""
    return value if value and value.startswith("/") and not value.startswith("//") else url_for("pages.index")


def _back_to(finding: dict, fid: str | None = None):
    if request.form.get("next"):  # the findings queue: back to it, at the next finding
        return redirect(_local_path(request.form["next"]), 303)
    anchor = f"finding-{fid or finding['fid']}"
    return redirect(url_for("pages.article", article_id=finding["article_id"], _anchor=anchor), 303)


@bp.post("/findings/<int:finding_id>/review")
@reviewer_required
def decide(finding_id: int):
    status = request.form.get("status")
    if status not in ("confirmed", "dismissed"):
        abort(400, "status must be confirmed or dismissed")
    note = request.form.get("note", "").strip()[:MAX_NOTE]
    correction = request.form.get("correction", "").strip()[:MAX_NOTE]
    name = _reviewer_name()
    try:
        f = store.review(get_db(), finding_id, status, note, name, correction=correction)
    except store.NotFound:
        abort(404)
    word = "Confirmed as an error" if status == "confirmed" else "Dismissed as a false alarm"
    flash(f"{word} by {name}: {rule_title(f['rule'])} ({f['fid']}).", "ok")
    return _back_to(f)


@bp.post("/reviewer/forget")
def forget_name():
    """"Not you?": the next decision asks for a name again."""
    session.pop("name", None)
    return redirect(_local_path(request.form.get("next")), 303)


@bp.post("/findings/<int:finding_id>/undo")
@reviewer_required
def undo(finding_id: int):
    name = _reviewer_name()
    try:
        f = store.undo_review(get_db(), finding_id, name)
    except store.NotFound:
        abort(404)
    except ValueError as e:
        abort(409, str(e))
    flash(f"Undone by {name}: {rule_title(f['rule'])} ({f['fid']}) is {f['status']} again.", "ok")
    return _back_to(f)


@bp.post("/articles/<int:article_id>/recheck")
@reviewer_required
def recheck(article_id: int):
    db = get_db()
    try:
        row = store.get_article(db, article_id)
    except store.NotFound:
        abort(404)
    try:
        report = check(row["text"], published=row["published"] or None, title=row["title"],
                       url=row["url"], settings=get_settings())
    except (InputError, CheckTimeout) as e:  # max_text_chars lowered since, or past the budget
        flash(f"Not re-checked: {e}", "error")
        return redirect(url_for("pages.article", article_id=article_id), 303)
    changes = edits.revise(db, article_id, report)  # the same text and date: no new version
    flash(f"Re-checked with the current rules: {len(changes['gone'])} gone, {len(changes['new'])} new, "
          f"{changes['kept']} kept; decisions on unchanged findings were kept.", "ok")
    return redirect(url_for("pages.article", article_id=article_id), 303)


@bp.get("/submit")
def submit_form():
    return render_template("submit.html", form={}, error=None)


@bp.post("/submit")
@reviewer_required
def submit():
    form = {k: request.form.get(k, "") for k in ("title", "published", "text", "url")}
    text, url = form["text"].replace("\r\n", "\n"), form["url"].strip()
    title, published = form["title"].strip() or None, form["published"].strip() or None
    try:
        if is_blank(text) and url:
            article = fetch.fetch_article(url, fetch.policy_for(get_settings().fetch_allow, get_settings().fetch_timeout))
            text, url = article.text, article.url or url
            title, published = title or article.title, published or article.published
        if is_blank(text):
            raise InputError("paste the article text, or give its URL")
        report = check(text, published=published, title=title, url=url or None,
                       settings=get_settings())
    except (InputError, fetch.FetchError) as e:
        return render_template("submit.html", form=form, error=str(e)), 422
    except CheckTimeout as e:  # the worker goes on; the reviewer keeps the form
        error = f"Not checked: {e}. Try again later, or submit a shorter text."
        return render_template("submit.html", form=form, error=error), 503, {"Retry-After": retry_after(e)}
    article_id, created = store.save(get_db(), report)
    if not created:
        flash("This article (same text and date) was already here: showing the stored report.", "ok")
    return redirect(url_for("pages.article", article_id=article_id), 303)
