"""Whose figure it is, read beside the figure in its sentence (the first readings of
subject.py): a name with the figure in brackets after it, the alliance whose members
are counted, the place of a population (link/population.py), a possessive
("TimeWarner's profit"), the company that reports a sum, or "in Almaty" beside it.
Each reading says how it was found (the claim's subject_via). _Seen finds what many
figures ask about (acronyms, reporters) once per document.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

from ...model import Claim, Document
from ...regexwords import fast_compile
from ..link.lexicon import _Frames
from ..link.population import _population_subject
from ..link.words import _MONTHS_DAYS, _NAME, _STOP


_NAME_BRACKET = re.compile(rf"({_NAME})\s*\(\s*(?:[a-z][\w.-]*\s+){{0,2}}$")
_CLOSES_BRACKET = re.compile(r"[^()]*\)")
# r"\(([A-Z]{2,7})\)|\b([A-Z]{3,6})\b" opening with the class of its first characters,
# so that the engine skips to the next bracket or capital in a tight loop; the second
# form's acronym is the whole match
_ACRONYM = re.compile(r"[(A-Z](?:(?<=\()([A-Z]{2,7})\)|(?<=[A-Z])(?<!\w[A-Z])[A-Z]{2,5}\b)")
# (a capital after the "'s" goes on with a name: "the Mongolian People's Party won 1.1 million")
_POSSESSIVE = re.compile(r"([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*)[’']s\s+(?:(?![A-Z])[\w-]+\s+){0,3}$")
_IN_PLACE = re.compile(r"(?:in(?<!\w..)|near(?<!\w....))\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")
_NEXT_LOWER = re.compile(r"\s+([a-z]+)")
_OF_PLACE = re.compile(r"\s+of\s+([A-Z][\w’'-]+(?:\s+(?:(?:de|du|la|es|el|al)\s+)?[A-Z][\w’'-]+)*)")
# the noun a figure counts, then "at" a name: where the things counted are, or whose
# (not a currency written before a figure: "shares valued at Kes.273 million")
_AT = re.compile(rf"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+at\s+(?:the\s+)?({_NAME})\b(?!\.?\s?\d)")
_WORD_BEFORE = fast_compile(r"([A-Za-z]+)\s+$")


class _Seen:
    """What the text holds that many figures ask about, each found once per document:
    the acronyms in it, the reporting company at a sentence's start."""

    def __init__(self, text: str, reporter: re.Pattern):
        self.text = text
        self._reporter = reporter  # frames.yaml subject_verbs: a name before a verb that owns a sum
        # the matches of _ACRONYM.finditer(text), read lazily as far as the figures asked reach
        self._acronyms: tuple[list[int], list[int], list[str]] = ([], [], [])
        self._acronym_scan: Iterator[re.Match] | None = _ACRONYM.finditer(text)
        self._reporters: dict[int, re.Match | None] = {}

    def last_acronym(self, f: int) -> str | None:
        """The acronym of the last match of _ACRONYM.finditer(text[:f]). An attempt at p
        reads text[p-2:p+9] at most, so the matches starting at or before f - 9 are those
        finditer finds in the whole text; the few after are read again up to f. The text is
        read once, in order, only as far as the furthest figure asked about."""
        starts, ends, values = self._acronyms
        while self._acronym_scan is not None and (not starts or starts[-1] <= f - 9):
            m = next(self._acronym_scan, None)
            if m is None:
                self._acronym_scan = None
                break
            starts.append(m.start())
            ends.append(m.end())
            values.append(m.group(1) or m.group())
        k = bisect_right(starts, f - 9)
        last = values[k - 1] if k else None
        for m in _ACRONYM.finditer(self.text, max(f - 8, ends[k - 1] if k else 0, 0), f):
            last = m.group(1) or m.group()
        return last

    def reporter(self, start: int, f: int) -> re.Match | None:
        """The reporter pattern's match on text[start:f], spans counted in the text. Matched once to the
        end of the text, the match is the same unless it reaches past f, or the figure's
        first character and the one before it are both word characters (then a verb's
        closing \\b holds at the end of the cut text and not in the whole)."""
        text = self.text
        if start not in self._reporters:
            self._reporters[start] = self._reporter.match(text, start)
        full = self._reporters[start]
        if (full is None or full.end() <= f) and not (_is_word(text[f - 1:f]) and _is_word(text[f:f + 1])):
            return full
        return self._reporter.match(text, start, f)


def _is_word(ch: str) -> bool:
    """What \\w matches, for one character (False for none)."""
    return ch.isalnum() or ch == "_"


def near_subject(doc: Document, c: Claim, pre: str, post: str, cats, codes, frames: _Frames,
                 seen: _Seen, verbs: frozenset[str] = frozenset(),
                 change_nouns=frozenset(), in_place: re.Pattern | None = None) -> tuple[str | None, str | None]:
    """(subject, how found) from the figure's sentence around it (`pre`/`post`: up to
    READ characters of it each side), or (None, None); `verbs`: the verbs that link a
    subject to its figure ("rose", "was"); `in_place`: frames.yaml's "in"/"near" a place,
    a word of where it lies allowed between ("in nearby Cebu province")."""
    # "Yerevan (more than 1.1 million inhabitants)": a figure in brackets after a name
    m = _NAME_BRACKET.search(pre) if "(" in pre else None
    if m and _CLOSES_BRACKET.match(post) and m.group(1).split()[-1] not in _MONTHS_DAYS \
            and not any(cat.pattern.fullmatch(m.group(1)) for cat in cats):
        return m.group(1), "apposition"  # not "Revenue (€800m)"
    if c.category == "members":
        name = seen.last_acronym(c.span[0])
        return (name, _where(doc, c, name)) if name else (None, None)
    if c.category == "population":
        place = _population_subject(doc, c, pre, post, cats, frames)
        if place is not None:
            return place, _where(doc, c, place)
    m = _POSSESSIVE.search(pre) if "’s" in pre or "'s" in pre else None
    if m and m.group(1) not in _MONTHS_DAYS:
        return m.group(1), "possessive"
    if c.unit in codes:
        # "TimeWarner reported fourth-quarter profit of $1.2bn": the company that reports
        m = seen.reporter(doc.sentence_at(c.span[0]).start, c.span[0])
        if m and m.group(1).split()[0] not in ("The", "A", "An", "In", "On", "At", "But", "And", "It", "They",
                                               "He", "She", "We", "This", "That", "These", "Those"):
            return m.group(1), "sentence"
    in_place = in_place or _IN_PLACE
    after = post[:60]
    near = [m for m in in_place.finditer(after)] + [m for m in in_place.finditer(pre[-50:])]
    for m in near:
        name = m.group(1)
        if m.string is after and m.end(1) == len(after) and post[len(after):len(after) + 1].isalpha():
            continue  # a name the window cut short ("in Februa|ry 1986"): no name
        nxt = _NEXT_LOWER.match(m.string, m.end())
        if change_nouns and _WORD_BEFORE.search(m.string, 0, m.start()) \
                and _WORD_BEFORE.search(m.string, 0, m.start()).group(1).lower() in change_nouns:
            continue  # "a 0.6 pct rise in the PPI": what changes, not where
        if name.split()[-1] in _MONTHS_DAYS or (nxt and nxt.group(1) not in _STOP and nxt.group(1) not in verbs
                                                and not _a_verb(nxt.group(1), cats)
                                                and not any(nxt.group(1) in cat.place_nouns for cat in cats)):
            continue  # "in the Kenya embassy bombing": an adjective, not the place ("in Sindh province",
            # "Measles cases in England rose" are)
        named = _OF_PLACE.match(m.string, nxt.end()) if nxt and \
            any(nxt.group(1) in cat.place_nouns for cat in cats) else None
        return (named.group(1) if named else name), "place"  # "in the Tanzanian capital of Dar es Salaam"
    m = _AT.match(post)
    if m and m.group(1).split()[-1] not in _MONTHS_DAYS:
        return m.group(1), "clause"  # "1,200 workers at the Volvo plant": the figure's noun is of the name
    return None, None


def _a_verb(word: str, cats) -> bool:
    """A word after a name that is an event's verb, not a noun the name qualifies: "2.5
    million people in India die of" ("in the Kenya embassy bombing" has a noun there)."""
    return any(cat.event and cat.pattern.fullmatch(word) for cat in cats)


def _where(doc: Document, c: Claim, name: str) -> str:
    """"sentence" when the name stands in the figure's sentence, else "previous sentence"
    (a population's place or an alliance named before: "Protests spread to Moscow. The
    city of 10m")."""
    s = doc.sentence_at(c.span[0])
    return "sentence" if name in s.text else "previous sentence"
