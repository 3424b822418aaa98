"""Sign-in hardening: failed attempts are limited per client and per name, unknown names
cost the same work as known ones, the session cookie's flags, and CSRF proof for API
writes that rest on the desk's session cookie."""
from __future__ import annotations

import base64
import re
from types import SimpleNamespace

import pytest
from werkzeug.security import generate_password_hash

from factcheck.settings import from_env
from factcheck.web import auth, create_app
from factcheck.web.auth import ReviewAccess

ARTICLE = {"text": "Officials said 12 people were hurt on Thursday.", "published": "2022-01-13"}
PASSWORD = "right-horse-battery"
FAST_HASH = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")  # quick tests


@pytest.fixture
def app(settings, fresh_minute):
    app = create_app(settings.with_(auth_fail_limit="3/minute", rate_limit="off"))
    app.config["TESTING"] = True
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="desk-token", accounts={"ann": FAST_HASH})
    return app


def remote(app, addr: str = "203.0.113.7"):
    c = app.test_client()
    c.environ_base["REMOTE_ADDR"] = addr  # a documentation address: needs a credential
    return c


def basic(name: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def api_write(c, name: str = "ann", password: str = "wrong"):
    return c.post("/api/v1/articles", json=ARTICLE, headers=basic(name, password))


def page_token(c, path: str = "/signin") -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', c.get(path).get_data(as_text=True)).group(1)


def signin(c, name: str = "ann", secret: str = "wrong"):
    return c.post("/signin", data={"csrf_token": page_token(c), "name": name, "secret": secret})


# --- failed attempts are limited ---

def test_failed_basic_auth_gets_429_problem_with_retry_after_past_the_limit(app):
    c = remote(app)
    codes = [api_write(c).status_code for _ in range(3)]
    r = api_write(c)
    assert codes == [401, 401, 401] and r.status_code == 429
    assert r.mimetype == "application/problem+json" and r.get_json()["status"] == 429
    assert "a right password too" in r.get_json()["detail"]
    assert 1 <= int(r.headers["Retry-After"]) <= 60


def test_a_right_password_is_refused_too_until_the_window_passes(app, monkeypatch):
    clock = [600.0]  # the start of a one-minute window
    monkeypatch.setattr(auth, "time", SimpleNamespace(time=lambda: clock[0]))
    c = remote(app)
    for _ in range(3):
        api_write(c)
    r = api_write(c, password=PASSWORD)
    assert r.status_code == 429 and r.headers["Retry-After"] == "60"
    clock[0] = 660.0
    assert api_write(c, password=PASSWORD).status_code == 201


def test_failures_for_one_name_count_across_client_addresses(app):
    for i in range(3):
        assert api_write(remote(app, f"203.0.113.{10 + i}")).status_code == 401
    assert api_write(remote(app, "203.0.113.99")).status_code == 429
    assert api_write(remote(app, "203.0.113.99"), name="bo").status_code == 401  # others unaffected


def test_failures_from_one_client_count_across_names(app):
    c = remote(app)
    assert [api_write(c, name=f"guess{i}").status_code for i in range(3)] == [401] * 3
    assert api_write(c, name="another").status_code == 429
    assert api_write(remote(app, "203.0.113.8"), name="another").status_code == 401


def test_successful_sign_ins_do_not_count(app):
    c = remote(app)
    codes = [api_write(c, password=pw).status_code for pw in ["x", PASSWORD, PASSWORD, PASSWORD, "x", PASSWORD]]
    assert codes == [401, 201, 200, 200, 401, 200]  # 6 attempts, 2 failures: under the limit of 3


def test_a_wrong_bearer_counts_as_a_failure(app):
    c = remote(app)
    for _ in range(3):
        r = c.post("/api/v1/articles", json=ARTICLE, headers={"Authorization": "Bearer guess"})
        assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Bearer")
    r = c.post("/api/v1/articles", json=ARTICLE, headers={"Authorization": "Bearer desk-token"})
    assert r.status_code == 429 and "Retry-After" in r.headers


def test_failed_signin_form_gets_429_with_retry_after_and_refuses_the_right_password(app):
    c = remote(app)
    assert [signin(c).status_code for _ in range(3)] == [401] * 3
    r = signin(c, secret=PASSWORD)
    assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 60
    assert "Too many failed sign-ins" in r.get_data(as_text=True)
    assert "reviewer" not in r.headers.get("Set-Cookie", "")


def test_signin_form_and_api_share_the_count(app):
    c = remote(app)
    signin(c), signin(c), api_write(c)
    assert api_write(remote(app, "203.0.113.50")).status_code == 429  # the name "ann" is spent


def test_auth_fail_limit_off_never_answers_429(settings):
    app = create_app(settings.with_(auth_fail_limit="off"))
    app.config["REVIEW_ACCESS"] = ReviewAccess(accounts={"ann": FAST_HASH})
    c = remote(app)
    assert {api_write(c).status_code for _ in range(12)} == {401}


def test_a_malformed_auth_fail_limit_fails_at_start(settings):
    with pytest.raises(ValueError):
        create_app(settings.with_(auth_fail_limit="many"))


# --- unknown names cost the same work ---

@pytest.fixture
def hash_checks(monkeypatch):
    seen: list[str] = []
    real = auth.check_password_hash

    def spy(hashed, password):
        seen.append(hashed.split("$", 1)[0])
        return real(hashed, password)

    monkeypatch.setattr(auth, "check_password_hash", spy)
    return seen


@pytest.mark.parametrize("door", ["api", "signin"])
def test_an_unknown_name_is_checked_against_a_hash_of_the_same_cost(app, hash_checks, door):
    attempt = api_write if door == "api" else signin
    assert attempt(remote(app, "203.0.113.1"), name="ann").status_code == 401
    assert attempt(remote(app, "203.0.113.2"), name="nobody").status_code == 401
    assert hash_checks == ["pbkdf2:sha256:1000", "pbkdf2:sha256:1000"]


@pytest.mark.parametrize("method", ["scrypt:32768:8:1", "pbkdf2:sha256:600000"])
def test_the_dummy_hash_uses_the_accounts_method_and_cost(method):
    acc = ReviewAccess(accounts={"ann": generate_password_hash("pw", method=method)})
    assert acc.dummy_hash.startswith(method + "$") and acc.dummy_hash != acc.accounts["ann"]


def test_the_dummy_hash_never_lets_anyone_in():
    acc = ReviewAccess(accounts={"ann": FAST_HASH})
    assert not acc.check_account("nobody", "") and not acc.check_account("ann", "\ud800")
    assert acc.check_account("ann", PASSWORD)


# --- the session cookie ---

def test_the_session_cookie_is_samesite_lax_and_httponly(app):
    r = signin(remote(app), secret=PASSWORD)
    cookie = r.headers["Set-Cookie"]
    assert r.status_code == 302 and cookie.startswith("session=")
    assert "SameSite=Lax" in cookie and "HttpOnly" in cookie and "Secure" not in cookie


def test_secure_cookies_setting_marks_the_cookie_secure(settings):
    app = create_app(settings.with_(secure_cookies=True))
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="desk-token")
    c = app.test_client()
    r = c.post("/signin", base_url="https://localhost",
               data={"csrf_token": page_token(c), "name": "a", "secret": "desk-token"})
    assert "; Secure" in r.headers["Set-Cookie"] and "SameSite=Lax" in r.headers["Set-Cookie"]


def test_secure_cookies_is_read_from_the_environment():
    assert from_env({"FACTCHECK_SECURE_COOKIES": "1"}).secure_cookies is True
    assert from_env({}).secure_cookies is False


# --- API writes on the session cookie need CSRF proof ---

@pytest.fixture
def desk(app):
    """A reviewer signed in on the desk from another machine."""
    c = remote(app)
    assert signin(c, secret=PASSWORD).status_code == 302
    return c


def test_a_cookie_authenticated_api_write_without_proof_is_refused_with_403(desk):
    r = desk.post("/api/v1/articles", json=ARTICLE)
    assert r.status_code == 403 and r.mimetype == "application/problem+json"
    assert "X-CSRF-Token" in r.get_json()["detail"]
    assert desk.get("/api/v1/articles").get_json()["total"] == 0


def test_a_cookie_authenticated_api_write_with_the_csrf_header_is_allowed(desk):
    tok = re.search(r'name="csrf-token" content="([^"]+)"', desk.get("/").get_data(as_text=True)).group(1)
    assert desk.post("/api/v1/articles", json=ARTICLE, headers={"X-CSRF-Token": tok}).status_code == 201


def test_a_wrong_csrf_header_is_refused(desk):
    desk.get("/")
    assert desk.post("/api/v1/articles", json=ARTICLE, headers={"X-CSRF-Token": "forged"}).status_code == 403


@pytest.mark.parametrize("headers,status", [
    ({"Sec-Fetch-Site": "same-origin"}, 201),
    ({"Sec-Fetch-Site": "same-site"}, 403),
    ({"Sec-Fetch-Site": "none"}, 403),
    ({"Origin": "http://localhost"}, 201),
    ({"Origin": "null"}, 403),
])
def test_a_cookie_authenticated_api_write_trusts_only_same_origin(desk, headers, status):
    r = desk.post("/api/v1/articles", json=ARTICLE, headers=headers)
    assert r.status_code == status


def test_basic_and_bearer_writes_need_no_csrf_proof(app):
    assert api_write(remote(app), password=PASSWORD).status_code == 201
    r = remote(app).post("/api/v1/articles", json=dict(ARTICLE, text="Some 3 cars."),
                         headers={"Authorization": "Bearer desk-token"})
    assert r.status_code == 201
