"""'pounds' after a figure: a weight or a sum of sterling, decided from the words around
it as metre vs million is (rules/lexicons/units.yaml pound_context).

In order: what the pounds are "of" ("10 pounds of cocaine" weighs, "5 billion pounds of
assets" is money); a rate after it ("1.36 pounds to the dollar", "200 pounds per
tonne": money); a conversion in brackets into a mass ("1,300 pounds (600 kgs)"); then
the telling word nearest the figure, the word after the unit first ("a 1,850 pound
satellite") then its clause from the figure back ("weighs 150 to 175 pounds", "sold the
car for 5,000 pounds"), then the rest of its clause ("will add 600 mln pounds a year to
its capacity"). With no telling word it stays sterling.
"""
from __future__ import annotations

import re

from ...regexwords import fast_compile
from .lexicon import Grammar

_WORD = re.compile(r"[a-z][a-z’'-]*")
_OF_WORDS = re.compile(r"\s+of\s+(?:[a-z-]+\b\s*){1,3}")
_BRACKET_MASS = re.compile(
    r"\s*\(\s*(?:about\s+|some\s+|nearly\s+)?[\d.,]+\s*(?:mln\s+|million\s+)?"
    r"(kgs?|kilos?|kilograms?|kilogrammes?|tonnes?|tons?|grams?|g|t)\b", re.IGNORECASE)
_NEXT = re.compile(r"[\s-]+([a-z][a-z-]*)")
_CLAUSE_END = fast_compile(r"[.;!?\n]\s|[;\n]")


def weight_meant(text: str, end: int, clause: str, g: Grammar) -> bool:
    """Is the 'pounds' ending at `end` a weight? `clause`: the words before the figure
    back to the start of its clause."""
    after = text[end:end + 60].lower()
    of = _OF_WORDS.match(after)
    if of:
        # up to three words after "of" name what is weighed or owed
        words = _WORD.findall(of.group())[1:]
        return not any(w in g.pound_money for w in words)
    if g.re_pound_money_after.match(after):
        return False
    if _BRACKET_MASS.match(after):
        return True
    nxt = _NEXT.match(after)
    if nxt:
        word = nxt.group(1)
        if word in g.pound_mass:
            return True
        if word in g.pound_money:
            return False
    for w in reversed(_WORD.findall(clause.lower())):
        if w in g.pound_mass:
            return True
        if w in g.pound_money:
            return False
    # none before it: the rest of its clause ("add 600 mln pounds a year to its capacity")
    rest = _CLAUSE_END.split(text[end:end + 100], 1)[0].lower()
    for w in _WORD.findall(rest):
        if w in g.pound_mass:
            return True
        if w in g.pound_money:
            return False
    return False
