"""Whether two figures of one frame that disagree are said of one whole.

News counts parts of a whole all the time: the dead of one island against the national
toll, the cars against all vehicles sold, a campaign's running toll against one raid's.
A smaller figure of the same frame may be such a part (or an earlier count of a toll
that rose) even when nothing in its sentence says which part. agreement.repeated-figure
warns only when the text ties the two to one whole (one_whole, or both sentences naming
the same part: "Domestically, ..." twice); without such a tie the pair is left to the
reader as info.
"""
from __future__ import annotations

import re

from . import Context
from ..extract.frame.period import STATE_AFTER
from ..model import Claim

_DIGIT = re.compile(r"\d")


def said_whole(ctx: Context, c: Claim) -> bool:
    """The figure's clause says it is a whole (param total_words: "In all, 700 homes
    were destroyed", "a total of 19 people", "the death toll rose to 40")."""
    def make() -> "re.Pattern[str]":
        words = "|".join(re.escape(str(w)).replace("\\ ", "\\s+") for w in ctx.params.get("total_words") or [])
        return re.compile(rf"\b(?:{words or '(?!)'})\b", re.I)
    pattern = ctx.derived("repeated.total_words", make)
    return pattern.search(ctx.before(c, 60)) is not None or pattern.search(ctx.after(c, 40).split(",")[0]) is not None


def digit_slip(a: str, b: str) -> bool:
    """Two numerals of at least three digits that differ as a slip of the keys does: in
    one digit ("4,500" and "4,600"), by two neighbouring digits swapped ("819,152" and
    "819,512"), or in scale alone ("2.15 billion" and "215 million")."""
    da, db = "".join(_DIGIT.findall(a)), "".join(_DIGIT.findall(b))
    if len(da) != len(db) or len(da) < 3:
        return False
    diff = [i for i in range(len(da)) if da[i] != db[i]]
    if len(diff) <= 1:
        return True
    i, j = diff[0], diff[-1]
    return len(diff) == 2 and j == i + 1 and da[i] == db[j] and da[j] == db[i]


# after a figure, within its clause: the first phrase of a preposition, cut before the
# next preposition or a word of another clause ("killed in the blast, police said": in
# the blast; "injured 372 people in seven prefectures on Monday": in seven prefectures)
_PHRASE = re.compile(r"^[^.;:,()]{0,50}?\b(in|at|from|during|by|after|for|on|across|among)\s+"
                     r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
_CUT = frozenset("on in at by for from with and or near that which who when where as while but "
                 "said says told police officials".split())


def scope_phrase(ctx: Context, c: Claim) -> str | None:
    """The phrase the figure's clause ties it to, where or in what it holds ("in the
    blast", "for the first wicket", "in seven prefectures"); not a time alone ("on
    Monday", "during the week": figures of one day may be of several events)."""
    m = _PHRASE.match(ctx.after(c, 70))
    if not m:
        return None
    words = []
    for w in m.group(2).split():
        if w.lower() in _CUT:
            break
        words.append(w.lower())
    if not words or words[-1] in _times(ctx):
        return None
    return " ".join([m.group(1).lower(), *words])


def _times(ctx: Context) -> frozenset[str]:
    def make() -> frozenset[str]:
        temporal = ctx.lexicon("temporal") or {}
        words = [*(ctx.params.get("time_nouns") or []), *_names(temporal.get("weekdays")),
                 *_names(temporal.get("months"))]
        return frozenset(str(w).lower() for w in words)
    return ctx.derived("repeated.time_nouns", make)


def _names(entry: object) -> list:
    if isinstance(entry, dict):
        return [*entry.keys(), *(w for v in entry.values() if isinstance(v, list) for w in v)]
    return list(entry or [])


def held(ctx: Context, c: Claim) -> bool:
    """A level the subject holds on a date, said as had ("employs 4,500 people", "has
    45 branches", "its 52 branches"), by a noun of a stock ("its workforce of 6,000") or
    by the state it is in ("215 mln shares outstanding"): an owner's whole stock of the
    thing, of which there is one at a time."""
    if (c.period or {}).get("kind") != "stock":
        return False
    def make() -> tuple["re.Pattern[str]", frozenset[str]]:
        frames = ctx.lexicon("frames") or {}
        verbs = "|".join(re.escape(str(w)) for w in frames.get("having_verbs") or [])
        hedges = "|".join(re.escape(str(w)).replace("\\ ", "\\s+") for w in ctx.params.get("held_hedges") or [])
        pattern = re.compile(rf"(?:\b(?:{verbs or '(?!)'}|its|their|his|her|our)|['’]s)\s+"
                             rf"(?:(?:{hedges or '(?!)'})\s+)?$", re.I)
        return pattern, frozenset(str(w).lower() for w in frames.get("stock_heads") or [])
    pattern, heads = ctx.derived("repeated.held", make)
    return (c.counts_head or "").lower() in heads or pattern.search(ctx.before(c, 40)) is not None \
        or STATE_AFTER.match(ctx.after(c, 60)) is not None


def one_whole(ctx: Context, a: Claim, b: Claim, ia: tuple[float, float], ib: tuple[float, float]) -> bool:
    """The text ties two disagreeing figures of one frame to one whole: a digit slip of
    one another, the smaller said to be a whole ("In all, 700 homes"), both of one named
    instance ("the first wicket"), both tied to one phrase of where or in what they hold
    ("killed in the blast" ... "died in the blast"), or both an owner's stock ("employs
    4,500 people" ... "Its workforce of 6,000")."""
    if digit_slip(a.text, b.text):
        return True
    small = a if ia[1] < ib[0] else b
    if said_whole(ctx, small):
        return True
    ia_, ib_ = a.extra.get("instance"), b.extra.get("instance")
    if ia_ and ia_ == ib_:
        return True  # "41 runs for the first wicket" ... "32 runs for the first wicket"
    pa = scope_phrase(ctx, a)
    if pa is not None and pa == scope_phrase(ctx, b):
        return True
    return held(ctx, a) and held(ctx, b)
