"""Publication dates as people paste them, through the parser, the API, the CLI and the
file readers: read into ISO, or refused with a message that says how to write them."""
from __future__ import annotations

import json
from datetime import date

import pytest
from lint_helpers import cli, proc

from factcheck import inputs, pubdate
from factcheck.settings import ConfigError, Settings, from_env

JAN13 = date(2022, 1, 13)
TEXT = "Officials said 12 people were hurt on Thursday."


@pytest.mark.parametrize("given", [
    "2022-01-13", "2022-01-13T10:32:00Z", "2022-01-13 10:32:00+05:00", "13 January 2022",
    "Jan 13, 2022 10:32 GMT", "Jan. 13, 2022", "13th January 2022", "Thursday, January 13, 2022",
    "Thu, 13 Jan 2022 10:32:00 GMT", "January 13 2022 at 10:32 a.m. EST", "13/01/2022", "13.01.2022",
    "2022/01/13", "  13   January 2022 "])
def test_human_dates_read_as_the_iso_date(given):
    assert pubdate.parse(given) == JAN13


def test_a_clock_time_keeps_the_date_written_in_its_own_zone():
    assert pubdate.parse("13 Jan 2022 23:30 -0500") == JAN13


@pytest.mark.parametrize("order, expected", [("DMY", date(2022, 2, 1)), ("MDY", date(2022, 1, 2))])
def test_the_date_order_reads_an_all_number_date(order, expected):
    assert pubdate.parse("01/02/2022", order) == expected


def test_same_day_and_month_need_no_order():
    assert pubdate.parse("05/05/2022") == date(2022, 5, 5)


@pytest.mark.parametrize("given, says", [
    ("01/02/2022", "ambiguous"),
    ("January 2022", "gives no day"),
    ("Jan 13", "gives no year"),
    ("2022", "gives no day and no month"),
    ("yesterday", "relative"),
    ("3 days ago", "relative"),
    ("banana", "not a date that can be read"),
    ("2022-02-30", "not a real date"),
    ("31/02/2022", "not a real date"),
    ("13/01/22", "four-digit year"),
    ("Friday, January 13, 2022", "is a Thursday, not a Friday"),
])
def test_unusable_dates_are_refused_saying_how_to_write_them(given, says):
    with pytest.raises(pubdate.DateProblem) as e:
        pubdate.parse(given)
    assert says in str(e.value) and repr(given.strip()) in str(e.value)
    assert "2022-01-13" in str(e.value) or "weekday" in str(e.value)


def test_a_date_against_the_order_given_is_refused():
    with pytest.raises(pubdate.DateProblem, match="not a MDY date: 13 is not a month"):
        pubdate.parse("13/01/2022", "MDY")


def test_the_order_setting_comes_from_the_environment_and_is_checked():
    assert from_env({"FACTCHECK_PUBLISHED_ORDER": "dmy"}).published_order == "DMY"
    assert Settings().published_order == ""
    with pytest.raises(ConfigError, match="MDY or DMY"):
        from_env({"FACTCHECK_PUBLISHED_ORDER": "YMD"})


# --- the API -------------------------------------------------------------------------


def test_api_reads_a_human_date_and_echoes_both_forms(client):
    r = client.post("/api/v1/check", json={"text": TEXT, "published": "Thursday, January 13, 2022"})
    assert r.status_code == 200
    article = r.get_json()["article"]
    assert article["published"] == "2022-01-13"
    assert article["published_text"] == "Thursday, January 13, 2022"


def test_api_stores_the_iso_date_of_a_human_date(client):
    r = client.post("/api/v1/articles", json={"text": TEXT, "published": "13 January 2022"})
    assert r.status_code == 201
    listing = client.get("/api/v1/articles").get_json()
    assert [a["published"] for a in listing["articles"]] == ["2022-01-13"]


def test_api_ambiguous_date_is_a_422_naming_the_order_field(client):
    r = client.post("/api/v1/check", json={"text": TEXT, "published": "01/02/2022"})
    assert r.status_code == 422 and r.content_type == "application/problem+json"
    assert "ambiguous" in r.get_json()["detail"] and "published_order" in r.get_json()["detail"]


@pytest.mark.parametrize("order, iso", [("DMY", "2022-02-01"), ("mdy", "2022-01-02")])
def test_api_published_order_field_reads_it(client, order, iso):
    r = client.post("/api/v1/check", json={"text": TEXT, "published": "01/02/2022", "published_order": order})
    assert r.status_code == 200 and r.get_json()["article"]["published"] == iso


def test_api_bad_published_order_is_a_422(client):
    r = client.post("/api/v1/check", json={"text": TEXT, "published": "01/02/2022", "published_order": "YMD"})
    assert r.status_code == 422 and "DMY" in r.get_json()["detail"]


@pytest.mark.parametrize("published", ["January 2022", "Friday, January 13, 2022", "next week"])
def test_api_partial_contradicted_or_relative_dates_are_422(client, published):
    r = client.post("/api/v1/check", json={"text": TEXT, "published": published})
    assert r.status_code == 422 and published in r.get_json()["detail"]


def test_openapi_documents_the_order_field_and_the_echo(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    assert "published_order" in schemas["ArticleInput"]["properties"]
    assert "published_text" in schemas["Report"]["properties"]["article"]["properties"]


# --- the CLI and the files -------------------------------------------------------------


def article_of(stdout: str) -> dict:
    """The article section of `check --format json` on one file."""
    return json.loads(stdout)["article"]


def test_cli_published_flag_takes_a_human_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT + "\n")
    r = cli("check", str(f), "--published", "13 January 2022", "--format", "json")
    assert r.exit_code == 0, r.output
    article = article_of(r.stdout)
    assert (article["published"], article["published_text"]) == ("2022-01-13", "13 January 2022")


def test_cli_ambiguous_date_exits_2_and_the_order_flag_reads_it(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT + "\n")
    r = proc("check", str(f), "--published", "01/02/2022")
    assert r.returncode == 2 and "ambiguous" in r.stderr and "Traceback" not in r.stderr
    r = cli("check", str(f), "--published", "01/02/2022", "--published-order", "DMY", "--format", "json")
    assert r.exit_code == 0 and article_of(r.stdout)["published"] == "2022-02-01"


def test_cli_partial_date_exits_2(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT + "\n")
    r = cli("check", str(f), "--published", "January 2022")
    assert r.exit_code == 2 and "gives no day" in r.output


def test_front_matter_human_date_is_read(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Hurt\npublished: Thursday, January 13, 2022\n---\n" + TEXT + "\n")
    r = cli("check", str(f), "--format", "json")
    assert article_of(r.stdout)["published"] == "2022-01-13"


def test_front_matter_ambiguous_date_is_that_files_error(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("---\npublished: 01/02/2022\n---\n" + TEXT + "\n")
    r = cli("check", str(f))
    assert r.exit_code == 2 and "the file's date" in r.output and "ambiguous" in r.output
    ok = cli("check", str(f), "--published-order", "MDY", "--format", "json")
    assert ok.exit_code == 0 and article_of(ok.stdout)["published"] == "2022-01-02"


def test_config_file_sets_the_order(tmp_path):
    (tmp_path / ".factcheck.yaml").write_text("published-order: DMY\n")
    f = tmp_path / "a.md"
    f.write_text("---\npublished: 01/02/2022\n---\n" + TEXT + "\n")
    r = cli("check", str(f), "--format", "json", cwd=tmp_path)
    assert article_of(r.stdout)["published"] == "2022-02-01"


def test_html_metadata_date_in_words_is_read():
    html = ("<html><head><title>Hurt</title><meta name=\"date\" content=\"13 January 2022\"></head>"
            f"<body><article><h1>Hurt</h1><p>{TEXT}</p></article></body></html>")
    a = inputs.parse(html, "a.html", "html")
    from factcheck import pipeline

    assert pipeline.make_document(a.text, a.published, a.title).published == JAN13
