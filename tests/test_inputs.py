"""Article readers: plain text, Markdown with front matter, HTML."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import inputs

HTML = """<html><head><title>Troops pull out | Daily News</title>
<meta property="article:published_time" content="2022-01-13T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Troops pull out</h1>
<p>The pullout would be completed by Wednesday next week, several days ahead of a January 22 deadline.</p>
<p>About 2,000 troops arrived on January 6 and 3,000 more on January 7, the ministry said on Thursday.</p>
<p>Officials said the mission had met its goals &amp; would end as planned, according to a statement.</p>
</article><footer>Copyright 2022 Daily News</footer></body></html>
"""


def test_markdown_front_matter_gives_title_and_date():
    a = inputs.parse("---\ntitle: Troops pull out\ndate: 2022-01-13\n---\nBody text.\n", "a.md", "markdown")
    assert (a.title, a.published, a.text.strip()) == ("Troops pull out", "2022-01-13", "Body text.")


def test_markdown_published_key_wins_over_date():
    a = inputs.parse("---\ndate: 2020-01-01\npublished: 2022-01-13T09:00:00Z\n---\nBody.\n", "a.md", "markdown")
    assert a.published == "2022-01-13"


def test_markdown_offsets_map_to_file_lines():
    src = "---\ntitle: T\n---\n# Head\n\nSome **bold** text on\nJanuary 12, 2022 here.\n"
    a = inputs.parse(src, "a.md", "markdown")
    at = a.text.index("January")
    assert a.position(at) == (7, 1)
    assert src[a.base + at:].startswith("January")


def test_markdown_soft_line_break_joins_the_sentence():
    a = inputs.parse("First part of a\nsentence ends here.\n\n- item one\n- item two\n", "a.md", "markdown")
    assert "First part of a sentence ends here." in a.text
    assert "item one\n" in a.text  # list items stay on their own lines


def test_markdown_syntax_is_blanked():
    a = inputs.parse("## Title ##\n\nSee [the report](http://x.org/2021/5) and ![chart](c.png) `code`.\n",
                     "a.md", "markdown")
    assert "http" not in a.text and "c.png" not in a.text and "#" not in a.text and "`" not in a.text
    assert "the report" in a.text


def test_markdown_code_fences_are_not_checked():
    a = inputs.parse("Text.\n\n```\nx = 12000\n```\n", "a.md", "markdown")
    assert "12000" not in a.text


@given(st.lists(st.sampled_from(list("ab #*_-[]()!`\n>1.~<") + ["<!--", "-->", "```"]), max_size=80).map("".join))
def test_markdown_text_only_blanks_characters(body):
    out = inputs.markdown_text(body)
    assert len(out) == len(body)
    assert all(ch == " " or ch == body[i] for i, ch in enumerate(out))


def test_bad_front_matter_is_an_input_problem():
    with pytest.raises(inputs.InputProblem, match="front matter"):
        inputs.parse("---\ntitle: [unclosed\n---\nBody\n", "a.md", "markdown")


def test_text_file_keeps_offsets_and_blanks_comments():
    a = inputs.parse("Head\n\n<!-- note -->\nBody 12.\n", "a.txt", "text")
    assert a.text == "Head\n\n             \nBody 12.\n" and a.position(a.text.index("12")) == (4, 6)


def test_crlf_line_ends_are_normalised():
    assert inputs.parse("Head\r\n\r\nBody.\r\n", "a.txt", "text").text == "Head\n\nBody.\n"


def test_html_gives_text_title_and_date():
    a = inputs.parse(HTML, "a.html", "html")
    assert a.published == "2022-01-13"
    assert a.text.startswith("Troops pull out\n\nThe pullout would be completed")
    assert "Copyright" not in a.text and "Home | World" not in a.text
    assert "goals & would end" in a.text


def test_html_finding_position_points_into_the_file():
    a = inputs.parse(HTML, "a.html", "html")
    line, col = a.position(a.text.index("About 2,000"))
    assert HTML.splitlines()[line - 1][col - 1:].startswith("About 2,000")


def test_html_without_article_text_is_an_input_problem():
    with pytest.raises(inputs.InputProblem, match="no article text"):
        inputs.parse("<html><head><title>T</title></head><body></body></html>", "a.html", "html")


def test_kind_follows_the_suffix():
    assert [inputs.kind_of(n) for n in ("a.MD", "b.htm", "c.txt", "d")] == ["markdown", "html", "text", "text"]


def test_read_rejects_non_utf8(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes(b"caf\xe9")
    with pytest.raises(inputs.InputProblem, match="not UTF-8"):
        inputs.read(str(f))


def test_read_accepts_a_utf8_bom(tmp_path):
    f = tmp_path / "x.txt"
    f.write_bytes("\ufeffHead\n\nBody.\n".encode("utf-8"))
    assert inputs.read(str(f)).text.startswith("Head")


_PIECES = ["---\n", "title: x\n", "date: 2022-01-13\n", "<!-- factcheck: ignore a.b -- r -->", "<!--", "-->",
           "<p>", "</p>", "# ", "\n", "\n\n", "January 12", " 3,000 ", "[a](b)", "```", "é", "\r\n", "\x00"]


@settings(deadline=None)  # an HTML example may take ~1 s on a loaded machine; speed is not the point
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.sampled_from(["text", "markdown", "html"]))
def test_readers_and_suppressions_fail_only_with_input_problem(source, kind):
    from factcheck import suppress

    try:
        a = inputs.parse(source, "x", kind)
    except inputs.InputProblem:
        return
    suppress.parse(a, frozenset({"a.b"}))
    for off in (0, len(a.text) // 2, len(a.text)):
        line, col = a.position(off)
        assert line >= 1 and col >= 1


def test_markdown_heading_that_repeats_the_title_is_the_headline():
    from factcheck import pipeline

    src = "---\ntitle: Troops pull out\ndate: 2022-01-13\n---\n\n# Troops pull out\n\nThe pullout began.\n"
    a = inputs.parse(src, "a.md", "markdown")
    assert a.title is None and a.position(0) == (6, 1)
    doc = pipeline.make_document(a.text, a.published, a.title)
    assert doc.headline is not None and doc.title == "Troops pull out"
