"""The categories of rules/lexicons/categories.yaml compiled once per rule set: each
category's word pattern (and its lower-case form for the folded text), the categories
a money or unitless figure can take with one pattern for any of their words, and the
population and age frames.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...regexwords import (any_word_alternation, fast_compile, first_char_lookahead, first_letters, lowered, needles,
    trie_alternation)
from ...deadline import one_off
from ...rules import LexiconKey
from .words import _NAME


@dataclass(frozen=True)
class _Cat:
    name: str
    pattern: re.Pattern
    money: bool
    units: frozenset[str]
    place_nouns: frozenset[str]
    event: bool = False
    lower: re.Pattern | None = None  # the pattern without IGNORECASE, for lower-cased text
    needles: tuple[str, ...] | None = None  # regexwords.needles of its words
    in_kind: bool = False  # a money category that may be held in kind ("reserves of 978,000 ounces")


@dataclass(frozen=True)
class _Frames:
    """Lexicon patterns for a place's whole people and for an age (categories.yaml)."""
    population: tuple[tuple[re.Pattern | None, re.Pattern], ...]
    age_hedges: frozenset[str]
    age_people: frozenset[str]
    age_counts: frozenset[str]
    people: frozenset[str] = frozenset()  # people_nouns: "a population of stray dogs" is none of these


@functools.lru_cache(maxsize=8)
@one_off
def _lexicon(key: LexiconKey) -> tuple[tuple[_Cat, ...], str, frozenset[str], frozenset[str]]:
    lx = key.ruleset.lexicon("categories") or {}
    cats = []
    participles = set()
    for c in lx.get("categories") or []:
        words = [str(w).lower() for w in c.get("words") or []]
        for w in words:
            if w.endswith("ed") and " " not in w:
                participles.add(w)
        # the words as a prefix tree, after a lookahead of their first letters: the same
        # matches as the longest-first list, found much faster (regexwords); the lookahead
        # goes before the lower-case copy too (without it a search tries the whole tree at
        # every word boundary: 30 us instead of 4 over 400 characters of "1 1 1")
        rx = rf"\b{trie_alternation(words)}(?:s|es|ed|d|ing)?\b" if words else r"(?!)"
        pat = fast_compile(first_char_lookahead(rx, re.IGNORECASE) + rx, re.IGNORECASE)
        cats.append(_Cat(str(c.get("name")), pat, bool(c.get("money")),
                         frozenset(str(u) for u in c.get("units") or []),
                         frozenset(str(p).lower() for p in c.get("place_nouns") or []),
                         bool(c.get("event")), lowered(first_char_lookahead(rx) + rx),
                         needles(words) if words else None, bool(c.get("in_kind"))))
    currencies = key.ruleset.lexicon("currencies") or {}
    codes = set(str(v) for v in (currencies.get("prefixes") or {}).values())
    codes |= set(str(v) for v in (currencies.get("names") or {}).values())
    codes |= set(str(v) for v in currencies.get("codes") or [])
    return tuple(cats), str(lx.get("money_default") or "other"), frozenset(participles), frozenset(codes)


@dataclass(frozen=True)
class _Eligible:
    """The categories a money figure (or any other figure without a unit category) can
    take, in lexicon order, and one pattern that matches where any of theirs does: most
    places name none, and one search tells so."""
    cats: tuple[_Cat, ...]
    any_word: re.Pattern
    place: bool  # some of them have place nouns ("a city of 2 million")
    # any_word and every category's pattern without IGNORECASE, for the lower-cased text
    # (regexwords.folded, lowered): the same matches, found faster; None when one is missing
    any_lower: re.Pattern | None = None
    # the first letters of all their words (regexwords.first_letters): a lower-cased text
    # with none of them holds no match, as a few substring tests tell
    firsts: str | None = None


@functools.lru_cache(maxsize=8)
@one_off
def _eligible(key: LexiconKey) -> dict[bool, _Eligible]:
    lx = key.ruleset.lexicon("categories") or {}
    cats = _lexicon(key)[0]
    # the words of each category, as _lexicon reads them (one category per entry)
    words = [[str(w).lower() for w in c.get("words") or []] for c in lx.get("categories") or []]
    out = {}
    for money in (True, False):
        chosen = [(cat, ws) for cat, ws in zip(cats, words) if not cat.units and cat.money == money]
        every = [w for _, ws in chosen for w in ws]
        rx = rf"\b{any_word_alternation(every)}(?:s|es|ed|d|ing)?\b" if every else r"(?!)"
        any_lower = lowered(first_char_lookahead(rx) + rx)  # the lookahead: see _lexicon
        if any(cat.lower is None for cat, _ in chosen):
            any_lower = None
        out[money] = _Eligible(tuple(cat for cat, _ in chosen),
                               fast_compile(first_char_lookahead(rx, re.IGNORECASE) + rx, re.IGNORECASE),
                               any(cat.place_nouns for cat, _ in chosen), any_lower, first_letters(every))
    return out


@functools.lru_cache(maxsize=8)
@one_off
def _frames(key: LexiconKey) -> _Frames:
    lx = key.ruleset.lexicon("categories") or {}
    pop = []
    for f in lx.get("population_frames") or []:
        try:
            before = re.compile(str(f["before"]).replace("{NAME}", _NAME)) if f.get("before") else None
            pop.append((before, re.compile(str(f["after"]).replace("{NAME}", _NAME))))
        except (re.error, KeyError, TypeError):
            continue  # a broken user pattern is skipped, not fatal
    age = lx.get("age_frame") or {}
    low = lambda k: frozenset(str(w).lower() for w in age.get(k) or [])  # noqa: E731
    return _Frames(tuple(pop), low("hedges"), low("people"), low("counts"),
                   frozenset(str(w).lower() for w in lx.get("people_nouns") or []))
