"""Running the grammar's patterns near their trigger words, fast.

What grammar.find does, built once per pattern list, with the same matches as
the plain loop (tests/test_temporal_finder.py holds it as the reference):

- the trigger tokens are found by one regex over the lower-cased text instead of
  tokenising the whole text in Python; patterns that share triggers share windows
  and a window's edges are computed once per trigger token;
- the case-insensitive patterns run as case-sensitive lower-case copies over the
  lower-cased text. Under IGNORECASE the engine folds the case of every character
  it compares and cannot skip an alternative on its first letter; without it the
  same matches come about a third faster. Only the matches kept are matched again
  with the pattern itself, on the text, for their groups in the text's own case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from ...regexwords import trie_alternation

_LEFT, _RIGHT = 60, 60  # how far a match may reach before / after its trigger token
_SPACE = re.compile(r"\s")  # matches exactly the characters str.isspace() accepts
_TOKENS = re.compile(r"[A-Za-z]+|\d+")
_WORD = re.compile(r"[a-z]+")
# characters whose lower case is ASCII though they are not: the lower-cased text
# would show letters where the text has none ("K" Kelvin sign, "İ" which also grows)
_ODD_LOWER = ("\u212a", "\u0130")
# ...and those IGNORECASE matches to an ASCII letter though their lower case is another
# character ("ı" to i, "ſ" to s): with any of these a text is matched the plain way
_ODD_FOLD = _ODD_LOWER + ("\u0131", "\u017f")


class _Cased(Exception):
    """A pattern holds a cased non-ASCII character: its lower-case copy might not fold alike."""


def _low_code(code: int) -> int:
    ch = chr(code)
    if ch.isascii():
        return ord(ch.lower())
    if ch.lower() != ch or ch.upper() != ch:
        raise _Cased
    return code


def _lower_items(items) -> list:
    out = []
    for kind, v in items:
        if kind is sre_c.LITERAL:
            out.append((kind, _low_code(v)))
        elif kind is sre_c.RANGE:
            a, b = v
            for c in range(max(a, 128), b + 1):
                _low_code(c)  # a range beyond ASCII must hold no cased character
            out.append((kind, v))
            lo, hi = max(a, ord("A")), min(b, ord("Z"))
            if lo <= hi:
                out.append((kind, (lo + 32, hi + 32)))
        elif kind in (sre_c.CATEGORY, sre_c.NEGATE):
            out.append((kind, v))
        else:
            raise _Cased
    return out


def _lower_seq(seq) -> None:
    data = seq.data if isinstance(seq, sre_parse.SubPattern) else seq
    for i, (op, av) in enumerate(data):
        if op is sre_c.LITERAL or op is sre_c.NOT_LITERAL:
            data[i] = (op, _low_code(av))
        elif op is sre_c.IN:
            data[i] = (op, _lower_items(av))
        elif op is sre_c.BRANCH:
            for alt in av[1]:
                _lower_seq(alt)
        elif op is sre_c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Cased  # local flags
            _lower_seq(av[3])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            _lower_seq(av[2])
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            _lower_seq(av[1])
        elif op is sre_c.ATOMIC_GROUP:
            _lower_seq(av)
        elif op not in (sre_c.AT, sre_c.ANY, sre_c.GROUPREF):
            raise _Cased


def lowered(rx: re.Pattern) -> re.Pattern | None:
    """A case-sensitive copy of a case-insensitive pattern that, run over text.lower(),
    matches where and as the pattern does over the text (for texts without the
    _ODD_FOLD characters); None when there is none to make."""
    if not rx.flags & re.IGNORECASE or rx.flags & (re.LOCALE | re.ASCII) or not isinstance(rx.pattern, str):
        return None
    try:
        p = sre_parse.parse(rx.pattern, rx.flags)
        _lower_seq(p)
        p.state.flags &= ~re.IGNORECASE
        return sre_compile.compile(p, rx.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001 - a cased character or an unusual construct: keep the pattern
        return None


@dataclass(frozen=True)
class Match:
    name: str
    start: int
    end: int
    m: re.Match


class Finder:
    """The patterns of one grammar, with what find needs precomputed."""

    def __init__(self, patterns) -> None:
        self.patterns = list(patterns)
        groups: dict[frozenset[str], int] = {}
        self.group_of = [groups.setdefault(p.triggers, len(groups)) for p in self.patterns]
        self.n_groups = len(groups)
        by_word: dict[str, list[int]] = {}
        for trig, g in groups.items():
            for w in sorted(trig):
                by_word.setdefault(w, []).append(g)
        self.groups_of_word = {w: tuple(gs) for w, gs in by_word.items()}
        # a token is a run of ASCII letters or of digits; only trigger words and numbers matter
        words = sorted(w for w in by_word if _WORD.fullmatch(w))
        word_rx = rf"(?<![a-z])(?P<w>{trie_alternation(words)})(?![a-z])|" if words else ""
        self.hits_rx = re.compile(word_rx + r"\d+")
        self.low = [lowered(p.rx) for p in self.patterns]

    def _hits(self, text: str, lt: str) -> list[list[tuple[int, int]]]:
        """For each trigger group, the spans of its trigger tokens in text order."""
        out: list[list[tuple[int, int]]] = [[] for _ in range(self.n_groups)]
        gw = self.groups_of_word
        if len(lt) == len(text) and not any(c in text for c in _ODD_LOWER):
            digits = gw.get("#", ())
            for m in self.hits_rx.finditer(lt):
                span = m.span()
                for g in (gw[m.group()] if m.lastgroup else digits):
                    out[g].append(span)
            return out
        for t in _TOKENS.finditer(text):  # the plain way, for the rare text lower() would distort
            w = t.group()
            for g in gw.get("#" if w[0].isdigit() else w.lower(), ()):
                out[g].append(t.span())
        return out

    def find(self, text: str) -> list[Match]:
        n = len(text)
        edges: dict[tuple[int, int], tuple[int, int]] = {}
        windows: list[list[tuple[int, int]] | None] = [None] * self.n_groups
        lt = text.lower()
        folds = len(lt) == n and not any(c in text for c in _ODD_FOLD)
        hits = self._hits(text, lt)
        cands: list[tuple[int, int, int, int, int]] = []
        found: list[tuple[re.Match, int]] = []  # per candidate: the match and its window's end
        for rank, pat in enumerate(self.patterns):
            g = self.group_of[rank]
            spans = windows[g]
            if spans is None:
                spans = windows[g] = self._windows(text, n, hits[g], edges)
            if not spans:
                continue
            low = self.low[rank]
            rx, s = (low, lt) if low is not None and folds else (pat.rx, text)
            for lo, hi in spans:
                for m in rx.finditer(s, lo, hi):
                    a, b = m.span()
                    while b > a and text[b - 1].isspace():  # trim blanks optional groups leave
                        b -= 1
                    if b > a:
                        cands.append((a - b, rank, a, b, len(found)))
                        found.append((m, hi))
        cands.sort()  # longest first, then the earlier pattern, then the earlier place (never a tie)
        taken: list[tuple[int, int]] = []
        out = []
        for _, rank, a, b, k in cands:
            for ta, tb in taken:
                if a < tb and ta < b:
                    break
            else:
                taken.append((a, b))
                m, hi = found[k]
                if m.string is not text:  # found in the lower-cased text: the same match, in the text
                    m = self.patterns[rank].rx.match(text, m.start(), hi)
                out.append(Match(self.patterns[rank].name, a, b, m))
        out.sort(key=lambda mt: mt.start)
        return out

    @staticmethod
    def _windows(text: str, n: int, hits: list[tuple[int, int]],
                 edges: dict[tuple[int, int], tuple[int, int]]) -> list[tuple[int, int]]:
        """The stretches around the trigger tokens, merged where they touch; a window
        ends at a blank so that a word is never cut."""
        out: list[tuple[int, int]] = []
        for h in hits:
            e = edges.get(h)
            if e is None:
                a, b = h
                hi = b + _RIGHT
                if hi >= n:
                    hi = n
                else:
                    sp = _SPACE.search(text, hi)
                    hi = sp.start() if sp else n
                e = edges[h] = (a - _LEFT if a > _LEFT else 0, hi)
            lo, hi = e
            if out and lo <= out[-1][1]:
                if hi > out[-1][1]:
                    out[-1] = (out[-1][0], hi)
            else:
                out.append(e)
        return out
