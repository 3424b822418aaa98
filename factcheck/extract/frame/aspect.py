"""How a figure stands: a level, a change (with its direction), a rate (per unit), a
share (of a whole), a part (of a total stated before it), or a target (planned,
forecast or possible)."""
from __future__ import annotations

import re

from ...model import Claim
from ...regexwords import fast_compile, folded, search_folded
from .counts import Counts
from .lexicon import Lexicon

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# "48 of the 72 ships", "Of the 3,400 workers, 2,100 ...": "of" and a determiner just
# before a figure make it the whole that a figure near it is a part of
_OF_DETERMINER = r"[Oo]f\s+(?:(?:the|its|their|his|her|a\s+total\s+of)\s+)?"
_OF_THE = re.compile(rf"\s+{_OF_DETERMINER}", re.I)  # between the part and its whole
OF_THE_BEFORE = re.compile(rf"(?:^|[^\w]){_OF_DETERMINER}$")  # before the whole, the part after it
# "per $100 of property value", "per 100,000 people": a rate per an amount too
_PER = re.compile(r"\s*(?:(?:a|an|per|each)\s+(?![a-z]+\s+(?:ago|earlier|before|later)\b)[a-z]|per\s+[$\u20ac\u00a3\u00a5]?\d[\d,.]*+)", re.I)
# "1.32 million barrels of oil per day", "10,000 units annually", "145 DLR/SHR"; not a
# time back ("up from 4.5 mln a year earlier", "a year ago")
_PER_BEFORE = fast_compile(r"\bper\s*+$", re.I)
_PER_LATER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:per\s+[a-z]+|(?:a|each)\s+(?:year|month|day|week|share|"
                        r"tonne|barrel)\b(?!\s+(?:ago|earlier|before|later)\b)|annually|yearly|monthly|daily)|/[A-Za-z]", re.I)
# "affecting less than 10 members each", "50 people apiece": the count of each of many,
# a rate per unit; the quantifier ends the phrase ("five men each received" is not)
_EACH = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:each|apiece)(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|at|for|from|to|"
                   r"with|and|or|but|by|during|under|over|this|last|since)\b)", re.I)
# "the two biggest", "its three most populous": a determiner before a superlative selection
_DET_END = fast_compile(r"(?:\b(?:the|its|their|his|her|our|these|those)|[’']s)\s+$", re.I)
_BY = fast_compile(r"\bby\s+(?:(?:about|some|nearly|almost|around|roughly|only|just|a|an)\s+)*$", re.I)
_MORE = re.compile(r"\s+(more|less|higher|lower|above|below)\b", re.I)
# "rose to", "dropped below": the figure is the level reached, not the change
_LEVEL_PREPS = ("to", "from", "below", "above", "under", "over")
# right after a bare count: "of" and a group named with a determiner, no figure of its own
# ("Two of the fatalities", "three of them"; not "48 of the 72 ships", parts_of_wholes; not
# "63,000 of its small cars", a count of the owner's own)
_OF_A_GROUP = re.compile(r"\s+of\s+(?:the|these|those|them)\b(?!\s+(?:[$\u20ac\u00a3]|\d|[a-z]+\s+\d))", re.I)
# between a part cue and the figure: another figure, or a clause of its own
# ("including the 1996 Olympic bombing that killed one person")
_BETWEEN_CUE = fast_compile(r"\d|\b(?:that|which|who)\b")
# a cue whose object is a name, closed by a comma ("in six subjects including English,
# 95,156 have qualified"): the figure after it opens a clause of its own
_CUE_TOOK_A_NAME = re.compile(r"[a-z]++(?:\s++[a-z]++)?+\s++[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+)*+\s*+,\s*+")
_DIGIT = re.compile(r"\d")
# "closure of plants which have a capacity of 15.26 mln tonnes": a figure in a relative
# clause on an indefinite plural is of some of a kind (a part of a larger whole); on a
# definite one ("the plants which have", "its three plants, which") it is of them all
_RELATIVE = fast_compile(r"\b([a-z][a-z-]*[^s\W]s)\s*,?\s+(?:which|whose)\s[^.;:]{0,80}$")
_DEFINITE_BEFORE = fast_compile(r"\b(?:the|these|those|this|that|its|their|his|her|our|all|both|each|every)\s+"
                              r"(?:[\w-]+\s+)?$|[’']s?\s+(?:[\w-]+\s+)?$", re.I)
PERCENT = ("percent", "percentage_point")
# "520 aircraft from 14 airlines, comprising 300 firm orders": a figure in a phrase that
# hangs off an earlier figure's noun is not the head of the noun phrase; a part cue after
# it names the parts of the earlier one
_HANGING = re.compile(r"\s+(?:[a-z][\w’'-]*\s+){0,3}(?:from|in|for|by|at|with|among|across)\s+"
                      r"(?:(?:the|its|their)\s+)?", re.I)
# "12.5 pct of TWA", "5% of its workforce": the whole a share is of, up to five words
_OF_WHOLE = re.compile(r"\s*of\s+((?:[\w&’'.-]+\s+){0,4}?[\w&’'.-]*[\w&’'])"
                       r"(?=\s*(?:[,;:()]|\.(?:\s|$)|$)|\s+(?:from|in|on|at|to|and|or|by|for|last|this|since|after|"
                       r"before|with|which|that|who|was|were|is|are|has|had|will|would|could|said|says)\b)", re.I)


# a share "of" a time is of that time's level: "smoking is half of 1940s", "traffic at 80% of
# 2019 levels", "a third of last year's": the figure compares two times, a change in ratio
# (the time itself is blanked to commas in the clause read: "of ,,,,, levels")
_OF_A_TIME = re.compile(r"\s*of\s+(?:the\s+)?(?:,{2,}+|(?:19|20)\d0s)(?:['’]s)?(?:\s+levels?\b|\s*(?:[,.;:)]|$)|"
                        r"\s+(?:in|and|or|but|when|as|for)\b)", re.I)


def aspect_of(c: Claim, pre: str, post: str, counts: Counts, lx: Lexicon, prev: Claim | None,
              money: bool = False) -> dict:
    """`pre`/`post`: the clause before and after the figure; `prev`: the quantity before
    it in the same clause, if any. One kind, by priority change > part > share > rate >
    target > level."""
    extra = c.extra
    prep = extra.get("change_prep")
    change = extra.get("change") if prep not in _LEVEL_PREPS and not (prep == "at" and c.unit not in PERCENT) \
        else None  # ("closed 3,934 points lower at 25,981": the level; "grew at 5 pct" is a change)
    if change and counts.counted_after and c.unit is None and not _BY.search(pre[-12:]):
        change = None  # "will cut 10,000 jobs": the jobs are counted; "cut by a tenth" is a change
    if not (prep in ("to", "from") and extra.get("change")):  # ("the biggest increase ... rose from
        # 308 to 526": after a change verb's "from" or "to" a figure is a level, whatever the clause's nouns)
        change = change or counts.change or _by_change(pre, lx) or _comparative(c, post, pre) or _change_of(pre, lx)
    if change or extra.get("multiplier"):
        return {"kind": "change", "direction": {"rise": "up", "fall": "down"}.get(change or "", None)}
    percent = c.unit in PERCENT or extra.get("fraction")
    tail = pre[-60:]  # a cue reaches 40 characters
    low = folded(pre)
    cue = search_folded(lx.part_cue, tail, low and low[-60:])
    if cue and not percent and not _BETWEEN_CUE.search(tail, cue.end()) \
            and not _CUE_TOOK_A_NAME.fullmatch(tail, cue.start()):
        of = prev
        if of is not None and (of.aspect or {}).get("kind") == "part":
            of = None if of.aspect.get("of") is None else of.aspect["of"]  # "including 119 police and 141 ..."
            return {"kind": "part", "of": of}
        return {"kind": "part", "of": of.id if of is not None else None}
    if not percent and (_DET_END.search(pre[-12:]) and lx.superlative.match(post) or lx.top_before.search(pre[-40:])):
        return {"kind": "part", "of": None}  # "the two biggest reservoirs": a few picked from a set
    if not percent and c.unit is None and _OF_A_GROUP.match(post):
        return {"kind": "part", "of": None}  # "Two of the fatalities were decapitated": some of a group
    if not percent and lx.remainder.match(post):
        return {"kind": "part", "of": None}  # "135 bodies still thought buried": those left of a whole
    pool = lx.pool_before.search(pre[-60:]) if c.unit is None and not percent else None
    if pool:
        return {"kind": "rate", "per": pool.group(1).lower()}  # "a drum of 25 numbers": its size
    near = pre[-130:]
    rel = _RELATIVE.search(near) if not percent and ("which" in near or "whose" in near) else None
    if rel and not _DEFINITE_BEFORE.search(near, 0, rel.start()):
        return {"kind": "part", "of": None}
    if percent and _OF_A_TIME.match(post):
        return {"kind": "change", "direction": None}  # "half of 1940s", "80% of 2019 levels": a ratio to then
    if percent and counts.head not in lx.rate_nouns:
        # not "interest rates as high as 15.65 pct", "a five pct coupon"; the whole it is
        # of, when said ("of TWA"); its figure, if it is one, parts_of_wholes names
        whole = _OF_WHOLE.match(post)
        return {"kind": "share", "of": None, "whole": whole.group(1) if whole and not _DIGIT.search(whole.group(1))
                else None}
    per = extra.get("per") or _PER.match(post) or _PER_LATER.match(post) or c.unit is None and _EACH.match(post)
    if per:
        return {"kind": "rate", "per": extra.get("per") or per.group().split()[-1]}
    if _PER_BEFORE.search(pre[-12:]):
        return {"kind": "rate", "per": c.text}  # "$0.18 per $100": what a rate is per, no level
    if _targeted(c, pre, lx, low):
        return {"kind": "target", "modality": c.modality or "planned"}
    if _COUNTERFACTUAL.match(post):
        return {"kind": "target", "modality": "counterfactual"}  # "more than 2 TMC would have been discharged"
    return {"kind": "level"}


# a perfect conditional after the figure and its noun: what would have been, not what is
# ("2 TMC water would have been discharged"; not "6,000 jobs will be cut", a level today)
_COUNTERFACTUAL = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:would|could|might)\s+(?:not\s+)?have\s+(?:been\s+)?[a-z]+\b",
                             re.I)


def _by_change(pre: str, lx: Lexicon) -> str | None:
    """"increase its capacity by 500,000 tonnes", "reduced net income by $50 million": the
    amount of a change the clause's verb makes."""
    if not _BY.search(pre[-12:]):
        return None
    for w in reversed(_WORD.findall(pre)):
        d = lx.change_verbs.get(w.lower())
        if d:
            return d if d != "reach" else None
    return None


# "an increase of 61,326 tourists", "a drop of about 3 pct": the amount a change noun is of
_NOUN_OF = fast_compile(r"\b(?:an?|the|this|that)\s+([a-z]+)\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|"
                      r"over|just|more\s+than|less\s+than|at\s+least)\s+)?$", re.I)
# a loss or a gain "of" a sum is a result (a level), not the size of a change
_RESULT_NOUNS = frozenset(("loss", "gain"))


def _change_of(pre: str, lx: Lexicon) -> str | None:
    m = _NOUN_OF.search(pre[-40:])
    word = m.group(1).lower() if m else ""
    return lx.change_nouns.get(word) if word not in _RESULT_NOUNS else None


def _comparative(c: Claim, post: str, pre: str = "") -> str | None:
    """"pay about 20 pct more", "5 pct higher", "closed 3,934 points lower": a difference,
    a change (for an amount, only "higher"/"lower" after its unit word: "20 more cars" is
    a further group, "above 50,000" a bound)."""
    m = _MORE.match(post) if c.unit in PERCENT else _HIGHER_LOWER.match(post)
    m = m or _GLOSSED_THAN.match(post) or (_GLOSS_THAN.match(post) if _OR_GLOSS.search(pre[-30:]) else None)
    word = next((g for g in m.groups() if g), "") if m else ""
    return None if not m else "rise" if word.lower() in ("more", "higher", "above", "ahead") else "fall"


# ("370 fewer victims": "fewer" names no further group, as "20 more cars" does, only a difference;
# "finished 10 seats ahead of the Labour Party", "five points behind": a margin over a rival)
_HIGHER_LOWER = re.compile(r"\s+(?:[a-z]+\s+)?(higher|lower)\b|\s+(?:[a-z]+\s+)?(more|less|fewer)\s+than\b|\s+(fewer)\b|"
                           r"\s+(?:[a-z]+\s+)?(ahead)\s+of\b|\s+(?:[a-z]+\s+)?(behind)\s+(?:the\s+)?(?-i:[A-Z])",
                           re.I)
# "34 million dollars, or almost 19 percent, more than that of last year": a difference
# glossed as a percentage (the figure and its gloss both)
_GLOSSED_THAN = re.compile(r"(?:,\s*or\s+[^,;()]{1,30},|\s*\(\s*or\s+[^()]{1,30}\))\s*(more|less|fewer|higher|lower)"
                           r"\s+than\b", re.I)
_OR_GLOSS = re.compile(r"[,(]\s*or\s+(?:[a-z]+\s+){0,2}$", re.I)
_GLOSS_THAN = re.compile(r"\s*[,)]\s*(more|less|fewer|higher|lower)\s+than\b", re.I)


def _targeted(c: Claim, pre: str, lx: Lexicon, low: str | None = None) -> bool:
    """A word of intention or forecast in the clause before the figure, or the modality
    the numbers step read ("could total $2-3 billion"); not one after it ("a workforce
    of 6,000 will be cut" is a level today)."""
    if c.modality and c.modality != "estimated":
        return True
    return search_folded(lx.targets_rx, pre, low) is not None  # (low: pre folded, when there is one)


def head_figure(prev: Claim | None, before: Claim | None, text: str) -> Claim | None:
    """The figure a part cue after `prev` names the parts of: `prev`, or the figure
    `before` it when `prev` hangs off that one's noun ("520 aircraft from 14 airlines")."""
    if prev is not None and before is not None and before.unit not in PERCENT \
            and _HANGING.fullmatch(text, before.span[1], prev.span[0]):
        return before
    return prev


# "Of the 3,400 workers, 2,100 ...", "out of the country's labor population of 85.1 million,
# 77.55 million are engaged": a phrase naming a whole opens the clause, its part follows
_OPENING_OF = re.compile(r"(?:^|[^\w\s]\s*|\bthat\s+|\band\s+)(?:[Oo]ut\s+of|[Oo]f)\s+(?:the|its|their|these|those|this)\b"
                         r"[^,;:.()\d]{0,60}$")
_THEN_PART = re.compile(r"[^,;:.()\d]{0,30},\s*(?:(?:about|some|nearly|almost|around|roughly|only|just|over|"
                        r"more\s+than|at\s+least)\s+)?")


def parts_of_wholes(claims: list[Claim], text: str) -> None:
    """"48 of the 72 ships": the first is a part of the second; "40 pct of the 2,000
    workers": a share of the second; "Of the 3,400 workers, 2,100 were laid off", "out of
    the labor population of 85.1 million, 77.55 million are engaged": the second a part
    of the first."""
    for a, b in zip(claims, claims[1:]):
        if a.kind == b.kind == "quantity" and a.sentence == b.sentence and b.unit not in PERCENT \
                and (b.aspect or {}).get("kind") == "level" and _THEN_PART.fullmatch(text, a.span[1], b.span[0]) \
                and _OPENING_OF.search(text, max(0, a.span[0] - 100), a.span[0]):
            b.aspect = {"kind": "part", "of": a.id}
            continue
        if a.kind == b.kind == "quantity" and a.sentence == b.sentence and _OF_THE.fullmatch(text, a.span[1], b.span[0]) \
                and not (b.unit in PERCENT and a.unit not in PERCENT):  # "75 mln dlrs of 10 pct debentures": a coupon, no whole
            kind = (a.aspect or {}).get("kind")
            if kind == "level":
                a.aspect = {"kind": "part", "of": b.id}
            elif kind == "share":
                a.aspect = {"kind": "share", "of": b.id, "whole": None}
