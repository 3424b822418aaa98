"""Whose people a population figure counts: the lexicon's population frames, a place
noun and its name ("the city of Astana"), the name its sentence gives (dateline, last
name before, first after), or the place the sentence before named.
"""
from __future__ import annotations

import functools
import heapq
import re

from ...regexwords import trie_alternation
from ...model import Claim, Document
from .lexicon import _Frames
from .words import _MONTHS_DAYS, _NAME, _STOP


def _population_frame(pre: str, post: str, frames: _Frames) -> str | None:
    """The place whose whole people the figure counts, by the lexicon's frames ("" when
    the frame names no place, None when no frame fits)."""
    for before, after in frames.population:
        m = after.match(post)  # anchored, so tried first: the search before only when it fits
        if not m:
            continue
        b = before.search(pre) if before is not None else None
        if before is not None and b is None:
            continue
        return m.groupdict().get("place") or (b.groupdict().get("place") if b else None) or ""
    return None


# a name that only places another ("Edson, about 215 kilometres west of Edmonton, has a
# population of more than 8,000"; "a town near Lyon"): the landmark, not the place counted
_LOCATOR = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|"
                      r"off|beyond)\s+(?:the\s+)?$", re.IGNORECASE)


def _sentence_name(pre: str, post: str) -> str | None:
    """The place a population figure's sentence names: the dateline's ("Kano, Nigeria -
    The city's 4.9m residents"), else the last name before the figure ("In 2012,
    Tbilisi had 940,000 inhabitants"), else the first after it ("Home to 15m people,
    Lagos is ...")."""
    def names(s: str) -> list[str]:
        out = []
        for m in re.finditer(_NAME, s):
            words = m.group().split()
            while words and (words[0].lower() in _STOP or words[0] in _MONTHS_DAYS):
                words = words[1:]
            if m.start() == len(s) - len(s.lstrip()) and len(words) == 1 and \
                    re.match(r"\s+(?:to|of|in|with|for|at|from|by|on)\b", s[m.end():]):
                continue  # "Home to 15m people, Lagos is": a capital from the sentence start
            if words and words[-1] not in _MONTHS_DAYS and not _LOCATOR.search(s, 0, m.start()):
                out.append(re.sub(r"[’']s$", "", " ".join(words)))
        return out
    dateline = re.match(rf"\s*({_NAME}),\s+{_NAME}\s+[-–—]\s", pre)
    if dateline:
        return dateline.group(1)
    before = names(pre)
    if before:
        return before[-1]
    after = names(re.split(r"[;:.!?()]", post, maxsplit=1)[0])
    return after[0] if after else None


@functools.lru_cache(maxsize=8)
def _place_noun_patterns(place_nouns: frozenset[str]) -> tuple[re.Pattern, re.Pattern, str]:
    """A place noun and the name after it ("city of Astana"), as rf"\\b(?:{nouns})\\s+
    (?:of\\s+)?(NAME)" finds them, and what to put before the text searched. For nouns of
    plain lower-case letters (none starting with "of", see _last_place_name): the
    character before the noun opens the pattern, so that
    the engine skips the letters inside words in a tight loop (a blank is put before
    the text for a noun at its start), and the nouns are a prefix tree (of two that
    start alike only one can be followed by a blank, so the order is free)."""
    nouns = sorted(place_nouns)
    if nouns and all(re.fullmatch(r"[a-z]+", n) and not n.startswith("of") for n in nouns):
        alt, lead, before = trie_alternation(nouns), r"[^\w]", " "
    else:
        alt, lead, before = "(?:" + "|".join(nouns) + ")", r"\b", ""
    return (re.compile(rf"{lead}{alt}\s+(?:of\s+)?({_NAME})"),
            re.compile(rf"{lead}{alt}\s+(?:of\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"), before)


def _last_place_name(named_rx: re.Pattern, lead: str, place_nouns: frozenset[str], window: str) -> str | None:
    """group(1) of the last match of named_rx.finditer(lead + window), found from the end.

    With a blank before the window (lead), named_rx opens with the character before a
    place noun of plain lower-case letters. The rightmost place where it matches is the
    last match of finditer unless an earlier match covers it, which only a noun right
    after an apostrophe or a hyphen inside a capitalised name could do ("Foo-port Bar"),
    or a noun starting with "of" (not given a lead): then finditer it is."""
    w = lead + window
    if not lead:
        found = None
        for m in named_rx.finditer(w):
            found = m.group(1)
        return found
    # the last place of each noun, tried from the rightmost back
    heap = [(-at, n) for n in place_nouns if (at := w.rfind(n)) > 0]
    heapq.heapify(heap)
    while heap:
        at, noun = heapq.heappop(heap)
        at = -at
        m = named_rx.match(w, at - 1)
        if m:
            if w[at - 1] in "’'-":
                break  # maybe inside an earlier match's name: read from the start
            return m.group(1)
        before = w.rfind(noun, 0, at + len(noun) - 1)
        if before > 0:
            heapq.heappush(heap, (-before, noun))
    else:
        return None
    found = None
    for m in named_rx.finditer(w):
        found = m.group(1)
    return found


_NAME_THE_NOUN_OF = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                               r"(\w+)\s+of\s+$")
_POPULATION_NAMED = (re.compile(rf"\bpopulation\s+of\s+({_NAME})"),
                     re.compile(rf"({_NAME}),?\s+(?:(?:has|had|have|with)\s+(?:a\s+)?)?population\b"))
_POSSESSIVE_END = re.compile(r"[’']s$")


def _population_subject(doc: Document, c: Claim, pre: str, post: str, cats, frames: _Frames) -> str | None:
    """The place whose people a population figure counts (None when the text does not
    say): its frame, "Astana, the capital of", "the population of Durban", a place
    noun and its name, the sentence's name, the last place noun's name before it, or
    the place the sentence before named ("Protests spread to Moscow. The city of 10m")."""
    text = doc.text
    place = _population_frame(pre, post, frames)
    if place:
        return place
    place_nouns = next((cat.place_nouns for cat in cats if cat.place_nouns), frozenset())
    m = _NAME_THE_NOUN_OF.search(pre)
    if m and m.group(2).lower() in place_nouns:
        return m.group(1)
    # "the population of Durban stood at", "Ankara had a population of", "Nairobi, population"
    for pat in _POPULATION_NAMED:
        named = [_POSSESSIVE_END.sub("", x.group(1)) for x in pat.finditer(pre)
                 if x.group(1).split()[0].lower() not in _STOP and not _LOCATOR.search(pre, 0, x.start(1))]
        if named:
            return named[-1]
    here_rx, named_rx, lead = _place_noun_patterns(place_nouns)
    here = here_rx.findall(lead + pre)
    if here:
        return here[-1]  # "The city of Astana in Kazakhstan is home to"
    named = _sentence_name(pre, post)
    if named:
        return named
    found = _last_place_name(named_rx, lead, place_nouns, text[max(0, c.span[0] - 1500):c.span[0]])
    if found:
        return found
    nouns = "|".join(sorted(place_nouns))  # (joined here, for the few figures that get this far)
    if re.search(rf"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+)?(?:{nouns})\b", pre):
        # "Protests spread to Moscow. The city of 10m people": the place just named
        start = doc.sentence_at(c.span[0]).start
        prev = re.split(r"[.!?]\s", text[max(0, start - 300):start].rstrip())[-1]
        places = re.findall(rf"\b(?:in|to|at|from|near)\s+({_NAME})", prev)
        places = [p for p in places if p.split()[-1] not in _MONTHS_DAYS]
        if places:
            return re.sub(r"[’']s$", "", places[-1])
    return None
