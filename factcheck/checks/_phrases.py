"""Whether a sentence has one of a list of phrases outside a figure's own words, for
every figure of the sentence, from one reading of the sentence.

The plain reading searches `sentence[:a] + " " + sentence[o:]` (the sentence less
the figure's words [a, o)) once per figure: a pass over the whole sentence per figure.
Here the sentence is read once into its words (maximal runs of a-z, in the lower-cased
text) and the phrases it holds; a figure then asks only about the few words next to
its gap:

- a phrase wholly before the gap (ending at or before a) or wholly after it (starting at
  or after o) is one of the sentence's own: the earliest end and the latest start of
  those answer it;
- any other phrase the joined text holds touches the last word before the gap or the
  first after it (cut there, or bounded by the joining blank): it lies among the
  `longest phrase` words on each side, which are checked as the joined text has them.

For phrases of lower-case ASCII words with single blanks between them (what the
packaged lists hold), matched as the pattern `\\b(?:phrase|...)\\b` with any blank run
between words would match them; other lists, and sentences with a character that
lower-cases to two or matches an ASCII letter case-blind, are read the plain way
(`usable` and `Sentence.plain`).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

from ..regexwords import FOLDS_TO_ASCII

_PHRASE = re.compile(r"[a-z]+(?: [a-z]+)*")
_WORD = re.compile(r"[a-z]+")
_NOT_BLANK = re.compile(r"\S+")


def usable(words: tuple) -> bool:
    return _usable(words)


@functools.lru_cache(maxsize=64)
def _usable(words: tuple) -> bool:
    return bool(words) and all(isinstance(w, str) and _PHRASE.fullmatch(w) for w in words)


def _is_word_char(ch: str) -> bool:  # what \b reads as a word character
    return ch.isalnum() or ch == "_"


class Phrases:
    """A list of phrases (see usable()), split into words."""

    def __init__(self, words):
        self.phrases = frozenset(tuple(w.split(" ")) for w in words)
        self.longest = max(map(len, self.phrases))
        self.first = frozenset(p[0] for p in self.phrases)

    def sentence(self, text: str) -> "Sentence":
        return Sentence(self, text)

    def found(self, toks: list[tuple[int, int, bool, bool]], low: str, joined: list[bool]) -> list[tuple[int, int]]:
        """(start, end) of each phrase among the words `toks` ((start, end, free before,
        free after) in `low`), where joined[i] says only blanks lie between word i and i + 1."""
        out = []
        for i, (s, e, free_before, _) in enumerate(toks):
            if not free_before or low[s:e] not in self.first:
                continue
            words: tuple[str, ...] = ()
            for j in range(i, min(len(toks), i + self.longest)):
                if j > i and not joined[j - 1]:
                    break
                words += (low[toks[j][0]:toks[j][1]],)
                if toks[j][3] and words in self.phrases:
                    out.append((s, toks[j][1]))
        return out


class Sentence:
    """One sentence read for a Phrases: has(a, o) is whether the sentence less [a, o)
    (joined by a blank) holds a phrase, as the plain reading finds it."""

    def __init__(self, phrases: Phrases, text: str):
        self.p, self.text = phrases, text
        self.plain = any(ch in text for ch in FOLDS_TO_ASCII)
        if self.plain:
            return
        low = self.low = text.lower()
        n = len(low)
        toks = self.toks = [(m.start(), m.end(),
                             m.start() == 0 or not _is_word_char(low[m.start() - 1]),
                             m.end() == n or not _is_word_char(low[m.end()]))
                            for m in _WORD.finditer(low)]
        self.starts = [t[0] for t in toks]
        self.ends = [t[1] for t in toks]
        solid = [m.span() for m in _NOT_BLANK.finditer(low)]  # the runs of other characters than blanks
        self.solid_starts = [a for a, _ in solid]
        self.solid_ends = [b for _, b in solid]
        self.joined = [self._blank(a[1], b[0]) for a, b in zip(toks, toks[1:])]
        own = phrases.found(toks, low, self.joined)
        self.first_end = min((e for _, e in own), default=n + 1)
        self.last_start = max((s for s, _ in own), default=-1)

    def _blank(self, a: int, b: int) -> bool:
        """Only blanks in low[a:b] (or nothing): the first run of other characters ending
        after a starts at or after b."""
        k = bisect_right(self.solid_ends, a)
        return a >= b or k == len(self.solid_ends) or self.solid_starts[k] >= b

    def has(self, a: int, o: int) -> bool:
        if self.first_end <= a or self.last_start >= o:
            return True
        toks, longest, low = self.toks, self.p.longest, self.low
        # the words before the gap: one running into it is cut at a; the last, ending
        # at a, has the joining blank after it
        k = bisect_right(self.ends, a)
        before = toks[max(0, k - longest):k]
        if k < len(toks) and toks[k][0] < a:
            before = before[1:] if len(before) == longest else list(before)
            before.append((toks[k][0], a, toks[k][2], True))
        elif before and before[-1][1] == a:
            s, e, free, _ = before[-1]
            before = before[:-1] + [(s, e, free, True)]
        # the words after it, likewise: one running out of it is cut at o
        k = bisect_left(self.starts, o)
        after = toks[k:k + longest]
        if k > 0 and toks[k - 1][1] > o:
            after = [(o, toks[k - 1][1], True, toks[k - 1][3])] + after[:longest - 1]
        elif after and after[0][0] == o:
            s, e, _, free = after[0]
            after = [(s, e, True, free)] + after[1:]
        if not before and not after:
            return False
        # the joined text's words around the gap: a blank stands between the two sides
        joined = [self._blank(x[1], y[0]) for x, y in zip(before, before[1:])]
        if before and after:
            joined.append(self._blank(before[-1][1], a) and self._blank(o, after[0][0]))
        joined += [self._blank(x[1], y[0]) for x, y in zip(after, after[1:])]
        words = before + after
        # the words' text: each side from the sentence (the cut ones end or start at the gap)
        return bool(self.p.found(words, low, joined))
