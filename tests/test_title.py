"""A title given apart from the text (API `title`, Markdown front matter, an HTML page's
<title>) is read as the text's headline: its figures are weighed against the body, and
every offset stays one of the text (titled.py)."""
from __future__ import annotations

import json

from factcheck import check
from factcheck.settings import Settings
from factcheck.web import create_app
from lint_helpers import cli

TITLE = "Floods force 12,000 from their homes"
FEWER = "Heavy rain hit the north on Tuesday. About 8,000 people were forced from their homes, officials said.\n"
SAME = "Heavy rain hit the north on Tuesday. About 12,000 people were forced from their homes, officials said.\n"


def headline(report):
    return [f for f in report.findings if f.rule == "agreement.headline"]


def test_a_title_contradicted_by_the_body_is_a_warning_with_offsets_in_the_text():
    r = check(FEWER, published="2022-01-13", title=TITLE)
    [f] = headline(r)
    assert f.severity == "warning" and "12,000" in f.message and "About 8,000" in f.message
    by = {c.id: c for c in r.claims}
    [t] = [by[i] for i in f.claims if by[i].extra.get("in") == "title"]
    assert TITLE[t.span[0]:t.span[1]] == "12,000" and t.sentence == -1
    body = [c for c in r.claims if c.extra.get("in") != "title"]
    assert all(FEWER[c.span[0]:c.span[1]] == c.text for c in body)
    a, b = r.finding_span(f)  # the finding points at the body figure
    assert FEWER[a:b] == "About 8,000"
    assert r.to_dict()["article"]["title"] == TITLE


def test_a_title_the_body_restates_passes_and_says_which_figure():
    r = check(SAME, published="2022-01-13", title=TITLE)
    assert headline(r) == []
    [t] = [c for c in r.claims if c.extra.get("in") == "title"]
    assert [k.outcome for k in t.checks if k.rule == "agreement.headline"] == ["pass"]
    assert "About 12,000" in t.checks[0].detail


def test_a_text_that_opens_with_its_title_reads_that_line_as_the_headline():
    text = f"{TITLE}\n\n{FEWER}"
    r = check(text, published="2022-01-13", title=TITLE)
    assert r.document.headline is not None and r.document.headline.text == TITLE
    assert not [c for c in r.claims if c.extra.get("in") == "title"]
    [f] = headline(r)
    a, _ = r.finding_span(f)
    assert text[a:a + 6] == "12,000"


def test_the_api_checks_a_posted_title(tmp_path):
    client = create_app(Settings(db=str(tmp_path / "t.db"), rate_limit="off")).test_client()
    for path in ("/api/v1/check", "/api/v1/articles"):
        body = client.post(path, json={"text": FEWER, "title": TITLE, "published": "2022-01-13"}).get_json()
        [f] = [f for f in body["findings"] if f["rule"] == "agreement.headline"]
        claims = {c["id"]: c for c in body["claims"]}
        assert [claims[i]["in"] for i in f["claims"] if "in" in claims[i]] == ["title"]
    # the desk page shows the stored article; the title's figure is not marked in the text
    page = client.get(f"/articles/{body['id']}").get_data(as_text=True)
    article = page[page.index('<article class="text"'):page.index("</article>")]
    assert "About 8,000" in article and TITLE in page
    [t] = [c["id"] for c in body["claims"] if c.get("in") == "title"]
    assert f'data-claim="{t}"' not in article
    # the review queue quotes the finding's sentence from the text: the body's, not text at the title's offsets
    queue = client.get("/findings").get_data(as_text=True)
    assert '<mark class="qclaim">About 8,000</mark>' in queue
    assert f'<mark class="qclaim">{FEWER[13:19]}</mark>' not in queue


def test_markdown_front_matter_title_is_checked_and_the_finding_points_into_the_body():
    md = f"---\ntitle: {TITLE}\npublished: 2022-01-13\n---\n{FEWER}"
    r = cli("check", "-", "--stdin-filename", "story.md", "--format", "json", input=md)
    body = json.loads(r.stdout)
    [f] = [f for f in body["findings"] if f["rule"] == "agreement.headline"]
    assert f["severity"] == "warning" and f["line"] == 5
