"""The inbox's sortable columns and received date (issue 15), through Flask's test client
and a real database; a header is clicked in Chromium in test_browser_queue.py."""
from __future__ import annotations

import re

from factcheck import store
from test_queue import DEADLINE, TENSE, WEEKDAY, post, rows

UNDATED = "Harbour reopens\n\nThe harbour reopened after 12 days of repairs."


def titles(html: str) -> list[str]:
    return re.findall(r'<th scope="row" data-label="Title"><a href="/articles/\d+">([^<]+)</a>', html)


def desk4(client) -> dict[str, int]:
    """Four articles received in this order (received times set apart by a second each);
    the last one has no publication date."""
    ids = {"deadline": post(client, DEADLINE, "2022-02-10"), "tense": post(client, TENSE, "2022-01-13"),
           "weekday": post(client, WEEKDAY, "2022-03-20"), "undated": post(client, UNDATED, "")}
    db = store.connect(client.application.config["FACTCHECK"].db)
    for n, aid in enumerate(ids.values()):
        db["articles"].update(aid, {"created_at": f"2026-12-0{n + 1}T10:00:00+00:00"})
    db.conn.commit()
    return ids


def test_by_default_the_inbox_is_newest_publication_first_and_shows_the_received_date(client):
    desk4(client)
    html = client.get("/").get_data(as_text=True)
    assert titles(html) == ["Council meets", "Bridge works", "Talks resume", "Harbour reopens"]
    assert '<time datetime="2026-12-04T10:00:00+00:00"' in html and ">2026-12-04</time>" in html
    assert 'aria-sort="descending"><a href="/?sort=-published"' in html


def test_each_header_sorts_and_a_second_click_reverses(client):
    desk4(client)
    order = lambda q: titles(client.get("/?" + q).get_data(as_text=True))  # noqa: E731
    # received newest first: the undated article, received last, comes first rather than last
    assert order("sort=received") == ["Harbour reopens", "Council meets", "Talks resume", "Bridge works"]
    assert order("sort=-received") == ["Bridge works", "Talks resume", "Council meets", "Harbour reopens"]
    assert order("sort=title") == ["Bridge works", "Council meets", "Harbour reopens", "Talks resume"]
    assert order("sort=-title") == ["Talks resume", "Harbour reopens", "Council meets", "Bridge works"]
    # open errors (then warnings): the two with an error first, newest received first among equals
    assert order("sort=errors") == ["Council meets", "Bridge works", "Talks resume", "Harbour reopens"]
    assert order("sort=-errors")[:2] == ["Harbour reopens", "Talks resume"]
    assert order("sort=-published") == ["Talks resume", "Bridge works", "Council meets", "Harbour reopens"]
    html = client.get("/?sort=title").get_data(as_text=True)
    assert 'aria-sort="ascending"><a href="/?sort=-title"' in html
    assert '<a href="/?sort=received" title="Sort newest received first">Received</a>' in html


def test_sorting_keeps_the_filters_and_filtering_keeps_the_sort(client):
    desk4(client)
    html = client.get("/?severity=error&sort=received").get_data(as_text=True)
    assert titles(html) == ["Council meets", "Bridge works"]
    assert 'href="/?severity=error&amp;sort=-received"' in html  # the header keeps the filter
    assert '<input type="hidden" name="sort" value="received">' in html  # the form keeps the sort
    assert 'href="/inbox.csv?severity=error&amp;sort=received"' in html
    assert "Filters (1 on)" in html


def test_pages_stay_in_bounds_with_a_sort(client, monkeypatch):
    from factcheck.web import pages

    desk4(client)
    monkeypatch.setattr(pages, "PER_PAGE", 3)
    assert titles(client.get("/?sort=received&page=2").get_data(as_text=True)) == ["Bridge works"]
    r = client.get("/?sort=received&page=9")
    assert r.status_code == 302 and r.headers["Location"] == "/?sort=received&page=2"


def test_an_unknown_sort_is_a_plain_400_page(client):
    desk4(client)
    for bad in ("sort=shoesize", "sort=received;drop", "sort=--title"):
        r = client.get("/?" + bad)
        assert r.status_code == 400 and r.mimetype == "text/html", bad
        assert "unknown sort" in r.get_data(as_text=True)
    assert client.get("/inbox.csv?sort=shoesize").status_code == 400
    r = client.get("/api/v1/articles?sort=shoesize")
    assert r.status_code == 400 and r.mimetype == "application/problem+json"


def test_the_csv_and_the_api_keep_the_sort(client):
    desk4(client)
    got = rows(client.get("/inbox.csv?sort=received"))
    assert [g["title"] for g in got] == ["Harbour reopens", "Council meets", "Talks resume", "Bridge works"]
    assert got[0]["received"] == "2026-12-04T10:00:00+00:00" and got[0]["published"] == ""
    api = client.get("/api/v1/articles?sort=-received").get_json()["articles"]
    assert [a["title"] for a in api] == ["Bridge works", "Talks resume", "Council meets", "Harbour reopens"]


def test_an_article_stored_without_a_received_date_gets_its_check_time(tmp_path):
    db = store.connect(str(tmp_path / "old.db"))
    from factcheck import check

    aid, _ = store.save(db, check(TENSE, published="2022-01-13"))
    db["articles"].update(aid, {"created_at": None, "checked_at": "2024-05-01T08:00:00+00:00"})
    db.conn.commit()
    db.close()
    db = store.connect(str(tmp_path / "old.db"))
    assert db["articles"].get(aid)["created_at"] == "2024-05-01T08:00:00+00:00"
