"""Where a figure can start: the runs of digits and the words that can open one
(g.starters), found in one pass over the lower-cased text; the number spans coverage
counts are left behind for it on the way.
"""
from __future__ import annotations

import re

from .. import coverage
from ..digits import runs as digit_runs
from .figure import Span
from .lexicon import Grammar


_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_GAP_WORD = re.compile(r"[\s-]+([^\W\d_]+)")  # the word after "a"/"an"


def _starts(text: str, low: str | None, g: Grammar, shared: dict | None = None) -> list[int]:
    """Where the tokens that can open a figure start: digits, a word of g.starters,
    a word ending in "fold" (or, oddly, starting with a digit character). Only these
    are tried: much faster than trying every place.

    The same scans find every number coverage counts (its digits with separators, its
    words being starters too): those are left in `shared` for coverage.measure."""
    if low is None or "fold" in low:
        return [t.start() for t in _TOKEN.finditer(text) if _opens(t.group(), g)]
    # every run of digits; and for coverage the digits with their separators ("12,000.5":
    # runs joined by single separators, as r"\d+(?:[.,:]\d+)*" reads them)
    runs = digit_runs(text, shared)  # (those of low: lower() leaves digits, and the length)
    out = [a for a, _ in runs]
    cov: list[Span] | None = None
    if shared is not None and g.scan_covers:
        cov = []
        for a, b in runs:
            if cov and cov[-1][1] + 1 == a and low[a - 1] in ".,:":
                cov[-1] = (cov[-1][0], b)
            else:
                cov.append((a, b))
    digits = len(out)
    n_cov = len(cov) if cov is not None else 0
    n = len(low)
    spaced = " " + low  # a word at the start has a character before it too
    for m in g.re_words.finditer(spaced):
        p = m.start()  # where the word starts in the text: one on, less the blank added
        before = spaced[p]
        if not before.isascii() and before.isalnum() and not before.isdecimal():
            continue  # inside a word: the letter before it is no a-z
        if m.lastgroup == "w":
            e = m.end() - 1
            if g.articles_need_numbers and e - p <= 2 and low[p:e] in ("a", "an"):
                w = _GAP_WORD.match(low, e)
                if not (w and w.group(1) in g.starters):
                    continue  # "a", "an" open a figure only before a number word ("a dozen", "a half")
            out.append(p)
            if cov is not None and low[p:e] in coverage.WORDS and not _is_word(before) \
                    and (e == n or not _is_word(low[e])):
                cov.append((p, e))  # a number word between word boundaries, as coverage reads it
        elif _opens(_TOKEN.match(text, p).group(), g):
            out.append(p)  # a word that starts with a letter beyond a-z: tried only as it is
    if len(out) > digits:
        out.sort()  # two sorted runs: digits, then words
    if cov is not None:
        if len(cov) > n_cov:
            cov.sort()
        shared[coverage.SCANNED] = (text, cov)
    return out


def _is_word(ch: str) -> bool:
    """What \\w matches."""
    return ch.isalnum() or ch == "_"


def _opens(w: str, g: Grammar) -> bool:
    if w[0].isdigit():
        return True
    lw = w.lower()
    return lw in g.starters or lw.endswith("fold")
