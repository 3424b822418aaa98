"""Arithmetic check types: figures in one sentence that must compute.

percent-change  "rose 76% to $1.13bn from $639m"; "doubled to 400 from 200"
share           arithmetic_share.py (across sentences: arithmetic_share_after.py)
conversion      arithmetic_conversion.py
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import replace
from typing import Callable

from . import Context, check_type, per_claim
from ..regexwords import alternation, fast_compile, first_char_lookahead, folded, last_match, lowered
from . import _frames
from ._frames import subjects_differ
from ._numeric import INF, fmt, interval, overlaps
from ..model import Claim
from ..extract.frame.counts import singular

PERCENT = ("percent", "percentage_point")


def _q(ctx: Context) -> list[Claim]:
    """The figures (quantities with a value), listed once per check run: read only."""
    return ctx.once("checks.figures", lambda: [c for c in ctx.claims if c.kind == "quantity"
                                               and (c.value is not None or c.low is not None)])


def _figures_by_sentence(ctx: Context) -> dict[int, list[Claim]]:
    """_by_sentence(_q(ctx)), made once per check run: read only."""
    return ctx.once("arithmetic.by_sentence", lambda: _by_sentence(_q(ctx)))


def _by_sentence(claims: list[Claim]) -> dict[int, list[Claim]]:
    out: dict[int, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.sentence, []).append(c)
    for v in out.values():
        v.sort(key=lambda c: c.span[0])
    return out


def _iv(ctx: Context, c: Claim, **kw) -> tuple[float, float]:
    return interval(c, approx=float(ctx.params.get("approx", 0.1)),
                    trailing_zeros=bool(ctx.params.get("trailing_zeros_are_rounding", True)), **kw)


def _said(c: Claim) -> str:
    return f"\u201c{c.text}\u201d"


# ---------------------------------------------------------------- percent change

# "from $639m", "to a record $1.13bn", "from last year's $1.55bn", "to reach RO 2.65 billion": up to three plain words between;
# "on" after a change is its base ("up 6.5 pct on a previous 920,000 tonnes", "37.4 pct up on")
_PREP = fast_compile(r"(?=[ACFOTVacfotv])\b(from|to|compared\s+(?:with|to)|versus|vs\.?|over|against"
                   r"|(?:(?<=pct\s)|(?<=cent\s)|(?<=%\s)|(?<=up\s)|(?<=down\s))on)\s+(?:(?:a|an|the|last|this|next|previous|prior|record|revised|new|all-time|"
                   r"high|low|peak|of|about|around|some|nearly|almost|roughly|just|over|under|estimated|"
                   r"year-earlier|year-ago|restated|original|originally|proposed|initial|initially|planned|expected|total|seasonally|adjusted|annual|annualised|annualized|combined|average|"
                   r"provisional|preliminary|reach|[a-z]+['’]s?)\s+){0,3}$", re.I)
# its lowered copy, for the folded text (regexwords.lowered: the same matches, faster)
_PREP_LOW = lowered(_PREP.pattern.replace("(?=[ACFOTVacfotv])", "(?=[acfotv])"))
_PER = re.compile(r"^\s*(?:a|per|each)\s+(?:share|ton|tonne|barrel|ounce|pound|head|person|day|week|month|year|hour)\b", re.I)


_UP_ON = re.compile(r"\s++(up|down)\s++(?:on|from)\b")


# "to" closing a preposition of cause ("thanks to a £50 subsidy", "due to a $3m charge")
# names what brought a change about, not the level it reached
_CAUSE_TO = fast_compile(r"\b(?:thanks|due|owing)\s+to\s+\S*\s*(?:\S+\s+){0,3}$", re.I)


@per_claim
def _prep(ctx: Context, c: Claim) -> str | None:
    before = ctx.before(c, 40)
    low = folded(before) if _PREP_LOW is not None else None
    m = _PREP.search(before) if low is None else _PREP_LOW.search(low)
    if m and m.group(1).lower() == "to" and _CAUSE_TO.search(before):
        return None
    return ("to" if m.group(1).lower() == "to" else "from") if m else None


def _direction(ctx: Context, p: Claim) -> str | None:
    ch = p.extra.get("change")
    if ch in ("rise", "fall"):
        return ch
    before = ctx.before(p, 40).lower()
    after = ctx.after(p, 30).lower()
    m = _UP_ON.match(after)
    if m:
        return "rise" if m.group(1) == "up" else "fall"  # "37.4 pct up on a previous 2.99 mln"
    for d, word_before, noun_after in ctx.derived("direction", lambda: _direction_patterns(ctx.params)):
        if word_before.search(before):
            return d
        if noun_after.match(after):
            return d
    return None


def _direction_patterns(params: dict) -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    return tuple((d, _led(rf"\b{_alt(params.get(d + '_words') or [])}\s+(?:by\s+)?(?:an?\s+(?:revised\s+|provisional\s+|"
                          rf"preliminary\s+|estimated\s+|seasonally\s+adjusted\s+|adjusted\s+))?"
                          rf"(?:about\s+|some\s+|nearly\s+)?$"),
                  re.compile(rf"^\s+{_alt(params.get(d + '_nouns') or [])}\b"))
                 for d in ("rise", "fall"))


def _led(rx: str, flags: int = 0) -> re.Pattern:
    """A pattern searched through the words before a figure, behind a lookahead of the
    characters its matches start with (the same matches; most places rejected at once)."""
    return fast_compile(first_char_lookahead(rx, flags) + rx, flags)


# The patterns on the text between two figures read each blank run once: a run is
# taken whole (possessive quantifiers; the words around a run begin and end with
# other characters), and the few words before it (at most 40 characters) start at
# its first other character, so a long blank gap costs a pass, not a pass per split
# (tests/test_checks_linear.py checks they match what the plain patterns match).


def _alt(words) -> str:
    return alternation(words)


def _same_unit(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit


def _unit_or_ellipsis(a: Claim, b: Claim) -> bool:
    """The same unit, or one of them states none ("to 6.5 mln tonnes from 7.1 mln")."""
    return a.unit == b.unit or (a.unit is None) != (b.unit is None) and (a.unit or b.unit) not in PERCENT


@check_type("percent-change", defaults={"approx": 0.1, "trailing_zeros_are_rounding": True,
                                        "multiplier_tolerance": 0.15, "rise_words": [], "fall_words": [],
                                        "rise_nouns": [], "fall_nouns": [], "multiplier_message": None,
                                        "amount_message": None, "amount_pair_message": None, "scale_message": None,
                                        "material_points": 0.0,
                                        "other_basis": [], "quoted_values": [],
                                        "apart_sentences": 3})
def percent_change(ctx: Context) -> None:
    """A stated change ("rose 76%", "doubled") against the from- and to-figures given with it."""
    apart: list[tuple[int, Claim, tuple[Claim, Claim, bool] | None]] = []  # (sentence, orphan change or pair)
    for every in _figures_by_sentence(ctx).values():
        claims = _not_converted(ctx, every)
        changes = [c for c in claims if c.unit in PERCENT and _prep(ctx, c) is None
                   and (c.extra.get("change") or _direction(ctx, c))
                   and not c.extra.get("change_prep") in ("to", "from")]
        # the figures whose start lies in [lo, hi], in order (the sentence's are sorted
        # by start): each zone below is read from there, not from the whole sentence
        starts = [c.span[0] for c in claims]

        def starting(lo: int, hi: int) -> list[Claim]:
            return claims[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]

        # a change owns the from/to figures after it ("rose 76% to $1.13bn from $639m");
        # failing that, those just before it ("to $1.13bn from $639m, a 76% rise")
        used: set[int] = set()
        pairs: dict[int, tuple[Claim, Claim, bool]] = {}
        for i, p in enumerate(changes):
            hi = changes[i + 1].span[0] if i + 1 < len(changes) else 1 << 60
            zone = [c for c in starting(p.span[1], hi) if c.span[1] <= hi]
            pair = _pair(ctx, zone)
            if not pair:
                before = _pair_before(ctx, p, [c for c in starting(changes[i - 1].span[1] if i else -1 << 60, hi)
                                               if c is not p and c.span[1] <= hi and id(c) not in used])
                # else a level after the change, then the one it is compared with ("a 73 per cent
                # increase in tourists, receiving 186,000 people ..., compared with 97,000")
                pair = before if before and _joined(ctx, p, before[0], before[1], starting) else \
                    _level_compared(ctx, p, zone) or before
            if pair:
                pairs[i] = pair
                used.update(id(c) for c in pair[:2])
        for i, p in enumerate(changes):
            if i not in pairs:
                lo = changes[i - 1].span[1] if i else -1
                zone = [c for c in starting(lo, p.span[0]) if c.span[1] <= p.span[0] and id(c) not in used]
                pair = _pair(ctx, zone, compared=True)  # (a level compared with another, then its change)
                if pair:
                    pairs[i] = pair
                    used.update(id(c) for c in pair[:2])
        for i, pair in sorted(pairs.items()):
            if _joined(ctx, changes[i], pair[0], pair[1], starting):
                _check_percent(ctx, changes[i], *pair)
        for i, p in enumerate(changes):
            if i not in pairs and (pair := _referred_back(ctx, p, claims, starts) or _pair_before_this(ctx, p, claims)
                                   or _pair_in_brackets(ctx, p, starting)) is not None:
                pairs[i] = pair
                _check_percent(ctx, p, *pair)
        _this_amount(ctx, claims)
        if changes:
            apart.extend((p.sentence, p, None) for i, p in enumerate(changes) if i not in pairs)
        elif (pair := _pair(ctx, levels := [c for c in claims if c.unit not in PERCENT])
                      or _level_from(ctx, levels)) is not None:
            apart.append((pair[1].sentence, None, pair))
        _amounts(ctx, claims)
        _bracketed_amounts(ctx, every)
        _amount_pairs(ctx, claims)
        _amounts_after(ctx, claims, starting)
        _compared(ctx, claims)
        # a multiplier ("doubled") against the one from/to pair of its unit in the
        # sentence: the pair is worked out once per unit, not once per multiplier
        is_change = {id(c) for c in changes}
        by_unit: dict[str | None, tuple[Claim, Claim, bool] | None] = {}
        for k, m in enumerate(claims):
            if m.extra.get("multiplier") and id(m) not in is_change:
                if m.unit not in by_unit:
                    by_unit[m.unit] = _pair(ctx, [c for c in claims if c.unit == m.unit and c.unit not in PERCENT])
                pair = _pair_next(ctx, claims, k) or by_unit[m.unit]
                if pair and m.id in (pair[0].id, pair[1].id):
                    _check_multiplier(ctx, m, *pair)
    _change_apart(ctx, apart)


# after a change: its noun and the level in brackets, then the level compared against in
# brackets after its time ("a 19.9 percent increase in visitor arrivals (8,472) compared to
# the previous month (7,281)")
_IN_BRACKETS_PAIR = re.compile(r"[^.;:()\d]{0,60}?\(\s*+(?P<to>[^()]{1,30}?)\s*+\)\s*+,?\s*+"
                             r"(?:compared\s++(?:to|with)|against|from|versus|vs\.?|over)\s++[^.;:()\d]{0,40}?"
                             r"\(\s*+(?P<frm>[^()]{1,30}?)\s*+\)")


def _pair_in_brackets(ctx: Context, p: Claim, starting: Callable[[int, int], list[Claim]]) -> tuple[Claim, Claim, bool] | None:
    """The levels a change is of, each in brackets after its noun and its time: "a 19.9
    percent increase in visitor arrivals (8,472) compared to the previous month (7,281)":
    from 7,281 to 8,472. Each bracket holds one figure, and nothing else but its words."""
    m = _IN_BRACKETS_PAIR.match(ctx.doc.text, p.span[1], ctx.sentence(p).end)
    if not m:
        return None
    to = [c for c in starting(m.start("to"), m.end("to")) if c.span[1] <= m.end("to")]
    frm = [c for c in starting(m.start("frm"), m.end("frm")) if c.span[1] <= m.end("frm")]
    if len(to) != 1 or len(frm) != 1 or to[0].unit in PERCENT or not _unit_or_ellipsis(frm[0], to[0]) \
            or to[0].hedge == "range" or frm[0].hedge == "range":
        return None
    return frm[0], to[0], True


# a sentence whose subject is the figure the one before ended on: "This total is ...",
# "This represents ..."
_THIS = re.compile(r"\W*(?:(?:this|that|the)\s+(?:total|figure|number|tally|count|sum|amount)\b(?!\s+of\b)"
                   r"|this\s+(?:is|was|represents|represented|marks|marked)\b)", re.I)
_BUT = fast_compile(r"[;]|\b(?:but|while|whereas|although|though)\b", re.I)
_AGAINST = fast_compile(r"\b(?:compared\s+(?:to|with)|from|against|than|over|versus|vs\.?)\s", re.I)


def _heads_differ(a: Claim, b: Claim) -> bool:
    """Both figures name what they count, and not the same ("86,192 cases", "162 deaths")."""
    return bool(a.counts_head and b.counts_head and singular(a.counts_head) != singular(b.counts_head))


def _referred_back(ctx: Context, p: Claim, claims: list[Claim], starts: list[int]) -> tuple[Claim, Claim, bool] | None:
    """A change whose sentence names its to-figure by referring back to the one before
    and gives only what it is compared against: "Malaysia has reported a total of
    102,217 cases. This total is a 16 percent increase compared to the same period last
    year (86,192 cases)": to 102,217 from 86,192, the one figure of the sentence before
    of the from-figure's noun (or, with no noun, its unit). Not sure: a warning."""
    s = ctx.sentence(p)
    if not s.index or not _THIS.match(s.text):
        return None
    k = bisect.bisect_right(starts, p.span[0])
    frm = claims[k] if k < len(claims) else None  # the figure right after the change
    against = last_match(_AGAINST.finditer(ctx.doc.text, p.span[1], frm.span[0])) if frm is not None else None
    if frm is None or frm.unit in PERCENT or frm.hedge == "range" or against is None \
            or _BUT.search(ctx.doc.text, against.end(), frm.span[0]):
        return None  # ("compared to the last meeting, but is well below the 18.5 billion proposed")
    if any(c.unit == frm.unit and not _heads_differ(c, frm) for c in claims[k + 1:]):
        return None  # ("The total domestic consumption dropped by 2.9 percent from August with
        # 1,979 tons from 2,037 tons": the sentence gives its own to-figure, nothing is referred to)
    head = singular(frm.counts_head) if frm.counts_head else None
    if head is None and frm.unit is None:
        return None
    to = ctx.once(("percent-change.referred", s.index - 1, frm.unit, head), lambda: [
        c for c in _figures_by_sentence(ctx).get(s.index - 1, ()) if c.unit == frm.unit and c.hedge != "range"
        and (c.counts_head is not None and singular(c.counts_head) == head if head else True)][:2])  # (once per sentence, unit and noun)
    return (frm, to[0], False) if len(to) == 1 else None


# a sentence that opens by naming the change the one before gave: "This is an increase of
# 7,000 tonnes", "This would be a 9.5 % increase", "That represents a 33% rise"
_THIS_CHANGE = re.compile(r"\W*(?:this|that)\s+(?:is|was|would\s+be|will\s+be|represents|represented|marks|marked"
                          r"|means|meant|amounts\s+to|amounted\s+to)\s+(?:an?\s+)?"
                          r"(?:[a-z]+\s+of\s+)?(?:(?:about|some|nearly|almost|around|roughly|just\s+(?:over|under))\s+)?", re.I)


def _pair_before_this(ctx: Context, c: Claim, claims: list[Claim]) -> tuple[Claim, Claim, bool] | None:
    """The from/to pair of the sentence before, when c's sentence opens "This is a ..."
    with c as its only figure: "Output rose from 228,948 tonnes to 235,000 tonnes. This is
    an increase of 7,000 tonnes" (not sure: a warning)."""
    s = ctx.sentence(c)
    if not s.index or len(claims) != 1 or not _THIS_CHANGE.fullmatch(ctx.doc.text, s.start, c.span[0]):
        return None  # (the change right after the opening: "This was faster than the projected
        # four-percent growth" sets the stated change against another figure, it is not that change)
    before = [x for x in _figures_by_sentence(ctx).get(s.index - 1, ()) if x.unit not in PERCENT]
    pair = _pair(ctx, before, compared=True)
    return (pair[0], pair[1], False) if pair else None


def _this_amount(ctx: Context, claims: list[Claim]) -> None:
    """"... to 235,000 tonnes. This is an increase of 7,000 tonnes": the amount the
    sentence names is the difference of the pair the one before gave."""
    if len(claims) != 1:
        return
    d = claims[0]
    if d.unit in PERCENT or d.hedge == "range" or d.value is None or _frames.aspect(d) != "change":
        return
    direction = _direction(ctx, d)
    pair = _pair_before_this(ctx, d, claims) if direction in ("rise", "fall") else None
    if pair and _unit_or_ellipsis(d, pair[1]) and _plausible(pair[0], pair[1]):
        _judge_difference(ctx, d, pair[0], pair[1], direction, sure=False)


# an amount right after another in brackets: "6.7 billion riyals ($1.8 billion)"
_CONVERTED = re.compile(r"\s*+[(\[]\s*+(?:(?:about|around|roughly|approx\.?|approximately|some|nearly)\s++)?")


def _not_converted(ctx: Context, claims: list[Claim]) -> list[Claim]:
    """The sentence's figures but those that give the figure before them again in another
    unit in brackets ("6.7 billion Qatari riyals ($1.8 billion), up about 7 percent from
    6.25 billion": the change runs riyals to riyals; the dollars are no level of their own),
    also when the first one's unit was not read; and those that gloss it (_glossed)."""
    out = []
    for c in claims:
        if out and c.unit and c.unit != out[-1].unit and c.unit not in PERCENT \
                and out[-1].unit not in PERCENT and _CONVERTED.fullmatch(_gap(ctx, out[-1], c)):
            continue
        if out and _glossed(ctx, out[-1], c):
            continue
        out.append(c)
    return out


_OR_GLOSS = re.compile(r"\s*(?:,\s*)?or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?")  # (linear)


def _glossed(ctx: Context, a: Claim, b: Claim) -> bool:
    """b gives a again in other words, rounded ("17,59,881 or 1.75 million units"): "or"
    between them and the same value within 1% (a truncation or a rounding); the change
    runs between the exact figures."""
    if b.unit != a.unit or a.unit in PERCENT or not a.value or not b.value \
            or not _OR_GLOSS.fullmatch(_gap(ctx, a, b)):
        return False
    return abs(b.value - a.value) <= 0.01 * abs(a.value)


# "14.7 mln bpd, down from a 16 mln bpd average", "115.3 mln, down from last year's 119.2 mln",
# "74.7 mln dlrs, up from earnings of 63.2 mln": a few words may stand between "from" and the figure
_UP_FROM = re.compile(r"^[^.;:\d]{0,80}?,\s*+(?:(?:up|down)\s++from|(?:higher|lower)\s++than)\s++"
                      r"(?:[a-z'\u2019-]++\s++){0,3}?$", re.I)


def _level_from(ctx: Context, zone: list[Claim]) -> tuple[Claim, Claim, bool] | None:
    """"156.3 mln dlrs, up from 138.0 mln": a level and the one from-figure right after it."""
    frm = [c for c in zone if _prep(ctx, c) == "from" or c.extra.get("change_prep") == "from"]
    if len(frm) != 1:
        return None
    k = zone.index(frm[0])
    to = zone[k - 1] if k else None
    if to is None or to.hedge == "range" or frm[0].hedge == "range" or not _unit_or_ellipsis(to, frm[0]) \
            or not _UP_FROM.match(_gap(ctx, to, frm[0])):
        return None
    return frm[0], to, False


def _change_apart(ctx: Context, apart: list) -> None:
    """"Net profit rose 14.6 pct. ... Net profit was 156.3 mln dlrs, up from 138.0 mln": a
    change stated with no figures of its own, and a later sentence (within `apart_sentences`)
    giving a from/to pair with no change of its own, of the same frame (counts, subject,
    a period the to-figure does not contradict). Only a change whose frame is the one
    such change in reach is joined; a misfit is a warning."""
    reach = int(ctx.params.get("apart_sentences", 3))
    apart.sort(key=lambda x: x[0])
    for k, (s, p, pair) in enumerate(apart):
        if pair is None:
            continue
        frm, to, _ = pair
        key = _frames.key(to)
        if key is None or _frames.key(frm) not in (key, None):
            continue
        found = [q for t, q, _ in apart[:k] if q is not None and s - reach <= t < s
                 and (q.extra.get("counts_key") or "") == key.split("|")[0]]
        if len(found) != 1 or found[0].extra.get("counts_key") is None:
            continue
        q = found[0]
        if subjects_differ(q, to) or (to.period or {}).get("claim") \
                and not _frames.periods_compatible(q, to, ctx.doc.published):
            continue
        _check_percent(ctx, q, frm, to, sure=False)


def _pair_next(ctx: Context, claims: list[Claim], k: int) -> tuple[Claim, Claim, bool] | None:
    """"nearly doubled to 15.9 billion from 8.6 billion": a multiplier's figure and the
    one right after it, when they are its to and its from (the sentence may hold other
    pairs of the unit: "rose to 33.95 billion from 19.8 billion, while ...")."""
    m = claims[k]
    if k + 1 >= len(claims) or not re.fullmatch(r"[^,;:.]{0,40}", _gap(ctx, m, claims[k + 1])):
        return None
    return _pair(ctx, [m, claims[k + 1]])


def _change_words(params: dict) -> re.Pattern:
    words = [w for d in ("rise", "fall") for k in ("_words", "_nouns") for w in params.get(d + k) or []]
    return re.compile(rf"\b{_alt(words)}\b", re.I)


_OWN_BASE = re.compile(r"^\s++(?:[a-z]++\s++)?(?:from|over|on|against|compared\s++(?:with|to))\s++"
                       r"(?:the|a|an|its|their|last|year|previous|same)\b", re.I)
_CHANGE_OF = re.compile(r"^\s++[a-z]++\s++(?:in|of)\s++(?:the\s++|its\s++)?([a-z][a-z-]*+(?:\s++[a-z][a-z-]*+)?)", re.I)


# "to 56.3 pct from 53.4 pct as scheduled traffic increased 10.2 pct": a clause of its own
_NEW_CLAUSE = fast_compile(r"\b(?:as|while|whereas|but|and|although|though)\s++(?:the\s++|its\s++|their\s++)?"
                         r"(?!(?:up|down|off|a|an|by|about|some|nearly|of|at|well)\b)[a-z][\w-]*+\s++[a-z]", re.I)
# ("as of March 31", "as at end-June", "as well": a time or an addition, no clause of its own)
# "a profit of 5.31 billion francs compared with 2.82 billion in 1985, said its current profits
# rose by 19 pct": a reported clause with a subject of its own
_REPORTED_CLAUSE = fast_compile(r"\b(?:said|says|added|reported|announced)\s+(?:that\s+)?(?:its|the|their|his|her)\s+"
                              r"[a-z]", re.I)
# "rose 70 pct in February, year-on-year, to 8.14 billion from 5.7 billion in January"
_YEAR_ON_YEAR = fast_compile(r"\byear[- ]on[- ]year\b|\byear[- ]over[- ]year\b", re.I)
_OWN_VERB = re.compile(r"\s*+(?:by\s++)?(?:an?\s++)?(?:(?:about|some|nearly|almost|around|roughly)\s++)?$", re.I)


# after a change, its base said as a time ("on 2017", "from a year earlier", "over the same
# period") and then a level set beside it ("compared with", "against", "versus"): not the
# level it changed from, which the time named
_TIME_BASE_THEN_OTHER = re.compile(
    r"\s*+(?:from|over|on|against|compared\s++(?:with|to))\s++(?:(?:19|20)\d\d\b|(?:a|the)\s++year\s++(?:earlier|ago|before)\b|"
    r"last\s++year\b|the\s++(?:same|previous|prior)\s++(?:period|quarter|month|year|week)\b)[^.;:\d]{0,30}?,\s*+"
    r"(?:compared\s++(?:with|to)|against|versus|vs\.?|while|whereas)\s", re.I)


# a change's direction said again right before its from-figure, after a comma
_SAID_AGAIN = re.compile(r",\s*+(up|down)\s++from\s++$", re.I)


def _other_change(words: re.Pattern, gap: str) -> bool:
    """A change word in the text between a change and a figure, other than the change's
    own ("a 13% increase from ...", "..., up 21 pct")."""
    found = list(words.finditer(gap))
    if found and not gap[:found[0].start()].strip():
        found = found[1:]  # its noun, right after it
    if found and _OWN_VERB.fullmatch(gap, found[-1].end()):
        found = found[:-1]  # its verb, right before it
    return bool(found)


_PEOPLE = frozenset(("people", "persons", "individuals"))
# between a change and the level it reached, in a clause of its own: a participle or "with"
# (", receiving 186,000 people", ", with 2,012,148 contracts changing hands"); not a new
# item of a list (", American Honda 7,447 compared with 5,031")
_LEVEL_CLAUSE = re.compile(r"[^.;:\d]{0,80}?,\s*+(?:[a-z]+ing|with)\s++(?:[a-z'’-]+\s++){0,3}$")


def _level_compared(ctx: Context, p: Claim, zone: list[Claim]) -> tuple[Claim, Claim, bool] | None:
    """The level a change reached, in a participle or "with" clause after it, and the figure
    it is compared with: "saw a 73 per cent increase in foreign tourists, receiving 186,000
    people by the end of May, compared with 97,000" (not sure: a warning)."""
    pair = _pair(ctx, zone, compared=True)
    return pair if pair and _LEVEL_CLAUSE.fullmatch(_gap(ctx, p, pair[1])) else None


def _joined(ctx: Context, p: Claim, frm: Claim, to: Claim, starting: Callable[[int, int], list[Claim]]) -> bool:
    """Whether a stated change is of the from/to figures found for it: no other change
    word stands between them ("sales fell to 2.40 billion from 2.52 billion, but interest
    expense rose 30 pct" is two changes), no other figure stands between a pair and a
    change after it ("to 46.9p from 38.7p, and the dividend 17.0p, a 41.6 pct increase"),
    a change after its pair that names its own base is of that ("up 27 pct from the
    previous record"), and a change "in X" is of X, not of another noun. `starting(lo, hi)`:
    the sentence's figures that start in [lo, hi]."""
    words = ctx.derived("change_words", lambda: _change_words(ctx.params))
    first, last = (frm, to) if frm.span[0] < to.span[0] else (to, frm)
    if p.span[0] > last.span[0]:
        gap = _gap(ctx, last, p)
        if _other_change(words, gap) or _OWN_BASE.match(ctx.after(p, 40)) or subjects_differ(p, last) \
                or _NEW_CLAUSE.search(gap) or _REPORTED_CLAUSE.search(gap):
            return False  # "sales fell to X from Y, while interest expense showed a 30 pct drop"
        if any(c.span[1] <= p.span[0] and c.unit not in PERCENT for c in starting(last.span[1], p.span[0])):
            return False
    else:
        near = first if p.span[0] < first.span[0] else last
        gap = _gap(ctx, p, near)
        said_again = _SAID_AGAIN.search(gap)
        if said_again and ("rise" if said_again.group(1).lower() == "up" else "fall") == _direction(ctx, p):
            gap = gap[:said_again.start()]  # "a 7.4% increase, up from 215,228 to 231,721": its direction again
        if _other_change(words, gap) or _YEAR_ON_YEAR.search(gap):
            return False
        if near.span[0] > p.span[0] and _TIME_BASE_THEN_OTHER.match(gap):
            return False  # "97.1% of boys' entries, down 0.2 points on 2017, compared with 98% of
            # girls' entries": the change names its base, a time; the level after it is another group's
        if any(c.span[1] <= near.span[0] for c in starting(p.span[1], near.span[0])):
            return False  # "790, down 6.2 pct, Honda 7,447 compared with 5,031": the pair of another figure
    m = _CHANGE_OF.match(ctx.after(p, 50))
    head = (to.counts_head or frm.counts_head or "").lower()
    if m and words.match(m.group(0).split()[0]):
        said = m.group(1).lower()
        if head and head not in said and said.split()[-1].rstrip("s") not in head \
                and not (head in _PEOPLE and said.split()[-1] in ctx.people_nouns()):
            return False  # "a 30 pct drop in interest expense" is not the sales figures' change
            # (but "an increase in foreign tourists, receiving 186,000 people": people of a kind)
        if not head and first.span[0] < p.span[0]:
            return False  # "a rise in profit to X from Y and a 5 pct increase in its dividend"
    if _other_basis(ctx, p) or _other_time(ctx, p, frm, to):
        return False
    return True


def _basis_pattern(params: dict) -> re.Pattern:
    words = _alt(params.get("other_basis") or [])
    return re.compile(rf"^\s*+,?\s*+(?:on\s++an?\s++(?:[\w-]++\s++)?{words}\s++basis"
                      rf"|in\s++{words}\s++(?:terms|currency|currencies)"
                      rf"|at\s++{words}\s++(?:prices|rates|exchange\s++rates|currency|currencies))\b", re.I)


def _other_basis(ctx: Context, p: Claim) -> bool:
    """"rose 5 pct on a comparable-store basis to X from Y", "3 pct in real terms": the
    change is of another measure than the levels stated with it (stores open a year,
    prices held), so they cannot check it."""
    return bool(ctx.derived("other_basis", lambda: _basis_pattern(ctx.params)).match(ctx.after(p, 60)))


def _claims_by_id(ctx: Context) -> dict[str, Claim]:
    return ctx.once("checks.by_id", lambda: {c.id: c for c in ctx.claims})


def _other_time(ctx: Context, p: Claim, frm: Claim, to: Claim) -> bool:
    """"which fell from 58 pct in 1982 to 13.6 pct in 1985, rose by 20.2 pct in 1986": a
    change that names its own time next to it is over that time, and a to-figure that
    held before that time is not where it went. (A to-figure whose time is its
    from-figure's too, "to 39,080 from 26,358 in the same period last year", has none
    of its own.)"""
    pp, tp = p.period or {}, to.period or {}
    if not pp.get("claim") or not tp.get("claim") or pp["claim"] == tp["claim"] \
            or tp["claim"] == (frm.period or {}).get("claim") or not pp.get("start") or not tp.get("start"):
        return False
    t = _claims_by_id(ctx).get(pp["claim"])
    if t is None or not (p.span[1] <= t.span[0] <= p.span[1] + 20 or p.span[0] - 20 <= t.span[1] <= p.span[0]):
        return False  # (a time of the clause, not the change's own)
    return (tp.get("end") or tp["start"])[:10] < pp["start"][:10]


def _ends(ctx: Context, c: Claim) -> tuple[Claim, Claim] | None:
    """"from 200 to 900 tonnes", read as one range by the extractor: its two ends as
    a from-figure and a to-figure (same id, each with its own text for rounding)."""
    if c.hedge != "range" or c.low is None or c.high is None:
        return None
    if not re.search(r"\bfrom\s+(?:about\s+|some\s+|around\s+)?$", ctx.before(c, 30), re.I):
        return None
    parts = re.split(r"\s+to\s+", c.text, maxsplit=1)
    if len(parts) != 2:
        return None
    lo = replace(c, text=parts[0], value=c.low, low=c.low, high=c.low, hedge="exact", checks=c.checks)
    hi = replace(c, text=parts[1], value=c.high, low=c.high, high=c.high, hedge="exact", checks=c.checks)
    return lo, hi


_BRACKETED = fast_compile(r"\s*\([^()]{0,40}\)")  # ("11.7 billion Shekels (USD 3.2 billion) compared to")
# between a level and the one it is compared with ("11.7 billion compared to 5.4 billion")
_COMPARED_WITH = re.compile(r"[^.;:\d]{0,60}?\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+"
                            r"(?:[a-z'’-]+\s+){0,3}", re.I)


def _pair(ctx: Context, zone: list[Claim], compared: bool = False) -> tuple[Claim, Claim, bool] | None:
    """The one from-figure and the one to-figure of a zone, in the same unit; with more,
    the first two figures if they are a from and a to next to each other (then not
    sure: a finding on it is a warning)."""
    ranges = [c for c in zone if c.hedge == "range"]
    zone = [c for c in zone if c.hedge != "range"]
    frm = [c for c in zone if _prep(ctx, c) == "from" or c.extra.get("change_prep") == "from"]
    in_frm = {id(c) for c in frm}  # (a set: a zone may hold thousands of figures)
    to = [c for c in zone if (_prep(ctx, c) == "to" or c.extra.get("change_prep") == "to") and id(c) not in in_frm]
    sure = True
    if (len(frm) > 1 or len(to) > 1) and len(zone) >= 2:
        first, second = sorted(zone, key=lambda c: c.span[0])[:2]
        if {id(first), id(second)} <= in_frm | {id(c) for c in to} and (id(first) in in_frm) != (id(second) in in_frm):
            frm, to = ([first], [second]) if id(first) in in_frm else ([second], [first])
            sure = False
    if not frm and not to:
        ends = [e for c in ranges if (e := _ends(ctx, c))]
        if len(ends) == 1:
            return ends[0][0], ends[0][1], True
    if compared and len(frm) == 1 and not to:
        # "11.7 billion Shekels compared to 5.4 billion Shekels": the level compared with it
        # is the one it changed to (a warning: nothing says "to")
        before = [c for c in zone if c.span[1] <= frm[0].span[0] and c.unit not in PERCENT and c.hedge != "range"]
        if before and _COMPARED_WITH.fullmatch(_BRACKETED.sub("", _gap(ctx, before[-1], frm[0]))) \
                and _unit_or_ellipsis(before[-1], frm[0]):
            return frm[0], before[-1], False
    if len(frm) != 1 or len(to) != 1 or not _unit_or_ellipsis(frm[0], to[0]):
        return None
    if frm[0].hedge == "range" or to[0].hedge == "range":
        return None
    return frm[0], to[0], sure


# "sales of $538.5m, up 39% from": the change set off by a comma after its to-figure
# (its noun may take "of": "Rs2,122 billion, an increase of 17.6 percent from"); not
# one that opens another item ("2.9 pct, and a 1.6 pct rise ... compared with 1.5 pct")
_APPOSED = re.compile(r"^(?:[^.;:]|\.(?=\s*\d)){0,80}?,\s*(?!(?:and|but|or|while|whereas|nor)\b)(?:\S+\s+){0,2}"
                      r"(?:of\s+)?$", re.I)


def _pair_before(ctx: Context, p: Claim, zone: list[Claim]) -> tuple[Claim, Claim, bool] | None:
    """"sales of $538.5m, up 39% from $388.5m": one from-figure after the change, and
    the to-figure is the last figure of that unit before it (not a per-share one)."""
    frm = [c for c in zone if c.span[0] > p.span[0] and _prep(ctx, c) == "from"]
    if len(frm) != 1 or any(_prep(ctx, c) == "to" for c in zone if c.span[0] > p.span[0]):
        return None
    before = [c for c in zone if c.span[1] <= p.span[0] and _unit_or_ellipsis(c, frm[0])
              and not _PER.match(ctx.after(c, 20)) and c.hedge != "range"]
    if not before or frm[0].hedge == "range":
        return None
    to = before[-1]
    if not _APPOSED.match(ctx.between(to, p)) or _whole(to) and _whole(to) != _whole(frm[0]) \
            or _frames.aspect(to) == "change":
        return None  # ("an increase of 61,326 tourists, a 29.7 percent increase, compared to the
        # 206,181": the size of the change said two ways, no level)
    return frm[0], to, False


def _whole(c: Claim) -> str | None:
    """The named whole a share is of ("about 70% of the economy"): a figure that is a share
    of one whole is no level of another thing's change ("Spending, which is about 70% of
    the economy, rose 1.6%, compared with 1.9%")."""
    a = c.aspect or {}
    return (a.get("whole") or "").lower() or None if a.get("kind") == "share" else None


def _ratio(x: tuple[float, float], y: tuple[float, float]) -> tuple[float, float] | None:
    """Possible y/x for x, y in the intervals (x positive)."""
    if x[0] <= 0 or y[0] < 0 or not all(map(math.isfinite, (*x, *y))):
        return None
    return y[0] / x[1], y[1] / x[0]


def _plausible(frm: Claim, to: Claim) -> bool:
    """"from 2 to 3 million": a scale word on one figure only gives absurd ratios; leave them."""
    a = frm.value if frm.value is not None else frm.low
    b = to.value if to.value is not None else to.low
    return bool(a) and b is not None and 1e-3 <= abs(b / a) <= 1e3


def _check_percent(ctx: Context, p: Claim, frm: Claim, to: Claim, sure: bool = True,
                   direction: str | None = None) -> None:
    direction = direction or _direction(ctx, p)
    if _scale_slip(ctx, p, frm, to, direction) or not _plausible(frm, to):
        return
    x, y = _iv(ctx, frm), _iv(ctx, to)
    sign = -1 if direction == "fall" else 1
    stated = _stated(ctx, p)
    stated = (sign * stated[0], sign * stated[1]) if sign > 0 else (-stated[1], -stated[0])
    if direction is None:
        stated = (-stated[1], stated[1])  # magnitude only
    computed = []
    r = _ratio(x, y)
    if p.unit == "percent" and r:
        computed.append(("change", ((r[0] - 1) * 100, (r[1] - 1) * 100)))
    if frm.unit == "percent":  # rates: a change in points ("rose 2% to 7% from 5%") is read both ways
        computed.append(("difference", (y[0] - x[1], y[1] - x[0])))
    inverse = p.unit == "percent" and (frm.unit is None and to.unit is None and _quoted(ctx, p)
                                       or _rate_in_currency(frm, to))
    r_inv = _ratio(y, x) if inverse else None
    if r_inv:  # a currency's value quoted in the other's units ("the yen rose 0.8 pct to 153.50")
        computed.append(("change of the reciprocal", ((r_inv[0] - 1) * 100, (r_inv[1] - 1) * 100)))
    if not computed:
        return
    exact = {"change": (to.value / frm.value - 1) * 100 if frm.value else None,
             "difference": (to.value or 0) - (frm.value or 0),
             "change of the reciprocal": (frm.value / to.value - 1) * 100 if to.value and frm.value else None}
    slack = float(ctx.params.get("material_points", 0.0))  # a miss of a hundredth of a point is no error
    said = None if p.value is None or direction is None else sign * p.value
    for kind, iv in computed:
        if overlaps(stated, iv) or said is not None and exact[kind] is not None and abs(said - exact[kind]) <= slack:
            detail = (f"from {frm.text} to {to.text} is a {kind} of {fmt(exact[kind])}"
                      f"{' points' if kind == 'difference' else '%'}, as stated ({p.text})")
            for c in (p, frm, to):
                ctx.passed(c, detail)
            return
    if direction is not None and _cut(p, exact[computed[0][0]], sign):
        detail = f"from {frm.text} to {to.text} is a change of {fmt(exact[computed[0][0]])}%, {p.text} cut at its last digit"
        for c in (p, frm, to):
            ctx.passed(c, detail)
        return
    kind, iv = computed[0]
    ctx.fail([p, frm, to], severity=None if sure else "warning", stated=_said(p), direction={"rise": "rise", "fall": "fall"}.get(direction, "change"),
             frm=_said(frm), to=_said(to), computed=f"{fmt(exact[kind])}%" if exact[kind] is not None else "?",
             **_bounds(iv))


def _scale_slip(ctx: Context, p: Claim, frm: Claim, to: Claim, direction: str | None) -> bool:
    """A percentage change between two figures a thousandfold or more apart, in different
    scales (one with no scale word, or "m" against "bn"), that fits once the smaller takes
    the other's scale ("down 33.77 percent to 1.170 bales against 1.767 million bales":
    1.170 million is -33.8%): a scale word lost or wrong. Not a range's first figure
    ("from 2 to 3 million"), whose scale word the second carries for both."""
    if p.unit != "percent" or not frm.value or not to.value or p.hedge == "range" \
            or frm.extra.get("scale") == to.extra.get("scale"):
        return False
    bare, scaled = (frm, to) if abs(frm.value) < abs(to.value) else (to, frm)
    power = round(math.log10(abs(scaled.value / bare.value)) / 3) * 3
    if power < 3 or not bare.extra.get("scale") and not _own_noun(ctx, bare, scaled):
        return False
    k = 10.0 ** power
    lo, hi = _iv(ctx, bare)
    x, y = ((lo * k, hi * k), _iv(ctx, to)) if bare is frm else (_iv(ctx, frm), (lo * k, hi * k))
    r = _ratio(x, y)
    stated = _stated(ctx, p)
    if direction == "fall":
        stated = (-stated[1], -stated[0])
    if r is None or direction is None or not overlaps(stated, ((r[0] - 1) * 100, (r[1] - 1) * 100)):
        return False
    ctx.fail([p, frm, to], message=ctx.params.get("scale_message"), stated=_said(p), bare=_said(bare),
             scaled=_said(scaled), fixed=fmt(bare.value * k))
    return True


_WORD_AFTER = fast_compile(r"\s*([A-Za-z]+)")
_LAST_WORD = fast_compile(r"([A-Za-z]+)\W*$")


def _own_noun(ctx: Context, bare: Claim, scaled: Claim) -> bool:
    """The bare figure is written whole, with the noun or unit word the scaled one has
    after its scale word ("1.170 bales ... 1.767 million bales", "300 dlrs from 500 mln
    dlrs"); not a figure whose scale word the other carries for both ("from 2 to 3
    million", "to 5.5 from 5 mln dlrs")."""
    m = _LAST_WORD.search(bare.text) or _WORD_AFTER.match(ctx.after(bare, 20))
    if not m:
        return False
    word = m.group(1).lower()
    theirs = [w.lower() for w in _WORD_AFTER.findall(ctx.after(scaled, 40))[:3]]
    last = _LAST_WORD.search(scaled.text)
    if last:
        theirs.append(last.group(1).lower())
    return word in theirs and word not in ("to", "and", "or", "from", "against")


def _stated(ctx: Context, p: Claim) -> tuple[float, float]:
    """The stated change's interval: a hedge before "by" is its own ("cut nearly by
    half" is "cut by nearly half")."""
    if p.hedge == "exact" and ctx.derived("hedge_by", lambda: _hedge_by(ctx)).search(ctx.before(p, 30)):
        p = replace(p, hedge="approx")
    return _iv(ctx, p)


def _rate_in_currency(frm: Claim, to: Claim) -> bool:
    """Two exchange rates quoted in one currency, its code after each figure ("14,36 MXN
    versus 12,80 MXN; a 10,9 percent decline" of the peso): a change may be of either side."""
    return frm.unit == to.unit and frm.unit is not None and len(frm.unit) == 3 and frm.unit.isupper() \
        and all(c.value is not None and 0 < c.value < 1000 and c.text.rstrip().endswith(c.unit) for c in (frm, to))


def _cut(p: Claim, exact: float | None, sign: int) -> bool:
    """"29.5 pct" for 29.56 pct: a figure with decimals may be the exact change cut
    (not rounded) at its last digit; the exact figures' change, not their rounding's."""
    if exact is None or p.hedge != "exact" or p.value is None:
        return False
    if "." not in p.text:  # "an increase of 5,657%" for 5,657.89%: a cut unit of a large change
        return abs(p.value) >= 100 and float(p.value).is_integer() \
            and math.trunc(abs(exact)) == abs(p.value) and exact * sign > 0
    places = len(p.text.split(".")[-1].split()[0].rstrip("%"))
    if not 0 < places < 4 or not p.text.split(".")[-1][:places].isdigit():
        return False
    return math.trunc(abs(exact) * 10 ** places) == round(abs(p.value) * 10 ** places) and exact * sign > 0


def _hedge_by(ctx: Context) -> re.Pattern:
    words = ((ctx.lexicon("hedges") or {}).get("before") or {}).get("approx") or []
    return re.compile(rf"\b{_alt(words)}\s++by\s++(?:an?\s++)?$", re.I)


def _quote_pattern(params: dict) -> re.Pattern:
    return re.compile(rf"\b{_alt(params.get('quoted_values') or [])}\b[^.;]{{0,50}}?\bagainst\s++(?:the\s++)?[a-z]", re.I)


def _quoted(ctx: Context, p: Claim) -> bool:
    """A currency's value against another before the change ("the value of the yen
    against the dollar rose"): a rate quoted either way, so read both ways."""
    return bool(ctx.derived("quoted", lambda: _quote_pattern(ctx.params)).search(ctx.before(p, 120)))


def _check_multiplier(ctx: Context, m: Claim, frm: Claim, to: Claim, sure: bool = True) -> None:
    if not _plausible(frm, to):
        return
    factor = float(m.extra["multiplier"])
    word = str(m.extra.get("multiplier_word") or f"x{factor:g}")
    r = _ratio(_iv(ctx, frm), _iv(ctx, to))
    if r is None:
        return
    tol = float(ctx.params.get("multiplier_tolerance", 0.15))
    lo, hi = factor * (1 - tol), factor * (1 + tol)
    hedge = ctx.doc.text[max(0, m.span[0] - 200):m.span[0]].lower()
    pos = hedge.rfind(word.lower())
    words = ctx.derived("change_words", lambda: _change_words(ctx.params))
    if pos >= 0 and _other_change(words, hedge[pos + len(word):]):
        return  # "a doubling of shares, and an increase in the dividend to 12 cts": not the doubling's
    near = hedge[max(0, pos - 20):pos] if pos >= 0 else ""
    if re.search(r"\b(more than|over|at least)\s+$", near):
        hi = INF
    elif re.search(r"\b(nearly|almost|close to|about|roughly|around)\s+$", near):
        lo = min(lo, 1 + (factor - 1) * 0.5) if factor > 1 else lo
        hi = factor * (1 + tol) if factor > 1 else max(hi, 1 - (1 - factor) * 0.5)
    exact = to.value / frm.value if frm.value else None
    if overlaps((lo, hi), r):
        detail = f"{frm.text} to {to.text} is \u00d7{exact:.2f}, fitting \u201c{word}\u201d"
        for c in (m, frm, to):
            ctx.passed(c, detail)
        return
    ctx.fail([m, frm, to], severity=None if sure else "warning",
             message=ctx.params.get("multiplier_message"), word=word,
             frm=_said(frm), to=_said(to), ratio=f"\u00d7{exact:.2f}" if exact else "?",
             factor=f"\u00d7{factor:g}")


def _gap(ctx: Context, a: Claim, b: Claim) -> str:
    return ctx.doc.text[a.span[1]:b.span[0]] if a.span[1] <= b.span[0] else "\0"


# ---------------------------------------------------------------- change by an amount

# "fell 8.2 billion dlrs, or 4.0 pct, in January to 194.5 billion dlrs": the amount and
# the percentage of one change, with the level after it (or the one before: "from")
_AMOUNT_OR = re.compile(r"^\s*+,?\s*+or\s++(?:about\s++|some\s++|nearly\s++|almost\s++|roughly\s++)?$", re.I)
_AMOUNT_TAIL = re.compile(r"^[^.;:\d]{0,40}$")


def _amounts(ctx: Context, claims: list[Claim]) -> None:
    """"rose 12 mln dlrs, or 5 pct, to 252 mln dlrs": the stated change is the amount,
    and the percentage is of the level before it (252 - 12 = 240 mln; 12 / 240 = 5%)."""
    for k, (a, b) in enumerate(zip(claims, claims[1:])):
        if not _AMOUNT_OR.match(_gap(ctx, a, b)):
            continue
        pct, amount = (a, b) if a.unit == "percent" else (b, a)
        if pct.unit != "percent" or amount.unit in PERCENT or amount.hedge == "range" or amount.value is None \
                or _prep(ctx, amount) is not None:
            continue  # ("to 1.57 billion marks or 3.2 pct": a level and its share, no change)
        first = a if a.unit != "percent" else b
        direction = _direction(ctx, a) or (first.extra.get("change") if first.extra.get("change") in ("rise", "fall") else None)
        if direction is None:
            continue
        level = claims[k + 2] if k + 2 < len(claims) else None
        if level is None or not _unit_or_ellipsis(level, amount) or level.hedge == "range" \
                or _prep(ctx, level) is None or not _AMOUNT_TAIL.match(_gap(ctx, b, level)):
            continue
        _judge_amount(ctx, pct, amount, level, 1 if direction == "rise" else -1, _prep(ctx, level) == "to")


# "Studio: $1,426, up 16.1% ($197)": a level, its change as a percentage after a comma,
# and the same change as an amount in brackets; the level is the one after the change
# (1,426 - 197 = 1,229 before; 197 / 1,229 = 16.0%)
_LEVEL_COMMA = re.compile(r"^\s*+,\s*+(?:[A-Za-z]++\s++){1,2}$")
_OPEN = re.compile(r"^\s*+\(\s*+$")
_CLOSE = re.compile(r"^\s*+\)")


def _bracketed_amounts(ctx: Context, claims: list[Claim]) -> None:
    """"$1,426, up 16.1% ($197)": the amount in brackets is the change the percentage
    states, of the level before the comma, which is the level it reached."""
    for level, pct, amount in zip(claims, claims[1:], claims[2:]):
        if pct.unit != "percent" or amount.unit in PERCENT or level.unit in PERCENT \
                or amount.unit != level.unit or amount.hedge == "range" or level.hedge == "range" \
                or not (amount.value and level.value) or level.value <= amount.value:
            continue
        if not (_OPEN.match(_gap(ctx, pct, amount)) and _LEVEL_COMMA.match(_gap(ctx, level, pct))
                and _CLOSE.match(ctx.after(amount, 5))):
            continue
        direction = _direction(ctx, pct)
        if direction is None:
            continue
        _judge_amount(ctx, pct, amount, level, 1 if direction == "rise" else -1, True)


def _judge_amount(ctx: Context, pct: Claim, amount: Claim, level: Claim, sign: int, reached: bool) -> None:
    """The percentage against the amount on its base: the level less the change when the
    level is the one reached (`reached`), else the level itself (the base)."""
    d, lv = _iv(ctx, amount), _iv(ctx, level)
    if reached:
        base = (lv[0] - sign * d[1], lv[1] - sign * d[0]) if sign > 0 else (lv[0] + d[0], lv[1] + d[1])
    else:
        base = lv
    r = _ratio(base, d)
    if r is None or not (amount.value and level.value):
        return
    computed = (r[0] * 100, r[1] * 100)
    exact_base = level.value - sign * amount.value if reached else level.value
    if exact_base <= 0:
        return
    exact = amount.value / exact_base * 100
    if overlaps(computed, _iv(ctx, pct)):
        detail = f"{amount.text} on {fmt(exact_base)} is {fmt(exact)}%, as stated ({pct.text})"
        for c in (pct, amount, level):
            ctx.passed(c, detail)
        return
    ctx.fail([pct, amount, level], message=ctx.params.get("amount_message"), stated=_said(pct),
             amount=_said(amount), level=_said(level), base=fmt(exact_base), computed=f"{fmt(exact)}%",
             **_bounds(computed))


# "rose $40 million to $580 million from $520 million": the amount of a change against
# its from/to pair (no percentage or figure of another unit between but a percentage)
_AMOUNT_GAP = re.compile(r"^[^.;:]{0,60}$")
# the base of the amount is a from-figure; "up 14 to 164, against 422 one year ago"
# compares the new level with another time, over which the amount did not run
_OPEN_BEFORE = re.compile(r"\(\s*$")


def _bracketed_pair(ctx: Context, zone: list[Claim]) -> tuple[Claim, Claim, bool] | None:
    """"370 fewer victims (7,607 last year to 7,234 this year)": a bracket opening on the
    from-figure, its to-figure after "to" inside it."""
    if len(zone) < 2 or not _OPEN_BEFORE.search(ctx.before(zone[0], 4)) or _prep(ctx, zone[1]) != "to" \
            or ")" in _gap(ctx, zone[0], zone[1]):
        return None
    return zone[0], zone[1], True


# "will increase by £473.60, rising from £11,502 to £11,973": a participle right after the
# amount that says the same change again leads to its figures
_RESTATED = re.compile(r"^\s*+,\s*+[a-z]++(?<=ing)\s++(?:from\s++)?$", re.I)
_FROM_BEFORE = fast_compile(r"\bfrom\s++(?:[\w'\u2019-]++\s++){0,3}$|\(\s*+$", re.I)  # ("370 fewer victims (7,607 ... to 7,234)")


def _amount_pairs(ctx: Context, claims: list[Claim]) -> None:
    """A change stated as an amount, with the from- and to-figures after it in its unit:
    the amount is their difference, in the direction its word says."""
    for k, d in enumerate(claims):
        direction = d.extra.get("change") or (_direction(ctx, d) if _frames.aspect(d) == "change" else None)
        if direction not in ("rise", "fall") or d.extra.get("change_prep") in ("to", "from") \
                or d.unit in PERCENT or d.hedge == "range" or d.value is None or _multiple(ctx, d):
            continue  # ("rose by nearly six times ..., to 74,324 from 13,149": a multiple, no amount)
        zone = []
        for c in claims[k + 1:]:
            if c.extra.get("change") and c.extra.get("change_prep") not in ("to", "from") or len(zone) > 4:
                break
            zone.append(c)
        levels = [c for c in zone if c.unit not in PERCENT]
        pair = _pair(ctx, levels) or _bracketed_pair(ctx, levels)
        if not pair or not pair[2]:
            continue
        frm, to, _ = pair
        first = min(frm, to, key=lambda c: c.span[0])
        if not (_unit_or_ellipsis(d, to) and _unit_or_ellipsis(d, frm)) or not _AMOUNT_GAP.match(_gap(ctx, d, first)) \
                or any(d.span[1] <= c.span[0] < first.span[0] and c.unit not in PERCENT for c in claims) \
                or not _plausible(frm, to) or _other_basis(ctx, d) or not _FROM_BEFORE.search(ctx.before(frm, 40)) \
                or frm.extra.get("change") and not (frm.extra.get("change") == direction and _RESTATED.match(_gap(ctx, d, first))) \
                or _NEW_CLAUSE.search(_gap(ctx, d, max(frm, to, key=lambda c: c.span[0]))):
            continue  # ("rose 20 lire to 12,880, but were well down from 16,600": a change of its own)
        _judge_difference(ctx, d, frm, to, direction)


_TIMES_AFTER = re.compile(r"\s*+(?:times|fold)\b", re.I)


def _multiple(ctx: Context, c: Claim) -> bool:
    """A multiple ("sixfold", "six times", "doubled"), which no amount of change is."""
    return c.unit == "times" or bool(c.extra.get("multiplier")) or _TIMES_AFTER.match(ctx.doc.text, c.span[1]) is not None


def _judge_difference(ctx: Context, d: Claim, frm: Claim, to: Claim, direction: str, sure: bool = True) -> None:
    """The stated amount of change against the difference of its from- and to-figures."""
    x, y, a = _iv(ctx, frm), _iv(ctx, to), _iv(ctx, d)
    sign = 1 if direction == "rise" else -1
    diff = (y[0] - x[1], y[1] - x[0])
    stated = (a[0], a[1]) if sign > 0 else (-a[1], -a[0])
    exact = (to.value or 0) - (frm.value or 0)
    if overlaps(stated, diff):
        detail = f"from {frm.text} to {to.text} is a change of {fmt(exact)}, as stated ({d.text})"
        for c in (d, frm, to):
            ctx.passed(c, detail)
        return
    ctx.fail([d, frm, to], **({} if sure else {"severity": "warning"}),
             message=ctx.params.get("amount_pair_message"), amount=_said(d),
             direction=direction, frm=_said(frm), to=_said(to), computed=fmt(exact),
             lowest=fmt(diff[0]), highest=fmt(diff[1]))


# between a change and the figure it compares with: "less than the", "points higher than
# last year's", "more than the"
_THAN = re.compile(r"\s*(?:(?:percentage\s+)?points?\s+)?(?:(higher|more|greater|above)|(lower|less|fewer|below))"
                   r"\s+(?:than\s+)?(?:(?:the|its|their|[A-Z][a-z]+['’]s|last\s+year['’]s)\s+)?$")
# between a figure and the change that compares it: "homicides in Baltimore were", ", or"
_COMPARED_BY = re.compile(r"\s*(?:,\s*|\s+(?:[A-Za-z]+\s+){0,5}?(?:were|was|is|are|stood\s+at)\s+"
                          r"|[^.;:\d]{0,60}?,\s*(?:which|that)\s+(?:is|was|are|were)\s+)$")


def _compared(ctx: Context, claims: list[Claim]) -> None:
    """"The 234 homicides in Baltimore were 17 percent less than the 392 the year before",
    "93.4%, 0.9 points below last year's 90.4%": a figure, a change of it against another
    after "less than", "higher than", "below": the change of the other to it (a ratio for a
    percentage, a difference for points)."""
    for a, p, b in zip(claims, claims[1:], claims[2:]):
        m = _THAN.fullmatch(_gap(ctx, p, b))
        if m and a.unit not in PERCENT and p.unit not in PERCENT and _unit_or_ellipsis(a, b) and p.unit == (a.unit or b.unit) \
                and p.hedge != "range" and a.hedge != "range" and b.hedge != "range" \
                and _COMPARED_BY.fullmatch(_gap(ctx, a, p)) and _plausible(b, a):
            # "113,000 tons of sugar, which is 13 tons more than last year's 100,000 tons": a difference
            _judge_difference(ctx, p, b, a, "rise" if m.group(1) else "fall")
            continue
        if not m or p.unit not in ("percent", "percentage_point") and not (p.unit is None and a.unit == "percent") \
                or not _COMPARED_BY.fullmatch(_gap(ctx, a, p)) or a.hedge == "range" or b.hedge == "range" \
                or not (_unit_or_ellipsis(a, b) or a.unit == b.unit) or a.unit in PERCENT and p.unit == "percent" \
                or a.unit not in PERCENT and p.unit != "percent":
            continue  # ("46%, 3% higher than 41%": points or a ratio, not said)
        direction = "rise" if m.group(1) else "fall"
        if a.unit in PERCENT:
            _judge_difference(ctx, p, b, a, direction)
        else:
            _check_percent(ctx, p, b, a, direction=direction)


# an amount compared with a figure after it: "six fewer than", "20 more than"
_THAN_AFTER = re.compile(r"\s*+(?:[a-z]++\s++)?(?:fewer|less|more|lower|higher|greater|smaller|larger)\s++than\b", re.I)


_POINTS = re.compile(r"\s*+(?:percentage\s++)?points?\b", re.I)  # ("an increase of 1.59 points")


def _amounts_after(ctx: Context, claims: list[Claim], starting: Callable[[int, int], list[Claim]]) -> None:
    """An amount of change after its to-figure ("$4.2bn, up $0.9bn from $3.5bn") or after
    both its figures ("rose to $4.2bn from $3.5bn, an increase of $0.9bn"): their
    difference, as _amount_pairs reads one before them ("rose $0.9bn to $4.2bn from ...")."""
    levels = [c for c in claims if c.unit not in PERCENT]
    for i, d in enumerate(levels):
        if d.hedge == "range" or d.value is None or _frames.aspect(d) != "change" \
                or d.extra.get("change_prep") in ("to", "from") or _prep(ctx, d) is not None:
            continue
        direction = _direction(ctx, d)
        if direction not in ("rise", "fall") or _THAN_AFTER.match(ctx.after(d, 30)):
            continue  # ("fell to 80, down from 100 and six fewer than the record low of 86": against the 86)
        # points of percentages are percentage points: "stood at 71.32 percent, an increase of
        # 1.59 points from 69.83% ... and of 2.86 points from April's 68.46%": a from-figure
        # after the next amount is that amount's
        points = d.unit is None and _POINTS.match(ctx.after(d, 20)) is not None
        pool = claims if points else levels
        if pool[0] is d:
            continue  # (no figure before it)
        nxt = next((c.span[0] for c in pool if c.span[0] > d.span[1] and c.unit == d.unit and _prep(ctx, c) != "from"
                    and (_frames.aspect(c) == "change" or points)), 1 << 60)  # (the next amount of change)
        pair = _pair_before(ctx, d, [c for c in pool if c is not d and c.span[0] < nxt]) \
            or _pair(ctx, [c for c in levels[:i] if _frames.aspect(c) != "change"])
        if not pair:
            continue
        frm, to, _ = pair
        if points and (to.unit in PERCENT) != (frm.unit in PERCENT):
            continue
        if not (_unit_or_ellipsis(d, to) and _unit_or_ellipsis(d, frm) or points and to.unit in PERCENT) \
                or not _plausible(frm, to) \
                or _other_basis(ctx, d) or not _joined(ctx, d, frm, to, starting):
            continue
        _judge_difference(ctx, d, frm, to, direction)


def _bounds(iv: tuple[float, float]) -> dict[str, str]:
    """The two ends of a range of percentages, with as many decimals (up to three) as
    it takes to tell them apart ("between -9.94% and -9.93%", not "-9.9% and -9.9%")."""
    for places in (1, 2, 3):
        lo, hi = f"{iv[0]:.{places}f}%", f"{iv[1]:.{places}f}%"
        if lo != hi:
            break
    return {"lowest": lo, "highest": hi}
