"""A figure's clause: the stretch of its sentence between the nearest clause breaks
(";", ":", a bracket, a dash between blanks, a comma before a conjunction) on either
side, read at most READ characters each way so every figure costs the same."""
from __future__ import annotations

from ...model import Claim, Document
from .lexicon import Lexicon

READ = 300


def clause_of(doc: Document, c: Claim, lx: Lexicon) -> tuple[int, int]:
    """(start, end) of the clause around the figure, as offsets in the text."""
    s = doc.sentence_at(c.span[0])
    text = doc.text
    a = max(s.start, c.span[0] - READ)
    b = min(max(s.end, c.span[1]), c.span[1] + READ)
    start = a
    for m in lx.clause_start.finditer(text, a, c.span[0]):
        start = m.end()
    m = lx.clause_end.search(text, c.span[1], b)
    end = m.start() if m else b
    if text[c.span[1]:c.span[1] + 1] == ")" and text[start - 1:start] == "(":
        # "(126 mln dlrs)": a figure in brackets belongs to the clause around the brackets
        return clause_of(doc, _Span(start - 1), lx)[0], end
    return start, end


class _Span:
    """A stand-in claim for a position (the opening bracket of a bracketed figure)."""

    def __init__(self, at: int):
        self.span = (at, at)
