"""arithmetic.share: a part, its whole and the share they make ("1,200 of the 4,000
workers, or 30%"; "to 1.2 mln shares, or 5.1 pct, from 800,000 shares, or 3.4 pct":
both shares of one whole), and parts against the total they belong to ("225 dead,
including 119 police and 141 civilians"; "Of the 3,400 workers, 2,100 ... and 1,600").
"""
from __future__ import annotations

import re

from . import Context, _frames, check_type
from ._numeric import fmt, fmt_interval, overlaps
from .arithmetic import PERCENT, _alt, _cut, _figures_by_sentence, _gap, _iv, _ratio, _said, _same_unit
from ..extract.frame.counts import singular
from ..model import Claim
from ..regexwords import fast_compile
from ._share import _label, _multiplier, one_count
from .arithmetic_share_after import _breakdown_rows, _items_after, _sum_back

_AND = fast_compile(r"\band\s++$")
_PART_GLUE = re.compile(r"^(?:\s*+[\w'’ -]{0,40}?(?:,\s*+(?:and\s++)?|\s++and\s++)|\s++and\s++)$")

@check_type("share", defaults={"approx": 0.1, "trailing_zeros_are_rounding": True,
                               "part_cues": ["including", "among them", "among whom", "of whom",
                                             "of them", "of which"],
                               "complete_cues": ["comprising", "consisting of", "made up of",
                                                 "split between", "divided into", "broken down into"],
                               "exceeds_message": None, "same_message": None, "parts_message": None, "sum_message": None,
                               "pair_message": None, "pair_tolerance": 0.02, "other_noun_factor": 10.0, "component_factor": 2.0,
                               "sum_cues": ["a total of", "totalling", "totaling", "totalled", "totaled",
                                            "a combined"],
                               "back_cues": ["together", "combined", "between them", "in all", "altogether"],
                               "back_message": None, "balance_words": [], "balance_message": None, "balance_first_message": None,
                               "complements": [], "complement_message": None, "items_message": None, "whole_words": []})
def share(ctx: Context) -> None:
    """A part, its whole and the share they make; parts against the total they belong to."""
    by_sentence = _figures_by_sentence(ctx)
    for sentence, claims in by_sentence.items():
        if sentence - 1 in by_sentence:
            _sum_back(ctx, by_sentence[sentence - 1], claims)
            _parts_of_these(ctx, by_sentence[sentence - 1], claims)
        for i, a in enumerate(claims):
            # the figures after `a` are read from the sentence's list where they are
            # (a copy of the rest per figure would cost the sentence's length each time)
            if i + 1 < len(claims):
                _part_of_whole(ctx, a, claims, i + 1)
                _same_share(ctx, a, claims[i + 1])
                _parts(ctx, claims, i + 1)
                _sum_after(ctx, claims, i + 1)
                _balance(ctx, claims, i + 1)
                _balance_first(ctx, claims, i + 1)
        _share_pairs(ctx, claims)
        _share_list(ctx, claims)
        _complements(ctx, claims)
        _items_after(ctx, by_sentence, sentence)
    _breakdown_rows(ctx, by_sentence)


# "1,200 of the 4,000"; "out of" after the part's noun too: "27,823 passers, out of 60,985
# exam-takers" (a noun before a bare "of" owns what follows: "12 members of the board")
_OF = re.compile(r"^(?:\s++|\s++[a-z][\w-]*+(?:\s++[a-z][\w-]*+)?,?\s++(?=out\s))(?:out\s++)?of\s++"
                 r"(?:the|its|their|all|all\s++the|a\s++total\s++of|some)?\s*+$", re.I)
# "(or 15.4% of ...)": a bracket may open with "or" too, as the comma does; "or a 45.29%
# passing rate": the share as a rate
_OR = re.compile(r"^[^,;.()\d]{0,40}?(?:,\s*+or\s++|\s*+\(\s*+(?:or\s++)?|\s*+[\u2013\u2014]\s*+or\s++|\s++-{1,2}\s*+or\s++|\s++or\s++)"
                 r"(?:an?\s++)?(?:about\s++|around\s++|some\s++|nearly\s++|almost\s++|roughly\s++)?$", re.I)
# "1,213,244 candidates representing 76.84 per cent" ("representing a 68.74% pass rate"), "The 135.5 billion-won effect of the
# concerts accounts for 1.6 percent of ...": a verb that says the figure before it (or the
# phrase it heads) is the share after it; a share of a share is another share's part
# ("a 3.0 pct rise in January, accounting for one-third of the rise"), no restatement
_SHARE_VERB = re.compile(r"^[^,;.()\d]{0,60}?(?:,?\s++(?:representing|accounting\s++for|equivalent\s++to|equal\s++to)"
                         r"|\s++(?:accounts?\s++for|accounted\s++for|represents?|represented"
                         r"|makes?\s++up|made\s++up|constitutes?|constituted))\s++(?:an?\s++)?"
                         r"(?:about\s++|around\s++|some\s++|nearly\s++|almost\s++|roughly\s++|just\s++(?:over|under)\s++)?$", re.I)


def _glossed(ctx: Context, part: Claim, pct: Claim) -> bool:
    """`pct` is the share `part` makes ("1,200, or 30%", "1,213,244 candidates representing
    76.84 per cent")."""
    gap = _gap(ctx, part, pct)
    return _OR.match(gap) is not None or _SHARE_VERB.match(gap) is not None


_OF_OTHER = re.compile(r"\s*of\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:total|whole|entire|overall)\b)", re.I)


# "$262 million of that rise, or 58 per cent": a part of a whole the sentence before gave
_OF_THAT = re.compile(r"^\s++of\s++(?:that|this)\s++(?P<noun>[a-z]++)\s*+(?:,\s*+or\s++|\(\s*+)"
                      r"(?:about\s++|around\s++|some\s++|nearly\s++|almost\s++|roughly\s++)?$", re.I)
_WHOLE_NOUNS = frozenset("total amount sum figure".split())


def _of_that(ctx: Context, part: Claim, pct: Claim) -> None:
    """"Exports were up $477 million. China accounted for $262 million of that rise, or 58
    per cent": the whole is the one figure of the part's unit the sentence before gave, a
    change for "that rise", a level for "that total"."""
    m = _OF_THAT.match(_gap(ctx, part, pct))
    noun = m.group("noun").lower() if m else ""
    changes = ctx.derived("change_nouns", lambda: frozenset(
        str(w).lower() for ws in (ctx.lexicon("frames").get("change_nouns") or {}).values() for w in ws or ()))
    if noun not in changes and noun not in _WHOLE_NOUNS or part.unit is None or part.hedge == "range":
        return
    want_change = noun in changes
    before = [c for c in _figures_by_sentence(ctx).get(part.sentence - 1, ())
              if c.unit == part.unit and c.hedge != "range" and (_frames.aspect(c) == "change") == want_change]
    if len(before) == 1:
        _compare_share(ctx, part, before[0], pct)


def _part_of_whole(ctx: Context, a: Claim, claims: list[Claim], j: int) -> None:
    """"A of the B ..., or P%" and "P% of the B ..., or A" (B is claims[j], the figure after A)."""
    b = claims[j]
    if a.unit not in PERCENT and b.unit == "percent":
        _of_the_opening(ctx, a, b, claims)
        return _of_that(ctx, a, b)
    if a.unit == "percent" and j >= 2 and _of_whole(ctx, claims[j - 2], a, b):
        part, whole, pct = claims[j - 2], b, a  # "2,316,940 shares, or about 98 pct of the 2,369,799 shares"
        if not _same_unit(part, whole) and whole.unit is not None:
            return
        return _compare_share(ctx, part, whole, pct, check_exceeds=False)
    if not _OF.match(_gap(ctx, a, b)) or b.unit in PERCENT:
        return
    pc = claims[j + 1] if j + 1 < len(claims) else None
    if a.unit not in PERCENT and j >= 2 and claims[j - 2].unit == "percent" \
            and _OR.match(_gap(ctx, claims[j - 2], a)):
        pc = claims[j - 2]  # "60 pct, or 60 mln of the 100 mln shares"
        return _compare_share(ctx, a, b, pc) if _same_unit(a, b) else None
    if a.unit in PERCENT:
        part, whole, pct = (pc, b, a) if pc and pc.unit not in PERCENT and _OR.match(_gap(ctx, b, pc)) else (None, b, a)
    else:
        part, whole, pct = a, b, (pc if pc and pc.unit == "percent" and _glossed(ctx, b, pc) else None)
        if pct is not None and _OF_OTHER.match(ctx.after(pct, 30)):
            pct = None  # "3 of the 10 banks, or 30% of assets": a share of something else (not
            # "or 63 percent of the total population": the whole named again)
    if part is None or not _same_unit(part, whole):
        return
    _compare_share(ctx, part, whole, pct)


def _of_the_opening(ctx: Context, part: Claim, pct: Claim, claims: list[Claim]) -> None:
    """"Of the 1,572,396 candidates that sat, 1,213,244 candidates representing 76.84 per
    cent passed": a sentence that opens with "Of the N ..." names the whole of each part
    after it that is given with its share (the same unit, and the same noun if it has one)."""
    whole = claims[0]
    if (part.period or {}).get("baseline"):
        return  # "... compared to 1,860 candidates (2.94 per cent) in 2022": of another year's whole
    if whole is part or len(claims) < 2 or whole.unit in PERCENT or part.unit != whole.unit \
            or part.counts_head not in (None, whole.counts_head) or not _glossed(ctx, part, pct) \
            or _OF_OTHER.match(ctx.after(pct, 30)):
        return
    if _opens_of_the(ctx, whole, _gap(ctx, whole, claims[1])) or part.span[0] > whole.span[0] \
            and _OF_THE_BEFORE.search(ctx.doc.text, max(0, whole.span[0] - 30), whole.span[0]) \
            and _OPENING_TO_PART.fullmatch(_gap(ctx, whole, part)):
        # ("Out of the 196,816 candidates who sat ..., in at least six subjects including
        # English, 95,156 have qualified ... representing a 68.74% pass rate": the opening
        # runs on, with a figure of its own, to the comma before the part)
        _compare_share(ctx, part, whole, pct)


def _opens_of_the(ctx: Context, t: Claim, head: str) -> bool:
    """"Of the 3,400 workers, ...": t after an opening "Of the", `head` the words after it."""
    return _OF_THE_BEFORE.search(ctx.doc.text, max(0, t.span[0] - 30), t.span[0]) is not None \
        and _OF_THE_AFTER.match(head) is not None


def _compare_share(ctx: Context, part: Claim, whole: Claim, pct: Claim | None, check_exceeds: bool = True) -> None:
    if (whole.aspect or {}).get("kind") == "rate" or _label(ctx, whole):
        return  # "23.1 mln dlrs of 1.51 dlr a share", "300,000 of its 32-bit chips": no whole
    p_iv, w_iv = _iv(ctx, part), _iv(ctx, whole)
    if part.unit is None and p_iv[0] > float(ctx.params.get("other_noun_factor", 10)) * w_iv[1]:
        return  # "35,000 of the two models": cars of two models, a count of another noun (an
        # amount in the whole's unit is of its kind: a slip of scale)
    if check_exceeds and p_iv[0] > w_iv[1]:
        ctx.fail([part, whole], message=ctx.params.get("exceeds_message"), part=_said(part),
                 whole=_said(whole), total=fmt_interval(w_iv), sum=fmt_interval(p_iv))
        return
    if pct is None:
        return
    r = _ratio(w_iv, p_iv)
    if r is None:
        return
    computed = (r[0] * 100, r[1] * 100)
    exact = part.value / whole.value * 100 if part.value is not None and whole.value else None
    if overlaps(computed, _iv(ctx, pct)) or _cut(pct, exact, 1):
        # (a share with decimals may be cut, not rounded, at its last digit: "40.52%" for
        # 19,002 of 46,887, 40.527%, as percent-change reads a change so cut)
        detail = f"{part.text} of {whole.text} is {fmt(exact)}%, as stated ({pct.text})"
        for c in (part, whole, pct):
            ctx.passed(c, detail)
        return
    ctx.fail([part, whole, pct], part=_said(part), whole=_said(whole), stated=_said(pct),
             computed=f"{fmt(exact)}%", lowest=f"{computed[0]:.1f}%", highest=f"{computed[1]:.1f}%")


def _same_share(ctx: Context, a: Claim, b: Claim) -> None:
    """Two ways of saying one share: "one in five, or 20%", "a third of voters (33%)"."""
    if a.unit != "percent" or b.unit != "percent" or not _OR.match(_gap(ctx, a, b)):
        return
    if bool(a.extra.get("fraction")) == bool(b.extra.get("fraction")):
        # a share said again is said in the other notation ("one in five, or 20%"); two
        # plain percentages ("5% (3% excluding food)") or two fractions ("buy one-half or
        # one-quarter") in one notation are different shares, or alternatives
        return
    if a.extra.get("change") or b.extra.get("change"):
        return
    ia, ib = _said_as_fraction(ctx, a), _said_as_fraction(ctx, b)
    if overlaps(ia, ib):
        detail = f"{a.text} ({fmt(a.value)}%) and {b.text} agree"
        ctx.passed(a, detail)
        ctx.passed(b, detail)
        return
    ctx.fail([a, b], message=ctx.params.get("same_message"), first=_said(a), second=_said(b),
             first_value=f"{fmt(a.value)}%", second_value=f"{fmt(b.value)}%")


def _said_as_fraction(ctx: Context, c: Claim) -> tuple[float, float]:
    """A share in words stands for the percentages nearer to it than to any other simple
    fraction (a denominator up to its own, and at least quarters): "two thirds" is 58.3%
    to 70.8% (between a half-and-two-thirds and two-thirds-and-three-quarters), so "two
    thirds of the time (66.2 percent)" agrees and "two thirds (75%)" does not; "one in
    five" is 10% to 22.5%. A percentage keeps its own interval."""
    iv = _iv(ctx, c)
    frac = str(c.extra.get("fraction") or "")
    n, _, d = frac.partition("/")
    if not (n.isdigit() and d.isdigit()) or not 0 < int(n) < int(d) <= 100:
        return iv
    x = int(n) / int(d)
    simple = sorted({k / m for m in range(2, max(int(d), 4) + 1) for k in range(1, m)} | {0.0, 1.0})
    i = min(range(len(simple)), key=lambda j: abs(simple[j] - x))
    lo = (simple[i - 1] + x) / 2 if i > 0 else x
    hi = (simple[i + 1] + x) / 2 if i + 1 < len(simple) else x
    return min(iv[0], 100 * lo), max(iv[1], 100 * hi)


def _parts_head(params: dict) -> re.Pattern:
    """What stands between a total and its first part: "dead, including", "split
    between", "victims:". The words before the cue start after the leading blanks, or
    there are none and a blank run goes straight to the cue (see _PART_GLUE)."""
    cue = (rf"(?:(?P<part>{_alt(params.get('part_cues') or [])})"
           rf"|(?P<all>{_alt(params.get('complete_cues') or [])}))\s++$")
    return re.compile(
        rf"^(?:\s*+[\w'’ -]{{0,40}}?(?:,\s*+|\s++|\s*+[:\u2014]\s*+)|\s++){cue}"
        rf"|^(?:\s*+[\w'’ -]{{1,40}}?|[^\S ]*+ )\s*+(?P<colon>:)\s*+$", re.I)


# "1987/88", "two-for-one", "32-bit": a number joined to another by a slash or a hyphen
# is a label (a fiscal year, a ratio, a width), not a count a list can belong to
# "520 aircraft from 14 airlines, comprising ...": a figure in a phrase hanging off an
# earlier figure's noun is not the head of that noun phrase; the list is the earlier one's
_HANGING = re.compile(r"^\s*+[\w'’ -]{0,40}?,?\s*+(?:[\w'’-]++\s++){0,3}?(?:from|in|for|by|at|with|among|across)"
                      r"\s++(?:[\w'’-]++\s++){0,3}?$", re.I)
# "Of the 3,400 workers, 2,100 were laid off and 1,600 moved": the figures after are its parts
# (a sentence that opens so; "the status of the 40,000 holders among 400,000" is no list)
# (also a reported clause that opens so: "He said that of the 65,452 candidates, 2,005 ...")
_OF_THE_BEFORE = re.compile(r"(?:(?:^|[^\w])(?:Of|Out\s++of)|\b(?:that|and)\s++of)\s++(?:the|its|these|those|this|their)\s++"
                            r"(?:[\w-]++\s++)?$|(?:^|[^\w])(?:Of|Out\s++of)\s++$")
_NEAR = re.compile(r"^[^.;:()]{0,60}$")
# from an opening's whole to the part that opens the clause after it
_OPENING_TO_PART = re.compile(r"[^.;:()]{0,150}?,\s*+(?:(?:about|some|nearly|almost|around|only|just|over|"
                              r"more\s++than|at\s++least)\s++)?")
# (its words may name a year: "Of the 14,158 candidates who sat for SPM 2023, 631 (4.55 per cent)")
_OF_THE_AFTER = re.compile(r"^(?:[^\d.;:,]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}(?:,\s*+|\s++)$")


def _total_for(ctx: Context, claims: list[Claim], i: int) -> Claim | None:
    """The total a list after claims[i] belongs to: claims[i] itself, or the figure
    before it when claims[i] is a label or hangs off that figure's noun."""
    c = claims[i]
    prev = claims[i - 1] if i else None
    hanging = prev is not None and prev.sentence == c.sentence and prev.unit not in PERCENT \
        and not _multiplier(prev) and _HANGING.match(_gap(ctx, prev, c)) is not None
    if hanging:
        return prev
    if not _label(ctx, c):
        return c
    if prev is None or prev.sentence != c.sentence or prev.unit in PERCENT:
        return None
    return prev if _NEAR.match(_gap(ctx, prev, c)) else None  # "1,770 billion yen in 1987/88, including"


# between two counts joined as one list ("18 suspected and 2 confirmed")
_JOINED_BEFORE = re.compile(r"\s++(?:[a-z-]++\s++){0,2}?(?:and|or)\s++")


def _components(ctx: Context, total: Claim, parts: list[Claim]) -> bool:
    """Every part counts a thing of its own noun, not the total's and not people (a kind
    of person is one of the people: "25 dead, including 19 police officers")."""
    people = ctx.people_nouns()
    head = singular((total.counts_head or "").lower())
    return bool(head) and head not in people and all(
        p.counts_head and singular(p.counts_head.lower()) not in (head, *people) for p in parts)


def _fits(s_iv: tuple[float, float], t_iv: tuple[float, float], complete: bool) -> bool:
    """Parts summing to s_iv fit a total t_iv: they add up to it when the list is
    complete, else they do not exceed it."""
    return overlaps(s_iv, t_iv) if complete else s_iv[0] <= t_iv[1]


# a sentence opening on what the one before counted: "Of these, 210 were charged"
_OF_THESE = re.compile(r"\s*+(?:(?:and|but)\s++)?(?:of|out\s++of)\s++(?:these|those|them|which|this\s++total|"
                       r"the\s++total|that\s++total|this\s++number|that\s++number)\s*+,\s*+$", re.I)


# ... or opens with a pronoun and a verb that lists them: "They comprised 277 from Myanmar,
# 94 from Bangladesh ..." (all of them), "They included ..." (some); "This included 951
# government schools, ..." after "A total of 2,581 schools"
_THEY_LIST = re.compile(r"\s*+[\"\u201c]?\s*+(?:They|These|Those|This)\s++(?:(?P<all>comprised|comprise|consisted\s++of|consist\s++of|"
                        r"were\s++made\s++up\s++of|are\s++made\s++up\s++of)|included|include)\s++$")


def _parts_of_these(ctx: Context, before: list[Claim], claims: list[Claim]) -> None:
    """"Police arrested 340 people on Saturday. Of these, 210 were charged and 150 were
    released": a sentence that opens "Of these," (or "They comprised", "They included")
    gives parts of what the sentence before counted. That whole is its one count (a
    figure of the parts' unit, no percent, age or range, and no part of another figure
    there: "530 foreigners including 504 men and 26 women" is one); with two or more,
    which one "these" names is not read, and none is taken. After "comprised" the parts
    are all of it and must add up to it."""
    first = claims[0]
    s = ctx.doc.sentences[first.sentence] if first.sentence < len(ctx.doc.sentences) else None
    if s is None or s.start > first.span[0]:
        return
    they = None
    if not _OF_THESE.fullmatch(ctx.doc.text, s.start, first.span[0]):
        they = _THEY_LIST.fullmatch(ctx.doc.text, s.start, first.span[0])
        if they is None or first.unit is not None:
            return  # ("They include one billion Ecus in loans": the packages, not an amount)
    whole = one_count(ctx, before, first.unit)
    if whole is not None:
        _parts(ctx, [whole, *claims], 1, back="all" if they is not None and they.group("all") else "part")


def _parts(ctx: Context, claims: list[Claim], j: int, back: str | None = None) -> None:
    """"225 dead, including 19 police officers and 41 civilians": parts may not exceed
    the total; a list said to be complete ("comprising", ":") must add up to it. The
    parts are claims[j:] as far as list glue joins them; the total is claims[j - 1]
    or, when that is a label or hangs off an earlier figure, the figure before it
    (`back`: the total is claims[j - 1], in the sentence before, _parts_of_these; "all"
    when the parts are said to be all of it)."""
    head = _gap(ctx, claims[j - 1], claims[j])
    m = None if back else ctx.derived("parts_head", lambda: _parts_head(ctx.params)).match(head)
    of_the = bool(back)
    if not m and not back:
        t = claims[j - 1]
        of_the = _opens_of_the(ctx, t, head)
        if not of_the:
            return
    total = _total_for(ctx, claims, j - 1) if not of_the else claims[j - 1]
    if total is None or total.unit in PERCENT or total.category == "age":
        return  # ("deaths were those under the age of four, including 23 babies": an age, no total)
    complete = back == "all" or not of_the and not m.group("part")
    parts = [claims[j]]
    for k in range(j + 1, len(claims)):  # (by index: islice would step over the first j)
        glue = _gap(ctx, parts[-1], claims[k])
        if not _PART_GLUE.match(glue) or not complete and _other_kind(total, claims[k]):
            break  # ("five dead, including four firefighters, and around a hundred injured": the
            # next item of what the fires left, of another category, is no part of the dead)
        parts.append(claims[k])
        if not complete and _AND.search(glue):
            break  # "21 in Punjab and eleven in Sindh, 29 showed ...": "and" joins a list's last
            # item (a complete list reads on: "47,000 of barley and 25,000 of rapeseed for the
            # Soviet Union, 30,000 of wheat for Sri Lanka", and a sum cut short would be too small)
    if _first_item(head, _ITEM_END.match(ctx.doc.text, parts[0].span[1]).group()):
        return  # "Of these 69,243 passed in division one, 318,155 in division two": items alike
    if m is not None and m.group("colon") and len(parts) == 1:
        return  # "- 1 MMR vaccine: two cases": a colon and one figure give a label's value, no list
    complete = complete and len(parts) > 1  # one part: it may still not exceed the total
    if complete and _ITEM_WITHOUT_FIGURE.match(ctx.doc.text, parts[-1].span[1]):
        complete = False  # "18 people died: one police officer, 16 alleged criminals and a female
        # bystander": an item written with no figure; the figures may only not exceed the total
    if not complete and _complementary(ctx, parts):
        complete = True  # "414 climbers, including 75 women and 330 men": women and men are all of them
    # a part with no unit of its own is of the total's ("1.4 billion dlrs, of which 550 mln")
    if any(p.unit not in (total.unit, None) or _label(ctx, p) or _OTHER_AFTER.match(ctx.after(p, 20)) for p in parts):
        return  # ("21 families made up of 50 other individuals": others, in addition to those before)
    t_iv = _iv(ctx, total)
    ivs = [_iv(ctx, p) for p in parts]
    factor = float(ctx.params.get("other_noun_factor", 10))
    same_unit = total.unit is not None and all(p.unit == total.unit for p in parts)
    if not same_unit and (ivs[0][0] > factor * t_iv[1] or complete and factor * sum(i[1] for i in ivs) < t_iv[0]):
        return  # "13 exchanges including 68,000 lines", "35,000 of the two models": counts of other
        # nouns (a part in the total's unit is of its kind: "US$1.5-2 billion, of which US$700-900
        # billion" is a slip of scale)
    s_iv = (sum(i[0] for i in ivs), sum(i[1] for i in ivs))
    if not complete and _components(ctx, total, parts) \
            and s_iv[0] > float(ctx.params.get("component_factor", 2)) * t_iv[1]:
        return  # "Eleven buildings, including 60 apartments": things of another noun, many times
        # the total, are units within its things (flats in buildings), not kinds of them
    listed = " + ".join(p.text for p in parts)
    exact_sum = sum(p.value or p.low or 0 for p in parts)
    near = claims[j - 1]
    if near is not total and not of_the and _fits(s_iv, _iv(ctx, near), complete) and not _fits(s_iv, t_iv, complete):
        return  # "eight graves with 12 male bodies, including two intact and 10 mutilated": the
        # figure the total hangs off may be the whole the parts are of, and they fit it
    if total is near and j >= 2 and not of_the and _JOINED_BEFORE.fullmatch(_gap(ctx, claims[j - 2], total)) \
            and claims[j - 2].unit == total.unit and not _fits(s_iv, t_iv, complete):
        both = _iv(ctx, claims[j - 2])
        if _fits(s_iv, (both[0] + t_iv[0], both[1] + t_iv[1]), complete):
            return  # "18 suspected and 2 confirmed cases of EBV, including 7 deaths": the parts
            # may be of the two counts together, and they fit them
    level = "warning" if back else None  # (a whole found in the sentence before, not given with them)
    if s_iv[0] > t_iv[1]:
        ctx.fail([total, *parts], severity=level, message=ctx.params.get("parts_message"), parts=listed,
                 sum=fmt(exact_sum), total=_said(total), relation="more than")
    elif complete and not overlaps(s_iv, t_iv):
        ctx.fail([total, *parts], severity=level, message=ctx.params.get("parts_message"), parts=listed,
                 sum=fmt(exact_sum), total=_said(total), relation="less than" if s_iv[1] < t_iv[0] else "not")
    else:
        detail = f"parts {listed} = {fmt(exact_sum)} fit the total {total.text}"
        for c in (total, *parts):
            ctx.passed(c, detail)


_OTHER_AFTER = re.compile(r"\s++(?:other|others|more|additional|further)\b", re.I)
# (list glue before the article: not "..., he told a press conference")
_ITEM_WITHOUT_FIGURE = re.compile(r"[^.;:()\d\"\u201d]{0,40}?(?:,\s*+(?:and\s++)?|\s++and\s++)(?:a|an|another|one)\s++[a-z]", re.I)
_NUMBER_WORDS = fast_compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|"
                           r"fourth|fifth|[a-z])\b", re.I)
_SHAPE_WORDS = fast_compile(r"[a-z][\w'’-]*", re.I)


def _complementary(ctx: Context, parts: list[Claim]) -> bool:
    """The parts' nouns are the two halves of a whole (params complements: women and men,
    girls and boys): together they are all of it, whatever the cue said."""
    heads = {(p.counts_head or "").lower() for p in parts}
    return len(parts) == 2 and any(heads == {str(w).lower() for w in pair}
                                   for pair in ctx.params.get("complements") or [])


def _other_kind(total: Claim, c: Claim) -> bool:
    """Both figures' categories are read and differ (casualties, injuries)."""
    known = {None, "other"}
    return total.category not in known and c.category not in known and c.category != total.category


_ITEM_END = re.compile(r"[^,;.:()]{0,60}")


def _first_item(head: str, after: str) -> bool:
    """The words after the would-be total end as the words after its first part do, a
    number told apart ("69,243 passed in division one, 318,155 in division two,"): the
    list's items are alike and the first figure is the first of them, not their total."""
    shape = _SHAPE_WORDS.findall(_NUMBER_WORDS.sub("#", after.lower()))
    words = [w for w in shape if w not in ("and", "or")]
    if not words:
        return False
    tail = _SHAPE_WORDS.findall(_NUMBER_WORDS.sub("#", head.lower()))
    return tail[-len(shape):] == shape


def _sum_head(params: dict) -> re.Pattern:
    """What stands between the last part of a list and the sum stated after it: "398 in
    the south, a total of 851", "25 mln in Asia, totalling 65 mln", "for a combined 75".
    A comma or "for" sets the sum apart: "and one bond totalling 200 mln" is that bond's."""
    return re.compile(rf"^\s*+[\w'’ -]{{0,40}}?(?:,\s*+(?:(?:for|or|making|giving)\s++)?|\s++for\s++)"
                      rf"(?:{_alt(params.get('sum_cues') or [])})\s++$", re.I)


def _sum_after(ctx: Context, claims: list[Claim], j: int) -> None:
    """"353 in the north and 398 in the south, a total of 851": a sum stated after the
    parts it sums must be their sum. The list is read back from claims[j - 1] as far as
    list glue joins it; the head of the list is not always a part ("Of the 500 workers,
    300 ... and 200 ..."), so any run of two or more parts ending at the last that adds up
    to the sum is a pass."""
    total = claims[j]
    m = ctx.derived("sum_head", lambda: _sum_head(ctx.params)).match(_gap(ctx, claims[j - 1], total))
    if not m or total.unit in PERCENT or total.hedge == "range" or _label(ctx, total):
        return
    parts = [claims[j - 1]]
    for k in range(j - 2, -1, -1):
        if not _PART_GLUE.match(_gap(ctx, claims[k], parts[0])):
            break
        parts.insert(0, claims[k])
    # a unit may be left out after the first part ("40 mln dlrs in Europe and 25 mln"), not
    # from all: "279 units and 178 units, for a total of 101 mln dlrs" counts two things
    if len(parts) < 2 or parts[0].unit != total.unit \
            or any(p.unit in PERCENT or p.unit not in (total.unit, None) or _label(ctx, p)
                             or (p.aspect or {}).get("kind") == "rate" for p in parts):
        return
    t_iv = _iv(ctx, total)
    ivs = [_iv(ctx, p) for p in parts]
    for start in range(len(parts) - 1):
        run = ivs[start:]
        if overlaps((sum(i[0] for i in run), sum(i[1] for i in run)), t_iv):
            listed = " + ".join(p.text for p in parts[start:])
            detail = f"parts {listed} add up to the sum {total.text}"
            for c in (total, *parts[start:]):
                ctx.passed(c, detail)
            return
    s_iv = (sum(i[0] for i in ivs), sum(i[1] for i in ivs))
    exact_sum = sum(p.value or p.low or 0 for p in parts)
    ctx.fail([*parts, total], message=ctx.params.get("sum_message"), parts=" + ".join(p.text for p in parts),
             sum=fmt(exact_sum), total=_said(total), relation="more than" if s_iv[0] > t_iv[1] else "less than")


# "compared with 18.1% last time", "as against 16 per cent", "up from 95": the figure a
# part is compared with, of another time or thing, is no part
# "816,000 shares, or 11.3 pct of the total" / "... or about 98 pct of the 2,369,799 shares":
# a part and its share; after it, "of" and a few words lead to the whole
# (the whole may follow its noun in brackets: "19% of Peru's total exports (US$34.1 billion)")
_OF_WHOLE = re.compile(r"^\s*+(?:\)\s*+)?(?:out\s++)?of\s++(?:(?!(?:from|to|in|for|at|on|by|with|against|and|or|but|while)\s)"
                       r"(?![a-z]+ing\s)[\w'’.-]++(?:\s++|\s*+\(\s*+$)){0,7}$", re.I)  # a noun phrase, no other phrase


def _of_whole(ctx: Context, part: Claim, pct: Claim, whole: Claim) -> bool:
    if whole.unit is None and whole.value is not None and whole.value <= 1:
        return False  # ("One ADR represents 0.75 pct of one B share": one thing, no count of parts)
    return part.unit not in PERCENT and whole.unit not in PERCENT and _glossed(ctx, part, pct) \
        and _OF_WHOLE.match(_gap(ctx, pct, whole)) is not None


def _part_and_share(ctx: Context, claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """Each figure with the share it is said to be ("1.2 mln shares, or 5.1 pct")."""
    out = []
    for a, p in zip(claims, claims[1:]):
        if a.unit not in PERCENT and p.unit == "percent" and a.hedge != "range" \
                and (a.aspect or {}).get("kind") != "rate" and _OR.match(_gap(ctx, a, p)):
            out.append((a, p))
    return out


_CURRENCY = re.compile(r"[A-Z]{3}")
_FROM = fast_compile(r"\bfrom\s++(?:about\s++|some\s++|around\s++)?$", re.I)


def _share_pairs(ctx: Context, claims: list[Claim]) -> None:
    """"to 1.2 mln shares, or 5.1 pct, from 800,000 shares, or 3.4 pct": two holdings
    of one whole (the shares outstanding), each with its share of it; the whole each
    implies (part / share) must be the same."""
    units = _part_and_share(ctx, claims)
    for (a, p), (b, q) in zip(units, units[1:]):
        if not _FROM.search(ctx.doc.text, max(0, b.span[0] - 30), b.span[0]):
            continue
        if ctx.doc.text.find(";", p.span[1], b.span[0]) >= 0 or not (_same_unit(a, b) or b.unit is None):
            continue
        if a.unit and _CURRENCY.fullmatch(a.unit):
            continue  # sums of money over two periods (turnover, capital) are shares of two wholes
        w1, w2 = _ratio(_iv(ctx, p), _iv(ctx, a)), _ratio(_iv(ctx, q), _iv(ctx, b))
        if w1 is None or w2 is None:
            continue
        tol = float(ctx.params.get("pair_tolerance", 0.02))
        w1, w2 = (w1[0] * 100 * (1 - tol), w1[1] * 100 * (1 + tol)), (w2[0] * 100, w2[1] * 100)
        mid1 = (a.value or a.low or 0) / p.value * 100 if p.value else None
        mid2 = (b.value or b.low or 0) / q.value * 100 if q.value else None
        if overlaps(w1, w2):
            detail = f"{a.text} ({p.text}) and {b.text} ({q.text}) are shares of one whole, about {fmt(mid1)}"
            for c in (a, p, b, q):
                ctx.passed(c, detail)
            continue
        ctx.fail([a, p, b, q], message=ctx.params.get("pair_message"), first=_said(a), first_share=_said(p),
                 first_whole=fmt(mid1), second=_said(b), second_share=_said(q), second_whole=fmt(mid2))


# between one part-and-share and the next of a list: a few words, then a comma or "and"
_LIST_GLUE = re.compile(r"^\)?[^.;:()\d]{0,60}?(?:,\s*+(?:and\s++|while\s++)?|\s++and\s++)(?:[^.;:()\d]{0,40}?\s)?$", re.I)


def _share_list(ctx: Context, claims: list[Claim]) -> None:
    """"1,705 (39 per cent) grades were higher, 1,220 (28 per cent) were the same and 1,413
    (34 per cent) were lower": three or more parts, each with its share, whose shares
    add up to a whole (100, give or take their rounding) are shares of one whole, and
    each implies it (part / share); a part whose whole meets none of the others' is off."""
    units = [u for u in _part_and_share(ctx, claims) if not _FROM.search(ctx.before(u[0], 30))]
    runs: list[list[tuple[Claim, Claim]]] = []
    for u in units:
        if runs and _LIST_GLUE.match(_gap(ctx, runs[-1][-1][1], u[0])) and _same_unit(runs[-1][-1][0], u[0]):
            runs[-1].append(u)
        else:
            runs.append([u])
    for run in runs:
        if len(run) < 3 or any(p.extra.get("change") for _, p in run):
            continue
        said = [_iv(ctx, p) for _, p in run]
        if not sum(lo for lo, _ in said) <= 100 <= sum(hi for _, hi in said) + 0.5 * len(run):
            continue  # (not a whole split in parts: shares of several wholes, or some parts only)
        wholes = [_ratio(_iv(ctx, p), _iv(ctx, a)) for a, p in run]
        if any(w is None for w in wholes):
            continue
        wholes = [(w[0] * 100, w[1] * 100) for w in wholes]  # (each said within its rounding)
        for k, (a, p) in enumerate(run):
            others = [w for j, w in enumerate(wholes) if j != k]
            if any(overlaps(wholes[k], w) for w in others) or not all(
                    overlaps(x, y) for i, x in enumerate(others) for y in others[i + 1:]):
                continue  # (it meets another's whole, or the others disagree among themselves too)
            b, q = next(u for j, u in enumerate(run) if j != k)  # (another part, to name)
            mid = (a.value or a.low or 0) / p.value * 100 if p.value else None
            omid = (b.value or b.low or 0) / q.value * 100 if q.value else None
            ctx.fail([a, p, b, q], message=ctx.params.get("pair_message"), first=_said(a), first_share=_said(p),
                     first_whole=fmt(mid), second=_said(b), second_share=_said(q), second_whole=fmt(omid))


_WORD = re.compile(r"[A-Za-z][\w'’]*+")
_NON = re.compile(r"\bnon[-\s]?([A-Za-z][\w'’]*+)", re.I)


def _complements(ctx: Context, claims: list[Claim]) -> None:
    """"114,200 (32.7 percent) were funded under USE, while 235,245 (77.3 percent) were
    non-USE": two parts, each with its share, that are a group and the rest of its whole
    (W and non-W, or a pair of params complements: males and females) are all of one
    whole, and their shares add up to 100, give or take their rounding. Only when the
    sentence gives no other share: a third group makes the two less than all of it."""
    if sum(1 for c in claims if c.unit in PERCENT) != 2:
        return  # ("5,392 (53.5 per cent) were Irish, 2,203 (22 per cent) from EEA countries, while
        # 2,472 (24.5 per cent) were non-EEA": with a third group, W and non-W are not all of it)
    units = [u for u in _part_and_share(ctx, claims) if not _FROM.search(ctx.before(u[0], 30))]
    text = ctx.doc.text
    end = ctx.sentence(claims[0]).end if claims else 0
    for (a, p), (b, q) in zip(units, units[1:]):
        gap = text[p.span[1]:b.span[0]]
        if len(gap) > 150 or any(ch in gap for ch in ".;:") or p.extra.get("change") or q.extra.get("change"):
            continue
        words = _complement_words(ctx, gap, text[q.span[1]:min(end, q.span[1] + 80)])
        if words is None:
            continue
        ip, iq = _iv(ctx, p), _iv(ctx, q)
        if ip[0] + iq[0] <= 100 <= ip[1] + iq[1]:
            continue
        ctx.fail([a, p, b, q], message=ctx.params.get("complement_message"), first=_said(a),
                 first_share=_said(p), second=_said(b), second_share=_said(q), group=words[0],
                 rest=words[1], sum=fmt((p.value or 0) + (q.value or 0)))


def _complement_words(ctx: Context, first: str, second: str) -> tuple[str, str] | None:
    """The group and its rest the words after two parts name: W in the first and non-W in
    the second (or the other way round), or the two words of a params complements pair."""
    for x, y in ((first, second), (second, first)):
        for m in _NON.finditer(y):
            w = m.group(1).lower()
            if any(v.lower() == w for v in _WORD.findall(_NON.sub(" ", x))):
                return m.group(1), m.group(0)
    wx = {v.lower() for v in _WORD.findall(first)}
    wy = {v.lower() for v in _WORD.findall(second)}
    for pair in ctx.params.get("complements") or []:
        u, v = (str(w).lower() for w in pair)
        if u in wx and v in wy or v in wx and u in wy:
            return (u, v) if u in wx else (v, u)
    return None


def _balance_head(params: dict) -> re.Pattern:
    """What stands between the second of two amounts and the balance they leave: ",
    leaving a trade surplus of", ", making a revenue deficit of" (params balance_words)."""
    return re.compile(rf"^[^.;:()\d]{{0,60}}?(?:,\s*+(?:making|leaving|giving|resulting\s++in|for|producing|with)|\s++for)\s++"
                      rf"(?:an?\s++|the\s++)?(?:[a-z-]++\s++){{0,2}}(?:{_alt(params.get('balance_words') or [])})"
                      rf"\s++of\s++(?:about\s++|some\s++|around\s++|nearly\s++|roughly\s++)?$", re.I)


# between the two amounts a balance is the difference of: "and", "against", "while"
_AMOUNTS_JOINED = re.compile(r"^[^.;:()\d]{0,60}?(?:\band\b|\bagainst\b|\bwhile\b|\bversus\b|\bcompared\s++with\b)"
                             r"[^.;:()\d]{0,60}$", re.I)


def _balance(ctx: Context, claims: list[Claim], j: int) -> None:
    """"revenue receipts of Rs 1,24,635 crore and revenue expenditure of Rs 1,29,837 crore,
    making a revenue deficit of Rs 15,202 crore": a deficit, surplus or gap stated right
    after two amounts is their difference."""
    if j < 2:
        return
    a, b, c = claims[j - 2], claims[j - 1], claims[j]
    if not ctx.derived("balance_head", lambda: _balance_head(ctx.params)).match(_gap(ctx, b, c)) \
            or not _AMOUNTS_JOINED.match(_gap(ctx, a, b)):
        return
    if a.unit in PERCENT or not (a.unit == b.unit or b.unit is None) or c.unit not in (a.unit, None) \
            or any(x.hedge == "range" or _label(ctx, x) for x in (a, b, c)):
        return
    _judge_balance(ctx, a, b, c, ctx.params.get("balance_message"))


def _balance_first(ctx: Context, claims: list[Claim], j: int) -> None:
    """"a trade surplus of $2.557 billion, with exports of $19.999 billion and imports of
    $17.442 billion": a balance stated first, then the two amounts it is the difference of."""
    if j < 2:
        return
    c, a, b = claims[j - 2], claims[j - 1], claims[j]
    if not _WITH_AMOUNTS.match(_gap(ctx, c, a)) or not _AMOUNTS_JOINED.match(_gap(ctx, a, b)) \
            or not ctx.derived("balance_before", lambda: _balance_before(ctx.params)).search(ctx.before(c, 80)):
        return
    if a.unit in PERCENT or not (a.unit == b.unit or b.unit is None) or c.unit not in (a.unit, None) \
            or any(x.hedge == "range" or _label(ctx, x) for x in (a, b, c)):
        return
    _judge_balance(ctx, a, b, c, ctx.params.get("balance_first_message"))


# between a balance and the first of the two amounts after it: ", with exports of"
# (not a comparison: "the surplus of 597 mln, compared with a deficit of 390 mln a month
# earlier and a deficit of 1.64 billion": other times' balances)
_WITH_AMOUNTS = re.compile(r"[^.;:()\d]{0,40}?,?\s*+(?<!compared\s)(?<!together\s)(?<!along\s)with\s++"
                           r"(?:[a-z-]++\s++){1,3}(?:of|at|worth|totall?ing)\s++"
                           r"(?:about\s++|some\s++|around\s++|nearly\s++|roughly\s++)?", re.I)


def _balance_before(params: dict) -> re.Pattern:
    """A balance word before a figure in its clause ("trade surplus in September was")."""
    return re.compile(rf"\b(?:{_alt(params.get('balance_words') or [])})\b[^.;:()\d]{{0,50}}$", re.I)


def _judge_balance(ctx: Context, a: Claim, b: Claim, c: Claim, message: str | None) -> None:
    """c must be the difference of a and b, each within its rounding."""
    ia, ib, ic = _iv(ctx, a), _iv(ctx, b), _iv(ctx, c)
    diff = (max(0.0, max(ia[0] - ib[1], ib[0] - ia[1])), max(ia[1] - ib[0], ib[1] - ia[0]))
    exact = abs((a.value or 0) - (b.value or 0))
    if overlaps(diff, ic):
        detail = f"{c.text} is the difference of {a.text} and {b.text} ({fmt(exact)})"
        for x in (a, b, c):
            ctx.passed(x, detail)
        return
    ctx.fail([a, b, c], message=message, first=_said(a), second=_said(b),
             balance=_said(c), difference=f"{fmt(exact)} {a.unit}" if a.unit else fmt(exact))


# "the five lakes": a determiner, a count of a few things, their noun
