"""The role of a temporal expression in its sentence, from cue words (temporal_roles lexicon)."""
from __future__ import annotations

import functools
import re

from ...regexwords import fast_compile
from .lexicon import Lexicon, alt


@functools.lru_cache(maxsize=8)
def _cues(lex: Lexicon) -> dict[str, tuple[re.Pattern | None, re.Pattern | None]]:
    out = {}
    for role in ("completion", "deadline", "start"):
        spec = lex.roles.get(role) or {}
        before = spec.get("before") or []
        after = spec.get("after") or []
        # a cue, then up to two determiners/adjectives ("by the", "until early"), at the end of
        # the text before: matched from that end, on the reversed text, rather than searched
        # for at every place of it (the same words, each spelled backwards)
        # a cue is a whole word, not the tail of a compound: "year-end on" is no "end on"
        rb = re.compile(rf"\s+(?:{alt([w[::-1] for w in _DETERMINERS])}\s+)?{alt([w[::-1] for w in before])}(?![\w-])",
                        re.I) if before else None
        ra = re.compile(rf"^\s*{alt(after)}\b", re.I) if after else None
        out[role] = (rb, ra)
    # a limit noun as the subject of a copula: "the deadline for bids is July 15"
    nouns = (lex.roles.get("deadline") or {}).get("copula_subjects") or []
    out["copula"] = (fast_compile(rf"\b{alt(nouns)}\b[^.;:,]{{0,40}}?\s(?:is|was|will\s+be|has\s+been)\s+"
                                rf"(?:(?:the|early|late|mid)\s+)?$", re.I) if nouns else None, None)
    return out


_DETERMINERS = ("the", "a", "an", "this", "next", "last", "early", "late", "mid")


_RELATION = re.compile(r"^\s+(ahead of|before|after|earlier than|later than|later|prior to|short of|past)\b", re.I)


def role(lex: Lexicon, kind: str, before: str, after: str) -> str | None:
    """before/after: the sentence text just before and after the expression."""
    cues = _cues(lex)
    back = before[::-1]
    for name in ("completion", "deadline", "start"):
        rb, ra = cues[name]
        if rb is not None and rb.match(back):
            return name
        if ra is not None and ra.search(after):
            return name
        if name == "deadline" and cues["copula"][0] is not None and cues["copula"][0].search(before):
            return name
    if kind in ("date", "time"):
        return "event"
    return None


def relation(after: str) -> str | None:
    """'several days ahead of ...' -> 'before'."""
    m = _RELATION.match(after)
    if not m:
        return None
    w = m.group(1).lower()
    return "before" if w in ("ahead of", "before", "earlier than", "prior to", "short of") else "after"
