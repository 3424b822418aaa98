"""Corrections in place and editor flags (issue 15), through the store and the desk's forms
(Flask test client, real SQLite file); the clicks are in test_browser_corrections.py."""
from __future__ import annotations

import html
import json
import re

import pytest

from factcheck import check, edits, store, textdiff
from factcheck.flags import QuoteError, locate, nearest
from test_review import PLANTED, submit, token

FIXED = PLANTED.replace("a January 14 deadline", "a January 24 deadline")  # the second error gone
WORSE = PLANTED + "\nTalks resume on January 3, the ministers said, to settle the matter."


@pytest.fixture
def db(tmp_path):
    return store.connect(str(tmp_path / "edits.db"))


def stored(db, text: str = PLANTED, published: str = "2022-01-13") -> int:
    return store.save(db, check(text, published=published))[0]


def active(db, article_id: int) -> dict[str, dict]:
    return {f["fid"]: f for f in store.article_findings(db, article_id)}


# --- the store ----------------------------------------------------------------------

def test_an_edit_keeps_the_earlier_text_and_decisions_on_findings_that_stand(db):
    aid = stored(db)
    f1 = active(db, aid)["f1"]
    store.review(db, f1["id"], "confirmed", "checked", "Ann")
    changes = edits.revise(db, aid, check(FIXED, published="2022-01-13"), "Bo", "second deadline fixed")
    assert [f["fid"] for f in changes["gone"]] == ["f2"] and changes["new"] == []
    assert changes["kept"] == 1 and [f["id"] for f in changes["decided_kept"]] == [f1["id"]]
    assert changes["diff"]["hunks"] == [{"before": "of a January ", "deleted": "14", "inserted": "24",
                                         "after": " deadline set by"}]
    assert active(db, aid)["f1"]["status"] == "confirmed"
    row = store.get_article(db, aid)
    assert row["text"] == FIXED and row["chars"] == len(FIXED)
    [old] = edits.versions(db, aid)
    assert old["text"] == PLANTED and old["edited_by"] == "Bo" and old["note"] == "second deadline fixed"
    assert old["changes"]["gone"][0]["fid"] == "f2"


def test_an_edit_that_adds_an_error_lists_it_as_new(db):
    aid = stored(db, FIXED)
    changes = edits.revise(db, aid, check(PLANTED, published="2022-01-13"), "Bo")
    assert [f["rule"] for f in changes["new"]] == ["temporal.deadline-order"]
    assert "January 14" in changes["new"][0]["message"]


def test_a_new_date_alone_is_an_edit_too(db):
    aid = stored(db)
    changes = edits.revise(db, aid, check(PLANTED, published="2022-01-06"), "Bo")
    assert changes["version"] and changes["published"] == ["2022-01-13", "2022-01-06"]
    assert changes["diff"]["hunks"] == []
    assert store.get_article(db, aid)["published"] == "2022-01-06"


def test_the_same_text_and_date_is_a_plain_recheck_with_no_version(db):
    aid = stored(db)
    changes = edits.revise(db, aid, check(PLANTED, published="2022-01-13"), "Bo")
    assert changes["version"] is None and changes["gone"] == changes["new"] == []
    assert edits.versions(db, aid) == []


def test_an_edit_into_another_articles_text_and_date_is_refused_and_changes_nothing(db):
    aid, other = stored(db), stored(db, FIXED)
    with pytest.raises(edits.EditConflict, match=f"article {other} already has this text and date"):
        edits.revise(db, aid, check(FIXED, published="2022-01-13"), "Bo")
    assert store.get_article(db, aid)["text"] == PLANTED and edits.versions(db, aid) == []
    assert set(active(db, aid)) == {"f1", "f2"}


def test_a_flag_is_a_finding_on_the_quoted_span(db):
    aid = stored(db)
    f = edits.add_flag(db, aid, "Troops begin pullout", "The headline says begin; they finished", "Ann",
                       severity="error", correction="Troops complete pullout")
    assert (f["rule"], f["severity"], f["status"], f["fid"]) == ("editor.flag", "error", "open", f"flag{f['id']}")
    assert f["message"] == "The headline says begin; they finished"
    assert f["details"] == {"span": [0, 20], "text": "Troops begin pullout", "by": "Ann",
                            "correction": "Troops complete pullout"}
    report = store.article_report(db, aid)
    assert report["findings"][-1] | {"details": None} == {
        "id": f["fid"], "rule": "editor.flag", "severity": "error", "message": f["message"],
        "claims": [], "details": None, "status": "open", "finding_id": f["id"]}


def test_a_flag_needs_its_quote_once_a_note_a_name_and_a_known_severity(db):
    aid = stored(db)
    for quote, note, name, severity, words in (
            ("a January 30 deadline", "x", "Ann", "warning", "is not in the text"),
            ("set by the alliance", "x", "Ann", "warning", "occurs more than once"),
            ("   ", "x", "Ann", "warning", "the quote is empty"),
            ("Troops", " ", "Ann", "warning", "say in a note"),
            ("Troops", "x", " ", "warning", "give your name"),
            ("Troops", "x", "Ann", "fatal", "severity must be one of error, warning, info")):
        with pytest.raises(ValueError, match=words):
            edits.add_flag(db, aid, quote, note, name, severity=severity)
    assert not any(f["rule"] == "editor.flag" for f in store.article_findings(db, aid, active_only=False))


def test_a_selection_span_places_a_flag_on_a_repeated_quote():
    text = "set by the alliance. And set by the alliance."
    assert locate(text, "set by the alliance", (25, 44)) == (25, 44)
    with pytest.raises(QuoteError):  # offsets that do not hold the quote: found by its words
        locate(text, "set by the alliance", (0, 5))


def test_a_quote_matches_across_line_breaks_and_runs_of_blanks():
    assert locate("At least 12,000\npeople  were held.", "12,000 people were") == (9, 28)


def test_a_flag_survives_a_recheck_and_follows_its_text_through_an_edit(db):
    aid = stored(db)
    f = edits.add_flag(db, aid, "Troops begin pullout", "headline", "Ann")
    store.save(db, check(PLANTED, published="2022-01-13"))  # a re-check
    assert active(db, aid)[f["fid"]]["details"]["span"] == [0, 20]
    edits.revise(db, aid, check("Update: " + PLANTED, published="2022-01-13"), "Bo")
    assert active(db, aid)[f["fid"]]["details"]["span"] == [8, 28]


def test_a_flag_whose_text_is_gone_is_set_aside_and_returns_with_the_text(db):
    aid = stored(db)
    f = edits.add_flag(db, aid, "Troops begin pullout", "headline", "Ann")
    edits.revise(db, aid, check(PLANTED.replace("Troops begin", "Troops end"), published="2022-01-13"), "Bo")
    assert f["fid"] not in active(db, aid)
    edits.revise(db, aid, check(PLANTED, published="2022-01-13"), "Bo")
    assert active(db, aid)[f["fid"]]["status"] == "open"


def test_a_flag_keeps_its_words_when_an_edit_rewraps_them(db):
    aid = stored(db)
    f = edits.add_flag(db, aid, "Troops begin pullout", "headline", "Ann")
    edits.revise(db, aid, check(PLANTED.replace("Troops begin pullout", "Troops begin\npullout"),
                                published="2022-01-13"), "Bo")
    assert active(db, aid)[f["fid"]]["details"]["text"] == "Troops begin\npullout"


def test_a_re_anchored_flag_takes_the_occurrence_nearest_its_old_place():
    text = "alliance ... alliance ... alliance"
    assert nearest(text, "alliance", 14) == (13, 21)
    assert nearest(text, "alliance", 40) == (26, 34)
    assert nearest(text, "treaty", 3) is None


def test_a_diff_shows_the_changed_words_with_context_and_cuts_long_runs():
    assert textdiff.compact("same", "same") == {"hunks": [], "more": 0}
    d = textdiff.compact("The deadline is January 12 set by the alliance.",
                         "The deadline is January 22 set by the alliance.")
    assert d["hunks"] == [{"before": "deadline is January ", "deleted": "12", "inserted": "22",
                           "after": " set by the"}]  # textdiff.CONTEXT words and blanks
    big = textdiff.compact("a " * 5000, "b " * 5000)
    assert len(big["hunks"]) == 1 and big["hunks"][0]["deleted"].endswith("…")
    many = textdiff.compact(" ".join(f"w{i}" for i in range(100)), " ".join(f"v{i}" for i in range(100)))
    assert len(many["hunks"]) + many["more"] >= 1 and len(many["hunks"]) <= textdiff.MAX_HUNKS


def test_a_database_made_before_versions_gains_the_table(tmp_path):
    path = str(tmp_path / "old.db")
    db = store.connect(path)
    aid = stored(db)
    db.execute("drop table versions")
    db = store.connect(path)
    assert "versions" in db.table_names() and store.get_article(db, aid)["text"] == PLANTED


# --- the desk's forms and exports, and the API ----------------------------------------

def form_error(html: str, which: str) -> str:
    return re.search(rf'id="{which}-error">✖ (.*?)</p>', html).group(1)


def test_edit_form_saves_rechecks_and_redirects_to_what_changed(client):
    aid = submit(client)
    r = client.post(f"/articles/{aid}/edit", data={"csrf_token": token(client), "text": FIXED,
                                                   "published": "2022-01-13", "reviewer": "Ann"})
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/articles/{aid}?edited=1#changes")
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "Saved and re-checked by Ann: 1 finding gone, 0 new, 1 kept (0 decisions kept)." in html
    changes = html.split('id="changes"')[1].split("</details>")[0]
    assert "<del><span class=\"sr\">removed: </span>14</del><ins><span class=\"sr\">added: </span>24</ins>" in changes
    assert "Findings gone: 1" in changes and "January 14" in changes
    link = re.search(r'href="(/articles/\d+/versions/\d+)"', changes).group(1)
    old = client.get(link).get_data(as_text=True)
    assert "a January 14 deadline" in old and "Earlier version" in old


@pytest.mark.parametrize("text, published, status, words", [
    ("  \n ", "2022-01-13", 422, "Not saved: the text is empty"),
    (FIXED, "yesterday", 422, "Not saved: published &#39;yesterday&#39; is relative"),
    (FIXED, "2022-02-30", 422, "Not saved: published"),
])
def test_edit_form_refuses_bad_input_with_its_form_kept(client, text, published, status, words):
    aid = submit(client)
    r = client.post(f"/articles/{aid}/edit", data={"csrf_token": token(client), "text": text,
                                                   "published": published, "reviewer": "Ann"})
    html = r.get_data(as_text=True)
    assert r.status_code == status and form_error(html, "edit").startswith(words)
    assert f'value="{published}"' in html and '<details class="edit" id="edit" open>' in html
    assert client.get(f"/api/v1/articles/{aid}").get_json()["article"]["published"] == "2022-01-13"


def test_edit_form_refuses_another_articles_twin(client):
    aid, other = submit(client), submit(client, FIXED)
    r = client.post(f"/articles/{aid}/edit", data={"csrf_token": token(client), "text": FIXED,
                                                   "published": "2022-01-13", "reviewer": "Ann"})
    assert r.status_code == 409 and f"article {other} already has this text" in form_error(r.get_data(as_text=True), "edit")


def test_edit_and_flag_of_a_missing_article_are_404(client):
    t = token(client)
    assert client.post("/articles/99/edit", data={"csrf_token": t, "text": "x", "reviewer": "A"}).status_code == 404
    assert client.post("/articles/99/flags", data={"csrf_token": t, "quote": "x", "reviewer": "A"}).status_code == 404
    assert client.get("/articles/99/versions/1").status_code == 404


def test_flag_form_by_quote_lists_the_flag_and_the_api_shows_it(client):
    aid = submit(client)
    r = client.post(f"/articles/{aid}/flags", data={
        "csrf_token": token(client), "quote": "Troops begin\r\npullout", "note": "Overstated",
        "severity": "error", "reviewer": "Ann"})
    assert r.status_code == 303 and re.search(r"#finding-flag\d+$", r.headers["Location"])
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert re.search(r'<mark class="claim kind-flag st-flagged sev-error" id="span-flag\d+"', html)
    assert "Flagged by an editor" in html and "Flagged by <strong>Ann</strong>" in html
    flag = client.get(f"/api/v1/articles/{aid}").get_json()["findings"][-1]
    assert flag["rule"] == "editor.flag" and flag["details"]["text"] == "Troops begin pullout"
    listed = client.get("/api/v1/findings?status=open").get_json()["findings"]
    assert any(f["rule"] == "editor.flag" and f["message"] == "Overstated" for f in listed)


def test_flag_form_refuses_a_missing_or_ambiguous_quote_with_its_form_kept(client):
    aid = submit(client)
    for quote, words in (("a January 30 deadline", "is not in the text"),
                         ("deadline set by the alliance", "occurs more than once")):
        r = client.post(f"/articles/{aid}/flags", data={"csrf_token": token(client), "quote": quote,
                                                        "note": "Check it", "reviewer": "Ann"})
        html = r.get_data(as_text=True)
        assert r.status_code == 422 and words in form_error(html, "flag")
        assert f">{quote}</textarea>" in html and "Check it</textarea>" in html


def test_claimreview_exports_a_flag_only_with_public_text_and_never_its_note(client):
    aid = submit(client)
    for quote, correction in (("Troops begin pullout", ""), ("Wednesday next week", "The pullout ends on Friday")):
        client.post(f"/articles/{aid}/flags", data={"csrf_token": token(client), "quote": quote,
                                                    "note": "Desk source, do not publish", "reviewer": "Ann",
                                                    "correction": correction})
    items = json.loads(client.get(f"/articles/{aid}/claimreview.jsonld?include=all").get_data(as_text=True))
    flags = [i for i in items if i["identifier"] == "editor.flag"]
    assert [(i["claimReviewed"], i["reviewBody"]) for i in flags] == [
        ("Wednesday next week", "The pullout ends on Friday")]
    assert flags[0]["reviewRating"]["alternateName"] == "Unreviewed: flagged by an editor"
    assert "do not publish" not in json.dumps(items)


def test_api_put_corrects_an_article_in_place_and_lists_its_versions(client):
    aid = client.post("/api/v1/articles", json={"text": PLANTED, "published": "2022-01-13"}).get_json()["id"]
    first = client.get(f"/api/v1/articles/{aid}").get_json()["findings"][0]
    client.post(f"/api/v1/findings/{first['finding_id']}/review", json={"status": "dismissed", "reviewer": "Ann"})
    r = client.put(f"/api/v1/articles/{aid}", json={"text": FIXED, "published": "2022-01-13",
                                                     "reviewer": "Bo", "note": "fixed the date"})
    body = r.get_json()
    assert r.status_code == 200 and body["id"] == aid and len(body["findings"]) == 1
    assert body["findings"][0]["status"] == "dismissed"
    assert [f["fid"] for f in body["changes"]["gone"]] == ["f2"] and body["changes"]["kept"] == 1
    [old] = client.get(f"/api/v1/articles/{aid}/versions").get_json()["versions"]
    assert old["text"] == PLANTED and old["edited_by"] == "Bo" and old["note"] == "fixed the date"


@pytest.mark.parametrize("body, status, words", [
    ({"text": "   "}, 400, "text is empty"),
    ({"text": 5}, 400, "text must be a string"),
    ({"text": FIXED, "published": "yesterday"}, 422, "relative"),
    ({"text": FIXED, "published": 2022}, 400, "published must be a string"),
    ({"text": FIXED, "note": "x" * 2001}, 400, "note is 2001 characters"),
])
def test_api_put_refuses_bad_input_as_problems(client, body, status, words):
    aid = client.post("/api/v1/articles", json={"text": PLANTED, "published": "2022-01-13"}).get_json()["id"]
    r = client.put(f"/api/v1/articles/{aid}", json=body)
    assert r.status_code == status and words in r.get_json()["detail"]
    assert client.get(f"/api/v1/articles/{aid}/versions").get_json() == {"versions": []}


def test_api_put_into_another_articles_twin_is_409_and_a_missing_article_404(client):
    aid = client.post("/api/v1/articles", json={"text": PLANTED, "published": "2022-01-13"}).get_json()["id"]
    client.post("/api/v1/articles", json={"text": FIXED, "published": "2022-01-13"})
    assert client.put(f"/api/v1/articles/{aid}", json={"text": FIXED, "published": "2022-01-13"}).status_code == 409
    assert client.put("/api/v1/articles/999", json={"text": FIXED}).status_code == 404
    assert client.get("/api/v1/articles/999/versions").status_code == 404


def test_api_flags_a_span_and_refuses_an_ambiguous_quote(client):
    aid = client.post("/api/v1/articles", json={"text": PLANTED, "published": "2022-01-13"}).get_json()["id"]
    r = client.post(f"/api/v1/articles/{aid}/flags", json={"quote": "set by the alliance", "note": "x",
                                                           "reviewer": "Ann"})
    assert r.status_code == 422 and "more than once" in r.get_json()["detail"]
    at = PLANTED.rindex("set by the alliance")
    r = client.post(f"/api/v1/articles/{aid}/flags", json={
        "quote": "set by the alliance", "span": [at, at + 19], "note": "Which alliance?", "reviewer": "Ann",
        "severity": "info"})
    f = r.get_json()
    assert r.status_code == 201 and r.headers["Location"].endswith(f"/api/v1/findings/{f['id']}")
    assert (f["rule"], f["severity"], f["details"]["span"]) == ("editor.flag", "info", [at, at + 19])
    for body, status in (({"quote": "x", "note": "y", "span": [1, "2"]}, 400),
                         ({"quote": "Troops", "note": "y"}, 422),  # no reviewer
                         ({"quote": "Troops", "note": "y", "reviewer": "A", "severity": "fatal"}, 422)):
        assert client.post(f"/api/v1/articles/{aid}/flags", json=body).status_code == status
    assert client.post("/api/v1/articles/999/flags", json={"quote": "x", "note": "y"}).status_code == 404


def test_a_recheck_says_how_many_findings_went_came_and_stayed(client):
    aid = submit(client)
    r = client.post(f"/articles/{aid}/recheck", data={"csrf_token": token(client)})
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert "Re-checked with the current rules: 0 gone, 0 new, 2 kept;" in html
    assert client.get(f"/api/v1/articles/{aid}/versions").get_json() == {"versions": []}


def test_an_earlier_version_can_be_restored_and_says_what_replaced_it(client):
    aid = submit(client)
    client.post(f"/articles/{aid}/edit", data={"csrf_token": token(client), "text": FIXED,
                                               "published": "2022-01-13", "reviewer": "Ann"})
    page = client.get(f"/articles/{aid}/versions/1").get_data(as_text=True)
    assert "What the edit that replaced it changed" in page
    assert "Findings gone: 1" in page and "Restore this version and re-check" in page
    text = re.search(r'name="text" value="([^"]*)"', page, re.S).group(1)
    r = client.post(f"/articles/{aid}/edit", data={"csrf_token": token(client), "text": html.unescape(text),
                                                   "published": "2022-01-13", "note": "restored"})
    assert r.status_code == 303
    assert client.get(f"/api/v1/articles/{aid}").get_json()["article"]["sha256"] == \
        check(PLANTED, published="2022-01-13").to_dict()["article"]["sha256"]
    assert [v["note"] for v in client.get(f"/api/v1/articles/{aid}/versions").get_json()["versions"]] == ["restored", ""]
