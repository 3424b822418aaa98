"""Regex alternations built from word lists, once per list.

Check types read their word lists from params and lexicons on every run; the
alternation made from a list is the same each time, so it is remembered (keyed
by the words, so an edited rule set gets its own). Extractors use them too
(coverage's number words).
"""
from __future__ import annotations

import functools
import re


def alternation(words) -> str:
    """A non-capturing alternation of phrases, longest first, any blank between words;
    a pattern that never matches when there are none."""
    return _alternation(tuple(str(w) for w in words))


@functools.lru_cache(maxsize=1024)
def _alternation(words: tuple[str, ...]) -> str:
    alts = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) + ")" if alts else "(?!)"


_TRIE_WORD = re.compile(r"[a-z.]+(?: [a-z.]+)*")


def trie_alternation(words) -> str:
    """What alternation() matches, as a prefix tree ("jan(?:uary)?" rather than
    "january|jan"), which the regex engine rejects at the first letter instead of
    trying every word. Only for lower-case words of letters and periods with single
    blanks: then two words can match at one place only when one extends the other,
    and the tree, like the longest-first list, tries the longer first. Other lists
    get alternation()."""
    return _trie_alternation(tuple(str(w) for w in words))


@functools.lru_cache(maxsize=256)
def _trie_alternation(words: tuple[str, ...]) -> str:
    if not words or not all(_TRIE_WORD.fullmatch(w) for w in words):
        return _alternation(words)
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return "(?:" + _branch(tree) + ")"


def _branch(node: dict) -> str:
    parts = [(r"\s+" if ch == " " else re.escape(ch)) + _tail(child)
             for ch, child in sorted(node.items()) if ch]
    return "|".join(parts)


def _tail(node: dict) -> str:
    """The pattern after a letter: its continuations, optional when a word ends there."""
    rest = [ch for ch in node if ch]
    if not rest:
        return ""
    body = _branch(node)
    if "" in node:
        return "(?:" + body + ")?"
    return body if len(rest) == 1 else "(?:" + body + ")"


def first_letters(words) -> str | None:
    """The words' first letters ("adfjmnos"), when every word starts with a lower-case
    ASCII letter; else None. In a lookahead class before an alternation of the words
    they let the engine reject most places with one test (under IGNORECASE the class
    matches what the letters themselves match)."""
    firsts = {str(w)[:1] for w in words}
    if not firsts or not all(len(c) == 1 and "a" <= c <= "z" for c in firsts):
        return None
    return "".join(sorted(firsts))
