"""Running the grammar's patterns near their trigger words, fast.

What grammar.find does, built once per pattern list, with the same matches as
the plain loop (tests/test_temporal_finder.py keeps that loop as the reference):
every pattern is run with finditer over the windows of +-60 characters (to the
next blank) around the tokens of its trigger words, and of all the matches the
longest are kept, then those of the earlier pattern, never two that overlap.
What makes it faster, each without changing a match:

- the trigger tokens are found by two regexes over the lower-cased text, not by
  tokenising all of it in Python; patterns with the same triggers share windows;
- the case-insensitive patterns run as case-sensitive lower-case copies over the
  lower-cased text (under IGNORECASE the engine folds every character it compares
  and cannot skip an alternative on its first letter), compiled with the set of
  characters a match can open with (regextree.compile_fast). The matches kept are
  matched again with the pattern itself, on the text, for their groups in its case;
- a gate, the pattern's least common required part, rules out the windows that
  cannot hold a match (regextree.gate); a window is searched once before finditer;
- a pattern one of whose items is always a whole trigger word is tried only where
  its matches can start, at most its lead before such a word, and read only as far
  past it as a match can look (regextree.trigger_reach; _near).

Without the engine's parser (regextree.AVAILABLE false, on a Python that renamed it)
the last three are skipped: each pattern runs as it is, with the same matches.

Linear in the text: the blank that ends a window is sought only forward from the last
one found, and the overlaps are resolved on a map of the characters already taken.
"""
from __future__ import annotations

import re
from itertools import chain
from typing import NamedTuple

from ...deadline import tick
from ...regexwords import FOLDS_TO_ASCII, LOWERS_TO_ASCII, fast_compile, trie_alternation
from .regextree import compile_fast, gate, lowered_tree, trigger_reach

_LEFT, _RIGHT = 60, 60  # how far a match may reach before / after its trigger token
_SPACE = re.compile(r"\s")  # matches exactly the characters str.isspace() accepts
_TOKENS = fast_compile(r"[A-Za-z]+|\d+")
_DIGITS = re.compile(r"\d\d*")  # \d+, opening with a class: the engine skips to the next digit in a tight loop
_WORD = re.compile(r"[a-z]+")
# the lower-cased text shows ASCII letters where the text has none (LOWERS_TO_ASCII: the
# Kelvin sign, "İ", which also grows); with any of FOLDS_TO_ASCII a text is matched the
# plain way (regexwords)
_ODD_LOWER, _ODD_FOLD = LOWERS_TO_ASCII, FOLDS_TO_ASCII


def _coefs(bound) -> tuple[int | None, int, int]:
    return (None, 0, 0) if bound is None else (bound[0], bound[1] + bound[2], bound[3])


class Match(NamedTuple):
    """A pattern's match as the finder keeps it: its span trimmed of trailing blanks."""
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
        self.ranks_of_group = [tuple(r for r, g in enumerate(self.group_of) if g == k) for k in range(self.n_groups)]
        by_word: dict[str, list[int]] = {}
        for trig, g in groups.items():
            for w in sorted(trig):
                by_word.setdefault(w, []).append(g)
        self.groups_of_word = {w: tuple(gs) for w, gs in by_word.items()}
        # a token is a run of ASCII letters or of digits; only trigger words and numbers matter.
        # A trigger word is sought after the character before it (the engine then skips
        # letters in a tight loop), in the lower-cased text behind one blank.
        words = sorted(w for w in by_word if _WORD.fullmatch(w))
        self.words_rx = re.compile(rf"[^a-z](?P<w>{trie_alternation(words)})(?![a-z])") if words else None
        self.digits = self.groups_of_word.get("#", ())
        trees = [lowered_tree(p.rx) for p in self.patterns]
        self.low = [compile_fast(t) if t is not None else None for t in trees]
        self.gates = [gate(t, p.triggers) if t is not None else None for t, p in zip(trees, self.patterns)]
        reach = [trigger_reach(t, p.triggers) if t is not None else None for t, p in zip(trees, self.patterns)]
        # per pattern: itself, its lower-case copy, its gate, and (lead, reach) as (a, b, c):
        # a + b * the longest blank run + c * the longest digit run, a None when unbounded
        # (a pattern whose matches start on the trigger word itself is tried there only:
        # a gate would cost more than it saves)
        self.plan = [(p, low, None if r is not None and r[0] == (0, 0, 0, 0) else g,
                      None if r is None else (_coefs(r[0]), _coefs(r[1])))
                     for p, low, g, r in zip(self.patterns, self.low, self.gates, reach)]

    def _hits(self, text: str, lt: str, digit_runs: list[tuple[int, int]] | None = None
              ) -> tuple[list[list[tuple[int, int, int, int]]], int | None]:
        """For each trigger group, its trigger tokens in text order, each as (start, end,
        window start, window end); and the longest digit token (None: not looked for).
        `digit_runs`: the text's runs of digits when the caller has them (digits.runs)."""
        gw = self.groups_of_word
        if len(lt) == len(text) and not any(c in text for c in _ODD_LOWER):
            found = []
            if self.words_rx is not None:
                # a match opens on the character before the word: one to the left in " " + lt
                found = [(m.start(), m.end() - 1, m.group("w")) for m in self.words_rx.finditer(" " + lt)]
            if self.digits:
                # (the runs of the text are those of lt: lower() leaves digits, and here the length)
                found += [(a, b, "#") for a, b in digit_runs] if digit_runs is not None else \
                    [(m.start(), m.end(), "#") for m in _DIGITS.finditer(lt)]
                found.sort()
            longest = None
        else:  # the plain way, for the rare text lower() would distort
            found = [(t.start(), t.end(), "#" if t.group()[0].isdigit() else t.group().lower())
                     for t in _TOKENS.finditer(text)]
            longest = 1
        out: list[list[tuple[int, int, int, int]]] = [[] for _ in range(self.n_groups)]
        n = len(text)
        sp_from, sp = n, -1  # the first blank at or after sp_from (n: none)
        for a, b, w in found:
            if w == "#" and (longest is None or b - a > longest):
                longest = b - a
            groups = gw.get(w)
            if not groups:
                continue
            hi = b + _RIGHT  # a window ends at a blank so that a word is never cut
            if hi >= n:
                hi = n
            else:  # tokens come in order: the blank sought only moves forward
                if not sp_from <= hi <= sp:
                    m = _SPACE.search(text, hi)
                    sp_from, sp = hi, (m.start() if m else n)
                hi = sp
            e = (a, b, a - _LEFT if a > _LEFT else 0, hi)
            for g in groups:
                out[g].append(e)
        return out, longest

    def find(self, text: str, digit_runs: list[tuple[int, int]] | None = None) -> list[Match]:
        """The matches in text (`digit_runs`: its runs of digits, digits.runs, when the
        caller has them: not sought again)."""
        n = len(text)
        lt = text.lower()
        folds = len(lt) == n and not any(c in text for c in _ODD_FOLD)
        cands: list[tuple[int, int, int, int, int]] = []
        found: list[tuple[re.Match, int]] = []  # per candidate: the match and its window's end
        runs: tuple[int, int] | None = None
        all_hits, longest_digits = self._hits(text, lt, digit_runs)
        inf = float("inf")
        for g, hits in enumerate(all_hits):
            if not hits:
                continue
            spans = _windows(hits)
            for rank in self.ranks_of_group[g]:
                tick()
                pat, low, gate, reach = self.plan[rank]
                if low is not None and folds:
                    rx, s = low, lt
                else:
                    rx, s, gate, reach = pat.rx, text, None, None
                if reach is not None:
                    if runs is None:
                        runs = _runs(text, longest_digits)
                    (l0, lh, ld), (a0, ah, ad) = reach
                    lead = inf if l0 is None else l0 + lh * runs[0] + ld * runs[1]
                    ahead = inf if a0 is None else a0 + ah * runs[0] + ad * runs[1]
                for lo, hi, i0, i1 in spans:
                    tick()
                    if gate is not None and gate.search(lt, lo, hi) is None:
                        continue
                    if reach is not None:
                        ms = _near(rx, s, lo, hi, hits, i0, i1, lead, ahead)
                    else:  # most windows hold no match: one search says so at less cost than finditer
                        m = rx.search(s, lo, hi)
                        if m is None:
                            continue
                        end = m.end()  # finditer would go on from there (an empty match: let it)
                        ms = chain((m,), rx.finditer(s, end, hi)) if end > m.start() else rx.finditer(s, lo, hi)
                    for m in ms:
                        a, b = m.span()
                        while b > a and text[b - 1].isspace():  # trim blanks optional groups leave
                            b -= 1
                        if b > a:
                            cands.append((a - b, rank, a, b, len(found)))
                            found.append((m, hi))
        cands.sort()  # longest first, then the earlier pattern, then the earlier place (never a tie)
        # the characters kept matches cover: a candidate overlaps one of them iff a marked
        # character lies in its span (a scan in C; a pattern's candidates do not overlap
        # each other, so all the scans together read each character once per pattern)
        taken = bytearray(n)
        out = []
        for _, rank, a, b, k in cands:
            tick()
            if taken.find(1, a, b) < 0:
                taken[a:b] = b"\x01" * (b - a)
                m, hi = found[k]
                pat = self.patterns[rank]
                if m.string is not text:  # found in the lower-cased text: the same match, in the text
                    m = pat.rx.match(text, m.start(), hi)
                out.append(Match(pat.name, a, b, m))
        out.sort(key=lambda mt: mt.start)
        return out


def _windows(hits: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The trigger tokens' windows merged where they touch, each with the range of the
    tokens it holds."""
    out: list[tuple[int, int, int, int]] = []
    for i, (_, _, lo, hi) in enumerate(hits):
        if out and lo <= out[-1][1]:
            last = out[-1]
            out[-1] = (last[0], hi if hi > last[1] else last[1], last[2], i + 1)
        else:
            out.append((lo, hi, i, i + 1))
    return out


# the characters \s matches in a str pattern (those str.isspace() holds), written out: an
# explicit set is tested by a bitmap lookup, \s by a category call per character, and
# this scan reads every character of the text
_BLANKS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
           "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SEP = f"[{re.escape(_BLANKS)}-]"
_SEP_RUN = re.compile(_SEP + _SEP + "+")  # opening with a class: the engine skips to the next blank in a tight loop


def _runs(text: str, longest_digits: int | None) -> tuple[int, int]:
    """The longest run of blanks and hyphens (a run of blanks is one too) and of digits:
    how much an \\s+, [\\s-]+ or \\d+ of a match can take (regextree.Bound)."""
    h = max(map(len, _SEP_RUN.findall(text)), default=1)
    d = longest_digits if longest_digits is not None else max(map(len, _DIGITS.findall(text)), default=1)
    return h, d


def _near(rx: re.Pattern, s: str, lo: int, hi: int, hits, i0: int, i1: int, lead: float,
          ahead: float) -> list[re.Match]:
    """What rx.finditer(s, lo, hi) yields, trying only the places a match can start:
    at most `lead` before a trigger token (every match holds one). Each stretch is
    searched only to `ahead` past its last token, which a real match never reads
    beyond; a match that only the shortened text allows is then not confirmed by
    matching again to the window's end."""
    out: list[re.Match] = []
    pos = lo  # where the previous match ended: finditer goes on from there
    z0 = z1 = e = -1
    for i in range(i0, i1 + 1):
        if i < i1:
            t = hits[i][0]
            t0 = t - lead if t - lead > lo else lo
            te = t + ahead if t + ahead < hi else hi
            if z1 >= 0 and t0 <= e:
                z1, e = t, te
                continue
        if z1 >= 0:
            q = pos if pos > z0 else z0
            while q <= z1:
                tick()
                m = rx.search(s, q, e)
                if m is None:
                    break
                start = m.start()
                if start > z1:
                    break
                if e < hi:
                    m = rx.match(s, start, hi)
                    if m is None:
                        q = start + 1
                        continue
                out.append(m)
                pos = q = m.end()
        if i < i1:
            z0, z1, e = t0, t, te
    return out
