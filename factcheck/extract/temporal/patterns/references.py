"""Reference words: "now", "currently", "soon", "recently" (PRESENT_REF, FUTURE_REF,
PAST_REF), with the lexicon's conditions for when they are not temporal
("electric current", "as soon as")."""
from __future__ import annotations

import re

from ..context import Context, Resolved, tense
from ..lexicon import alt
from ..registry import pattern


@pattern("ref", r"\b(?P<w>{refs})\b",
         triggers={"{reference_last}"},
         examples={"Prices are now higher.": "PRESENT_REF",
                   "The electric current failed.": None})
def h_ref(m, cx, a, b):
    w = re.sub(r"\s+", " ", m["w"].lower())
    v = cx.lex.lower_map("references").get(w)
    if not v:
        return None
    cond = cx.lex.lower_map("reference_conditions").get(w)
    if cond and not _reference_holds(cx, cond, a, b):
        return None
    return Resolved("date", v, None, cx.pub if cx.dct else None)


def _reference_holds(cx: Context, cond: dict, a: int, b: int) -> bool:
    """'current market conditions' yes, 'electric current' no; 'will soon begin' yes,
    'as soon as', 'was soon released' no (reference_conditions in the lexicon)."""
    before, after = cx.text[max(0, a - 20):a], cx.text[b:b + 20]
    if cond.get("not_after") and re.search(rf"\b(?:{cond['not_after']})\s+$", before, re.I):
        return False
    if cond.get("not_before") and re.match(rf"\s+(?:{cond['not_before']})\b", after, re.I):
        return False
    if cond.get("not_past") and tense(cx, a, b) < 0:
        return False
    titles = cx.lex.get("role_titles") or []
    if cond.get("not_in_role_apposition") and titles and re.search(r",\s*$", before) \
            and re.match(rf"\s+(?:[\w.'’&-]+\s+){{0,3}}?(?:{alt(titles)})\b", cx.text[b:b + 60], re.I):
        return False
    return True
