"""Issue 15 on the review desk, clicked in real Chromium: reviewer-name isolation, undo
twice, page bounds, plain URL errors, public corrections, rules in words, warnings and
dismissals marked as such, the skip link, and axe-core (0 violations) on every page.

The server, browser and helpers are test_browser.py's."""
from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from test_browser import CHROMIUM, Server, browser, finding, page, planted, server, submit  # noqa: F401

WARNED = "Talks resume\n\nThe ministers will meet on January 3 to settle the matter."

pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Chromium is not installed (make test installs it)")


def axe_violations(pg) -> list[str]:
    """axe-core's violations on the page as it is now ("rule: first target"), [] when clean."""
    from fetch_axe import fetch  # axe-core from its own npm package (make test fetches it)

    source = fetch().read_text(encoding="utf-8")
    pg.evaluate(source)
    result = pg.evaluate("async () => await axe.run(document)")
    return [f"{v['id']}: {v['nodes'][0]['target']} ({len(v['nodes'])})" for v in result["violations"]]


def decide(pg, fid: str, button: str, note: str = "", correction: str = "", name: str | None = None):
    f = pg.locator(f"#{fid}")
    change = f.locator("details.change")
    if change.count() and not change.get_attribute("open"):
        change.locator("summary").click()
    if name is not None:
        f.locator("input[name=reviewer]").fill(name)
    if note:
        f.locator("textarea[name=note]").fill(note)
    if correction:
        f.locator("textarea[name=correction]").fill(correction)
    with pg.expect_navigation():
        f.locator(f"button:has-text('{button}')").click()


def test_a_name_given_once_is_stated_and_can_be_changed_not_silently_reused(page, server):
    submit(page, server, planted("\nNames test."))
    first, second = finding(page, 0).get_attribute("id"), finding(page, 1).get_attribute("id")
    decide(page, first, "Confirm error", name="Ann")
    assert page.locator(f"#{second} input[name=reviewer]").count() == 0
    assert "Recorded as Ann" in page.locator(f"#{second}").inner_text()
    assert "Your decisions are recorded as Ann" in page.locator(".whoami").inner_text()
    with page.expect_navigation():
        page.click("button:has-text('Not Ann? Give another name')")
    field = page.locator(f"#{second} input[name=reviewer]")
    assert field.input_value() == ""  # empty, not Ann's
    decide(page, second, "Dismiss as false alarm", name="Bo")
    assert "Bo" in page.locator(f"#{second} .history").inner_text()
    assert "Bo" not in page.locator(f"#{first} .history").inner_text()
    assert "Ann" in page.locator(f"#{first} .history").inner_text()
    assert all(page.locator(f"#{fid} input[name=reviewer]").count() <= 1 for fid in (first, second))


def test_undo_twice_goes_back_twice_and_then_offers_no_undo(page, server):
    submit(page, server, planted("\nUndo twice test."))
    fid = finding(page, 0).get_attribute("id")
    decide(page, fid, "Confirm error", name="Ann")
    decide(page, fid, "Dismiss as false alarm")
    assert "dismissed" in page.locator(f"#{fid} .status-badge").inner_text()
    with page.expect_navigation():
        page.locator(f"#{fid} button.undo").click()
    assert "confirmed" in page.locator(f"#{fid} .status-badge").inner_text()
    assert "Undo last decision (confirmed)" in page.locator(f"#{fid} button.undo").inner_text()
    with page.expect_navigation():
        page.locator(f"#{fid} button.undo").click()
    assert "open" in page.locator(f"#{fid} .status-badge").inner_text()  # not dismissed again
    assert page.locator(f"#{fid} button.undo").count() == 0
    assert page.locator(f"#{fid} .history li").count() == 4


def test_a_page_past_the_end_lands_on_the_last_page(page, tmp_path):
    with Server(str(tmp_path / "pages.db")) as s:
        for i in range(23):
            page.request.post(s.url + "/api/v1/articles",
                              data={"text": f"Some {i + 1} people came.", "published": "2022-01-13"})
        page.goto(s.url + "/?page=99")
        assert page.url.endswith("/?page=2")
        assert "23 articles" in page.locator(".count").inner_text()
        assert "Page 2 of 2" in page.locator(".pager").inner_text()
        assert page.locator("table.articles tbody tr").count() == 3
        page.goto(s.url + "/?page=0")
        assert page.url == s.url + "/"


def test_url_errors_are_told_plainly_on_the_submit_page(page, tmp_path, monkeypatch):
    real = socket.getaddrinfo

    def dns(host, *args, **kwargs):
        if host == "no-such-host.example.org":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)
    monkeypatch.setattr(socket, "getaddrinfo", dns)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with Server(str(tmp_path / "urls.db"), fetch_allow=("127.0.0.1/32",)) as s:
        for url, words in (("https://no-such-host.example.org/story", "could not find the host no-such-host.example.org"),
                           (f"http://127.0.0.1:{port}/story", "127.0.0.1 refused the connection"),
                           (s.url + "/no-such-page", "there is no page at"),
                           (s.url + "/static/factcheck/style.css", "not a web page or plain text (it is text/css)")):
            page.goto(s.url + "/submit")
            page.fill("#url", url)
            with page.expect_navigation():
                page.click("button:has-text('Check and store')")
            error = page.locator("#form-error").inner_text()
            assert words in error and "Errno" not in error, error
            assert page.locator("#url").input_value() == url  # the form is kept
        assert axe_violations(page) == []


def test_a_public_correction_is_exported_and_the_note_is_not(page, server):
    aid = submit(page, server, planted("\nCorrection test."))
    fid = finding(page, 0).get_attribute("id")
    decide(page, fid, "Confirm error", name="Ann", note="Called the alliance desk: off the record",
           correction="The deadline is January 22")
    assert "Public correction: “The deadline is January 22”" in page.locator(f"#{fid} .history").inner_text()
    page.goto(server.url + f"/articles/{aid}/claimreview.jsonld")
    items = json.loads(page.locator("body").inner_text())
    assert items[0]["reviewBody"].endswith("Correction: The deadline is January 22")
    assert "off the record" not in json.dumps(items)


def test_rules_warnings_and_dismissals_are_said_in_words(page, server):
    submit(page, server, WARNED)
    head = page.locator("li.finding .rule-title").first
    assert head.inner_text() == "Tense does not fit the date"
    assert head.get_attribute("title") == "rule temporal.tense"
    assert "Why this is checked:" in page.locator("li.finding .help").first.inner_text()
    mark = page.locator("article.text mark[data-status=flagged]").first
    assert mark.get_attribute("data-severity") == "warning" and "⚠" in mark.inner_text()
    err_bg = page.evaluate("""() => { const m = document.createElement('mark');
        m.className = 'claim st-flagged sev-error'; document.body.append(m);
        const c = getComputedStyle(m).backgroundColor; m.remove(); return c; }""")
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != err_bg
    assert axe_violations(page) == []
    fid = finding(page, 0).get_attribute("id")
    decide(page, fid, "Dismiss as false alarm", name="Ann")
    mark = page.locator("article.text mark.claim").first
    assert mark.get_attribute("data-status") == "dismissed"
    mark.focus()
    assert "✕ dismissed" in page.locator(".tip.show .tip-status").inner_text()
    assert axe_violations(page) == []


def test_skip_to_findings_reaches_a_decision_in_a_few_tabs(page, server):
    submit(page, server, planted("\nSkip test."))
    assert page.locator(".keys").is_visible() and "j" in page.locator(".keys").inner_text()
    page.locator("a:has-text('Skip to findings')").focus()
    page.keyboard.press("Enter")
    for tabs in range(1, 8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('form.review') !== null"):
            break
    assert page.evaluate("document.activeElement.closest('form.review') !== null"), tabs
    assert tabs <= 5


@pytest.mark.parametrize("width", [1280, 375])
def test_axe_finds_no_violations_on_the_desk_pages(page, server, width):
    aid = submit(page, server, planted(f"\nAxe test {width}."))
    decide(page, finding(page, 0).get_attribute("id"), "Confirm error", name="Ann",
           correction="The deadline is January 22")
    page.set_viewport_size({"width": width, "height": 900})
    for path in ("/", "/?page=1&status=confirmed", f"/articles/{aid}", "/submit"):
        page.goto(server.url + path)
        assert axe_violations(page) == [], path
    page.goto(server.url + f"/articles/{aid}")
    page.locator("h1").click()
    page.keyboard.press("j")
    page.locator("article.text mark.claim").first.focus()  # with a tooltip shown
    assert axe_violations(page) == []
