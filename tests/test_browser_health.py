"""Issue 15 in real Chromium: the rule-health page (chart and table), an admin's level change
that the next check uses and that is taken back from the same page, the inbox filters
folded at 375 px, the submit page's URL field above the fold, and axe-core (0 violations).

The server, browser and helpers are test_browser.py's; axe-core is test_browser_desk.py's."""
from __future__ import annotations

import os

import pytest
from test_browser import CHROMIUM, Server, browser, finding, planted, submit  # noqa: F401
from test_browser_desk import axe_violations, decide

pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Chromium is not installed (make test installs it)")

DEADLINE = "temporal.deadline-order"
PHONE = {"width": 375, "height": 667}


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("health")
    cfg = folder / ".factcheck.yaml"
    cfg.write_text("# desk settings\n", encoding="utf-8")
    with Server(str(folder / "desk.db"), config_file=str(cfg)) as s:
        s.cfg = cfg
        yield s


def new_page(browser, viewport=None):
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15000)
    pg.set_default_navigation_timeout(60000)
    return pg


def row(pg, rule: str):
    return pg.locator(f"tr[data-rule='{rule}']")


def test_rule_health_shows_the_chart_and_table_most_dismissed_first(browser, desk):
    pg = new_page(browser)
    submit(pg, desk, planted("\nHealth chart test."))
    first, second = finding(pg, 0).get_attribute("id"), finding(pg, 1).get_attribute("id")
    decide(pg, first, "Confirm error", name="Ann")
    decide(pg, second, "Dismiss as false alarm", note="That deadline belongs to another agreement")
    pg.click("nav[aria-label=Main] >> text=Rule health")
    assert pg.locator("h1").inner_text() == "Rule health"
    assert pg.locator("svg.health-chart g.bar-row").count() >= 1
    bar = pg.locator("svg.health-chart g.bar-row").first
    assert "Completion after its deadline" in bar.text_content()
    assert pg.locator("svg.health-chart rect.bar-dismissed").count() >= 2  # legend and bar
    cells = row(pg, DEADLINE).locator("td")
    assert cells.nth(1).inner_text() == "1" and cells.nth(2).inner_text() == "1"  # confirmed, dismissed
    assert "another agreement" in row(pg, DEADLINE).locator("td.notes").inner_text()
    assert pg.locator("table.rules tbody tr").first.get_attribute("data-rule") == DEADLINE
    pg.click("nav.periods >> text=the last 7 days")
    assert pg.url.endswith("period=7")
    assert pg.locator("nav.periods a[aria-current=page]").inner_text() == "the last 7 days"
    assert axe_violations(pg) == []
    pg.context.close()


def test_a_level_change_is_used_by_the_next_check_and_taken_back(browser, desk):
    pg = new_page(browser)
    pg.goto(desk.url + "/rules")
    row(pg, DEADLINE).locator("select[name=level]").select_option("warning")
    with pg.expect_navigation():
        row(pg, DEADLINE).locator("button:has-text('Set level')").click()
    assert "is set to warning" in pg.locator(".flashes").inner_text()
    assert "temporal.deadline-order: warning" in desk.cfg.read_text(encoding="utf-8")
    assert row(pg, DEADLINE).locator(".level-now").inner_text() == "warning"

    submit(pg, desk, planted("\nLevel change test."))
    assert finding(pg, 0).locator(".badge").inner_text() == "⚠ warning"
    assert "This desk set the rule to warning" in finding(pg, 0).inner_text()

    pg.goto(desk.url + "/rules")
    with pg.expect_navigation():
        row(pg, DEADLINE).locator("button.revert").click()
    assert "its own level again" in pg.locator(".flashes").inner_text()
    assert "levels" not in desk.cfg.read_text(encoding="utf-8")
    assert row(pg, DEADLINE).locator("button.revert").count() == 0
    submit(pg, desk, planted("\nLevel change test, after."))
    assert finding(pg, 0).locator(".badge").inner_text() == "✖ error"
    assert "Why an error, not a warning" in finding(pg, 0).inner_text()
    pg.context.close()


def test_at_375_px_the_inbox_filters_fold_behind_one_button(browser, desk):
    pg = new_page(browser, PHONE)
    pg.goto(desk.url + "/")
    fold = pg.locator("#filters-fold")
    assert fold.locator("summary").is_visible()
    assert not pg.locator("#q").is_visible()  # folded away
    assert pg.locator("table.articles").bounding_box()["y"] < PHONE["height"]  # articles show first
    assert axe_violations(pg) == []
    fold.locator("summary").click()
    assert pg.locator("#q").is_visible()
    pg.select_option("#status", "dismissed")
    with pg.expect_navigation():
        pg.click("button:has-text('Apply')")
    assert pg.locator("#status").is_visible()  # filters on: shown unfolded, with their count
    assert "(1 on)" in fold.locator("summary").inner_text()
    pg.context.close()

    wide = new_page(browser)
    wide.goto(desk.url + "/")
    assert wide.locator("#q").is_visible() and not wide.locator("#filters-fold summary").is_visible()
    wide.context.close()


def test_at_375_px_the_submit_pages_url_field_is_above_the_fold(browser, desk):
    pg = new_page(browser, PHONE)
    pg.goto(desk.url + "/submit")
    box = pg.locator("#url").bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    assert axe_violations(pg) == []
    pg.context.close()


def test_rule_health_at_375_px_has_no_axe_violations(browser, desk):
    pg = new_page(browser, PHONE)
    pg.goto(desk.url + "/rules?period=all")
    assert pg.locator("table.rules").is_visible()
    assert axe_violations(pg) == []
    pg.context.close()


@pytest.mark.parametrize("path", ["/findings", "/activity"])
def test_at_375_px_the_queue_and_activity_filters_fold_too(browser, desk, path):
    pg = new_page(browser, PHONE)
    submit(pg, desk, planted(f"\nFold test for {path}."))
    pg.goto(desk.url + path)
    fold = pg.locator("details.fold")
    assert fold.locator("summary").is_visible() and not pg.locator("form.filters").is_visible()
    assert axe_violations(pg) == []
    fold.locator("summary").click()
    assert pg.locator("form.filters").is_visible()
    pg.context.close()


def test_without_javascript_the_inbox_filters_stay_unfolded_at_375_px(browser, desk):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    pg = context.new_page()
    pg.goto(desk.url + "/")
    assert pg.locator("#q").is_visible()  # nothing to fold them: the form is there to use
    context.close()
