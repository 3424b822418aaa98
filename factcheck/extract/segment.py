"""Split an article into sentences with character offsets.

News text is mostly one paragraph per line; inside a line, a sentence ends at
. ! or ? (optionally followed by a closing quote) before whitespace and a
capital, digit or opening quote, unless the period ends a known abbreviation.
"""
from __future__ import annotations

import functools
import re

import yaml

from .. import packaged
from ..deadline import tick
from ..model import Sentence
from ..regexwords import alternation, fast_compile


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    """rules/lexicons/sentences.yaml: the split comes before any rule pack is chosen."""
    p = packaged.folder("rules") / "lexicons" / "sentences.yaml"
    return yaml.safe_load(p.read_text(encoding="utf-8")) or {}


# words whose period ends no sentence ("Mr. Smith", "Acme Inc. said"), lower-cased
ABBREVIATIONS = frozenset(str(w).lower() for w in _lexicon().get("abbreviations") or [])

# possessive, and never opening inside a run of marks: a run is read once (a failed
# end of "....." used to be retried from each of its marks, each read to the run's end).
# The mark first, then the look behind it: the engine skips to the next mark in C
_END = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*+[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
# possessive blanks: "   ...   x" is not retried with each shorter run of leading blanks
_HEADLINE = re.compile(r"[ \t]*+([^\n]*\S)[ \t]*+\n[ \t]*+\n")
# "... $423 million." (not "U.S."); also after a closing bracket or quote: "... said on Thursday (July 27).";
# a word of any script: "... indique mercredi un communiqué."
_SENTENCE_END = fast_compile(r"\b([^\W_]*[^\W_])[\"'\u201d)]?\.[\"'\u201d)]?$")
_WORD_BEFORE_PERIOD = re.compile(r"\.([\w.]+)")  # matched on the text read backwards
_INITIAL = re.compile(r"[A-Z]")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")  # read backwards: "N.Z" is "Z.N"
_LONGEST_WORD = max(map(len, ABBREVIATIONS))  # no longer word before a period matters
_WORD_CHAR = re.compile(r"[\w.]")


@functools.lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    """A word that opens a sentence, not a name (rules/lexicons/sentences.yaml openers):
    after initials it begins a new sentence."""
    words = _lexicon().get("openers") or []
    return re.compile(rf"\s+[\"'“‘(\[]?{alternation([str(w) for w in words])}\b")


def _whole(text: str, lo: int, last: int, begin: int) -> bool:
    """Whether a word read back to `begin` within the window [lo, ...) is the whole word:
    it stops before the window does, or nothing of a word goes on before it
    ("HelloU.S." is no initials though its last letters are)."""
    return begin > lo or lo == last or not _WORD_CHAR.match(text, lo - 1)


def headline_of(text: str) -> tuple[int, int] | None:
    """The first line is a headline when a blank line follows it, unless it ends in a
    full stop after a word or a figure: a headline has none, so that line is the lead
    paragraph ("QVC Network Inc. said it completed its acquisition of CVN Cos. for about
    $423 million."); nor is a line ending in a colon, which opens what follows."""
    m = _HEADLINE.match(text)
    if not m or m.group(1).rstrip().endswith(":"):
        return None  # ("The key proposals to tackle a £24.7m gap include:": it opens a list)
    end = _SENTENCE_END.search(m.group(1))
    if end and (len(end.group(1)) > 1 or end.group(1).isdigit()) and end.group(1).lower() not in ABBREVIATIONS:
        return None
    return m.start(1), m.end(1)


def split(text: str, headline: tuple[int, int] | None = None) -> tuple[Sentence, ...]:
    # one scan of the whole text for sentence ends; an end whose next sentence would
    # begin on a later line is no end (each line is split on its own)
    ends = [(m.start(), m.end()) for m in _END.finditer(text)]
    k, n_ends = 0, len(ends)
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        tick()
        start, end = line.span()
        inked = start + len(line.group().rstrip())  # the line's end without trailing blanks
        last = start
        pieces = []
        in_headline = headline is not None and start <= headline[0] < end
        while k < n_ends and ends[k][0] < end:
            tick()
            a, e = ends[k]
            k += 1
            if e >= inked:
                continue  # only blanks after it on its line
            if text[a] == ".":
                # the word before the period: re.search(r"([\w.]+)\.$", text[last:a + 1]),
                # read backwards over no more than the longest abbreviation and one more
                lo = max(last, a - _LONGEST_WORD - 1)
                word = _WORD_BEFORE_PERIOD.match(text[lo:a + 1][::-1])
                if word and word.group(1)[::-1].lower() in ABBREVIATIONS:
                    continue
                if word and _INITIAL.fullmatch(word.group(1)):
                    continue  # an initial: "John F. Kennedy"
                if word and _INITIALS.fullmatch(word.group(1)) and _whole(text, lo, last, a - len(word.group(1))) \
                        and (in_headline or not _opener().match(text, e)):
                    continue  # a headline's initials end no sentence: "N.Z. RETAIL SALES FALL 13.2 PCT";
                    # nor a name's: "J.C. Penney Co", "S.G. Warburg", "A.S. Is issuing" (but "in
                    # the N.Z. The bank said": a word that opens sentences)
            pieces.append((last, e))
            last = e
        pieces.append((last, end))
        for a, b in pieces:
            seg = text[a:b]
            if seg.strip():
                spans.append((a + len(seg) - len(seg.lstrip()), b - (len(seg) - len(seg.rstrip()))))
    out = []
    for i, (a, b) in enumerate(spans):
        out.append(Sentence(i, a, b, text[a:b], headline is not None and a == headline[0]))
    return tuple(out)
