"""The review desk in a real browser: headless Debian Chromium driven by Playwright.

A real server (werkzeug, threaded) runs on 127.0.0.1 on a free port with a temporary
SQLite database; the tests click as a reviewer would. Skipped only when Chromium is absent
(`make test` installs it). `python tests/test_browser.py docs/` saves the README screenshots.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import threading
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kazakhstan-csto-pullout.txt"
SECOND_ERROR = ("\nThe withdrawal of the last units would be completed by Tuesday next week, "
                "ahead of a January 14 deadline set by the alliance.")
HOSTILE = ('Hack <script>window.__pwned = 1; alert("x")</script>\n\n'
           'An image <img src=x onerror="window.__pwned = 2; alert(2)"> and 12 people '
           'on Thursday.')

# In CI (CI=true) a missing Chromium is a failure, not a skip: make test must install it.
pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Chromium is not installed (make test installs it)")


def planted(extra: str = "") -> str:
    """The seed article with two planted deadline errors (and `extra` to make it unique)."""
    text = SEED.read_text(encoding="utf-8").replace("a January 22 deadline", "a January 12 deadline")
    return text + SECOND_ERROR + extra


class Server:
    def __init__(self, db: str, **settings):
        from werkzeug.serving import make_server

        from factcheck.settings import Settings
        from factcheck.web import create_app

        self.app = create_app(Settings(db=db, **settings))
        self.httpd = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "Server":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.thread.join(5)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with Server(str(tmp_path_factory.mktemp("desk") / "desk.db")) as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15000)
    pg.set_default_navigation_timeout(60000)  # a first check may load heavy tables on a slow CI machine
    yield pg
    context.close()


def submit(page, server, text: str, published: str = "2022-01-13", title: str = "") -> int:
    page.goto(server.url + "/submit")
    if title:
        page.fill("#title", title)
    page.fill("#published", published)
    page.fill("#text", text)
    with page.expect_navigation():
        page.click("button:has-text('Check and store')")
    assert re.search(r"/articles/\d+", page.url), page.content()
    return int(re.search(r"/articles/(\d+)", page.url).group(1))


def finding(page, i: int):
    return page.locator("li.finding").nth(i)


def test_reviewer_confirms_and_dismisses_and_decisions_survive_recheck(page, server):
    submit(page, server, planted())
    flagged = page.locator("mark.claim[data-status=flagged]")
    assert flagged.count() >= 2
    assert "flagged" in flagged.first.inner_text()  # said in words, not only colour
    assert page.locator("li.finding").count() >= 2

    first = finding(page, 0)
    first_id = first.get_attribute("id")
    first.locator("textarea[name=note]").fill("Deadline checked against the CSTO statement")
    first.locator("input[name=reviewer]").fill("Ann Editor")
    with page.expect_navigation():
        first.locator("button:has-text('Confirm error')").click()
    assert "Confirmed as an error" in page.locator(".flashes").inner_text()

    second = finding(page, 1)
    second_id = second.get_attribute("id")
    second.locator("textarea[name=note]").fill("Late flights were allowed by the alliance")
    assert "Recorded as Ann Editor" in second.inner_text()  # said, not a field pre-filled
    with page.expect_navigation():
        second.locator("button:has-text('Dismiss as false alarm')").click()

    page.reload()
    with page.expect_navigation():
        page.click("button:has-text('Re-check with current rules')")
    assert "Re-checked" in page.locator(".flashes").inner_text()
    assert "confirmed" in page.locator(f"#{first_id} .status-badge").inner_text()
    assert "dismissed" in page.locator(f"#{second_id} .status-badge").inner_text()
    history = page.locator(f"#{second_id} .history").inner_text()
    assert "Late flights were allowed by the alliance" in history and "Ann Editor" in history

    page.goto(server.url + "/?status=dismissed")
    assert page.locator("table.articles tbody tr").count() == 1


def test_undo_returns_a_finding_to_open(page, server):
    submit(page, server, planted("\nUndo test."))
    f = finding(page, 0)
    fid = f.get_attribute("id")
    f.locator("input[name=reviewer]").fill("Bo")
    with page.expect_navigation():
        f.locator("button:has-text('Dismiss as false alarm')").click()
    assert "dismissed" in page.locator(f"#{fid} .status-badge").inner_text()
    with page.expect_navigation():
        page.locator(f"#{fid} button.undo").click()
    assert "open" in page.locator(f"#{fid} .status-badge").inner_text()
    assert page.locator(f"#{fid} .history li").count() == 2


def test_script_article_is_shown_as_inert_text(page, server):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    submit(page, server, HOSTILE, title='<img src=y onerror="window.__pwned = 3">')
    text = page.evaluate("""() => { const a = document.querySelector("article.text").cloneNode(true);
        a.querySelectorAll(".sr, .icon").forEach(e => e.remove()); return a.textContent; }""")
    assert '<script>window.__pwned = 1; alert("x")</script>' in text
    assert 'onerror="window.__pwned = 2; alert(2)"' in text
    assert page.locator("article.text script, article.text img, h1 img").count() == 0
    assert page.evaluate("window.__pwned") is None and dialogs == []
    assert '<img src=y onerror="window.__pwned = 3">' in page.locator("h1").inner_text()
    page.goto(server.url + "/")
    assert page.evaluate("window.__pwned") is None and dialogs == []


def test_focusing_a_claim_shows_its_reading_and_checks(page, server):
    submit(page, server, planted("\nTooltip test."))
    mark = page.locator("mark.claim[data-status=flagged]").first
    mark.focus()
    tip = page.locator(".tip.show")
    assert tip.is_visible()
    body = tip.inner_text()
    assert "Resolved date" in body and "failed" in body
    page.keyboard.press("Escape")
    assert page.locator(".tip.show").count() == 0
    page.locator("article.text mark.claim").first.hover()
    assert page.locator(".tip.show").is_visible()


def test_j_and_k_move_between_findings(page, server):
    submit(page, server, planted("\nKeys test."))
    ids = [finding(page, i).get_attribute("id") for i in range(page.locator("li.finding").count())]
    page.locator("h1").click()
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == ids[0]
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == ids[1]
    assert page.locator("mark.current").count() >= 1
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == ids[0]


def test_a_review_can_be_done_with_the_keyboard_alone(page, server):
    submit(page, server, planted("\nKeyboard-only test."))
    fid = finding(page, 0).get_attribute("id")
    page.locator("h1").click()
    page.keyboard.press("j")
    for _ in range(10):  # Tab forward to the name field of the current finding
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "reviewer":
            break
    page.keyboard.type("Kay")
    page.keyboard.press("Tab")
    page.keyboard.type("Keyboard only")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "correction"
    page.keyboard.press("Tab")
    assert "Confirm" in page.evaluate("document.activeElement.textContent")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "confirmed" in page.locator(f"#{fid} .status-badge").inner_text()
    assert "Keyboard only" in page.locator(f"#{fid} .history").inner_text()


def test_pages_run_without_console_errors_or_policy_violations(page, server):
    errors: list[str] = []
    # (a browser's own favicon request may 404: its message names the favicon only in its location)
    page.on("console", lambda m: errors.append(f"{m.text} {m.location.get('url', '')}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    aid = submit(page, server, planted("\nConsole test."))
    for path in ("/", f"/articles/{aid}", "/submit", "/?status=open&severity=error"):
        page.goto(server.url + path)
        page.keyboard.press("j")
    assert page.evaluate("document.documentElement.classList.contains('js')")
    assert [e for e in errors if "favicon" not in e] == []


@pytest.mark.parametrize("width", [320, 375])  # 320 CSS px = a 1280 px window at 400% zoom
def test_pages_fit_narrow_screens_without_sideways_scrolling(page, server, width):
    aid = submit(page, server, planted("\nNarrow test."))
    page.set_viewport_size({"width": width, "height": 800})
    for path in ("/", f"/articles/{aid}", "/submit"):
        page.goto(server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
    page.goto(server.url + f"/articles/{aid}")
    assert page.locator("li.finding").first.is_visible() or page.locator("li.finding").count() == 0


WRITE_JS = """async (headers) => {
  const r = await fetch("/api/v1/articles", {method: "POST", body: JSON.stringify(
      {text: "Some 12 people came on Monday.", published: "2022-01-13"}),
      headers: Object.assign({"content-type": "application/json"}, headers)});
  return r.status;
}"""


def test_a_signed_in_desk_page_can_write_to_the_api(page, tmp_path):
    """The API refuses cookie-authenticated writes without CSRF proof; the desk's own
    pages have it: Chromium sends Sec-Fetch-Site: same-origin, and the token is in a meta tag."""
    from factcheck.web.auth import ReviewAccess

    with Server(str(tmp_path / "signed.db"), require_auth="true") as s:
        s.app.config["REVIEW_ACCESS"] = ReviewAccess(token="desk-secret")
        page.goto(s.url + "/signin")
        from test_browser_desk import axe_violations
        assert axe_violations(page) == []  # the sign-in page is a desk page too
        page.fill("#name", "Ann")
        page.fill("#secret", "desk-secret")
        with page.expect_navigation():
            page.click("button:has-text('Sign in')")
        assert "Signed in as" in page.content()
        assert page.evaluate(WRITE_JS, {}) == 201
        token = page.get_attribute("meta[name=csrf-token]", "content")
        assert page.evaluate(WRITE_JS, {"X-CSRF-Token": token}) == 200  # the same article again


def save_screenshots(folder: str) -> None:
    """Screenshots for the README: the inbox and an article page with a decision on it."""
    import tempfile

    from playwright.sync_api import sync_playwright

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, Server(str(Path(tmp) / "shots.db")) as server, \
            sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = b.new_page(viewport={"width": 1280, "height": 900})
        submit(page, server, SEED.read_text(encoding="utf-8"))
        submit(page, server, "Grain exports resume\n\nAbout 1.2 million tonnes of grain left the port "
                             "last week, officials said on Monday.", published="2022-08-08")
        submit(page, server, "Budget vote delayed\n\nThe vote, first set for Tuesday, will now be held "
                             "on Thursday next week, after a March 3 deadline.", published="2022-03-01")
        aid = submit(page, server, planted(), title="Kazakhstan pullout (copy with two planted errors)")
        f = finding(page, 0)
        f.locator("textarea[name=note]").fill("Checked against the CSTO statement")
        f.locator("input[name=reviewer]").fill("Ann Editor")
        with page.expect_navigation():
            f.locator("button:has-text('Confirm error')").click()
        page.goto(server.url + "/")
        page.screenshot(path=str(out / "inbox.png"))
        page.set_viewport_size({"width": 1280, "height": 1000})
        page.goto(server.url + f"/articles/{aid}")
        page.evaluate("window.scrollTo(0, 0)")
        page.locator("h1").click()
        page.keyboard.press("j")
        page.keyboard.press("j")
        page.evaluate("window.scrollTo(0, 0)")
        page.locator("article.text mark.claim[data-status=flagged]").nth(1).hover()
        page.screenshot(path=str(out / "article.png"))
        b.close()
    print(out / "inbox.png", out / "article.png")


if __name__ == "__main__":
    save_screenshots(sys.argv[1] if len(sys.argv) > 1 else "docs")
