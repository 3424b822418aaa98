"""`factcheck reference` commands and the /api/v1/reference endpoints."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from flask import Flask

from factcheck import check
from factcheck.reference.api import bp
from factcheck.reference.cli import reference
from factcheck.settings import Settings

TOKEN = "test-reference-token"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(db=str(tmp_path / "ref.db"))


def run(settings, *args):
    result = CliRunner().invoke(reference, list(args), obj=settings, catch_exceptions=False)
    return result


@pytest.fixture
def facts_file(tmp_path):
    f = tmp_path / "almaty.yaml"
    f.write_text("source: Bureau of National Statistics\nas_of: 2023-01-01\nfacts:\n"
                 "  - {entity: Almaty, country: KZ, attribute: population, value: 2161000}\n",
                 encoding="utf-8")
    return f


def test_import_then_list(settings, facts_file):
    r = run(settings, "import", str(facts_file))
    assert r.exit_code == 0 and "imported 1 facts" in r.output
    r = run(settings, "list", "--format", "json")
    rows = json.loads(r.output)
    assert [(x["entity"], x["value"], x["origin"]) for x in rows] == [("Almaty", 2161000.0, "db")]


def test_import_bad_file_is_a_usage_error(settings, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("entity,attribute,value\nAlmaty,population,many\n", encoding="utf-8")
    r = CliRunner().invoke(reference, ["import", str(bad)], obj=settings)
    assert r.exit_code == 2 and "must be a number" in r.output


def test_show_entity_with_its_facts(settings):
    r = run(settings, "show", "Almaty")
    assert r.exit_code == 0
    assert "Almaty, Kazakhstan" in r.output and "population=1,977,011" in r.output


def test_show_organisation_members_on_a_date(settings):
    r = run(settings, "show", "CSTO", "--on", "2010-01-01")
    assert "members 2010-01-01: AM, BY, KG, KZ, RU, TJ, UZ (7)" in r.output


def test_show_unknown_entity(settings):
    r = CliRunner().invoke(reference, ["show", "Nowhereville"], obj=settings)
    assert r.exit_code == 2 and "no entity named" in r.output


def test_reference_folder_option(settings, facts_file):
    r = run(settings, "--reference", str(facts_file.parent), "show", "Almaty", "--format", "json")
    [item] = json.loads(r.output)
    assert [f["value"] for f in item["facts"] if f["attribute"] == "population"] == [2161000.0]


def test_imported_fact_is_seen_by_check(settings, facts_file):
    run(settings, "import", str(facts_file))
    from factcheck.reference import index_for

    idx = index_for(settings)
    assert idx.fact(idx.lookup("Almaty")[0].id, "population").value == 2_161_000
    check("Almaty is a city.", published="2022-01-13", settings=settings)  # runs, no traceback


@pytest.fixture
def client(settings, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REFERENCE_TOKEN", TOKEN)
    app = Flask(__name__)
    app.config["FACTCHECK"] = settings
    app.register_blueprint(bp)
    return app.test_client()


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_api_crud(client):
    r = client.post("/api/v1/reference", json={"entity": "Almaty", "country": "KZ",
                                               "attribute": "population", "value": 2161000,
                                               "as_of": "2023"}, headers=AUTH)
    assert r.status_code == 201
    [fid] = r.get_json()["ids"]
    assert client.get(f"/api/v1/reference/{fid}").get_json()["value"] == 2161000
    r = client.put(f"/api/v1/reference/{fid}", json={"entity": "Almaty", "attribute": "population",
                                                     "value": 2200000}, headers=AUTH)
    assert r.status_code == 200 and r.get_json()["value"] == 2200000
    body = client.get("/api/v1/reference?entity=Almaty").get_json()
    assert [f["value"] for f in body["facts"]] == [2200000]
    assert body["entities"][0]["id"] == "geonames:1526384"
    assert client.delete(f"/api/v1/reference/{fid}", headers=AUTH).status_code == 204
    assert client.get(f"/api/v1/reference/{fid}").status_code == 404


def test_api_writes_need_the_token(client):
    r = client.post("/api/v1/reference", json={"entity": "X", "attribute": "area", "value": 1})
    assert r.status_code == 401 and r.mimetype == "application/problem+json"
    r = client.delete("/api/v1/reference/1", headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401


def test_api_bad_body_is_a_problem(client):
    r = client.post("/api/v1/reference", data="not json", headers=AUTH)
    assert r.status_code == 400 and "JSON" in r.get_json()["detail"]
    r = client.post("/api/v1/reference", json={"attribute": "population"}, headers=AUTH)
    assert r.status_code == 400 and "entity" in r.get_json()["detail"]


def test_fact_posted_to_the_app_is_used_by_the_next_check(tmp_path, monkeypatch):
    from factcheck.web import create_app

    monkeypatch.setenv("FACTCHECK_REFERENCE_TOKEN", TOKEN)
    app = create_app(Settings(db=str(tmp_path / "app.db")))
    client = app.test_client()
    text = "Almaty, a city of 2.2 million people, was hit by floods."
    before = client.post("/api/v1/check", json={"text": text, "published": "2023-06-01"}).get_json()
    r = client.post("/api/v1/reference", headers=AUTH, json={
        "entity": "Almaty", "country": "KZ", "attribute": "population", "value": 2_211_000,
        "as_of": "2023-01-01", "source": "Bureau of National Statistics"})
    assert r.status_code == 201
    after = client.post("/api/v1/check", json={"text": text, "published": "2023-06-01"}).get_json()

    def ref(report):
        [c] = [c for c in report["claims"] if c["text"] == "2.2 million"]
        return c["reference"]

    assert ref(before)["source"].startswith("GeoNames")
    assert ref(after)["source"] == "Bureau of National Statistics" and ref(after)["value"] == 2_211_000


def test_api_refuses_non_finite_numbers(client):
    for bad in ("nan", "inf", 1e400):
        r = client.post("/api/v1/reference", json={"entity": "X", "attribute": "area", "value": bad},
                        headers=AUTH)
        assert r.status_code == 400 and "finite" in r.get_json()["detail"]
