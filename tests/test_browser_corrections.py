"""Corrections in place and editor flags (issue 15), clicked in real Chromium: edit the
text, re-check, see what changed with a kept decision and a new finding; select words in
the text and flag them, and find the flag again after a reload and a re-check. axe-core
finds 0 violations on each page as the editor leaves it.

The server, browser and helpers are test_browser.py's; axe and decide test_browser_desk.py's."""
from __future__ import annotations

import os
import re

import pytest
from test_browser import CHROMIUM, SECOND_ERROR, SEED, browser, finding, page, server, submit  # noqa: F401
from test_browser_desk import axe_violations, decide

pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Chromium is not installed (make test installs it)")


def one_error(extra: str) -> str:
    """The seed with one planted deadline error (the alliance's deadline moved to January 12)."""
    return SEED.read_text(encoding="utf-8").replace("a January 22 deadline", "a January 12 deadline") + extra


def drag_select(pg, words: str) -> None:
    """Select `words` in the article's text with the mouse, as an editor would."""
    box = pg.evaluate("""words => {
        const root = document.querySelector('article.text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {acceptNode: t =>
            t.parentElement.closest('.icon, .sr') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
        const nodes = []; let all = '';
        for (let t = walker.nextNode(); t; t = walker.nextNode()) { nodes.push([t, all.length]); all += t.data; }
        const at = all.indexOf(words);
        function point(i, side) {  // the screen position of character i's left or right edge
            for (const [t, off] of nodes) if (i >= off && i < off + t.data.length) {
                const r = document.createRange(); r.setStart(t, i - off); r.setEnd(t, i - off + 1);
                const b = r.getBoundingClientRect();
                return {x: side === 'left' ? b.left + 0.5 : b.right - 0.5, y: b.top + b.height / 2};
            }
        }
        const a = point(at, 'left'), b = point(at + words.length - 1, 'right');
        return {a, b};
    }""", words)
    pg.mouse.move(box["a"]["x"], box["a"]["y"])
    pg.mouse.down()
    pg.mouse.move(box["b"]["x"], box["b"]["y"], steps=5)
    pg.mouse.up()


def test_an_edit_rechecks_keeps_a_decision_and_shows_what_changed(page, server):
    text = one_error("\nEdit test.")
    aid = submit(page, server, text)
    first = finding(page, 0).get_attribute("id")
    decide(page, first, "Confirm error", name="Ann", note="Checked with the alliance")
    assert page.locator("li.finding").count() == 1
    page.click("details#edit summary")
    page.fill("#edit-text", text + SECOND_ERROR)
    page.fill("#edit-note", "Added the last units' timetable")
    with page.expect_navigation():
        page.click("button:has-text('Save and re-check')")
    assert "1 new" in page.locator(".flashes").inner_text()
    assert "confirmed" in page.locator(f"#{first} .status-badge").inner_text()  # the decision stands
    assert "Checked with the alliance" in page.locator(f"#{first} .history").inner_text()
    assert page.locator("li.finding").count() == 2
    changes = page.locator("details#changes")
    assert changes.get_attribute("open") is not None
    assert "The withdrawal of the last units" in changes.locator("ol.diff ins").inner_text()
    assert "New findings: 1" in changes.inner_text() and "Findings gone: 0" in changes.inner_text()
    assert "with 1 decision kept" in changes.inner_text()
    new = changes.locator("li.new a").get_attribute("href")
    assert page.locator(new + " .status-badge").inner_text().endswith("open")
    assert axe_violations(page) == []
    with page.expect_navigation():
        changes.locator("a:has-text('as of')").click()
    assert page.locator("article.text").inner_text().strip() == text.strip()  # the earlier version, kept
    assert axe_violations(page) == []
    with page.expect_navigation():
        page.click("button:has-text('Restore this version and re-check')")
    assert "1 finding gone, 0 new" in page.locator(".flashes").inner_text()
    assert page.locator("li.finding").count() == 1
    assert "confirmed" in page.locator(f"#{first} .status-badge").inner_text()
    page.goto(server.url + f"/articles/{aid}")
    page.set_viewport_size({"width": 375, "height": 800})
    page.click("details#changes summary")
    assert axe_violations(page) == []


def test_a_bad_date_in_an_edit_is_said_on_the_form_and_nothing_changes(page, server):
    aid = submit(page, server, one_error("\nBad date test."))
    page.click("details#edit summary")
    page.fill("#edit-published", "next Tuesday")
    page.fill("#edit-text", "Something else entirely.")
    page.fill("#edit-rev", "Ann")
    with page.expect_navigation():
        page.click("button:has-text('Save and re-check')")
    error = page.locator("#edit-error").inner_text()
    assert "Not saved: published 'next Tuesday'" in error and "2022-01-13" in error
    assert page.locator("#edit-text").input_value() == "Something else entirely."  # the form is kept
    assert page.locator("#edit-published").input_value() == "next Tuesday"
    assert axe_violations(page) == []
    page.goto(server.url + f"/articles/{aid}")
    assert "Bad date test." in page.locator("article.text").inner_text()


def test_a_selected_span_is_flagged_listed_and_survives_reload_and_recheck(page, server):
    text = one_error("\nFlag test.")
    submit(page, server, text)
    words = "each of the six member countries"
    drag_select(page, words)
    form = page.locator("form.flag-form")
    assert form.locator("textarea[name=quote]").input_value() == words
    start = int(form.locator("input[name=start]").input_value())
    assert (start, int(form.locator("input[name=end]").input_value())) == (text.index(words), text.index(words) + len(words))
    page.click("#flag-selection")
    assert page.evaluate("document.activeElement.id") == "flag-note"
    page.keyboard.type("Five members sent troops; the sixth only observers")
    form.locator("input[value=error]").check()
    page.fill("#flag-rev", "Ann")
    with page.expect_navigation():
        form.locator("button:has-text('Flag')").click()
    assert "Flagged by Ann" in page.locator(".flashes").inner_text()
    fid = re.search(r"#(finding-flag\d+)$", page.url).group(1)

    def shown() -> None:
        item = page.locator(f"#{fid}")
        assert item.locator(".rule-title").inner_text() == "Flagged by an editor"
        assert "Five members sent troops" in item.locator(".msg").inner_text()
        assert "error" in item.locator(".badge").inner_text()
        mark = page.locator("mark.kind-flag")
        assert mark.count() == 1 and words in mark.inner_text()
        assert item.locator(".refs a").get_attribute("href") == "#" + mark.get_attribute("id")

    shown()
    assert axe_violations(page) == []
    page.reload()
    shown()
    with page.expect_navigation():
        page.click("button:has-text('Re-check with current rules')")
    shown()
    decide(page, fid, "Confirm error", correction="Five of the six members sent troops")
    assert "confirmed" in page.locator(f"#{fid} .status-badge").inner_text()
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 375, "height": 800})
    page.click("details#flag summary")
    page.click("details#edit summary")
    assert axe_violations(page) == []
