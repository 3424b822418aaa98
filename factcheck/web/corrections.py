"""Corrections in place on the review desk (issue 15): edit an article's text or date and
re-check it (edits.revise: decisions on findings that still stand are kept, the replaced
version is kept, and the page shows what changed), see an earlier version, and flag a
span the checks missed (edits.add_flag: a finding of rule editor.flag).

A refused edit or flag comes back on the article's page with its form filled in and the
reason said (422; 409 when the edit would make the article another stored one's twin).
"""
from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from .. import edits, store
from ..deadline import CheckTimeout
from ..flags import QuoteError
from ..pipeline import InputError, check
from ..textinput import is_blank
from .auth import desk_notes, reviewer_required
from .context import get_db, get_settings
from .pages import article_page
from .review import MAX_NOTE, _reviewer_name

bp = Blueprint("corrections", __name__, template_folder="templates")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@bp.post("/articles/<int:article_id>/edit")
@reviewer_required
def edit(article_id: int):
    db = get_db()
    try:
        row = store.get_article(db, article_id)
    except store.NotFound:
        abort(404)
    form = {k: request.form.get(k, "") for k in ("text", "published", "note")}
    text = form["text"].replace("\r\n", "\n")
    name = _reviewer_name()
    try:
        if is_blank(text):
            raise InputError("the text is empty: an article needs its text (to withdraw it, say so in the text)")
        report = check(text, published=form["published"].strip() or None, title=row["title"],
                       url=row["url"], settings=get_settings())
        changes = edits.revise(db, article_id, report, name, form["note"].strip()[:MAX_NOTE])
    except InputError as e:
        return article_page(article_id, 422, edit_form=form, edit_error=f"Not saved: {str(e).rstrip('.')}.")
    except edits.EditConflict as e:
        return article_page(article_id, 409, edit_form=form, edit_error=f"Not saved: {str(e).rstrip('.')}.")
    except CheckTimeout as e:
        return article_page(article_id, 503, edit_form=form,
                            edit_error=f"Not saved: {e}. Try again later.")
    if changes["version"] is None:
        flash("The text and date were unchanged: re-checked with the current rules.", "ok")
        return redirect(url_for("pages.article", article_id=article_id), 303)
    flash(f"Saved and re-checked by {name}: {_plural(len(changes['gone']), 'finding')} gone, "
          f"{len(changes['new'])} new, {changes['kept']} kept "
          f"({_plural(len(changes['decided_kept']), 'decision')} kept).", "ok")
    return redirect(url_for("pages.article", article_id=article_id, edited=1, _anchor="changes"), 303)


@bp.get("/articles/<int:article_id>/versions/<int:version_id>")
def version(article_id: int, version_id: int):
    db = get_db()
    try:
        row = store.get_article(db, article_id)
        old = edits.get_version(db, article_id, version_id)
    except store.NotFound:
        abort(404)
    return render_template("version.html", row=row, version=desk_notes([old])[0], article_id=article_id)


@bp.post("/articles/<int:article_id>/flags")
@reviewer_required
def flag(article_id: int):
    db = get_db()
    try:
        store.get_article(db, article_id)
    except store.NotFound:
        abort(404)
    form = {k: request.form.get(k, "") for k in ("quote", "note", "correction", "severity", "start", "end")}
    span = None
    if form["start"].isdigit() and form["end"].isdigit():
        span = (int(form["start"]), int(form["end"]))
    name = _reviewer_name()
    try:
        f = edits.add_flag(db, article_id, form["quote"].replace("\r\n", "\n"), form["note"][:MAX_NOTE],
                           name, span=span, severity=form["severity"] or "warning",
                           correction=form["correction"][:MAX_NOTE])
    except (QuoteError, ValueError) as e:
        return article_page(article_id, 422, flag_form=form, flag_error=f"Not flagged: {str(e).rstrip('.')}.")
    flash(f"Flagged by {name}: “{f['details']['text'][:80]}”.", "ok")
    return redirect(url_for("pages.article", article_id=article_id, _anchor=f"finding-{f['fid']}"), 303)
