"""API tokens (stored hashed), who may write, and the per-client rate limit."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from factcheck import store, tokens
from factcheck.cli import main
from factcheck.web import create_app
from factcheck.web import limits

ARTICLE = {"text": "Officials said 12 people were hurt on Thursday.", "published": "2022-01-13"}
REMOTE = {"REMOTE_ADDR": "203.0.113.7"}  # a documentation address: never contacted


def client_from(app, addr: str = REMOTE["REMOTE_ADDR"]):
    c = app.test_client()
    c.environ_base["REMOTE_ADDR"] = addr
    return c


@pytest.fixture
def db(settings):
    d = store.connect(settings.db)
    yield d
    d.close()


@pytest.fixture
def remote(app):
    return client_from(app)


def test_tokens_are_stored_only_as_hashes(db, settings):
    _, secret = tokens.create(db, "newsroom-bot")
    raw = sqlite3.connect(settings.db).execute("select * from api_tokens").fetchall()
    assert secret.startswith("fc_") and len(secret) > 40
    assert not any(secret in str(v) for row in raw for v in row)
    assert tokens.digest(secret) in raw[0]


def test_a_token_names_its_owner_until_revoked(db):
    ident, secret = tokens.create(db, "desk")
    assert tokens.verify(db, secret) == "desk"
    assert tokens.revoke(db, str(ident)) == 1
    assert tokens.verify(db, secret) is None


def test_unknown_or_malformed_tokens_are_rejected(db):
    tokens.create(db, "desk")
    assert tokens.verify(db, "fc_" + "x" * 43) is None
    assert tokens.verify(db, "") is None and tokens.verify(db, None) is None


def test_listing_shows_prefix_and_state_never_the_token(db):
    _, secret = tokens.create(db, "a")
    tokens.create(db, "b")
    tokens.revoke(db, "b")
    rows = tokens.list_tokens(db)
    assert [(r["name"], r["revoked_at"] is None) for r in rows] == [("a", True), ("b", False)]
    assert rows[0]["prefix"] == secret[:8] and "hash" not in rows[0]


def test_cli_creates_lists_and_revokes(settings):
    runner = CliRunner()
    created = runner.invoke(main, ["token", "create", "ci", "--db", settings.db])
    assert created.exit_code == 0
    secret = created.stdout.strip().splitlines()[0]
    listed = runner.invoke(main, ["token", "list", "--db", settings.db])
    assert "ci" in listed.output and secret not in listed.output
    assert runner.invoke(main, ["token", "revoke", "ci", "--db", settings.db]).exit_code == 0
    again = runner.invoke(main, ["token", "revoke", "ci", "--db", settings.db])
    assert again.exit_code == 2 and "no active token" in again.output


def test_remote_writes_without_a_token_get_401_problem(remote):
    resp = remote.post("/api/v1/articles", json=ARTICLE)
    assert resp.status_code == 401
    assert resp.mimetype == "application/problem+json"
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")


def test_remote_writes_with_a_token_are_accepted(remote, db):
    _, secret = tokens.create(db, "bot")
    resp = remote.post("/api/v1/articles", json=ARTICLE, headers={"Authorization": f"Bearer {secret}"})
    assert resp.status_code == 201


def test_remote_reviews_need_a_token_too(remote, db):
    _, secret = tokens.create(db, "bot")
    auth = {"Authorization": f"Bearer {secret}"}
    text = "It would be completed by Wednesday next week, ahead of a January 12 deadline."
    body = remote.post("/api/v1/articles", json={"text": text, "published": "2022-01-13"}, headers=auth).get_json()
    fid = body["findings"][0]["finding_id"]
    assert remote.post(f"/api/v1/findings/{fid}/review", json={"status": "confirmed"}).status_code == 401
    assert remote.post(f"/api/v1/findings/{fid}/review", json={"status": "confirmed"},
                       headers=auth).status_code == 200


def test_a_revoked_token_no_longer_writes(remote, db):
    ident, secret = tokens.create(db, "bot")
    tokens.revoke(db, str(ident))
    resp = remote.post("/api/v1/articles", json=ARTICLE, headers={"Authorization": f"Bearer {secret}"})
    assert resp.status_code == 401


def test_the_stateless_check_stays_open(remote):
    assert remote.post("/api/v1/check", json=ARTICLE).status_code == 200


def test_reads_stay_open(remote):
    assert remote.get("/api/v1/articles").status_code == 200


def test_local_requests_write_without_a_token_by_default(client):
    assert client.post("/api/v1/articles", json=ARTICLE).status_code == 201


def test_a_local_proxy_does_not_count_as_local(client):
    resp = client.post("/api/v1/articles", json=ARTICLE, headers={"X-Forwarded-For": "198.51.100.9"})
    assert resp.status_code == 401


def test_require_auth_true_asks_local_clients_too(settings):
    app = create_app(settings.with_(require_auth="true"))
    assert app.test_client().post("/api/v1/articles", json=ARTICLE).status_code == 401


def test_require_auth_false_lets_anyone_write(settings):
    app = create_app(settings.with_(require_auth="false"))
    assert client_from(app).post("/api/v1/articles", json=ARTICLE).status_code == 201


def test_the_review_desk_shared_token_also_authorises(settings, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REVIEW_TOKEN", "desk-secret")
    app = create_app(settings)
    resp = client_from(app).post(
        "/api/v1/articles", json=ARTICLE, headers={"Authorization": "Bearer desk-secret"})
    assert resp.status_code == 201


def test_rate_limit_answers_429_with_retry_after(settings, fresh_minute):
    app = create_app(settings.with_(rate_limit="3/minute"))
    c = app.test_client()
    codes = [c.post("/api/v1/check", json=ARTICLE).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    resp = c.post("/api/v1/check", json=ARTICLE)
    assert resp.mimetype == "application/problem+json" and 1 <= int(resp.headers["Retry-After"]) <= 60


def test_rate_limit_counts_each_client_apart(settings, fresh_minute):
    app = create_app(settings.with_(rate_limit="1/minute", require_auth="false"))
    a = client_from(app, "203.0.113.1")
    b = client_from(app, "203.0.113.2")
    assert a.post("/api/v1/check", json=ARTICLE).status_code == 200
    assert b.post("/api/v1/check", json=ARTICLE).status_code == 200
    assert a.post("/api/v1/check", json=ARTICLE).status_code == 429


def test_rate_limit_window_resets(tmp_path):
    path, lim = str(tmp_path / "rl"), limits.Limit(2, 60)
    assert [limits.hit(path, "c", lim, now=120.0)[0] for _ in range(3)] == [True, True, False]
    assert limits.hit(path, "c", lim, now=180.0)[0] is True


@pytest.mark.parametrize("spec,expected", [("60/minute", limits.Limit(60, 60)), ("5/second", limits.Limit(5, 1)),
                                           ("100/10 minutes", limits.Limit(100, 600)), ("off", None)])
def test_rate_limit_specs(spec, expected):
    assert limits.parse(spec) == expected


def test_a_malformed_rate_limit_fails_at_start(settings):
    with pytest.raises(ValueError):
        create_app(settings.with_(rate_limit="lots"))


def test_bodies_over_the_limit_get_413_problem(client):
    resp = client.post("/api/v1/check", data=b"{" + b" " * (3 * 1024 * 1024) + b"}",
                       content_type="application/json")
    assert resp.status_code == 413 and resp.mimetype == "application/problem+json"


def test_reference_writes_keep_their_own_token(settings, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REFERENCE_TOKEN", "ref-secret")
    app = create_app(settings)
    fact = {"entity": "Almaty", "attribute": "population", "value": 2000000, "year": 2021}
    resp = client_from(app).post("/api/v1/reference", json=fact,
                                 headers={"Authorization": "Bearer ref-secret"})
    assert resp.status_code == 201
    assert client_from(app).post("/api/v1/reference", json=fact).status_code == 401


def test_token_commands_read_the_config_file(tmp_path, monkeypatch):
    """`factcheck token` finds its database through .factcheck.yaml like every other
    command, also when its group is run on its own (as an embedding program would)."""
    from factcheck.commands import token

    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    (tmp_path / ".factcheck.yaml").write_text("db: from-config.db\n")
    monkeypatch.chdir(tmp_path)
    for group, args in ((main, ["token", "create", "via-main"]), (token, ["create", "alone"])):
        result = CliRunner().invoke(group, args)
        assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(main, ["token", "list"]).output
    assert "via-main" in listed and "alone" in listed
    assert not (tmp_path / "factcheck.db").exists()
