"""Count every number in the text and list those that no step accounted for."""
from __future__ import annotations

import re

from ..model import Claim, Coverage, Document, Unparsed

_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|"
    "trillion|dozen|dozens|half|third|thirds|quarter|quarters"
)
NUMBER = re.compile(rf"\d+(?:[.,:]\d+)*|\b(?:{_WORDS})\b", re.IGNORECASE)


def measure(doc: Document, claims: list[Claim], ignored: list[tuple[int, int]]) -> Coverage:
    covered = sorted([c.span for c in claims] + list(ignored))
    seen = parsed = 0
    unparsed = []
    for m in NUMBER.finditer(doc.text):
        if m.group().lower() == "one" and not _numeric_one(doc.text, m.end()):
            continue  # "one of the", "no one": a pronoun, not a number
        seen += 1
        if any(a <= m.start() and m.end() <= b for a, b in covered):
            parsed += 1
        else:
            unparsed.append(Unparsed(m.group(), (m.start(), m.end())))
    return Coverage(seen, parsed, tuple(unparsed))


def _numeric_one(text: str, end: int) -> bool:
    nxt = text[end:end + 12].lower()
    return not re.match(r"\s+(of|another|who|that|which|day|thing)\b|'s|’s", nxt)
