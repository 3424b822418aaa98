"""The HTTP API: contract, storage, reviews, and problem-details errors."""
from __future__ import annotations

import json

import pytest

from factcheck import check

ARTICLE = {"text": "Officials said 12 people were hurt on Thursday.", "published": "2022-01-13"}


def test_check_returns_exactly_the_report_json(client):
    resp = client.post("/api/v1/check", json=ARTICLE)
    assert resp.status_code == 200
    assert resp.get_json() == json.loads(json.dumps(check(ARTICLE["text"], published=ARTICLE["published"]).to_dict()))


def test_check_response_has_the_contract_sections(client):
    body = client.post("/api/v1/check", json=ARTICLE).get_json()
    assert set(body) >= {"article", "claims", "findings", "coverage"}
    assert body["article"]["published"] == "2022-01-13"
    assert body["article"]["chars"] == len(ARTICLE["text"])
    assert len(body["article"]["sha256"]) == 64


def test_create_article_then_same_again_returns_the_stored_one(client):
    first = client.post("/api/v1/articles", json=ARTICLE)
    assert first.status_code == 201
    aid = first.get_json()["id"]
    assert first.headers["Location"].endswith(f"/api/v1/articles/{aid}")
    again = client.post("/api/v1/articles", json=ARTICLE)
    assert again.status_code == 200 and again.get_json()["id"] == aid
    listing = client.get("/api/v1/articles").get_json()
    assert listing["total"] == 1


def test_articles_listed_newest_first_and_paginated(client):
    for day in ("2022-01-10", "2022-01-12", "2022-01-11"):
        client.post("/api/v1/articles", json={"text": f"Text of {day}: 5 cats.", "published": day})
    body = client.get("/api/v1/articles?per_page=2").get_json()
    assert [a["published"] for a in body["articles"]] == ["2022-01-12", "2022-01-11"]
    assert body["total"] == 3
    page2 = client.get("/api/v1/articles?per_page=2&page=2").get_json()
    assert [a["published"] for a in page2["articles"]] == ["2022-01-10"]


def test_get_unknown_article_is_404_problem(client):
    resp = client.get("/api/v1/articles/999")
    assert resp.status_code == 404
    body = resp.get_json()
    assert body["status"] == 404 and body["title"] and "999" in body["detail"]
    assert resp.mimetype == "application/problem+json"


def test_unknown_route_and_wrong_method_are_problems(client):
    assert client.get("/api/v1/nothing").get_json()["status"] == 404
    resp = client.get("/api/v1/check")
    assert resp.status_code == 405 and resp.get_json()["status"] == 405


@pytest.mark.parametrize("body,needle", [
    (b"not json", "JSON object"),
    (b"[1, 2]", "JSON object"),
    (b"{}", "missing field: text"),
    (b'{"text": ""}', "empty"),
    (b'{"text": "   "}', "empty"),
    (b'{"text": 42}', "must be a string"),
    (b'{"text": "Hi 5.", "published": 20220113}', "published must be a string"),
])
def test_bad_bodies_get_400_with_a_reason(client, body, needle):
    resp = client.post("/api/v1/check", data=body, content_type="application/json")
    assert resp.status_code == 400
    problem = resp.get_json()
    assert set(problem) >= {"type", "title", "status", "detail"}
    assert needle in problem["detail"]


@pytest.mark.parametrize("published", ["13/13/2022", "2022-02-30", "yesterday"])
def test_impossible_publication_dates_are_rejected(client, published):
    resp = client.post("/api/v1/check", json={"text": "Some 5 people.", "published": published})
    assert resp.status_code == 422
    assert published in resp.get_json()["detail"]


def test_text_over_the_limit_is_413(client, app):
    limit = app.config["FACTCHECK"].max_text_chars
    resp = client.post("/api/v1/check", json={"text": "a" * (limit + 1)})
    assert resp.status_code == 413 and str(limit) in resp.get_json()["detail"]


def test_body_over_the_size_cap_is_413(client):
    resp = client.post("/api/v1/check", data=b'{"text": "' + b"a" * 3_000_000 + b'"}',
                       content_type="application/json")
    assert resp.status_code == 413 and resp.get_json()["status"] == 413


def test_review_records_history_and_filters_findings(client):
    text = "The work would be completed by Wednesday next week, several days ahead of a January 12 deadline."
    report = client.post("/api/v1/articles", json={"text": text, "published": "2022-01-13"}).get_json()
    assert report["findings"], "the planted deadline error must be found"
    fid = report["findings"][0]["finding_id"]
    resp = client.post(f"/api/v1/findings/{fid}/review",
                       json={"status": "dismissed", "note": "deadline moved", "reviewer": "ana"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert body["status"] == "dismissed"
    assert [(r["status"], r["note"], r["reviewer"]) for r in body["reviews"]] == [("dismissed", "deadline moved", "ana")]
    assert client.get("/api/v1/findings?status=dismissed").get_json()["total"] == 1
    assert client.get("/api/v1/findings?status=open").get_json()["total"] == len(report["findings"]) - 1


def test_review_with_bad_status_or_unknown_finding(client):
    assert client.post("/api/v1/findings/1/review", json={"status": "maybe"}).status_code == 400
    assert client.post("/api/v1/findings/12345/review", json={"status": "confirmed"}).status_code == 404


def test_flagged_filter(client):
    client.post("/api/v1/articles", json={"text": "Calm day, 3 cats.", "published": "2022-01-13"})
    client.post("/api/v1/articles", json={"text": "It would be completed by Wednesday next week, ahead of "
                                          "a January 12 deadline.", "published": "2022-01-13"})
    flagged = client.get("/api/v1/articles?flagged=true").get_json()
    assert flagged["total"] == 1 and "deadline" in client.get(
        f"/api/v1/articles/{flagged['articles'][0]['id']}").get_json()["findings"][0]["message"]
    calm = client.get("/api/v1/articles?flagged=false").get_json()
    assert calm["total"] == 1 and calm["articles"][0]["open_error"] == 0
    assert client.get("/api/v1/articles?flagged=maybe").status_code == 400


def test_openapi_describes_every_route(client, app):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    documented = set(doc["paths"])
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/") or rule.rule == "/healthz":
            path = rule.rule.replace("<int:", "{").replace(">", "}")
            assert path in documented, path


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
