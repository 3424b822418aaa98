"""Schemathesis against the live app: every documented operation, generated inputs
(valid and invalid), no 5xx and no response that breaks the OpenAPI document.

The app is served over real HTTP on 127.0.0.1 (a werkzeug server in a thread, so the
URL fetcher can be fenced: generated URLs are refused before any lookup or
connection). Bounded: a few dozen examples per operation, no shrinking."""
from __future__ import annotations

import os
import threading

import pytest
from hypothesis import HealthCheck, Phase, settings as hsettings

schemathesis = pytest.importorskip("schemathesis")

from werkzeug.serving import make_server  # noqa: E402

from factcheck import fetch  # noqa: E402
from factcheck.settings import Settings  # noqa: E402
from factcheck.web import create_app  # noqa: E402
from factcheck.web.openapi import spec  # noqa: E402

# 30 per operation, the same ones every run (the suite stays reproducible); set
# FACTCHECK_FUZZ_EXAMPLES=200 to explore further with fresh random examples.
EXPLORE = os.environ.get("FACTCHECK_FUZZ_EXAMPLES")
EXAMPLES = int(EXPLORE or 30)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """(base url, server) for an app with seeded data, rate limit off."""
    db = tmp_path_factory.mktemp("robust") / "robust.db"
    app = create_app(Settings(db=str(db), rate_limit="off"))
    client = app.test_client()
    text = "It would be completed by Wednesday next week, ahead of a January 12 deadline. 5 cats."
    client.post("/api/v1/articles", json={"text": text, "published": "2022-01-13"})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(autouse=True)
def fenced_fetcher(monkeypatch):
    """Generated URLs never leave the machine: every host is refused before resolving."""
    def refuse(host, port, policy):
        raise fetch.Refused(f"{host}: fetching is fenced in this test")
    monkeypatch.setattr(fetch, "resolve", refuse)


# 413 is the right answer to a text over the documented maxLength (and to bodies over
# the size cap), so it counts as a rejection of invalid data like the 4xx defaults do.
# Schema-valid input may still be 422: JSON Schema cannot say "a real calendar date"
# (2022-02-30) or "a URL this service may fetch" (here every URL is refused).
CONFIG = schemathesis.config.SchemathesisConfig.from_dict({"checks": {
    "negative_data_rejection": {
        "expected-statuses": [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 428, 429]},
    "positive_data_acceptance": {
        "expected-statuses": ["2XX", "3XX", 401, 403, 404, 409, 413, 422, 429, "5XX"]}}})
schema = schemathesis.openapi.from_dict(spec(), config=CONFIG)  # the document the app serves


@schema.parametrize()
@hsettings(max_examples=EXAMPLES, deadline=None, derandomize=not EXPLORE, phases=[Phase.explicit, Phase.generate],
           suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case, live):
    case.call_and_validate(base_url=live, timeout=30)


def test_the_served_document_is_the_one_tested(live):
    import requests

    assert requests.get(live + "/api/v1/openapi.json", timeout=10).json() == spec()


def test_unknown_api_paths_and_methods_are_problems(live):
    import requests

    missing = requests.get(live + "/api/v1/nothing-here", timeout=10)
    assert missing.status_code == 404 and missing.headers["Content-Type"] == "application/problem+json"
    wrong = requests.delete(live + "/api/v1/check", timeout=10)
    assert wrong.status_code == 405 and wrong.json()["status"] == 405


def test_a_page_past_sqlite_integers_is_a_400_not_a_500(live):
    import requests

    resp = requests.get(live + "/api/v1/findings?page=48513394678738783830016", timeout=10)
    assert resp.status_code == 400 and resp.json()["status"] == 400
