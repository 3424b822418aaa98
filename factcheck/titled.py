"""A title given apart from the text (the API's `title`, a Markdown file's front matter,
an HTML page's <title>), read as the text's headline.

The pipeline reads the title line, a blank line and the text, so the headline checks
weigh the title's figures against the body ("Floods force 12,000 from their homes" over
a body saying about 8,000 were); then every offset goes back to the text. A claim in
the title says so ("in": "title", its span in the title line, sentence -1).
"""
from __future__ import annotations

from dataclasses import replace

from .extract import segment
from .model import IN_TITLE, Claim, Coverage, Document, Finding


def in_title(c: Claim) -> bool:
    return c.extra.get("in") == IN_TITLE


def opens_with(text: str, title: str) -> bool:
    """Whether the text's first line is the title (a page that repeats its title, a
    Markdown heading): then that line is read as the headline, as without a title."""
    first = text.lstrip().split("\n", 1)[0].strip().lstrip("#").strip()
    return bool(first) and " ".join(first.split()).casefold() == " ".join(title.split()).casefold()


def title_line(doc: Document) -> str | None:
    """The title to read before the text: a given title, on one line, when the text has
    no headline of its own."""
    if doc.title is None or doc.headline is not None:
        return None
    line = " ".join(doc.title.split())
    return line or None


def with_title(doc: Document, line: str) -> tuple[Document, int]:
    """The document read as `line`, a blank line and the text, with `line` its headline;
    and how far the text moved (the offset of its first character)."""
    text = f"{line}\n\n{doc.text}"
    sentences = segment.split(text, (0, len(line)))
    headline = next((s for s in sentences if s.headline), None)
    return replace(doc, text=text, sentences=sentences, headline=headline), len(line) + 2


def back_to_text(doc: Document, claims: list[Claim], findings: list[Finding], moved: int
                 ) -> tuple[list[Claim], list[Finding]]:
    """Claims and findings of the titled document with offsets in `doc.text` again: a
    claim in the title keeps its span in the title line and says it is there."""
    for c in claims:
        if c.span[0] < moved:
            c.extra["in"] = IN_TITLE
            c.sentence = -1
            continue
        c.span = (c.span[0] - moved, c.span[1] - moved)
        c.sentence = doc.sentence_at(c.span[0]).index
        after = c.extra.get("relative_to")
        if isinstance(after, dict) and isinstance(after.get("span"), list) and after["span"][0] >= moved:
            c.extra["relative_to"] = {**after, "span": [x - moved for x in after["span"]]}
    return claims, [_finding_back(doc, f, moved) for f in findings]


def _finding_back(doc: Document, f: Finding, moved: int) -> Finding:
    span = f.details.get("span")
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return f
    details = dict(f.details)
    if span[0] < moved:  # a span in the title ("Wednesday, Jan 14" in the title itself)
        details["title_span"] = details.pop("span")
        details.pop("sentence", None)
    else:
        details["span"] = [span[0] - moved, span[1] - moved]
        if "sentence" in details:
            details["sentence"] = doc.sentence_at(details["span"][0]).index
    return replace(f, details=details)


def coverage_back(cov: Coverage, moved: int) -> Coverage:
    """The coverage of the text: a figure left unread in the title has no place in it."""
    kept = tuple(replace(u, span=(u.span[0] - moved, u.span[1] - moved)) for u in cov.unparsed if u.span[0] >= moved)
    dropped = len(cov.unparsed) - len(kept)
    return replace(cov, numbers_seen=cov.numbers_seen - dropped, unparsed=kept)
