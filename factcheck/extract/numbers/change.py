"""Figures that state a change: the change verb just before a figure ("rose by 5%",
"fell to $3m") and the multiplier words of its sentence ("doubled", "halved",
"twice"), recorded in the claim's extras for the arithmetic checks.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ...model import Claim, Document
from ...regexwords import fast_compile, may_match
from .lexicon import Grammar


_BETWEEN_VERB_AND_FIGURE = frozenset(
    "by to from up down sharply slightly steeply further nearly almost about around some a an "
    "more less than over under at least roughly just another".split())
_VERB_A_ADJECTIVES = fast_compile(r"\b([a-z]+)\s+an?\s+(?:[a-z][a-z-]*\s+){1,3}$")
_A_OR_AN = re.compile(r"\san?\s")  # a part every match of it holds, sought faster
_CLAUSE_PIECE_REVERSED = re.compile(r"[^,;:()—–]*")  # re.split(r"[,;:()—–]", s)[-1], backwards
# findall(r"[\w’'-]+", s)[-3:], backwards: the first three runs of word characters
_LAST_WORDS_REVERSED = re.compile(r"[^\w’'-]*([\w’'-]+)(?:[^\w’'-]*([\w’'-]+))?(?:[^\w’'-]*([\w’'-]+))?")


_POSSESSIVES = frozenset(("its", "their", "his", "her", "our"))


def _change_verb(clause: str, g: Grammar, extra: dict, money: bool = False) -> None:
    """The change verb among the last words of the figure's clause ("rose by", "fell
    to"): its direction in extra["change"], its preposition in extra["change_prep"].
    `money`: the figure is a sum, which "raised" with no preposition collects ("the
    appeal has raised £60.8 million"), not a change ("raised its offer by $2")."""
    # the last piece of the clause and its last three words, read backwards
    r = clause[::-1]
    r = r[:_CLAUSE_PIECE_REVERSED.match(r).end()]
    last = _LAST_WORDS_REVERSED.match(r)
    words = [w[::-1].lower() for w in reversed(last.groups()) if w] if last else []
    for i, w in enumerate(reversed(words)):
        if i and words[-i] not in _BETWEEN_VERB_AND_FIGURE:
            break  # "was raised in a two-day summit": the verb is not about this figure
        if w in g.change:
            at = len(words) - 1 - i
            if at and words[at - 1] in _POSSESSIVES:
                break  # "prices moderated their rise to 87.0% from 140.2%": a noun the verb before
                # it acts on ("slowed its growth to 2%"), its direction not the figures'
            after = words[len(words) - i] if i else None  # the word right after the verb
            prep = next((x for x in (words[-1], after) if x in ("by", "to", "from", "at")), None)
            if money and prep is None and w.startswith("rais"):
                break  # ("has raised £60,800,000": the sum collected, a level)
            extra["change"] = g.change[w]
            if prep is None and words[-1] == "than" and w in ("higher", "lower"):
                prep = "from"  # "C$2.035 billion ..., lower than C$1.250 billion a year ago": the figure before is held against it
            # (the last word before the figure, "fell sharply to"; else the verb's own, "up from a 16 mln")
            if prep:
                extra["change_prep"] = prep
            break
    if "change" not in extra:
        # "rose a real 0.8 pct", "fell a seasonally adjusted 13.2 pct": an article and the
        # figure's adjectives between the verb and the figure
        piece = r[::-1]
        m = _VERB_A_ADJECTIVES.search(piece) if _A_OR_AN.search(piece) else None
        if m and m.group(1).lower() in g.change:
            extra["change"] = g.change[m.group(1).lower()]


def _multipliers(text: str, claims: list[Claim], g: Grammar, doc: Document | None,
                 low: str | None = None) -> None:
    """'doubled', 'halved', 'twice': recorded on the nearest figure in the same sentence
    (the first after the word without one, else the last before it). The figures are
    found by bisection and the ones taken skipped by _Free: a text of many such words
    is not read once per word."""
    if not g.multipliers or not may_match(low, g.multiplier_needles):
        return
    starts = [c.span[0] for c in claims]
    if any(x > y for x, y in zip(starts, starts[1:])):
        return _multipliers_plain(text, claims, g, doc)
    free = _Free(["multiplier" not in c.extra for c in claims])
    for m in g.re_multiplier.finditer(text):
        if _own_base(text, m, g):
            continue
        lo, hi = _sentence_bounds(text, doc, m.start())
        i_lo, i_hi = bisect_left(starts, lo), bisect_left(starts, hi)
        i_m = min(max(bisect_left(starts, m.end()), i_lo), i_hi)
        j = free.first_from(i_m)
        if j >= i_hi:
            j = free.last_to(i_m - 1)
            if j < i_lo:
                continue
        free.take(j)
        claims[j].extra["multiplier"] = g.multipliers[m.group(1).lower()]
        claims[j].extra["multiplier_word"] = m.group(1).lower()


# after "double" or "twice" (no verb): a determiner opens the base it is compared with,
# when no figure follows it ("twice the $13.5 million a year earlier" takes that figure)
_DETERMINER_AFTER = re.compile(r"\s+(?:the|that|those|its|their|his|her|last|this|a|an)\b(?![^,;.]{0,25}?[\d$€£¥])",
                               re.I)
# before "double": a modal, "to" or "did" makes it a verb ("managed to almost double its showing")
_VERB_BEFORE = fast_compile(r"\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not)\s+"
                          r"(?:(?:almost|nearly|more\s+than|[a-z]+ly)\s+)?$", re.I)


def _own_base(text: str, m: re.Match, g: Grammar) -> bool:
    """"more than double the level of a year before", "twice last year's": a multiplier
    that is no verb, before a determiner, compares with its own object, not with a figure
    of its sentence ("doubled its output to 400 from 200": a verb, its object what changed)."""
    word = m.group(1).lower()
    verb = word in g.multiplier_claims and word not in g.multiplier_adverbs
    return not verb and _DETERMINER_AFTER.match(text, m.end()) is not None \
        and not _VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())


def _sentence_bounds(text: str, doc: Document | None, at: int) -> tuple[int, int]:
    if doc is not None and doc.sentences:
        s = doc.sentence_at(at)
        return s.start, s.end
    return 0, len(text)


def _multipliers_plain(text: str, claims: list[Claim], g: Grammar, doc: Document | None) -> None:
    """_multipliers reading the claims in list order (for claims not in text order)."""
    for m in g.re_multiplier.finditer(text):
        if _own_base(text, m, g):
            continue
        lo, hi = _sentence_bounds(text, doc, m.start())
        cands = [c for c in claims if lo <= c.span[0] < hi and "multiplier" not in c.extra]
        if not cands:
            continue
        after = [c for c in cands if c.span[0] >= m.end()]
        best = after[0] if after else cands[-1]
        best.extra["multiplier"] = g.multipliers[m.group(1).lower()]
        best.extra["multiplier_word"] = m.group(1).lower()


class _Free:
    """Indices 0..n-1, some free: the first free one at or after i, the last at or before
    i, each in amortised constant time (taken ones are skipped by path-halving links)."""

    def __init__(self, free: list[bool]):
        n = len(free)
        self.up = [i if f else i + 1 for i, f in enumerate(free)] + [n]  # n: none after
        self.down = [0] + [i + 1 if f else i for i, f in enumerate(free)]  # index i at i + 1; 0: none

    @staticmethod
    def _root(links: list[int], i: int) -> int:
        while links[i] != i:
            links[i] = links[links[i]]
            i = links[i]
        return i

    def first_from(self, i: int) -> int:
        """The first free index >= i (n when none)."""
        return self._root(self.up, i)

    def last_to(self, i: int) -> int:
        """The last free index <= i (-1 when none)."""
        return self._root(self.down, i + 1) - 1

    def take(self, j: int) -> None:
        self.up[j] = j + 1
        self.down[j + 1] = j
