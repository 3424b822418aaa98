"""A figure's measure: the counted noun phrase after it ("six member countries",
"people have been detained" -> "people detained"), or for money and percentages
without one, the nearest category noun before it with its modifiers ("economic damage").
"""
from __future__ import annotations

import re

from ...regexwords import folded, may_match
from .lexicon import _Eligible
from .words import _NAME, _STOP, _WORD, _none_of


_AUX = frozenset("have has had been were was are is being reportedly allegedly so far now "
                 "already also since then later all".split())
_LY_NOUNS = frozenset("family ally rally assembly supply italy july belly bully".split())
_VERBISH = re.compile(r"[a-z]+ed|said|says|posts|made|had|has|lost|paid|pays|will|would|could|may")
_LEAD_OF = re.compile(r"\s*(?:-\s*)?(?:of\s+(?:the\s+)?)?")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ese|is|s)")
_OF_PLACE = re.compile(rf"\s+of\s+(?:the\s+)?{_NAME}")
_NEXT_NOUN = re.compile(r"\s+([a-z][\w-]*)")


def _measure_after(post: str, participles: frozenset[str]) -> str | None:
    m = _LEAD_OF.match(post)
    rest = post[m.end():] if m else post
    if rest[:1] and not rest[:1].isalpha():
        return None
    words: list[str] = []
    pos = 0
    for w in _WORD.finditer(rest):
        gap = rest[pos:w.start()]
        if words and gap.strip():
            break  # punctuation ends the phrase
        token = w.group()
        low = token.lower()
        if token[:1].isupper() and not (not words and _DEMONYM.fullmatch(token)):
            break  # a name ends the phrase; a plural demonym ("Americans") may be it
        if low in _STOP or _adverb(low) or len(words) >= 3 or "'" in low or "’" in low:
            break
        if low.endswith("ed") and (words or not _followed_by_noun(rest[w.end():])):
            if not words and low in participles:
                return low  # "hundreds injured"
            break
        words.append(token if token[:1].isupper() else low)
        pos = w.end()
    if not words:
        return None
    phrase = " ".join(words)
    # "people have been detained" -> "people detained"; "residents of Almaty were evacuated"
    tail = rest[pos:]
    of_place = _OF_PLACE.match(tail)
    if of_place:
        tail = tail[of_place.end():]
    for w in _WORD.finditer(tail):
        low = w.group().lower()
        if low in _AUX:
            continue
        if low in participles:
            phrase += " " + low
        break
    return phrase


def _adverb(low: str) -> bool:
    return low.endswith("ly") and low not in _LY_NOUNS


def _followed_by_noun(rest: str) -> bool:
    m = _NEXT_NOUN.match(rest)
    return bool(m and m.group(1) not in _STOP)


def _measure_before(pre: str, elig: _Eligible, lpre: str | None = None) -> str | None:
    """The nearest category noun before the figure, with up to two modifiers (`lpre`:
    `pre` folded, when the caller has it)."""
    low = (lpre if lpre is not None else folded(pre)) if elig.any_lower is not None else None
    if low is not None and _none_of(low, elig.firsts) or \
            not (elig.any_word.search(pre) if low is None else elig.any_lower.search(low)):
        return None  # no category of this kind names anything here
    best = None
    for cat in elig.cats:
        if low is not None and cat.needles is not None and not may_match(low, cat.needles):
            continue  # none of its words here
        for m in (cat.pattern.finditer(pre) if low is None else cat.lower.finditer(low)):
            if best is None or m.start() > best.start():
                best = m
    if best is None:
        return None
    head = best.group().lower()
    mods = []
    for w in reversed(_WORD.findall(pre[:best.start()])[-2:]):
        low = w.lower()
        if w[:1].isupper() or low in _STOP or _adverb(low) or _VERBISH.fullmatch(low):
            break
        mods.insert(0, low)
    return " ".join(mods + [head])
