"""Arithmetic check type: a change's direction against its from/to figures.

change-direction  "claims fell to 769,233 from 763,987" (went up); "dropped from 4.1% to 4.6%"

The direction is the one the extractor reads for a figure from the change verb or noun
right before it (rules/lexicons/numbers.yaml `change`: "fell to", "rose from", "a
decline to", ", down from"); the from/to pair is read as arithmetic.percent-change
reads it (the same prepositions and frames).
"""
from __future__ import annotations

import bisect
import re

from . import Context, check_type
from ._frames import subjects_differ
from .arithmetic import (PERCENT, _NEW_CLAUSE, _UP_FROM, _ends, _figures_by_sentence, _gap, _iv,
                         _prep, _said, _unit_or_ellipsis)
from ..model import Claim
from ..regexwords import alternation, fast_compile

_REACH = 120  # characters between the two figures of one change at most
# "12.5 billion crowns, or 1.9 billion dlrs": one level twice (a unit the reader left, then ", or")
_OR = re.compile(r"^(?:\s++[a-z]++){0,2}\s*+,\s*+or\s++$", re.I)
# an aside's figure: "after a 1.7 billion dlr charge", "including 300 mln dlrs of ..."
_ADJUNCT = fast_compile(r"\b(?:after|before|including|excluding|besides|plus|with|without)\s++(?:a|an|the|its|their)?\s*+$",
                      re.I)
# "rising to 1.3055/60 to its U.S. counterpart", "1.8220/30 marks": a rate quoted against
# another thing after the figure (read either way), and the tail of a two-way price
_QUOTED_AGAINST = re.compile(r"^(?:/\d++)?\s++(?:to|against|per)\s++(?:the|its|their|a|an|one)\s", re.I)


def _tail(ctx: Context, c: Claim) -> bool:
    """"1.3055/60": the second side of a two-way price, "60", is no level of its own."""
    a = c.span[0]
    return a > 1 and ctx.doc.text[a - 1] == "/" and ctx.doc.text[a - 2].isdigit()


@check_type("change-direction", defaults={"approx": 0.1, "trailing_zeros_are_rounding": True,
                                          "signed_words": [], "max_ratio": 10, "both_ways_message": None})
def change_direction(ctx: Context) -> None:
    """A change verb or noun whose direction the from- and to-figures after it reverse."""
    for claims in _figures_by_sentence(ctx).values():
        for k, c in enumerate(claims):
            word = c.extra.get("change")
            if word not in ("rise", "fall") or c.extra.get("change_prep") not in ("to", "from"):
                continue
            if c.extra["change_prep"] == "to" and k + 1 < len(claims):
                _said_both_ways(ctx, c, word, claims[k + 1])
            pair = _pair(ctx, claims, k)
            if pair and _comparable(ctx, c, *pair):
                _check(ctx, word, *pair)


def _pair(ctx: Context, claims: list[Claim], k: int) -> tuple[Claim, Claim] | None:
    """(from, to) of the change at claims[k]: "fell to X from Y" (the next from-figure),
    "dropped from X to Y" (the next to-figure), "X, down from Y" (the level before),
    "fell from 5 to 3 pct" (one range, its two ends)."""
    c = claims[k]
    if c.hedge == "range":
        return _ends(ctx, c)
    want = "from" if c.extra["change_prep"] == "to" else "to"
    if want == "to" and k and _UP_FROM.match(_gap(ctx, claims[k - 1], c)):
        level = claims[k - 1]  # "156.3 mln dlrs, up from 138.0 mln"
        if k > 1 and _OR.match(_gap(ctx, claims[k - 2], level)):
            level = claims[k - 2]  # "32.7 billion crowns, or 4.8 billion dlrs, up from 30.9 billion"
        if _ADJUNCT.search(ctx.before(level, 20)):
            return None  # "a profit of 139 mln, after a 1.7 billion dlr charge, down from 1.56 billion":
            # the figure of an aside, not the level the change is of
        return (c, level) if not _tail(ctx, level) else None
    for d in claims[k + 1:]:
        gap = _gap(ctx, c, d)
        if len(gap) > _REACH or ";" in gap or _NEW_CLAUSE.search(gap) or d.extra.get("change"):
            return None  # another clause or another change ("while costs rose to ...")
        if _prep(ctx, d) == want and d.hedge != "range" and not _tail(ctx, d):
            return (d, c) if want == "from" else (c, d)
    return None


def _comparable(ctx: Context, c: Claim, frm: Claim, to: Claim) -> bool:
    """The two figures are one quantity at two times, both given as magnitudes: the
    same unit (or one left to the other), frame and subject; no sign carried by a word
    ("to a loss of", "from a surplus of") or by a minus; not a quote in the units of
    the thing that moved ("the yen rose to 150.20 yen from 151.40", its price fell)."""
    if not _unit_or_ellipsis(frm, to) or not _near(ctx, frm, to):
        return False
    if any((x.value if x.value is not None else x.low or 0) < 0 for x in (frm, to)):
        return False
    kf, kt = frm.extra.get("counts_key"), to.extra.get("counts_key")  # (the unit may be left to one)
    if kf and kt and kf != kt or subjects_differ(frm, to):
        return False
    signed = ctx.derived("signed", lambda: _signed_rx(ctx.params.get("signed_words")))
    if any(signed.search(ctx.before(x, 50)) or x.text[:1] in ("-", "\u2212") for x in (frm, to)):
        return False
    return not _quoted_in_itself(ctx, frm, to)


def _near(ctx: Context, frm: Claim, to: Claim) -> bool:
    """Figures within `max_ratio` of each other: a slip of direction is between figures
    of one size; ten times apart, a scale or a separator was read wrong ("to 6,200 from
    9.900", "to 213-1/2 cents per kilo from 207" with its cents left to the first)."""
    a = frm.value if frm.value is not None else frm.low
    b = to.value if to.value is not None else to.low
    r = float(ctx.params.get("max_ratio", 10))
    return bool(a) and b is not None and 1 / r <= abs(b / a) <= r


def _signed_rx(words) -> re.Pattern:
    """"to a loss of", "from a net deficit of": a word that gives the figure its sign,
    between the preposition and the figure."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:to|from)\s++(?:(?:a|an|the|its|their)\s++)?(?:[\w-]++\s++){{0,2}}?"
                      rf"{alternation(words)}(?:\s++of)?\s*+$", re.I)


def _quoted_in_itself(ctx: Context, frm: Claim, to: Claim) -> bool:
    """"the yen rose to 150.20 from 151.40 to the dollar": a currency named before the
    change, and figures with no unit or in that currency, are its price of another
    currency: when it rises they fall. ("The dollar rose to 151.40 yen": a unit of
    another currency, read as it stands.)"""
    if frm.unit is None and to.unit is None and any(_QUOTED_AGAINST.match(ctx.after(x, 40)) for x in (frm, to)):
        return True  # "rising to 1.3055/60 to its U.S. counterpart from 1.3080/85"
    names = ctx.derived("currency_names", lambda: _currency_names(ctx.lexicon("currencies") or {}))
    first = frm if frm.span[0] < to.span[0] else to
    before = ctx.before(first, 80)
    at = first.span[0] - len(before)
    named = {names[1][" ".join(m.group(0).lower().split())] for m in names[0].finditer(before)
             if not _in_amount(ctx, first, at + m.start())}  # (not an amount's unit: "1.25 billion dlrs")
    return bool(named) and (frm.unit is None and to.unit is None or to.unit in named)


def _in_amount(ctx: Context, c: Claim, offset: int) -> bool:
    """Whether `offset` lies inside an amount with a unit of c's sentence (found by
    bisection: a sentence of many changes is not read once per change)."""
    figs = _figures_by_sentence(ctx).get(c.sentence, ())
    starts = ctx.once(("direction.starts", c.sentence), lambda: [f.span[0] for f in figs])
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and figs[k].unit is not None and figs[k].span[0] <= offset < figs[k].span[1]


def _currency_names(lexicon: dict) -> tuple[re.Pattern, dict[str, str]]:
    names = {str(k).lower(): str(v) for k, v in (lexicon.get("names") or {}).items() if str(k)[:1].isalpha()}
    return re.compile(rf"\b{alternation(sorted(names, key=len, reverse=True))}\b", re.I), names


# between a level a change reached and the percentage that glosses that change
_GLOSS = re.compile(r"^[^.;:()\d]{0,40}?,\s*+(?:marking|representing|reflecting|which\s++(?:is|was|marks|represents)"
                    r"|or)?\s*+(?:an?\s++)?$", re.I)


def _said_both_ways(ctx: Context, level: Claim, word: str, p: Claim) -> None:
    """"debt rose to 97.3 billion dollars, marking a 6.4% decrease": the change that
    reached the level is said to be a rise by its verb and a fall by the noun of the
    percentage that glosses it."""
    if p.unit not in PERCENT or not _GLOSS.match(_gap(ctx, level, p)):
        return
    other = {"up": "rise", "down": "fall"}.get((p.aspect or {}).get("direction"))  # (the frame's reading)
    if other in ("rise", "fall") and other != word:
        ctx.fail([level, p], message=ctx.params.get("both_ways_message"), said=word, level=_said(level),
                 change=_said(p), other=other)


def _check(ctx: Context, word: str, frm: Claim, to: Claim) -> None:
    x, y = _iv(ctx, frm), _iv(ctx, to)
    went = "rise" if y[0] > x[1] else "fall" if y[1] < x[0] else None
    if went is None or went == word:
        if went == word:
            detail = f"{frm.text} to {to.text} is a {word}, as stated"
            for c in (frm, to):
                ctx.passed(c, detail)
        return
    ctx.fail([frm, to], said=word, frm=_said(frm), to=_said(to),
             went={"rise": "up", "fall": "down"}[went], percent="points" if frm.unit in PERCENT else "")
