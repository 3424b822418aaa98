"""Whether a text reads as English (rules/lexicons/language.yaml). The checks read
English words (frames, hedges, scale words, verbs of change): on a text in another
language they would compare figures whose words they cannot read ("más de 57 millones"
is read as a bare 57), so the pipeline runs none there and says why in a note."""
from __future__ import annotations

import functools
import re

import yaml

from . import packaged

_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")  # whole words ("17un" in a table is none)
_READ = 20_000  # characters: enough words to tell, in linear time on any input


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], dict[str, frozenset[str]], float]:
    p = packaged.folder("rules") / "lexicons" / "language.yaml"
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    english = frozenset(str(w).lower() for w in data.get("english") or [])
    languages = {name: frozenset(str(w).lower() for w in words) - english
                 for name, words in (data.get("languages") or {}).items()}
    return english, languages, float(data.get("least_share", 0.08))


def other_language(text: str) -> str | None:
    """The language the text reads as when that is not English ("Spanish"; "another
    script" for words mostly outside the Latin alphabet), else None."""
    words = [w.lower() for w in _WORD.findall(text, 0, _READ)]
    if len(words) < 30:
        return None  # too few words to tell
    if sum(1 for w in words if not w[0].isascii() and not _latin(w[0])) * 2 > len(words):
        return "another script"
    english, languages, least = _lexicon()
    n_en = sum(1 for w in words if w in english)
    best, hits, kinds = None, 0, 0
    for name, fw in languages.items():
        found = [w for w in words if w in fw]
        if len(found) > hits:
            best, hits, kinds = name, len(found), len(set(found))
    if best is not None and kinds >= 3 and hits >= 2 * n_en and hits >= least * len(words):
        return best  # (three different words at least: not one abbreviation said often)
    return None


def _latin(ch: str) -> bool:
    """A letter of the Latin alphabet with a diacritic ("é", "ã", "ł")."""
    return "\u00c0" <= ch <= "\u024f"


def note(other: str) -> str:
    """The report's note on a text in another language."""
    said = "is mostly in a script other than the Latin alphabet" if other == "another script" \
        else f"reads as {other}"
    return (f"The text {said}, not English: factcheck reads English (its frames, hedges and scale "
            f"words are English words), so no checks were run; the figures are listed as read.")
