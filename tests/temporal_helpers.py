"""Tag a sentence with the temporal extractor alone, as the temporal tests need."""
from __future__ import annotations

from factcheck import rules
from factcheck.extract import dates
from factcheck.pipeline import make_document
from factcheck.settings import Settings

PUB = "2022-01-13"


def tag(text: str, published: str | None = PUB):
    doc = make_document(text, published, title="", settings=Settings())
    return dates.extract(doc, rules.load(), None)


def value_of(text: str, expr: str, published: str | None = PUB) -> str | None:
    found = [c.timex for c in tag(text, published) if c.text == expr]
    return found[0] if found else None
