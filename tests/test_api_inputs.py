"""No input produces a 500: lone surrogates, deeply nested JSON, chunked bodies over the
cap, texts of only invisible characters, over-long review notes and names. Through the
real app (test client), and a real werkzeug server where chunked transfer matters."""
from __future__ import annotations

import json
import re
import threading
import unicodedata

import pytest
import requests
from werkzeug.serving import make_server

from conftest import SEED_DATE
from factcheck import pipeline, store
from factcheck.settings import Settings
from factcheck.textinput import INVISIBLE, is_blank
from factcheck.web import create_app

LATE = ("Troops pull out\n\nThe pullout would be completed by Wednesday next week, "
        "several days ahead of a January 12 deadline.\n")
DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def client(tmp_path):
    app = create_app(Settings(db=str(tmp_path / "in.db"), rate_limit="off"))
    app.config["REFERENCE_TOKEN"] = "ref-token"
    return app.test_client()


@pytest.fixture
def finding_id(client) -> int:
    r = client.post("/api/v1/articles", json={"text": LATE, "published": SEED_DATE})
    return r.get_json()["findings"][0]["finding_id"]


def post_raw(client, path: str, body: str, **kw):
    """A JSON body as sent on the wire: escapes such as \\ud800 stay escapes."""
    return client.post(path, data=body.encode("utf-8"), content_type="application/json", **kw)


def assert_problem(r, status: int, detail: str):
    assert r.status_code == status, r.get_data(as_text=True)
    assert r.mimetype == "application/problem+json"
    body = r.get_json()
    assert set(body) == {"type", "title", "status", "detail"} and body["status"] == status
    assert detail in body["detail"], body["detail"]


# --- lone surrogates -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/check", "/api/v1/articles"])
@pytest.mark.parametrize("field", ["text", "title", "url", "published"])
def test_a_lone_surrogate_in_an_article_field_is_a_400_naming_it(client, path, field):
    body = {"text": "5 people.", field: "a \\ud800 b"}
    r = post_raw(client, path, "{" + ", ".join(f'"{k}": "{v}"' for k, v in body.items()) + "}")
    assert_problem(r, 400, f"{field} holds a lone surrogate")
    assert client.get("/api/v1/articles").get_json()["total"] == 0


@pytest.mark.parametrize("field", ["note", "reviewer"])
def test_a_lone_surrogate_in_a_review_field_is_a_400_naming_it(client, finding_id, field):
    body = {"status": "confirmed", "note": "", "reviewer": "Ann", field: "\\udc00"}
    r = post_raw(client, f"/api/v1/findings/{finding_id}/review", json.dumps(body).replace("\\\\", "\\"))
    assert_problem(r, 400, f"{field} holds a lone surrogate")
    assert client.get(f"/api/v1/findings/{finding_id}").get_json()["reviews"] == []


def test_a_surrogate_pair_is_text(client):
    r = post_raw(client, "/api/v1/check", '{"text": "5 people \\ud83d\\ude00."}')
    assert r.status_code == 200 and r.get_json()["claims"][0]["text"] == "5"


def test_a_lone_surrogate_in_a_reference_fact_is_a_400(client):
    r = post_raw(client, "/api/v1/reference", '{"entity": "\\ud800", "attribute": "population", "value": 5}',
                 headers={"Authorization": "Bearer ref-token"})
    assert r.status_code == 400 and r.mimetype == "application/problem+json"


def test_the_pipeline_refuses_a_lone_surrogate_for_every_door():
    with pytest.raises(pipeline.InputError, match=r"title holds a lone surrogate \(U\+D800 at character 2\)"):
        pipeline.check("5 people.", title="a \ud800")


def test_batch_records_a_lone_surrogate_as_that_records_error_and_goes_on(tmp_path):
    from factcheck.batch import run

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"text": "5 \\ud800 people."}\n' + json.dumps({"text": LATE, "published": SEED_DATE}) + "\n")
    counts = run([str(src)], str(out), Settings(), workers=1)
    assert counts["errors"] == 1 and counts["checked"] == 2
    first, second = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert "text holds a lone surrogate" in first["error"]
    assert second["findings"]


@pytest.mark.parametrize("field", ["text", "title", "note", "reviewer"])
def test_desk_forms_with_invalid_utf8_never_500(client, finding_id, field):
    """Form bodies are decoded with replacement characters: no surrogate gets through."""
    page = client.get("/submit").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    path = "/submit" if field in ("text", "title") else f"/findings/{finding_id}/review"
    form = {"csrf_token": token, "text": "5 people.", "status": "confirmed", "reviewer": "Ann"}
    form[field] = "a %ED%A0%80 b"
    body = "&".join(f"{k}={v.replace(' ', '+')}" for k, v in form.items())
    r = client.post(path, data=body, content_type="application/x-www-form-urlencoded")
    assert r.status_code == 303, r.get_data(as_text=True)[:500]


# --- deeply nested JSON --------------------------------------------------------------------


@pytest.mark.parametrize("wrap", [DEEP, '{"text": "5 people.", "extra": ' + DEEP + "}"])
@pytest.mark.parametrize("path", ["/api/v1/check", "/api/v1/articles"])
def test_deeply_nested_json_is_a_400(client, path, wrap):
    assert_problem(post_raw(client, path, wrap), 400, "nested too deeply")


def test_deeply_nested_json_in_a_review_is_a_400(client, finding_id):
    assert_problem(post_raw(client, f"/api/v1/findings/{finding_id}/review", DEEP), 400, "nested too deeply")


def test_deeply_nested_json_in_a_reference_write_is_a_400(client):
    r = post_raw(client, "/api/v1/reference", DEEP, headers={"Authorization": "Bearer ref-token"})
    assert r.status_code == 400 and r.mimetype == "application/problem+json"


# --- chunked bodies --------------------------------------------------------------------------


@pytest.fixture
def live(tmp_path):
    app = create_app(Settings(db=str(tmp_path / "live.db"), rate_limit="off"))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _chunked(body: bytes, size: int = 65536):
    for i in range(0, len(body), size):
        yield body[i:i + size]


@pytest.mark.parametrize("extra", [1, 1024 * 1024])
def test_a_chunked_body_over_2_mib_is_a_413(live, extra):
    body = b'{"text": "' + b"a" * (2 * 1024 * 1024 - 12 + extra) + b'"}'
    assert len(body) > 2 * 1024 * 1024
    r = requests.post(live + "/api/v1/check", data=_chunked(body),
                      headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 413
    assert r.headers["Content-Type"] == "application/problem+json"
    assert r.json()["title"] == "Request Entity Too Large"


def test_a_chunked_body_of_exactly_2_mib_is_read_whole(live):
    body = b'{"text": "' + b"a" * (2 * 1024 * 1024 - 12) + b'"}'
    r = requests.post(live + "/api/v1/check", data=_chunked(body),
                      headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 413  # the text, not the body, is too long: it was read whole
    assert r.json()["detail"] == "text is 2097140 characters; the limit is 200000"


def test_a_small_chunked_body_is_checked(live):
    body = json.dumps({"text": LATE, "published": SEED_DATE}).encode()
    r = requests.post(live + "/api/v1/check", data=_chunked(body, 7),
                      headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 200 and r.json()["findings"][0]["rule"] == "temporal.deadline-order"


# --- texts of only invisible characters ------------------------------------------------------


INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e\u200f", "\u202a\u202c",
              "\u2066\u2069", "\u061c", "\u00ad", "\u180e", "\x00", "\U000e0041", "\u3164"]


@pytest.mark.parametrize("chars", INVISIBLES)
@pytest.mark.parametrize("path", ["/api/v1/check", "/api/v1/articles"])
def test_a_text_of_only_invisible_characters_is_empty(client, path, chars):
    r = client.post(path, json={"text": f" {chars * 50}\n{chars} "})
    assert_problem(r, 400, "text is empty")


@pytest.mark.parametrize("chars", INVISIBLES)
def test_every_door_agrees_the_text_is_empty(chars):
    with pytest.raises(pipeline.InputError, match="text is empty"):
        pipeline.make_document(chars * 10)


def test_the_desk_refuses_a_text_of_only_invisible_characters(client):
    page = client.get("/submit").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    r = client.post("/submit", data={"csrf_token": token, "text": "\u200b\u200d\ufeff"})
    assert r.status_code == 422 and "paste the article text" in r.get_data(as_text=True)


def test_one_visible_character_among_invisible_ones_is_text():
    assert not is_blank("\u200b" * 1000 + "5" + "\u200b")
    assert not is_blank("é") and not is_blank("\u0600") and not is_blank("\U0001f600")


def test_every_invisible_character_is_a_blank_control_format_or_filler():
    fillers = {"\u115f", "\u1160", "\u17b4", "\u17b5", "\u2800", "\u3164", "\uffa0", "\u034f"}
    for a, b in INVISIBLE:
        for cp in range(a, b + 1):
            ch = chr(cp)
            cat = unicodedata.category(ch)
            assert ch.isspace() or cat in ("Cc", "Cf", "Cn", "Mn") or ch in fillers, (hex(cp), cat)
            if cat == "Mn":
                assert unicodedata.name(ch, "").startswith(("VARIATION SELECTOR", "MONGOLIAN FREE",
                                                            "COMBINING GRAPHEME", "KHMER")), hex(cp)


def test_the_openapi_pattern_agrees_with_is_blank_on_the_bmp():
    from factcheck.web.openapi import VISIBLE

    rx = re.compile(VISIBLE)
    for cp in list(range(0, 0x3200)) + list(range(0xFE00, 0x10000)):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        assert (rx.search(ch) is None) == is_blank(ch), hex(cp)


# --- review note and reviewer caps ------------------------------------------------------------


@pytest.mark.parametrize("field,cap", [("note", store.MAX_NOTE), ("reviewer", store.MAX_REVIEWER)])
def test_a_review_field_over_its_cap_is_a_400(client, finding_id, field, cap):
    body = {"status": "confirmed", "note": "", "reviewer": "Ann", field: "x" * (cap + 1)}
    r = client.post(f"/api/v1/findings/{finding_id}/review", json=body)
    assert_problem(r, 400, f"{field} is {cap + 1} characters; the limit is {cap}")
    body[field] = "x" * cap
    assert client.post(f"/api/v1/findings/{finding_id}/review", json=body).status_code == 200


def test_the_desk_and_the_api_share_the_caps():
    from factcheck.web import openapi, review

    assert (review.MAX_NOTE, review.MAX_NAME) == (store.MAX_NOTE, store.MAX_REVIEWER)
    props = openapi.spec()["components"]["schemas"]["ReviewInput"]["properties"]
    assert props["note"]["maxLength"] == store.MAX_NOTE
    assert props["reviewer"]["maxLength"] == store.MAX_REVIEWER
