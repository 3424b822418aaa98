"""Editor flags: what the machine missed, marked by an editor on any span of the text.

A flag is a finding of rule `editor.flag` in the findings table, pointing at a span of
the text rather than at claims: details hold `span`, the quoted `text`, who flagged it
(`by`) and an optional public `correction`; its message is the editor's note. A re-check
or an edit keeps a flag where its quoted text still is (re-anchored by text, the
occurrence nearest its old place), and sets it aside (inactive) where the text is gone;
it comes back if the text does.
"""
from __future__ import annotations

import json
import re
from typing import Any

FLAG_RULE = "editor.flag"


class QuoteError(ValueError):
    """A quoted span that is not in the text, or is there more than once."""


def locate(text: str, quote: str, span: tuple[int, int] | None = None) -> tuple[int, int]:
    """Where `quote` is in `text`: `span` itself when it holds exactly the quote (a
    selection's offsets), else the quote's one occurrence, white space folded
    ("12,000\\npeople" matches "12,000 people")."""
    if span is not None:
        a, b = span
        if 0 <= a < b <= len(text) and text[a:b] == quote:
            return a, b
    words = quote.split()
    if not words:
        raise QuoteError("quote the text to flag: the quote is empty")
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    found = [m.span() for m, _ in zip(pattern.finditer(text), range(2))]
    shown = quote if len(quote) <= 60 else quote[:57] + "…"
    if not found:
        raise QuoteError(f"“{shown}” is not in the text: copy the words exactly as they appear")
    if len(found) > 1:
        raise QuoteError(f"“{shown}” occurs more than once in the text: quote a few more words, "
                         f"so it occurs once")
    return found[0]


def nearest(text: str, quote: str, old_start: int) -> tuple[int, int] | None:
    """The occurrence of `quote` in `text` nearest to where it was (None when gone)."""
    best, at = None, text.find(quote)
    while at != -1:
        if best is None or abs(at - old_start) < abs(best - old_start):
            best = at
        elif at > old_start:
            break  # later ones are further still
        at = text.find(quote, at + 1)
    return None if best is None else (best, best + len(quote))


def reanchor(db, article_id: int, text: str, stamp: str) -> None:
    """After a re-check of `text`: each flag of the article on its quote's nearest
    occurrence and active, or inactive when the quote is no longer in the text."""
    for row in db.execute("select id, details, active from findings where article_id = ? and rule = ?",
                          [article_id, FLAG_RULE]).fetchall():
        details: dict[str, Any] = json.loads(row[1] or "{}")
        quote, old = details.get("text") or "", (details.get("span") or [0, 0])[0]
        span = nearest(text, quote, old) if quote else None
        if span:
            details["span"] = list(span)
        db.execute("update findings set details = ?, active = ?, updated_at = ? where id = ?",
                   [json.dumps(details, ensure_ascii=False), 1 if span else 0, stamp, row[0]])
