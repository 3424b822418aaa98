"""The pages: list and article view, text escaped, highlighting cut exactly on spans."""
from __future__ import annotations

from hypothesis import given, settings as hsettings, strategies as st

from factcheck import check
from factcheck.textinput import is_blank
from factcheck.web.pages import claim_details, claim_statuses, pieces


def test_index_lists_articles_with_counts(client):
    client.post("/api/v1/articles", json={"text": "Title here\n\nIt would be completed by Wednesday next "
                                          "week, ahead of a January 12 deadline.", "published": "2022-01-13"})
    html = client.get("/").get_data(as_text=True)
    assert "Title here" in html and "✖ 1" in html


def test_article_page_highlights_and_escapes(client):
    text = 'Hack <script>alert(1)</script> <img src=x onerror="alert(2)">\n\nSome 12 people came on Thursday.'
    aid = client.post("/api/v1/articles", json={"text": text, "published": "2022-01-13"}).get_json()["id"]
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<img src=x onerror' not in html
    assert 'class="claim kind-' in html


def test_article_page_says_what_the_report_could_not_do(client):
    # a text in another language: no checks, and the reviewer reads why on the page
    text = ("El instituto de estadísticas informó que la producción industrial cayó 2,3% en octubre, "
            "y que la minería bajó 4,1% respecto del mismo mes del año anterior, según el boletín "
            "publicado por el organismo durante la semana.")
    aid = client.post("/api/v1/articles", json={"text": text, "published": "2022-01-13"}).get_json()["id"]
    html = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert 'class="report-notes"' in html and "reads as Spanish, not English" in html


def test_unknown_article_page_is_404(client):
    assert client.get("/articles/999").status_code == 404


WORDS = st.sampled_from(["12", "1.8 million", "at least 3", "$2-3 billion", "on Thursday", "last week",
                         "January 22", "deadline", "people", "<b>", "&amp;", "\n\n", " ", "—", "50%"])


@hsettings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=25))
def test_highlighting_pieces_put_the_text_back_together(words):
    text = " ".join(words)
    if is_blank(text):  # what every door calls empty
        return
    report = check(text, published="2022-01-13").to_dict()
    cut = pieces(text, report)
    assert "".join(p for p, _, _ in cut) == text
    for piece, claim, status in cut:
        if claim:
            assert piece == claim["text"] and status in ("flagged", "verified", "unchecked")  # nothing dismissed yet
            assert claim_details(claim)[0] == ("Kind", claim["kind"])


def _status_one_by_one(claim: dict, report: dict) -> str:
    """The definition, claim by claim (what the desk computed before: claims x findings)."""
    for f in report["findings"]:
        if claim["id"] in f["claims"] and f["severity"] in ("error", "warning") \
                and f.get("status", "open") != "dismissed":
            return "flagged"
    if any(claim["id"] in f["claims"] and f["severity"] in ("error", "warning") for f in report["findings"]):
        return "dismissed"  # named only by dismissed findings
    if any(k["outcome"] == "pass" for k in claim.get("checks", [])):
        return "verified"
    return "unchecked"


def test_claim_statuses_in_one_pass_match_the_definition():
    report = {"claims": [{"id": f"c{i}", "checks": [{"outcome": "pass"}] if i % 3 == 0 else
                          [{"outcome": "fail"}] if i % 3 == 1 else []} for i in range(12)],
              "findings": [{"claims": ["c0", "c1"], "severity": "error"},
                           {"claims": ["c2"], "severity": "warning", "status": "dismissed"},
                           {"claims": ["c3"], "severity": "info"},
                           {"claims": ["c4", "c5"], "severity": "warning", "status": "confirmed"},
                           {"claims": ["c6"], "severity": "error", "status": "dismissed"},
                           {"claims": ["c6"], "severity": "warning", "status": "open"}]}
    assert claim_statuses(report) == {c["id"]: _status_one_by_one(c, report) for c in report["claims"]}
    assert claim_statuses(report)["c2"] == "dismissed" and claim_statuses(report)["c3"] == "verified"
