"""The review desk through Flask's test client: forms, CSRF, sign-in, filters, exports."""
from __future__ import annotations

import json
import re

import pytest
from werkzeug.security import generate_password_hash

from factcheck import store
from factcheck.settings import Settings
from factcheck.web import create_app
from factcheck.web.auth import ReviewAccess

PLANTED = ("Troops begin pullout\n\n"
           "Shoigu said the pullout would be completed by Wednesday next week, several days "
           "ahead of a January 12 deadline set by the alliance.\n"
           "The withdrawal of the last units would be completed by Tuesday next week, ahead of "
           "a January 14 deadline set by the alliance.")
HOSTILE = ('Hack <script>alert(document.cookie)</script> and <img src=x onerror="alert(2)">\n\n'
           'It would be completed by Wednesday next week, ahead of a January 12 deadline.')


def token(client, path: str = "/submit") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def submit(client, text: str = PLANTED, published: str = "2022-01-13", **extra) -> int:
    r = client.post("/submit", data={"csrf_token": token(client), "text": text,
                                     "published": published, **extra})
    assert r.status_code == 303, r.get_data(as_text=True)
    return int(re.search(r"/articles/(\d+)", r.headers["Location"]).group(1))


def findings(client, article_id: int) -> list[dict]:
    return client.get(f"/api/v1/articles/{article_id}").get_json()["findings"]


def decide(client, finding: dict, status: str, note: str = "", reviewer: str = "Ann", path=None):
    return client.post(f"/findings/{finding['finding_id']}/review",
                       data={"csrf_token": token(client), "status": status, "note": note,
                             "reviewer": reviewer})


def test_submit_form_stores_the_article_and_lands_on_its_report(client):
    aid = submit(client)
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "Troops begin pullout" in html and 'class="claim kind-' in html


def test_post_without_csrf_token_is_refused(client):
    r = client.post("/submit", data={"text": PLANTED, "published": "2022-01-13"})
    assert r.status_code == 400
    assert client.get("/api/v1/articles").get_json()["total"] == 0


def test_post_with_a_forged_csrf_token_is_refused(client):
    token(client)
    r = client.post("/submit", data={"csrf_token": "forged", "text": PLANTED})
    assert r.status_code == 400


def test_cross_site_post_is_refused_even_with_a_token(client):
    tok = token(client)
    r = client.post("/submit", data={"csrf_token": tok, "text": PLANTED},
                    headers={"Origin": "https://evil.example"})
    assert r.status_code == 403


def test_submit_with_an_impossible_date_shows_the_error_in_the_form(client):
    r = client.post("/submit", data={"csrf_token": token(client), "text": "Some 12 people came.",
                                     "published": "2022-02-30"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert "not a real date" in html and "Some 12 people came." in html


def test_submit_with_empty_text_is_refused_with_a_message(client):
    r = client.post("/submit", data={"csrf_token": token(client), "text": "   "})
    assert r.status_code == 422 and "paste the article text" in r.get_data(as_text=True)


def test_submit_by_url_refuses_internal_addresses(client):
    r = client.post("/submit", data={"csrf_token": token(client), "text": "",
                                     "url": "http://127.0.0.1:9/admin"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert "flash-error" in html and 'value="http://127.0.0.1:9/admin"' in html


def test_submit_by_url_refuses_other_schemes(client):
    r = client.post("/submit", data={"csrf_token": token(client), "url": "file:///etc/passwd"})
    assert r.status_code == 422 and "only http and https" in r.get_data(as_text=True)


def test_confirm_records_status_note_and_reviewer(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    r = decide(client, f, "confirmed", note="checked the alliance statement")
    assert r.status_code == 303 and r.headers["Location"].endswith(f"#finding-{f['id']}")
    stored = client.get(f"/api/v1/findings/{f['finding_id']}").get_json()
    assert stored["status"] == "confirmed"
    assert stored["reviews"][-1]["reviewer"] == "Ann"
    assert stored["reviews"][-1]["note"] == "checked the alliance statement"


def test_review_without_a_reviewer_name_is_refused(client):
    aid = submit(client)
    r = decide(client, findings(client, aid)[0], "dismissed", reviewer="")
    assert r.status_code == 400


def test_review_with_an_unknown_status_is_refused(client):
    aid = submit(client)
    r = decide(client, findings(client, aid)[0], "deleted")
    assert r.status_code == 400


def test_undo_restores_the_previous_status_and_keeps_history(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    decide(client, f, "dismissed", note="fine")
    r = client.post(f"/findings/{f['finding_id']}/undo",
                    data={"csrf_token": token(client), "reviewer": "Ben"})
    assert r.status_code == 303
    stored = client.get(f"/api/v1/findings/{f['finding_id']}").get_json()
    assert stored["status"] == "open"
    assert [h["status"] for h in stored["reviews"]] == ["dismissed", "open"]
    assert stored["reviews"][-1]["reviewer"] == "Ben"


def test_undo_with_nothing_to_undo_is_a_conflict(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    r = client.post(f"/findings/{f['finding_id']}/undo",
                    data={"csrf_token": token(client), "reviewer": "Ben"})
    assert r.status_code == 409


def test_history_is_shown_on_the_article_page(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    decide(client, f, "dismissed", note="the alliance moved the date")
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "the alliance moved the date" in html and "<strong>Ann</strong>" in html
    assert "✕ dismissed" in html


def test_decisions_survive_a_recheck(client):
    aid = submit(client)
    fs = findings(client, aid)
    assert len(fs) >= 2, "the planted article needs two findings"
    decide(client, fs[0], "confirmed")
    decide(client, fs[1], "dismissed", note="false alarm")
    r = client.post(f"/articles/{aid}/recheck", data={"csrf_token": token(client)})
    assert r.status_code == 303
    after = {f["id"]: f["status"] for f in findings(client, aid)}
    assert after[fs[0]["id"]] == "confirmed" and after[fs[1]["id"]] == "dismissed"


def test_resubmitting_the_same_article_keeps_decisions(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    decide(client, f, "dismissed")
    assert submit(client) == aid
    assert findings(client, aid)[0]["status"] == "dismissed"


def test_article_page_escapes_script_and_event_handlers(client):
    aid = submit(client, HOSTILE, title='<img src=y onerror="alert(3)">')
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "<script>alert(document.cookie)</script>" not in html
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in html
    assert "<img src=x onerror" not in html and "<img src=y onerror" not in html
    inbox = client.get("/").get_data(as_text=True)
    assert "<img src=y" not in inbox and "&lt;img src=y" in inbox


def test_reviewer_note_and_name_are_escaped(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    decide(client, f, "dismissed", note="<script>alert(4)</script>", reviewer='<b onmouseover="x()">')
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "<script>alert(4)" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;alert(4)" in html


def test_a_javascript_url_is_not_made_a_link(client):
    r = client.post("/api/v1/articles", json={"text": "Some 12 people came.", "url": "javascript:alert(5)"})
    html = client.get(f"/articles/{r.get_json()['id']}").get_data(as_text=True)
    assert 'href="javascript:' not in html


def test_claim_details_show_value_resolved_date_and_checks(client):
    aid = submit(client)
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "Resolved date" in html and "2022-01-19" in html
    assert "✖ failed" in html and "temporal.deadline-order" in html
    assert 'aria-describedby="tip-c' in html


def test_claim_status_is_given_by_label_not_only_colour(client):
    aid = submit(client)
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert '<span class="sr"> (flagged: error)</span>' in html
    assert "⚑" in html


def test_inbox_counts_open_findings_by_severity(client):
    aid = submit(client)
    fs = findings(client, aid)
    errors = sum(f["severity"] == "error" for f in fs)
    html = client.get("/").get_data(as_text=True)
    assert f"✖ {errors} open error" in html


def test_inbox_filters_by_status(client):
    aid = submit(client)
    other = submit(client, "Calm day\n\nSome 3 cats slept on Thursday.")
    decide(client, findings(client, aid)[0], "dismissed")
    rows = store.inbox(store.connect(client.application.config["FACTCHECK"].db), status="dismissed")[0]
    assert [r["id"] for r in rows] == [aid]
    html = client.get("/?status=dismissed").get_data(as_text=True)
    assert f"/articles/{aid}\"" in html and f"/articles/{other}\"" not in html


def test_inbox_filters_by_severity_and_rule(client):
    aid = submit(client)
    submit(client, "Calm day\n\nSome 3 cats slept on Thursday.")
    html = client.get("/?severity=error&rule=temporal.deadline-order").get_data(as_text=True)
    assert "1 article match" in html and f"/articles/{aid}\"" in html
    html = client.get("/?rule=no.such-rule").get_data(as_text=True)
    assert "0 articles match" in html


def test_inbox_filters_by_date_range(client):
    old = submit(client, "Old\n\nSome 3 cats.", published="2020-05-01")
    new = submit(client, "New\n\nSome 4 dogs.", published="2022-01-13")
    html = client.get("/?since=2021-01-01&until=2022-12-31").get_data(as_text=True)
    assert f"/articles/{new}\"" in html and f"/articles/{old}\"" not in html


def test_inbox_ignores_malformed_filters(client):
    submit(client)
    r = client.get("/?status=nope&severity=<x>&since=13/13/2022&page=zz", follow_redirects=True)
    assert r.status_code == 200 and "1 article." in r.get_data(as_text=True)


def test_inbox_search_matches_title_and_text_literally(client):
    a = submit(client, "Harvest report\n\nSome 3 tonnes of wheat.")
    b = submit(client, "Other\n\nSome 50% of barley.")
    assert f"/articles/{a}\"" in client.get("/?q=wheat").get_data(as_text=True)
    html = client.get("/?q=%25").get_data(as_text=True)  # a literal %, not a wildcard
    assert f"/articles/{b}\"" in html and f"/articles/{a}\"" not in html


@pytest.mark.parametrize("query", ["page=99999999999999999999999", "page=-3", "since=2022-13-45",
                                   "until=%00", "q=%00%27%22", "rule=%3Cscript%3E", "status=open&page=2"])
def test_inbox_survives_odd_query_strings(client, query):
    submit(client)
    r = client.get("/?" + query, follow_redirects=True)
    assert r.status_code == 200 and "<script>" not in r.get_data(as_text=True)


def test_recheck_that_the_settings_now_refuse_is_reported_not_crashed(client, app):
    from dataclasses import replace

    aid = submit(client)
    app.config["FACTCHECK"] = replace(app.config["FACTCHECK"], max_text_chars=10)
    r = client.post(f"/articles/{aid}/recheck", data={"csrf_token": token(client)})
    assert r.status_code == 303
    assert "Not re-checked" in client.get(f"/articles/{aid}").get_data(as_text=True)


def test_inbox_paginates_newest_first_keeping_filters(client):
    for i in range(23):
        submit(client, f"Story {i}\n\nSome {i + 2} cats.", published=f"2021-01-{i + 1:02d}")
    html = client.get("/?q=Story").get_data(as_text=True)
    assert "Page 1 of 2" in html and "Story 22" in html and "Story 0<" not in html
    assert "page=2" in html and "q=Story" in html
    assert "Story 0<" in client.get("/?q=Story&page=2").get_data(as_text=True)


def test_report_json_export_matches_the_api(client):
    aid = submit(client)
    r = client.get(f"/articles/{aid}/report.json")
    assert r.mimetype == "application/json"
    assert json.loads(r.get_data(as_text=True)) == client.get(f"/api/v1/articles/{aid}").get_json()


def test_claimreview_export_has_schema_org_fields_for_confirmed_findings(client):
    aid = submit(client)
    fs = findings(client, aid)
    decide(client, fs[0], "confirmed", note="wrong date")
    r = client.get(f"/articles/{aid}/claimreview.jsonld")
    assert r.mimetype == "application/ld+json"
    items = json.loads(r.get_data(as_text=True))
    assert len(items) == 1
    cr = items[0]
    assert cr["@context"] == "https://schema.org" and cr["@type"] == "ClaimReview"
    assert cr["itemReviewed"]["appearance"]["datePublished"] == "2022-01-13"
    assert cr["itemReviewed"]["datePublished"] == "2022-01-13"
    assert cr["reviewRating"]["alternateName"] == "Incorrect"
    assert cr["author"] == {"@type": "Person", "name": "Ann"}
    assert cr["url"].endswith(f"/articles/{aid}#finding-{fs[0]['id']}")
    assert "deadline" in cr["claimReviewed"] and re.match(r"\d{4}-\d\d-\d\d$", cr["datePublished"])


def test_claimreview_include_all_adds_open_findings(client):
    aid = submit(client)
    items = client.get(f"/articles/{aid}/claimreview.jsonld?include=all").get_json(force=True)
    assert len(items) == len(findings(client, aid))
    assert all(i["reviewRating"]["alternateName"].startswith("Unreviewed") for i in items)


def test_unknown_article_exports_are_404(client):
    assert client.get("/articles/99/report.json").status_code == 404
    assert client.get("/articles/99/claimreview.jsonld").status_code == 404


# --- who may review ---

REMOTE = {"REMOTE_ADDR": "203.0.113.9"}


def test_remote_reviewer_is_refused_when_no_sign_in_is_configured(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    tok = token(client)
    r = client.post(f"/findings/{f['finding_id']}/review", environ_base=REMOTE,
                    data={"csrf_token": tok, "status": "dismissed", "reviewer": "Eve"})
    assert r.status_code == 403
    html = client.get(f"/articles/{aid}", environ_base=REMOTE).get_data(as_text=True)
    assert "Read-only" in html and "Dismiss as false alarm" not in html


def test_remote_submit_is_refused_when_no_sign_in_is_configured(client):
    r = client.post("/submit", environ_base=REMOTE,
                    data={"csrf_token": token(client), "text": PLANTED, "published": "2022-01-13"})
    assert r.status_code == 403
    assert client.get("/api/v1/articles").get_json()["total"] == 0


def test_require_auth_true_needs_sign_in_even_from_loopback(tmp_path):
    app = create_app(Settings(db=str(tmp_path / "z.db"), require_auth="true"))
    c = app.test_client()
    html = c.get("/submit").get_data(as_text=True)
    assert "Read-only" in html
    r = c.post("/submit", data={"csrf_token": token(c), "text": PLANTED})
    assert r.status_code == 403


def test_proxied_request_is_not_trusted_as_local(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    r = client.post(f"/findings/{f['finding_id']}/review", headers={"X-Forwarded-For": "198.51.100.7"},
                    data={"csrf_token": token(client), "status": "dismissed", "reviewer": "Eve"})
    assert r.status_code == 403


def test_with_a_shared_token_review_needs_sign_in(client, app):
    aid = submit(client)
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="s3cret-token")
    f = findings(client, aid)[0]
    r = decide(client, f, "dismissed")
    assert r.status_code == 302 and "/signin" in r.headers["Location"]
    assert findings(client, aid)[0]["status"] == "open"


def test_sign_in_with_the_wrong_token_fails(client, app):
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="s3cret-token")
    r = client.post("/signin", data={"csrf_token": token(client, "/signin"), "name": "Ann", "secret": "guess"})
    assert r.status_code == 401


def test_signed_in_reviewer_name_is_recorded(client, app):
    aid = submit(client)
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="s3cret-token")
    r = client.post("/signin", environ_base=REMOTE,
                    data={"csrf_token": token(client, "/signin"), "name": "Ann", "secret": "s3cret-token",
                          "next": f"/articles/{aid}"})
    assert r.status_code == 302 and r.headers["Location"] == f"/articles/{aid}"
    f = findings(client, aid)[0]
    r = client.post(f"/findings/{f['finding_id']}/review", environ_base=REMOTE,
                    data={"csrf_token": token(client), "status": "dismissed", "reviewer": "Mallory"})
    assert r.status_code == 303
    assert client.get(f"/api/v1/findings/{f['finding_id']}").get_json()["reviews"][-1]["reviewer"] == "Ann"


def test_sign_in_with_an_account_password(client, app):
    app.config["REVIEW_ACCESS"] = ReviewAccess(accounts={"bo": generate_password_hash("pw-of-bo")})
    r = client.post("/signin", data={"csrf_token": token(client, "/signin"), "name": "bo", "secret": "pw-of-bo"})
    assert r.status_code == 302
    assert "Signed in as <strong>bo</strong>" in client.get("/").get_data(as_text=True)


def test_sign_in_never_redirects_to_another_site(client, app):
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="t")
    r = client.post("/signin", data={"csrf_token": token(client, "/signin"), "name": "a", "secret": "t",
                                     "next": "//evil.example/x"})
    assert r.headers["Location"] == "/"


def test_sign_out_ends_the_session(client, app):
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="t")
    client.post("/signin", data={"csrf_token": token(client, "/signin"), "name": "a", "secret": "t"})
    client.post("/signout", data={"csrf_token": token(client)})
    assert "Reviewer sign-in" in client.get("/").get_data(as_text=True)


def test_accounts_file_is_read_from_the_environment(tmp_path, monkeypatch):
    from factcheck.web.auth import load_access

    f = tmp_path / "reviewers"
    f.write_text("# name:hash\nann:" + generate_password_hash("x") + "\n", encoding="utf-8")
    acc = load_access({"FACTCHECK_REVIEWERS_FILE": str(f)})
    assert list(acc.accounts) == ["ann"] and acc.sign_in_configured


def test_workers_on_one_database_share_the_generated_secret(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_SECRET_KEY", raising=False)
    s = Settings(db=str(tmp_path / "x.db"))
    a, b = create_app(s), create_app(s)
    assert a.config["SECRET_KEY"] == b.config["SECRET_KEY"] and len(a.config["SECRET_KEY"]) >= 32


def test_secret_key_from_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_SECRET_KEY", "from-env-0123456789")
    assert create_app(Settings(db=str(tmp_path / "y.db"))).config["SECRET_KEY"] == "from-env-0123456789"


def test_sign_in_attempts_are_throttled(client, app):
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="t")
    tok = token(client, "/signin")
    codes = [client.post("/signin", data={"csrf_token": tok, "name": "a", "secret": "guess"}).status_code
             for _ in range(11)]
    assert codes[:10] == [401] * 10 and codes[10] == 429


def test_pages_send_a_strict_content_security_policy(client):
    r = client.get("/")
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Frame-Options"] == "DENY"
    assert "<script>" not in r.get_data(as_text=True)  # no inline script for the policy to block


@pytest.mark.parametrize("path", ["/", "/submit", "/signin"])
def test_pages_render_without_articles(client, path):
    assert client.get(path).status_code == 200
