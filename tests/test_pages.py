"""The minimal web page: list and article view, text escaped."""
from __future__ import annotations


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


def test_unknown_article_page_is_404(client):
    assert client.get("/articles/999").status_code == 404
