"""How a figure stands: a level, a change (with its direction), a rate (per unit), a
share (of a whole), a part (of a total stated before it), or a target (planned,
forecast or possible)."""
from __future__ import annotations

import re

from ...model import Claim
from .counts import Counts
from .lexicon import Lexicon

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_OF_THE = re.compile(r"^\s+of\s+(?:the|its|their|his|her|a\s+total\s+of)\s+$", re.I)
_PER = re.compile(r"\s*(?:a|an|per|each)\s+[a-z]", re.I)


def aspect_of(c: Claim, pre: str, post: str, counts: Counts, lx: Lexicon, prev: Claim | None) -> dict:
    """`pre`/`post`: the clause before and after the figure; `prev`: the quantity before
    it in the same clause, if any."""
    extra = c.extra
    if extra.get("per") or _PER.match(post):
        return {"kind": "rate", "per": extra.get("per") or _PER.match(post).group().split()[-1]}
    change = extra.get("change") if extra.get("change_prep") not in ("to", "from") else None
    change = change or counts.change
    if change or extra.get("multiplier"):
        return {"kind": "change", "direction": {"rise": "up", "fall": "down"}.get(change or "", None)}
    if _targeted(c, pre, lx):
        return {"kind": "target", "modality": c.modality or "planned"}
    if lx.part_cue.search(pre):
        of = prev
        if of is not None and (of.aspect or {}).get("kind") == "part":
            of = None if of.aspect.get("of") is None else of.aspect["of"]  # "including 119 police and 141 ..."
            return {"kind": "part", "of": of}
        return {"kind": "part", "of": of.id if of is not None else None}
    if c.unit in ("percent", "percentage_point") or extra.get("fraction"):
        return {"kind": "share"}
    return {"kind": "level"}


def _targeted(c: Claim, pre: str, lx: Lexicon) -> bool:
    """A word of intention or forecast in the clause before the figure, or the modality
    the numbers step read ("could total $2-3 billion"); not one after it ("a workforce
    of 6,000 will be cut" is a level today)."""
    if c.modality and c.modality != "estimated":
        return True
    return any(w.group().lower() in lx.targets for w in _WORD.finditer(pre))


def parts_of_wholes(claims: list[Claim], text: str) -> None:
    """"48 of the 72 ships": the first is a part of the second."""
    for a, b in zip(claims, claims[1:]):
        if a.kind == b.kind == "quantity" and a.sentence == b.sentence and \
                _OF_THE.match(text[a.span[1]:b.span[0]]) and (a.aspect or {}).get("kind") in ("level", "share"):
            a.aspect = {"kind": "part", "of": b.id}
