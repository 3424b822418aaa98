"""Count every number in the text and list those that no step accounted for."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..regexwords import fast_compile, folded, trie_alternation
from ..model import Claim, Coverage, Document, Unparsed

_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|"
    "trillion|dozen|dozens|half|third|thirds|quarter|quarters"
)
NUMBER = fast_compile(rf"\d+(?:[.,:]\d+)*|\b{trie_alternation(_WORDS.split('|'))}\b", re.IGNORECASE)
# the same pattern without IGNORECASE, for the lower-cased text (regexwords.folded): the
# same matches, found faster (the engine rejects a place at its first letter)
_NUMBER_LOWER = fast_compile(rf"\d+(?:[.,:]\d+)*|\b{trie_alternation(_WORDS.split('|'))}\b")
WORDS = frozenset(_WORDS.split("|"))
# Document.shared key: numbers.extract leaves here the spans of NUMBER in the text when
# its own scan found them all, so the text is not scanned twice
SCANNED = "coverage.numbers"
_ONE_PRONOUN = re.compile(r"\s+(of|another|who|that|which|day|thing)\b|'s|’s")


def measure(doc: Document, claims: list[Claim], ignored: list[tuple[int, int]]) -> Coverage:
    covered = sorted([c.span for c in claims] + list(ignored))
    starts = [a for a, _ in covered]
    reach = list(accumulate((b for _, b in covered), max))  # the furthest end among spans so far
    seen = parsed = 0
    unparsed = []
    text = doc.text
    for a, b in _numbers(doc):
        if b - a == 3 and text[a:b].lower() == "one" and not _numeric_one(text, b):
            continue  # "one of the", "no one": a pronoun, not a number
        seen += 1
        k = bisect_right(starts, a)  # the spans starting at or before the number
        if k and reach[k - 1] >= b:  # one of them reaches past its end: it covers it
            parsed += 1
        else:
            unparsed.append(Unparsed(text[a:b], (a, b)))
    return Coverage(seen, parsed, tuple(unparsed))


def _numbers(doc: Document):
    """The spans of NUMBER.finditer(doc.text)."""
    text = doc.text
    scanned = doc.shared.get(SCANNED)
    if scanned is not None and scanned[0] is text:
        return scanned[1]
    low = folded(text)
    return [m.span() for m in (_NUMBER_LOWER.finditer(low) if low is not None else NUMBER.finditer(text))]


def _numeric_one(text: str, end: int) -> bool:
    nxt = text[end:end + 12].lower()
    return not _ONE_PRONOUN.match(nxt)
