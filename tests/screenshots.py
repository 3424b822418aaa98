"""Screenshots of the review desk's pages at 1280 and 375 px, for docs/review-desk.md.

    .venv/bin/python tests/screenshots.py [FOLDER]      # default docs/screens, about a minute

A desk of 150 articles from benchmarks/desk_seed.py (the one seeding script) plus the
seed article with a planted deadline error, served as test_browser.py serves it and
shot in the same Chromium: the inbox, that article, the findings queue (when the app has
one), rule health, and the article once flagged and corrected in place, each as a phone (375 x 740) and a desktop (1280 x 900) shows it
first, without scrolling. The file names are PAGE-WIDTH.png.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from test_browser import ARGS, CHROMIUM, Server, planted, submit  # noqa: E402

SIZES = {1280: {"width": 1280, "height": 900}, 375: {"width": 375, "height": 740}}


def save(folder: str, articles: int = 150) -> list[Path]:
    from desk_seed import build
    from playwright.sync_api import sync_playwright

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "shots.db")
        build(db, articles, quiet=True)
        with Server(db) as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport=SIZES[1280])
            aid = submit(page, server, planted(), title="Troops begin pullout ahead of deadline")
            routes = {str(r) for r in server.app.url_map.iter_rules()}
            pages = {"inbox": "/", "article": f"/articles/{aid}", "rules": "/rules"}
            if "/findings" in routes:
                pages["queue"] = "/findings"
            for width, viewport in SIZES.items():
                page.set_viewport_size(viewport)
                for name, path in pages.items():
                    page.goto(server.url + path)
                    target = out / f"{name}-{width}.png"
                    page.screenshot(path=str(target))
                    saved.append(target)
            if "/articles/<int:article_id>/edit" in routes:
                saved += corrected(page, server, aid, out)
            browser.close()
    return saved


def corrected(page, server, aid: int, out: Path) -> list[Path]:
    """The article after an editor flagged words and corrected a date in place: what
    changed, shown at the top (corrected-WIDTH.png)."""
    page.set_viewport_size(SIZES[1280])
    page.goto(server.url + f"/articles/{aid}")
    page.click("details#flag summary")
    page.fill("#flag-quote", "each of the six member countries")
    page.fill("#flag-note", "Five members sent troops; Kyrgyzstan's arrived later")
    page.fill("#flag-rev", "Ann Editor")
    with page.expect_navigation():
        page.click("form.flag-form button")
    page.click("details#edit summary")
    page.fill("#edit-text", planted().replace("a January 14 deadline", "a January 24 deadline"))
    page.fill("#edit-note", "the alliance's second deadline is January 24")
    with page.expect_navigation():
        page.click("button:has-text('Save and re-check')")
    saved = []
    for width, viewport in SIZES.items():
        page.set_viewport_size(viewport)
        page.goto(server.url + f"/articles/{aid}?edited=1#changes")
        target = out / f"corrected-{width}.png"
        page.screenshot(path=str(target))
        saved.append(target)
    return saved


if __name__ == "__main__":
    if CHROMIUM is None:
        sys.exit("Chromium is not installed (make test installs it)")
    for path in save(sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent / "docs" / "screens")):
        print(path)
