"""A figure being read (_Fig), and what the readers ask about the words beside it:
the word before or after, a hedge just before, a number word's value.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...regexwords import fast_compile
from .lexicon import Grammar


Span = tuple[int, int]
_PREV_WORD_REVERSED = re.compile(r"[\s,]*([\w.’'&-]+)")  # the last word, read backwards
_WORDS = fast_compile(r"[\w’'-]+")
_NEXT_WORD = re.compile(r"\s*([\w’'.-]+)")
_DIGIT_SEPARATORS = re.compile(r"[,\u00a0\u202f ]")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_DASHES_SPACES = fast_compile(r"[\s-]+")
_SPACES = re.compile(r"\s+")
_OF = re.compile(r"\s+of\b")
# The smallest whole number float() cannot hold (it rounds to 2**1024): OverflowError.
_NO_FLOAT = 2 ** 1024 - 2 ** 970


@dataclass
class _Fig:
    start: int
    end: int
    low: float | None
    high: float | None
    hedge: str = "exact"
    unit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    currency: str | None = None
    scale: str | None = None
    raw_value: float | None = None  # before scale
    core_kind: str = "digits"
    suffixed: bool = False  # unit or currency read after the figure


def _prev_word(text: str, i: int) -> str:
    # the same word as re.search(r"([\w.’'&-]+)[\s,]*$", text[i-40:i]) finds, without
    # trying every place of the slice: the pattern reversed, matched at its end
    m = _PREV_WORD_REVERSED.match(text[max(0, i - 40):i][::-1])
    return m.group(1)[::-1] if m else ""


def _prev_words(text: str, i: int, n: int) -> list[str]:
    return _WORDS.findall(text[max(0, i - 12 * n):i])[-n:]


def _next_word(text: str, i: int) -> str:
    m = _NEXT_WORD.match(text[i:i + 40])
    return m.group(1) if m else ""


def _parse_digits(raw: str) -> float:
    return float(_DIGIT_SEPARATORS.sub("", raw))


def _word_value(s: str, g: Grammar) -> float | None:
    """'twenty-three' -> 23, 'one hundred and twenty' -> 120, 'a dozen' -> 12, '7' -> 7."""
    s = s.strip().lower()
    if _DECIMAL.fullmatch(s):
        return float(s)
    toks = [t for t in _DASHES_SPACES.split(s) if t and t != "and"]
    if not toks:
        return None
    if toks[0] in ("a", "an"):
        if len(toks) == 1 or (toks[1] not in g.scales and toks[1] != "dozen"):
            return None
        toks[0] = "one"
    total, cur, seen = 0.0, 0.0, False
    last = None  # (scale, amount) of a scale word just read: a larger one next multiplies it
    for t in toks:
        if t in g.ones:
            cur += g.ones[t]
        elif t in g.tens:
            cur += g.tens[t]
        elif t == "dozen":
            cur = _times(cur, g.dozen)
        elif t == "hundred":
            cur = _times(cur, 100)
        elif t in g.scales:
            if last is not None and not cur and g.scales[t] > last[0]:
                # "one lakh crore" (1e12), "two thousand million" (2e9): a compound scale
                total -= last[1]
                last = (last[0] * g.scales[t], _times(last[1], g.scales[t]))
            else:
                last = (g.scales[t], _times(cur or 1, g.scales[t]))
            total += last[1]
            cur = 0
        else:
            return None
        if t == "hundred" or t not in g.scales:
            last = None
        seen = True
    return total + cur if seen else None


def _times(cur: float | int, k: int) -> float | int:
    """(cur or 1) * k, as _word_value multiplies. A whole number already too big for a
    float is left as it is: it only grows, and turning it into a float raises
    OverflowError all the same, without multiplying a number of thousands of digits once
    per word of "hundred hundred hundred ..." (time growing with the square)."""
    if type(cur) is int and cur >= _NO_FLOAT:
        return cur
    return (cur or 1) * k


def _hedged(text: str, a: int, g: Grammar) -> bool:
    return _hedge_words_before(text[max(0, a - 25):a], g) is not None


def _hedge_words_before(before: str, g: Grammar) -> str | None:
    """What g.re_hedge_before.search(before) matches: a hedge and the blanks after it at
    the end. Every such match ends where the blanks begin, so the leftmost is the longest
    hedge there: the reversed hedges, longest first, matched at the start of the text
    read backwards, find it without trying every place."""
    m = g.re_hedge_before_rev.match(before[::-1])
    return m.group()[::-1] if m else None
