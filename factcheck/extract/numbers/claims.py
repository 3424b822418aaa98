"""A read figure as a quantity Claim: its value or interval and hedge, its unit or
currency, "per" ("$55 a share"), brackets, the modality of its clause ("could",
"is expected to"), and the change verb before it (change.py).
"""
from __future__ import annotations

import re

from ...model import Claim
from .change import _change_verb
from .figure import _Fig, _SPACES
from .lexicon import Grammar


_PER = re.compile(r"[\s-]+(?:a|an|per|each)[\s-]+(share|barrel|day|week|month|year|hour|head|person|"
                  r"tonne|ton|litre|liter|gallon|kilo|kilogram|pound|ounce|unit|ticket|night)\b"
                  r"(?![\s-]+(?:ago|earlier|before|later)\b)",  # "a year ago" is a time back
                  re.IGNORECASE)
_TAIL_REVERSED = re.compile(r"(\s+)(?:([\w’'-]+\s+)([\w’'-]+\s+)?)?")


def _claim(text: str, fig: _Fig, g: Grammar) -> Claim:
    unit = fig.currency or fig.unit
    if fig.hedge == "range" or (fig.hedge == "approx" and fig.low != fig.high):
        value = None
    elif fig.hedge == "at_most":
        value = fig.high
    else:
        value = fig.low
    if fig.hedge == "approx" and value is None and fig.low is not None and fig.low == fig.high:
        value = fig.low
    extra = dict(fig.extra)
    if fig.currency and fig.unit and fig.unit != fig.currency:
        extra["per"] = fig.unit
    per = _PER.match(text, fig.end) if fig.currency or fig.unit else None
    if per:
        extra["per"] = per.group(1).lower()  # "$55 a share", "120 tenge a litre"
    before = text[max(0, fig.start - 200):fig.start]
    if before.rfind("(") > before.rfind(")") and ")" in text[fig.end:fig.end + 200].split("\n")[0]:
        extra["in_brackets"] = True
    sent_start = max(before.rfind(". "), before.rfind("\n"))
    clause = before[sent_start + 1:] if sent_start >= 0 else before
    modality = None
    mm = _modality(clause, g)
    if mm:
        modality = g.modality.get(mm) or g.modality.get(_SPACES.sub(" ", mm))
    _change_verb(clause, g, extra, money=bool(fig.currency))
    return Claim(kind="quantity", text=text[fig.start:fig.end], span=(fig.start, fig.end),
                 value=_clean(value), low=_clean(fig.low), high=_clean(fig.high),
                 hedge=fig.hedge, unit=unit, modality=modality, extra=extra)


def _modality(clause: str, g: Grammar) -> str | None:
    """The phrase (group "m") g.re_modality.search(clause) finds: a modality phrase, then
    at most two words, each after blanks, to the end. Read backwards: the blanks and
    words at the end give the at most three places where the phrase can end; at each the
    longest reversed phrase gives the leftmost start. The search finds the leftmost start
    of all, and there the longest phrase."""
    if g.re_modality_rev is None:
        mm = g.re_modality.search(clause)
        return mm.group("m") if mm else None
    r = clause[::-1]
    tail = _TAIL_REVERSED.match(r)
    if not tail:
        return None
    ends = [tail.end(1)]
    for k in (2, 3):
        if tail.group(k):
            ends.append(ends[-1] + len(tail.group(k)))
    best = None
    for o in ends:
        m = g.re_modality_rev.match(r, o)
        if m and (best is None or m.end() > best.end()):  # starts further back (on a tie: the longer)
            best = m
    return best.group()[::-1] if best else None


def _clean(x: float | None) -> float | None:
    if x is None:
        return None
    if type(x) is float and x.is_integer():
        return float(int(x))  # what rounding gives a whole number, without rounding
    r = round(x, 6)
    return float(int(r)) if r.is_integer() else r
