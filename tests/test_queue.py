"""The findings queue, the activity log and the CSV exports (issue 15), through Flask's test
client and a real database; the keys and downloads are clicked in test_browser_queue.py."""
from __future__ import annotations

import csv
import io
import re

from factcheck import desk, store, tokens
from factcheck.web.auth import ReviewAccess
from test_review import REMOTE, token

DEADLINE = ("Bridge works\n\nOfficials said the bridge repairs would be completed by March 19, "
            "ahead of a March 12 deadline set by the city council. Residents were told to expect delays.")
TENSE = "Talks resume\n\nThe ministers will meet on January 3 to settle the matter."
WEEKDAY = "Council meets\n\nOn Tuesday, March 3, 2022, the council met to approve the budget."


def post(client, text: str, published: str) -> int:
    r = client.post("/api/v1/articles", json={"text": text, "published": published})
    assert r.status_code in (200, 201), r.get_json()
    return r.get_json()["id"]


def queue_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<li class="qitem[^"]*" id="q-(\d+)"', html)]


def rows(resp) -> list[dict[str, str]]:
    assert resp.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(resp.get_data(as_text=True))))


def desk3(client) -> dict[str, int]:
    return {"deadline": post(client, DEADLINE, "2022-02-10"), "tense": post(client, TENSE, "2022-01-13"),
            "weekday": post(client, WEEKDAY, "2022-03-20")}


def fid_of(client, article_id: int) -> int:
    return client.get(f"/api/v1/articles/{article_id}").get_json()["findings"][0]["finding_id"]


def test_the_queue_lists_open_findings_of_every_article_with_sentence_and_title(client):
    ids = desk3(client)
    html = client.get("/findings").get_data(as_text=True)
    assert len(queue_ids(html)) == 3
    assert "3 findings." in html
    # the sentence of the claim, with the claim marked, not the whole article
    assert ('Officials said the bridge repairs would be completed by <mark class="qclaim">March 19</mark>, '
            'ahead of a <mark class="qclaim">March 12</mark> deadline set by the city council.</blockquote>') in html
    assert "Residents were told" not in html
    assert f'href="/articles/{ids["tense"]}#finding-f1">Talks resume</a>' in html


def test_errors_come_first_then_newest_and_other_sorts_reorder(client):
    ids = desk3(client)
    by_article = {fid_of(client, a): name for name, a in ids.items()}
    order = lambda q: [by_article[i] for i in queue_ids(client.get("/findings" + q).get_data(as_text=True))]  # noqa: E731
    assert order("") == ["weekday", "deadline", "tense"]  # errors (newest first), then the warning
    assert order("?sort=oldest") == ["tense", "deadline", "weekday"]
    assert order("?sort=newest") == ["weekday", "deadline", "tense"]


def test_filters_by_severity_rule_reviewer_and_date(client):
    ids = desk3(client)
    order = lambda q: len(queue_ids(client.get("/findings" + q).get_data(as_text=True)))  # noqa: E731
    assert order("?severity=warning") == 1
    assert order("?rule=temporal.weekday-date") == 1
    assert order("?since=2022-02-01&until=2022-02-28") == 1
    client.post(f"/api/v1/findings/{fid_of(client, ids['deadline'])}/review",
                json={"status": "dismissed", "reviewer": "Bo"})
    assert order("") == 2  # decided: out of the open queue
    assert order("?status=dismissed&reviewer=Bo") == 1
    assert order("?status=any&reviewer=Ann") == 0
    assert order("?status=any") == 3


def test_bad_filters_fall_back_and_bad_pages_redirect_to_real_ones(client):
    desk3(client)
    assert client.get("/findings?status=nonsense&sort=%27;drop&since=yesterday").status_code == 200
    for asked in ("0", "-1", "abc", "1e99", "99999999999999999999"):
        r = client.get(f"/findings?severity=error&page={asked}")
        assert r.status_code == 302 and r.headers["Location"] == "/findings?severity=error", asked
    r = client.get("/findings?page=7")
    assert r.status_code == 302 and r.headers["Location"] == "/findings"
    r = client.get("/activity?page=3&reviewer=Ann")
    assert r.status_code == 302 and r.headers["Location"] == "/activity?reviewer=Ann"


def test_a_decision_in_the_queue_is_the_article_pages_decision_and_comes_back_to_the_queue(client):
    ids = desk3(client)
    fid = fid_of(client, ids["weekday"])
    html = client.get("/findings").get_data(as_text=True)
    nxt = re.search(rf'action="/findings/{fid}/review".*?name="next" value="([^"]+)"', html, re.S).group(1)
    assert nxt == f"/findings?last={fid}#q-{queue_ids(html)[1]}"
    r = client.post(f"/findings/{fid}/review", data={"csrf_token": token(client), "status": "confirmed",
                                                     "note": "checked", "reviewer": "Ann", "next": nxt})
    assert r.status_code == 303 and r.headers["Location"] == nxt
    f = client.get(f"/api/v1/findings/{fid}").get_json()
    assert f["status"] == "confirmed" and f["reviews"][0]["reviewer"] == "Ann"
    page = client.get(f"/findings?last={fid}").get_data(as_text=True)
    assert fid not in queue_ids(page)
    assert re.search(rf'<form method="post" action="/findings/{fid}/undo" class="last-decision">', page)
    r = client.post(f"/findings/{fid}/undo", data={"csrf_token": token(client), "next": f"/findings#q-{fid}"})
    assert r.headers["Location"] == f"/findings#q-{fid}"
    assert client.get(f"/api/v1/findings/{fid}").get_json()["status"] == "open"


def test_next_only_leads_back_to_this_site(client):
    ids = desk3(client)
    fid = fid_of(client, ids["tense"])
    r = client.post(f"/findings/{fid}/review", data={"csrf_token": token(client), "status": "dismissed",
                                                     "reviewer": "Ann", "next": "//evil.example/x"})
    assert r.headers["Location"] == "/"


def test_activity_says_who_did_what_and_which_undo_took_it_back(client):
    ids = desk3(client)
    fid = fid_of(client, ids["deadline"])
    for status, who in (("confirmed", "Ann"), ("dismissed", "Bo")):
        client.post(f"/api/v1/findings/{fid}/review", json={"status": status, "reviewer": who, "note": f"by {who}"})
    client.post(f"/findings/{fid}/undo", data={"csrf_token": token(client), "reviewer": "Chen"})
    client.post(f"/api/v1/findings/{fid_of(client, ids['tense'])}/review", json={"status": "open", "reviewer": "Dara"})
    got, total = desk.activity(store.connect(client.application.config["FACTCHECK"].db))
    assert total == 4
    assert [(r["reviewer"], r["action"]) for r in got] == [("Dara", "reopened"), ("Chen", "undo"),
                                                          ("Bo", "dismissed"), ("Ann", "confirmed")]
    undo, bo = got[1], got[2]
    assert undo["undoes"] == bo["id"] and bo["undone_by"] == "Chen" and got[3]["undone_by"] is None
    html = client.get("/activity").get_data(as_text=True)
    assert f'takes back <a href="#d-{bo["id"]}">#{bo["id"]}</a>' in html
    assert "by Chen" in html and "“by Bo”" in html
    assert client.get("/activity?action=undo").get_data(as_text=True).count('<tr id="d-') == 1
    assert client.get("/activity?reviewer=Ann&rule=temporal.deadline-order").get_data(as_text=True).count('<tr id="d-') == 1
    day = got[0]["created_at"][:10]
    assert client.get(f"/activity?since={day}&until={day}").get_data(as_text=True).count('<tr id="d-') == 4
    assert client.get("/activity?until=2000-01-01").get_data(as_text=True).count('<tr id="d-') == 0


def test_activity_csv_has_every_matching_decision_and_its_undo(client):
    ids = desk3(client)
    fid = fid_of(client, ids["weekday"])
    client.post(f"/api/v1/findings/{fid}/review", json={"status": "confirmed", "reviewer": "Ann", "note": "n1",
                                                        "correction": "It was a Thursday."})
    client.post(f"/findings/{fid}/undo", data={"csrf_token": token(client), "reviewer": "Bo"})
    r = client.get("/activity.csv")
    assert r.headers["Content-Disposition"] == 'attachment; filename="activity.csv"'
    got = rows(r)
    assert [(g["reviewer"], g["action"], g["status_after"]) for g in got] == [("Bo", "undo", "open"),
                                                                              ("Ann", "confirmed", "confirmed")]
    assert got[1]["undone_by"] == "Bo" and got[0]["undoes_decision"] == got[1]["decision_id"]
    assert got[1]["rule_title"] == "Weekday does not match the date" and got[1]["correction"] == "It was a Thursday."
    assert [g["reviewer"] for g in rows(client.get("/activity.csv?reviewer=Ann"))] == ["Ann"]


def test_queue_csv_keeps_the_filters_and_defuses_formulas(client):
    desk3(client)
    post(client, "=HYPERLINK(\"http://x\")\n\nOn Tuesday, March 3, 2022, the board met.", "2022-03-20")
    got = rows(client.get("/findings.csv?rule=temporal.weekday-date"))
    assert len(got) == 2 and {g["rule"] for g in got} == {"temporal.weekday-date"}
    assert {g["article_title"] for g in got} == {"Council meets", "'=HYPERLINK(\"http://x\")"}
    assert got[0]["sentence"].startswith("On Tuesday, March 3, 2022") and got[0]["claims"]
    assert got[0]["article_url"].startswith("http://localhost/articles/")
    assert len(rows(client.get("/findings.csv"))) == 4


def test_inbox_csv_has_every_article_matching_the_inbox_filters(client):
    desk3(client)
    got = rows(client.get("/inbox.csv"))
    assert [g["title"] for g in got] == ["Council meets", "Bridge works", "Talks resume"]
    assert got[0]["open_errors"] == "1" and got[2]["open_warnings"] == "1" and got[0]["received"]
    assert [g["title"] for g in rows(client.get("/inbox.csv?severity=warning"))] == ["Talks resume"]
    assert 'href="/inbox.csv?severity=warning"' in client.get("/?severity=warning").get_data(as_text=True)


def test_the_sentence_is_the_claims_own_among_several_on_a_line(tmp_path):
    db = store.connect(str(tmp_path / "s.db"))
    from factcheck import check

    text = ("Title here\n\nThe weather was mild. On Tuesday, March 3, 2022, the council met. "
            "It adjourned at noon.\nAnother line.")
    store.save(db, check(text, published="2022-03-20"))
    (row,), _ = desk.queue(db)
    assert row["sentence"] == [("On ", False), ("Tuesday, March 3, 2022", True), (", the council met.", False)]


def test_an_editors_flag_is_queued_with_its_quoted_span_marked(client):
    from factcheck import edits

    aid = post(client, TENSE, "2022-01-13")
    db = store.connect(client.application.config["FACTCHECK"].db)
    edits.add_flag(db, aid, "settle the matter", "Which matter? Say it.", "Ann")
    html = client.get("/findings?rule=editor.flag").get_data(as_text=True)
    assert len(queue_ids(html)) == 1
    assert ('The ministers will meet on January 3 to <mark class="qclaim">settle the matter</mark>.'
            '</blockquote>') in html


def test_a_csv_of_more_findings_than_one_query_may_name_is_whole(client, monkeypatch):
    desk3(client)
    monkeypatch.setattr(desk, "CHUNK", 2)  # 3 findings over 2 articles: two queries each
    got = rows(client.get("/findings.csv?status=any"))
    assert len(got) == 3 and all(g["sentence"] and g["claims"] for g in got)


def test_without_sign_in_the_queue_is_read_only_and_says_how_to_sign_in(client, app):
    desk3(client)
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="s3cret-token")
    html = client.get("/findings?severity=error", environ_base=REMOTE).get_data(as_text=True)
    assert len(queue_ids(html)) == 2 and 'class="review"' not in html and "Keys:" not in html
    assert 'href="/signin?next=/findings?severity%3Derror">Sign in</a>' in html
    client.post("/signin", environ_base=REMOTE, data={"csrf_token": token(client, "/signin"), "name": "Ann",
                                                      "secret": "s3cret-token"})
    html = client.get("/findings", environ_base=REMOTE).get_data(as_text=True)
    assert html.count('class="review"') == 3 and 'name="reviewer" required' not in html
    assert "Recorded as <strong>Ann</strong>" in html


def test_the_api_gives_the_activity_with_the_same_filters(client):
    ids = desk3(client)
    fid = fid_of(client, ids["tense"])
    client.post(f"/api/v1/findings/{fid}/review", json={"status": "dismissed", "reviewer": "Ann"})
    client.post(f"/findings/{fid}/undo", data={"csrf_token": token(client), "reviewer": "Bo"})
    body = client.get("/api/v1/activity?per_page=1").get_json()
    assert body["total"] == 2 and body["per_page"] == 1
    (undo,) = body["decisions"]
    assert undo["action"] == "undo" and undo["reviewer"] == "Bo" and undo["rule"] == "temporal.tense"
    ann = client.get("/api/v1/activity?reviewer=Ann&action=dismissed&since=2000-01-01").get_json()["decisions"]
    assert [(d["reviewer"], d["undone_by"], d["undoes"]) for d in ann] == [("Ann", "Bo", None)]
    for bad in ("action=maybe", "action=", "since=", "since=yesterday", "until=2022-13-01", "page=0", "per_page=500"):
        r = client.get(f"/api/v1/activity?{bad}")
        assert r.status_code == 400 and r.mimetype == "application/problem+json", bad


def test_activity_lists_corrections_and_flags_beside_decisions(client):
    ids = desk3(client)
    fid = fid_of(client, ids["deadline"])
    client.post(f"/api/v1/findings/{fid}/review", json={"status": "confirmed", "reviewer": "Ann"})
    r = client.put(f"/api/v1/articles/{ids['deadline']}", json={
        "text": DEADLINE.replace("March 19", "March 10"), "published": "2022-02-11",
        "reviewer": "Bo", "note": "date fixed by the desk"})
    assert r.status_code == 200, r.get_json()
    r = client.post(f"/api/v1/articles/{ids['tense']}/flags", json={
        "quote": "settle the matter", "note": "Which matter?", "reviewer": "Chen"})
    assert r.status_code == 201, r.get_json()
    db = store.connect(client.application.config["FACTCHECK"].db)
    spaced(db)
    got, total = desk.activity(db)
    assert total == 3
    assert [(g["kind"], g["action"], g["reviewer"]) for g in got] == [
        ("flag", "flag", "Chen"), ("edit", "edit", "Bo"), ("decision", "confirmed", "Ann")]
    flag, edit = got[0], got[1]
    assert flag["note"] == "Which matter?" and flag["summary"] == "flagged “settle the matter”"
    assert edit["note"] == "date fixed by the desk" and edit["title"] == "Bridge works"
    assert edit["summary"] == ("date 2022-02-10 → 2022-02-11; text “19” → “10”; "
                               "findings: 1 gone, 0 new, 0 kept")
    html = client.get("/activity").get_data(as_text=True)
    assert "3 entries." in html and f'<tr id="v-{edit["id"]}" class="act-edit">' in html
    assert f'<tr id="flag-{flag["id"]}" class="act-flag">' in html and "✎ edit" in html and "⚑ flag" in html
    assert f'href="/articles/{ids["deadline"]}/versions/{edit["id"]}"' in html
    # the same action filter: edit, flag, or a decision alone
    for action, kind in (("edit", "v-"), ("flag", "flag-"), ("confirmed", "d-")):
        page = client.get(f"/activity?action={action}").get_data(as_text=True)
        assert page.count("<tr id=") == 1 and f'<tr id="{kind}' in page, action
    assert client.get("/activity?reviewer=Bo").get_data(as_text=True).count("<tr id=") == 1
    assert client.get("/activity?rule=editor.flag").get_data(as_text=True).count("<tr id=") == 1
    assert client.get("/activity?until=2000-01-01").get_data(as_text=True).count("<tr id=") == 0


def spaced(db) -> None:
    """Decisions, then edits, then flags a second apart (done within one second here;
    entries of the same second are listed decisions first)."""
    for n, (table, column) in enumerate((("reviews", "created_at"), ("versions", "edited_at"),
                                         ("findings", "created_at"))):
        where = "rule = 'editor.flag'" if table == "findings" else "1"
        db.execute(f"update {table} set {column} = substr({column}, 1, 17) || '0{n}+00:00' where {where}")
    db.conn.commit()


def test_activity_csv_and_api_include_corrections_and_flags(client):
    ids = desk3(client)
    client.put(f"/api/v1/articles/{ids['tense']}", json={"text": TENSE.replace("January 3", "January 4"),
                                                         "published": "2022-01-13", "reviewer": "Bo"})
    client.post(f"/api/v1/articles/{ids['weekday']}/flags", json={
        "quote": "approve the budget", "note": "Which budget?", "reviewer": "Chen", "correction": "The 2022 budget."})
    spaced(store.connect(client.application.config["FACTCHECK"].db))
    got = rows(client.get("/activity.csv"))
    assert [(g["action"], g["reviewer"]) for g in got] == [("flag", "Chen"), ("edit", "Bo")]
    assert got[0]["rule"] == "editor.flag" and got[0]["correction"] == "The 2022 budget." and not got[0]["decision_id"]
    assert got[1]["version_id"] and got[1]["summary"].startswith("text “3” → “4”")
    assert [g["action"] for g in rows(client.get("/activity.csv?action=edit"))] == ["edit"]
    body = client.get("/api/v1/activity?action=flag").get_json()
    assert body["total"] == 1 and body["decisions"][0]["kind"] == "flag"
    assert body["decisions"][0]["summary"] == "flagged “approve the budget”"
    assert client.get("/api/v1/activity?action=edit").get_json()["decisions"][0]["reviewer"] == "Bo"


def test_internal_notes_are_for_the_desk_not_for_read_only_visitors(client, app):
    """A decision's or an edit's note (why) is shown to whoever may review and to API callers
    with a token; a read-only visitor of a desk with sign-in sees the decision, its public
    correction and the flag's message, never the note."""
    ids = desk3(client)
    fid = fid_of(client, ids["tense"])
    client.post(f"/api/v1/findings/{fid}/review", json={
        "status": "dismissed", "reviewer": "Ann", "note": "aide says off the record",
        "correction": "The talks resume on January 3."})
    client.put(f"/api/v1/articles/{ids['deadline']}", json={
        "text": DEADLINE.replace("March 19", "March 10"), "published": "2022-02-10",
        "reviewer": "Bo", "note": "the clerk's private memo"})
    client.post(f"/api/v1/articles/{ids['weekday']}/flags", json={
        "quote": "approve the budget", "note": "Which budget?", "reviewer": "Chen"})
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="s3cret-token")
    visitor = app.test_client()
    pages = {path: visitor.get(path, environ_base=REMOTE).get_data(as_text=True) for path in (
        "/activity", "/activity.csv", "/api/v1/activity", f"/api/v1/findings/{fid}",
        f"/articles/{ids['tense']}", f"/articles/{ids['deadline']}",
        f"/api/v1/articles/{ids['deadline']}/versions")}
    for path, body in pages.items():
        assert "off the record" not in body and "private memo" not in body, path
    assert "The talks resume on January 3." in pages["/activity"] and "Which budget?" in pages["/activity"]
    assert "Ann" in pages["/api/v1/activity"] and "Which budget?" in pages["/api/v1/activity"]
    _, secret = tokens.create(store.connect(app.config["FACTCHECK"].db), "desk-bot")
    bearer = {"Authorization": f"Bearer {secret}"}
    got = visitor.get("/api/v1/activity", environ_base=REMOTE, headers=bearer).get_json()["decisions"]
    assert {d["note"] for d in got} >= {"aide says off the record", "the clerk's private memo"}
    f = visitor.get(f"/api/v1/findings/{fid}", environ_base=REMOTE, headers=bearer).get_json()
    assert f["reviews"][0]["note"] == "aide says off the record"
    visitor.post("/signin", environ_base=REMOTE, data={
        "csrf_token": token(visitor, "/signin"), "name": "Ann", "secret": "s3cret-token"})
    for path in ("/activity", f"/articles/{ids['tense']}"):
        assert "aide says off the record" in visitor.get(path, environ_base=REMOTE).get_data(as_text=True), path
