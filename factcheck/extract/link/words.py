"""The word lists and readings the link steps share: stop words, month and day names,
what a word and a name look like, and the text before a figure read backwards (what
ends just before it, its last clause piece, its last words).
"""
from __future__ import annotations

import re


_STOP = frozenset("""
a an the of in on at to from by for with and or but nor who whom which that as than
was were is are be been being have has had will would could should may might must can
do does did not no so also said says say told according while when where after before
during since until per each every this these those its their his her our your my it they
he she we you them him there here what about over under into onto up down out off
were about across against along among around between through via versus vs reportedly
allegedly apparently already still just now then more less most least some any all both
such other another same own only very too again further once if whether though although
because unless ago near remain remains remained come came go went get got like including
towards toward within without beyond upon throughout despite amid amidst behind beside
besides above below beneath underneath inside outside unlike
""".split())
_MONTHS_DAYS = frozenset("""January February March April May June July August September
October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"


def _none_of(low: str, firsts: str | None) -> bool:
    """True when the lower-cased `low` holds none of the letters `firsts` (False when
    there are none to test): no word starting with one of them can match in it."""
    return firsts is not None and not any(ch in low for ch in firsts)


def _ends(rpre: str, reversed_pattern: re.Pattern) -> re.Match | None:
    """`reversed_pattern` matched at the start of `rpre`, the text before a figure read
    backwards: what a search for the pattern written forwards and ending in $ finds,
    without trying every place."""
    return reversed_pattern.match(rpre)


def _ending(phrases: list[str], before: str = r"\b") -> re.Pattern:
    r"""For _ends: one of `phrases` and the blanks after it, at the end of the text before
    a figure ("aged 30": "aged", "age of"), as a pattern over that text read backwards,
    made from the phrases as they are written (a blank in a phrase stands for a run of
    blanks). `before`: what must come before the phrase, itself read backwards (by
    default a word boundary; r"\s+(\w+)" for the word before, spelled backwards)."""
    alts = "|".join(r"\s+".join(re.escape(w[::-1]) for w in reversed(p.split())) for p in phrases)
    return re.compile(rf"\s+(?:{alts}){before}")


def _last_piece(s: str, rs: str, reversed_piece: re.Pattern) -> str:
    """The last piece of `s` (`rs` backwards) between separators, as re.split(...)[-1]
    gives it."""
    return s[len(s) - reversed_piece.match(rs).end():]


def _words_back(k: int, separators: str, conjunctions: str = "") -> re.Pattern:
    """The last k words (blank-separated, as str.split() reads them) of the last piece
    of a text between `separators` (and after the last of the `conjunctions`, whole
    words, written forwards: "while"), with the blanks after them, read backwards."""
    stop = "|".join(w[::-1] for w in conjunctions.split("|") if w)
    stop = rf"(?!(?:{stop})(?:[\s{separators}]|$))" if stop else ""
    return re.compile(rf"\s*+(?:{stop}[^\s{separators}]++\s*+){{0,{k}}}")


def _words_on(k: int, separators: str, conjunctions: str) -> re.Pattern:
    """The first k words of a text up to a separator or a conjunction between blanks."""
    return re.compile(rf"(?:\s*+(?!(?<=\s)(?:{conjunctions})\s)[^\s{separators}]++){{0,{k}}}")
