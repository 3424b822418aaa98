"""The findings queue and the activity log in real Chromium (issue 15): a reviewer works
the queue with the keys alone (c confirm, d dismiss after n and a note, s skip, u undo,
the next finding selected after each decision), filters and sorts it, reads the activity
log and downloads its CSV; axe-core finds 0 violations on both pages at 1280 and 375 px.

The server, browser and axe helpers are test_browser.py's and test_browser_desk.py's."""
from __future__ import annotations

import csv
import os

import pytest
from test_browser import CHROMIUM, Server, browser, page  # noqa: F401
from test_browser_desk import axe_violations
from test_queue import DEADLINE, TENSE, WEEKDAY

pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Chromium is not installed (make test installs it)")


@pytest.fixture
def desk(page, tmp_path):
    """A desk of four articles: three errors (weekday, deadline, and a second weekday) and a warning."""
    with Server(str(tmp_path / "queue.db")) as s:
        for text, published in ((DEADLINE, "2022-02-10"), (TENSE, "2022-01-13"), (WEEKDAY, "2022-03-20"),
                                (WEEKDAY.replace("Council meets", "Board meets").replace("council", "board"),
                                 "2022-03-01")):
            r = page.request.post(s.url + "/api/v1/articles", data={"text": text, "published": published})
            assert r.ok, r.text()
        yield s


def finding(page, server, item_id: str) -> dict:
    return page.request.get(server.url + f"/api/v1/findings/{item_id.removeprefix('q-')}").json()


def ids(page) -> list[str]:
    return page.locator("li.qitem").evaluate_all("els => els.map(e => e.id)")


def current(page) -> str:
    return page.evaluate("document.querySelector('.qitem.current').id")


def key(page, k: str, navigates: bool = True) -> None:
    if navigates:
        with page.expect_navigation():
            page.keyboard.press(k)
    else:
        page.keyboard.press(k)


def test_the_queue_is_worked_with_keys_and_advances_after_each_decision(page, desk):
    page.goto(desk.url + "/findings")
    first = ids(page)
    assert len(first) == 4 and current(page) == first[0]
    page.fill(f"#{first[0]} input[name=reviewer]", "Ann")
    page.keyboard.press("Escape")  # out of the field: the keys work again
    key(page, "c")
    assert finding(page, desk, first[0])["status"] == "confirmed"
    assert ids(page) == first[1:] and current(page) == first[1]  # the next one, selected
    assert page.evaluate("document.activeElement.id") == first[1]
    assert "Confirmed as an error by Ann" in page.locator(".flash").inner_text()

    key(page, "n", navigates=False)
    assert page.evaluate("document.activeElement.name") == "note"
    page.keyboard.type("Two different periods")
    page.keyboard.press("Escape")
    key(page, "d")
    f = finding(page, desk, first[1])
    assert f["status"] == "dismissed" and f["reviews"][-1]["note"] == "Two different periods"
    assert f["reviews"][-1]["reviewer"] == "Ann" and current(page) == first[2]

    key(page, "s", navigates=False)  # skip: nothing saved, the next one selected
    assert current(page) == first[3] and finding(page, desk, first[2])["status"] == "open"
    key(page, "c")
    assert finding(page, desk, first[3])["status"] == "confirmed"
    assert ids(page) == [first[2]]

    assert "Last decision: ✔ confirmed error by Ann" in page.locator(".last-decision").inner_text()
    key(page, "u")  # the same undo as the article page's
    assert finding(page, desk, first[3])["status"] == "open"
    assert ids(page) == [first[2], first[3]] and current(page) == first[3]


def test_the_queue_works_without_javascript(browser, desk):  # noqa: F811
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(desk.url + "/findings")
    first = ids(pg)
    pg.fill(f"#{first[0]} input[name=reviewer]", "Bo")
    with pg.expect_navigation():
        pg.click(f"#{first[0]} button:has-text('Dismiss as false alarm')")
    assert pg.url.endswith(f"#{first[1]}") and ids(pg) == first[1:]
    assert finding(pg, desk, first[0])["reviews"][0]["reviewer"] == "Bo"
    context.close()


def test_filters_and_sort_are_chosen_in_the_form(page, desk):
    page.goto(desk.url + "/findings")
    page.select_option("#severity", "warning")
    with page.expect_navigation():
        page.click("button:has-text('Apply')")
    assert page.locator("li.qitem").count() == 1
    assert "Tense does not fit the date" in page.locator("li.qitem .rule-title").inner_text()
    page.click("a:has-text('Clear filters')")
    page.select_option("#rule", "temporal.weekday-date")
    page.select_option("#sort", "oldest")
    with page.expect_navigation():
        page.click("button:has-text('Apply')")
    titles = page.locator("li.qitem .qarticle a").all_inner_texts()
    assert titles == ["Board meets", "Council meets"]  # published March 1, then March 20
    page.fill("#since", "2022-03-10")
    with page.expect_navigation():
        page.click("button:has-text('Apply')")
    assert page.locator("li.qitem .qarticle a").all_inner_texts() == ["Council meets"]
    assert "sort=oldest" in page.url and "since=2022-03-10" in page.url


def test_activity_lists_decisions_and_undos_and_downloads_them_as_csv(page, desk, tmp_path):
    page.goto(desk.url + "/findings")
    first = ids(page)
    page.fill(f"#{first[0]} input[name=reviewer]", "Ann")
    with page.expect_navigation():
        page.click(f"#{first[0]} button:has-text('Confirm error')")
    with page.expect_navigation():
        page.click(".last-decision button:has-text('Undo')")
    with page.expect_navigation():
        page.click(f"#{first[1]} button:has-text('Dismiss as false alarm')")
    with page.expect_navigation():  # (counting before the page came raced it under load)
        page.click("nav a:has-text('Activity')")
    rows = page.locator("table.activity tbody tr")
    assert rows.count() == 3
    assert "↶ undo" in rows.nth(1).inner_text() and "takes back" in rows.nth(1).inner_text()
    assert "by Ann" in rows.nth(2).locator("td[data-label=Undone]").inner_text()
    page.select_option("#action", "dismissed")
    with page.expect_navigation():
        page.click("button:has-text('Apply')")
    assert page.locator("table.activity tbody tr").count() == 1
    with page.expect_download() as dl:
        page.click("a:has-text('Export these as CSV')")
    path = tmp_path / "activity.csv"
    dl.value.save_as(path)
    got = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [(g["reviewer"], g["action"]) for g in got] == [("Ann", "dismissed")]
    assert got[0]["finding_id"] == first[1].removeprefix("q-")


@pytest.mark.parametrize("width", [1280, 375])
def test_axe_finds_no_violations_on_the_queue_and_activity(page, desk, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(desk.url + "/findings")
    first = ids(page)
    page.fill(f"#{first[0]} input[name=reviewer]", "Ann")
    with page.expect_navigation():
        page.click(f"#{first[0]} button:has-text('Confirm error')")
    assert page.locator(".last-decision").count() == 1  # with the undo bar and a flash shown
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
    page.locator(f"#{first[1]} details.corr summary").click()
    assert axe_violations(page) == []
    for path in ("/activity", "/activity?reviewer=Ann", "/findings?status=nothing-matches&rule=x", "/"):
        page.goto(desk.url + path)
        assert axe_violations(page) == [], path
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path


@pytest.mark.parametrize("width", [1280, 375])
def test_a_sort_header_on_the_inbox_is_clicked_and_clicked_again(page, desk, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(desk.url + "/?severity=error")
    titles = lambda: page.locator("table.articles tbody th a").all_inner_texts()  # noqa: E731
    assert titles() == ["Council meets", "Board meets", "Bridge works"]  # newest published first
    with page.expect_navigation():
        page.click("th a:has-text('Title')")
    assert page.url.endswith("/?severity=error&sort=title")
    assert titles() == ["Board meets", "Bridge works", "Council meets"]
    assert page.locator("th[aria-sort=ascending]").inner_text().startswith("Title")
    assert page.locator("#severity").input_value() == "error"  # the filter kept
    with page.expect_navigation():
        page.click("th a:has-text('Title')")
    assert titles() == ["Council meets", "Bridge works", "Board meets"]
    assert page.locator("th[aria-sort=descending]").inner_text().startswith("Title")
    with page.expect_navigation():
        page.click("th a:has-text('Received')")  # received newest first: the last posted first
    assert titles() == ["Board meets", "Council meets", "Bridge works"]
    assert axe_violations(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= width
