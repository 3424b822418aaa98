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

import _sre  # type: ignore[import-not-found]

from ...regexwords import trie_alternation

_LEFT, _RIGHT = 60, 60  # how far a match may reach before / after its trigger token
_SPACE = re.compile(r"\s")  # matches exactly the characters str.isspace() accepts
_TOKENS = re.compile(r"[A-Za-z]+|\d+")
_DIGITS = re.compile(r"\d\d*")  # \d+, opening with a class: the engine skips to the next digit in a tight loop
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
    p = _lowered_tree(rx)
    return _compile(p) if p is not None else None


def _lowered_tree(rx: re.Pattern):
    if not rx.flags & re.IGNORECASE or rx.flags & (re.LOCALE | re.ASCII) or not isinstance(rx.pattern, str):
        return None
    try:
        p = sre_parse.parse(rx.pattern, rx.flags)
        _lower_seq(p)
    except Exception:  # noqa: BLE001 - a cased character or an unusual construct: keep the pattern
        return None
    p.state.flags &= ~re.IGNORECASE
    return p


def _compile(p) -> re.Pattern:
    """Compile a parsed pattern, telling the engine which characters a match can start
    with when that can be said: the search then skips every other character in a tight
    loop instead of trying the pattern there. (The engine finds such a set by itself
    only when the pattern opens with a plain character class, not behind optional
    groups or a lookahead.)"""
    flags = p.state.flags
    first = _first_items(p.data)
    lo, hi = p.getwidth()
    if first is None or first[1] or not first[0] or lo == 0:
        return sre_compile.compile(p, flags)
    try:
        body = sre_compile._code(p, flags)
        body = body[1 + body[1]:]  # without its own INFO block
        charset, _ = sre_compile._optimize_charset(first[0])
        info = [sre_c.INFO, 0, sre_c.SRE_INFO_CHARSET, min(lo, sre_compile.MAXCODE), min(hi, sre_compile.MAXCODE)]
        sre_compile._compile_charset(charset, flags, info)
        info[1] = len(info) - 1
        indexgroup = [None] * p.state.groups
        for name, i in p.state.groupdict.items():
            indexgroup[i] = name
        return _sre.compile(None, flags, info + body, p.state.groups - 1, p.state.groupdict, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - another engine version: the plain compile
        return sre_compile.compile(p, flags)


def _first_items(seq) -> tuple[list, bool] | None:
    """The class items of every character a match of seq can start with, and whether
    seq can match the empty string; None when that cannot be said."""
    out: list = []
    for op, av in seq:
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op is sre_c.LITERAL:
            out.append((op, av))
            return out, False
        if op is sre_c.IN:
            if any(k not in (sre_c.LITERAL, sre_c.RANGE, sre_c.CATEGORY) for k, _ in av):
                return None
            out.extend(av)
            return out, False
        if op is sre_c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            r = _first_items(av[3])
        elif op is sre_c.ATOMIC_GROUP:
            r = _first_items(av)
        elif op is sre_c.BRANCH:
            items: list = []
            nullable = False
            for alt in av[1]:
                ra = _first_items(alt)
                if ra is None:
                    return None
                items += ra[0]
                nullable = nullable or ra[1]
            r = (items, nullable)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            r = _first_items(av[2])
            if r is not None and av[0] == 0:
                r = (r[0], True)
        else:
            return None
        if r is None:
            return None
        out += r[0]
        if not r[1]:
            return out, False
    return out, True


# how common a character is in English news text, in percent: the cost of a gate that opens with it
_FREQ = dict(zip("etaoinshrdlcumwfgypbvkjxqz", (10, 7.5, 6.5, 6, 5.7, 5.7, 5.3, 4.9, 5, 3.4, 3.3, 2.3, 2.3,
                                                2, 1.9, 1.8, 1.6, 1.6, 1.5, 1.2, .8, .6, .1, .1, .1, .1)))


def _rarity(items) -> float:
    total = 0.0
    for kind, v in items:
        if kind is sre_c.LITERAL:
            ch = chr(v)
            total += _FREQ.get(ch, 17 if ch.isspace() else 0.3 if ch.isdigit() else 0.5)
        elif kind is sre_c.RANGE:
            total += sum(_rarity([(sre_c.LITERAL, c)]) for c in range(v[0], min(v[1], v[0] + 200) + 1))
        elif kind is sre_c.CATEGORY and v is sre_c.CATEGORY_DIGIT:
            total += 3
        else:
            total += 100
    return total


def _gate(p, triggers) -> re.Pattern | None:
    """A cheap necessary condition for a match: the pattern's own items from its least
    common opening on (a year's digits, not the optional "early" before them).
    A window where the gate finds nothing holds no match; most windows are such."""
    data = list(p.data)
    whole = _first_items(data)
    if whole is None or whole[1]:
        return None
    needed = [i for i, item in enumerate(data) if sre_parse.SubPattern(p.state, [item]).getwidth()[0] > 0]
    if not needed:
        return None
    best: tuple[float, list] | None = None
    for j in needed:
        seq = data[j:needed[-1] + 1]
        if _refers_outside(seq):
            continue
        first = _first_items(seq)
        if first is None or first[1]:
            continue
        r = _rarity(first[0])
        if best is None or r < best[0]:
            best = (r, seq)
    # only worth a second scan when it skips far more places than the pattern itself does
    if best is None or best[0] * 4 > _rarity(whole[0]):
        return None
    gate = _compile(sre_parse.SubPattern(p.state, best[1]))
    # every window holds a trigger word: a gate that any of them passes alone tells nothing
    if triggers and all(gate.match("0" if w == "#" else w) for w in triggers):
        return None
    return gate


def _refers_outside(seq) -> bool:
    """Does seq refer back to a group it does not hold?"""
    defined: set[int] = set()
    used: set[int] = set()

    def walk(items) -> None:
        for op, av in items:
            if op is sre_c.SUBPATTERN:
                if av[0] is not None:
                    defined.add(av[0])
                walk(av[3])
            elif op is sre_c.GROUPREF:
                used.add(av)
            elif op is sre_c.GROUPREF_EXISTS:
                used.add(av[0])
                walk(av[1])
                if av[2] is not None:
                    walk(av[2])
            elif op is sre_c.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                walk(av[1])
            elif op is sre_c.ATOMIC_GROUP:
                walk(av)

    walk(seq)
    return not used <= defined


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
        # a token is a run of ASCII letters or of digits; only trigger words and numbers matter.
        # A trigger word is sought after the character before it (the engine then skips
        # letters in a tight loop), in the lower-cased text behind one blank.
        words = sorted(w for w in by_word if _WORD.fullmatch(w))
        self.words_rx = re.compile(rf"[^a-z](?P<w>{trie_alternation(words)})(?![a-z])") if words else None
        self.digits = self.groups_of_word.get("#", ())
        trees = [_lowered_tree(p.rx) for p in self.patterns]
        self.low = [_compile(t) if t is not None else None for t in trees]
        self.gates = [_gate(t, p.triggers) if t is not None else None for t, p in zip(trees, self.patterns)]

    def _hits(self, text: str, lt: str) -> list[list[tuple[int, int]]]:
        """For each trigger group, the spans of its trigger tokens in text order."""
        out: list[list[tuple[int, int]]] = [[] for _ in range(self.n_groups)]
        gw = self.groups_of_word
        if len(lt) == len(text) and not any(c in text for c in _ODD_LOWER):
            found = []
            if self.words_rx is not None:
                # a match opens on the character before the word: one to the left in " " + lt
                found = [(m.start(), m.end() - 1, m.group("w")) for m in self.words_rx.finditer(" " + lt)]
            if self.digits:
                found += [(m.start(), m.end(), "#") for m in _DIGITS.finditer(lt)]
                found.sort()
            for a, b, w in found:
                for g in gw[w]:
                    out[g].append((a, b))
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
            if low is not None and folds:
                rx, s, gate = low, lt, self.gates[rank]
            else:
                rx, s, gate = pat.rx, text, None
            for lo, hi in spans:
                if gate is not None and gate.search(lt, lo, hi) is None:
                    continue
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
