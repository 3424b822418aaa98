"""agreement.repeated-figure, a group named again: "the 8 foreigners" after "arrested 14
foreigners", "the nine billion dlr figure" after an amount stated before. A definite
count names the group an earlier count of the same noun stated, unless a word makes it
another group or a subset; the repeated-figure check (agreement.py) calls these
readings after its pairwise comparison.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from datetime import date

from . import Context, _frames
from ._agreement import (PERCENT, _FUNCTION, _PART_OF, _distinct, _figures, _found, _in_headline,
                         _iv, _meet, _picked_from, _said, _scope)
from ..extract.frame.counts import singular
from ..extract.frame.instance import instances_differ
from ._numeric import fmt_interval
from ._one_whole import digit_slip
from ..model import Claim
from ..regexwords import fast_compile


# "the 15 billion dlr figure", "the 1.74 mln tonne figure", "the 50 mln dlr sum": an
# amount that names a figure stated before by being one
_THE_BEFORE = fast_compile(r"\b[Tt]he\s+$")
_FIGURE_AFTER = re.compile(r"\s+(?:[A-Za-z.]+['’]?\s+){0,2}?(?:figure|amount|sum)\b")
# "CSR gets the 985 mln dlrs but ...", "will use the 11 mln dlrs as a pool": a sum with the
# article and no noun or clause of its own after its unit is a sum stated before too
_BARE_AFTER = re.compile(r"\s*(?:[.;:,]|(?:as|but|and|or|was|were|is|are|will|would|could|should|can|may|"
                         r"might|must|has|have|had|on|by|into|back)\b)")


def _figure_named_again(ctx: Context) -> None:
    """"The nine billion dlr figure" names an amount stated before in its unit: one
    stated anywhere before must agree with it; when none does, it contradicts the last
    one before it ("cost its economy 15 billion dlrs" ... "dismiss the nine billion dlr
    figure"); not one its own clause names ("the 30 billion franc figure it estimated").
    An amount in a unit with "the", no noun read for it and nothing after its unit but a
    verb, a conjunction, a comma or a full stop names one the same way ("wants the 250 mln
    dlrs by June", "granted for all the 300,000 tonnes, the association said"); one
    followed by what it is from or of does not ("the 4 billion dlrs from Hugo"), nor one
    compared against ("more than twice the $13.5 million, or 34 cents a share, a year
    earlier": a change's base), nor does a rate or price before it count ("at $14 apiece")."""
    figures = _figures(ctx)
    for b in figures:
        if b.unit is None or b.unit in PERCENT or b.extra.get("age") or not _THE_BEFORE.search(ctx.before(b, 8)):
            continue  # (the few words before it first: most figures have no "the" there; "the
            # 28-year-old was charged" names a person by age, of "three men aged 27, 28 and 29")
        after = ctx.after(b, 80)
        m = _FIGURE_AFTER.match(after) or (_BARE_AFTER.match(after) if b.unit and not b.counts_head else None)
        if not m or _OWN_CLAUSE.match(after, m.end()):
            continue  # ("the 30 billion franc figure it estimated in its budget": a figure its words name)
        if _frames.aspect(b) in ("change", "rate"):
            continue  # ("more than twice the $13.5 million ... a year earlier": compared against)
        if _REACHED.search(ctx.before(b, 30)):
            continue  # ("exports ... getting close to the $3,765.5 million": a level reached, a mark)
        # the amounts it may name: stated before in its unit, as amounts (not a rate)
        earlier = [a for a in figures if a.sentence < b.sentence and a.unit == b.unit
                   and not _in_headline(ctx, a) and _frames.aspect(a) != "rate"]
        ib = _iv(ctx, b)
        if not earlier or any(_meet(_iv(ctx, a), ib) for a in earlier):
            continue
        # the last one before it, not a part of another ("500,000 tonnes, of which ... 100,000")
        a = next((a for a in reversed(earlier) if _frames.aspect(a) != "part"), earlier[-1])
        if not _found(ctx, a, b):
            ctx.fail([a, b], first=_said(a), second=_said(b), first_iv=fmt_interval(_iv(ctx, a)),
                     second_iv=fmt_interval(ib), measure=f"the figure {_said(b)} names", subject="")


# a verb of reaching before "the": the amount is a mark reached, not one stated before
_REACHED = fast_compile(r"\b(?:close\s+to|near(?:ly|ing)?|reach(?:ed|es|ing)?|hit(?:s|ting)?|top(?:s|ped|ping)?|"
                      r"cross(?:ed|es|ing)?|pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|"
                      r"approach(?:ed|es|ing)?)\s+the\s+$", re.I)
_DEMONSTRATIVE = fast_compile(r"\b(?:these|those)\s+$", re.I)
# two names joined by "and" ("Mumbai and the NCR", "Kano and Kaduna")
_NAMES_JOINED = fast_compile(r"\b[A-Z][\w.'-]*+(?:\s++[A-Z][\w.'-]*+)*+(?:\s*+,)?\s++and\s++(?:the\s++)?[A-Z]")


def _named_again(ctx: Context) -> None:
    """"The eight foreigners" names a group counted before ("arrested 14 foreigners"): a
    count with a definite article must agree with the last earlier count of its noun (of
    any verb; not "other" ones, parts, changes, targets, nor the figure a comparison is
    from: "up 83 pct over the 80,256 contracts traded a year ago"), or with the sum of the
    counts one earlier sentence gives ("five men on Monday and three men on Tuesday"),
    unless a count of its noun and value came after that one in any aspect ("closed 269
    stores" ... "will shut 68 stores" ... "the 68 stores": it names the plan).
    A bare earlier count ("two sides", no verb to say which group) is named again too,
    when the definite adds no word to its description (_names_group), says no group of
    its own words (_own_clause) and the earlier one is no selection (_selection). A sum
    or an amount is named again the same way ("a 925 mln dlr loan" ... "the 925 mln dlr
    loan"), in its unit, unless _amounts_differ; when two earlier values fit its words,
    which one it names is not said. Two wholes picked from (_picked_from: "12 percent of
    the 166,628 packages" after "23 percent of the 165,603 packages") are two sets."""
    window = int(ctx.params.get("window", 32))
    picked_from = _picked_from(ctx)
    seen: dict[str, list[Claim]] = {}
    seen_group: dict[int, tuple] = {}
    figures = _figures(ctx)
    stated: dict[tuple, list[int]] | None = None  # _stated(figures), when needed
    candidates = [(b, f"{singular(b.counts_head)}|{b.unit or ''}") for b in figures if _may_name_again(ctx, b)]
    # the nouns (and units) of a definite count after another count of them: the others
    # are compared with none (only a definite count is compared, and with earlier ones)
    asked, before = set(), set()
    for b, noun in candidates:
        if noun in before and b.extra.get("definite"):
            asked.add(noun)
        before.add(noun)
    for b, noun in candidates:
        if noun not in asked:
            continue
        gb = _group(ctx, b)
        if gb is None or _label(ctx, b) or _scope(ctx, b):
            continue
        if b.extra.get("superseded"):
            continue  # "Earlier it was reported about the 301 victims": a report the text has replaced
        if b.extra.get("definite") and _own_clause(ctx, b):
            continue  # "the roughly five mln shares it already holds": a group of its own words
        amount = _amount(b)
        earlier = [a for a in seen.get(noun, [])[-window:] if a.sentence != b.sentence
                   and not _owners_differ(a, b) and not _events_differ(ctx, a, b)
                   and not (amount and _amounts_differ(ctx, a, b))
                   and not _own_time(ctx, a, b, amount)  # "the 658 interceptions in February"
                   and not a.extra.get("other")  # "an additional 500,000 shares"
                   and not a.extra.get("superseded")
                   and not (not amount and _fractional(a))  # ("a 7.1 magnitude quake" ... "the two quakes")
                   and (_frames.key(a) is not None or not _selection(ctx, a))
                   and not (a.period or {}).get("baseline")
                   and not instances_differ(a.extra.get("instance"), b.extra.get("instance"))
                   and not (a.id in picked_from and b.id in picked_from)  # (two sets picked from)
                   and not (b.id in picked_from and _iv(ctx, a)[1] < _iv(ctx, b)[0])  # ("22 bodies were
                   # buried" ... "Out of the 427 bodies, 22 ...": the whole picked from, not the 22 again)
                   and not (_own_clause(ctx, a) and _iv(ctx, a)[1] <= _iv(ctx, b)[1])  # (a part: "the 25
                   # constituencies where the election was postponed" of "the 265 constituencies")
                   and not _of_its_own(ctx, a, b)
                   and _names_group(seen_group[id(a)], gb)]
        seen.setdefault(noun, []).append(b)
        seen_group[id(b)] = gb
        if not b.extra.get("definite") or not earlier:
            continue
        ib = _iv(ctx, b)
        if any(c.value == b.value and c.unit == b.unit and c.sentence < b.sentence and not c.counts_head
               for c in figures):
            continue  # "compared with our 41" ... "four of the 41 mills": stated before without its noun
        if len(_distinct(ctx, earlier, 1)) > 1:
            continue  # two earlier values its words fit ("56-day bills", "77-day bills"): which is not said
        agree = [a for a in earlier if _meet(_iv(ctx, a), ib)]
        if agree:
            ctx.passed(b, f"the same {b.counts_head} as {_said(agree[-1])} ({fmt_interval(_iv(ctx, agree[-1]))})")
            continue
        last = earlier[-1]
        if _DEMONSTRATIVE.search(ctx.before(b, 8)) \
                and _NAMES_JOINED.search(ctx.doc.text, max(last.span[1], b.span[0] - 1500), b.span[0]):
            continue  # "11 territories with Mumbai and the NCR the most lucrative ... these two
            # territories": a demonstrative points at names joined since the count, a part
            # ("NINE men ... jailed. Ring-leaders Liam Johnson ... and David Hewson ... [three
            # sentences] ... these two men"; a bounded look back, the names may be paragraphs up)
        if stated is None:
            stated = _stated(figures)  # (read only when a definite count gets this far)
        at = stated.get((singular(b.counts_head), b.value, b.unit), [])
        if bisect_right(at, last.sentence) < bisect_left(at, b.sentence):
            continue  # "will shutter 68 stores" (a plan, not a level) after "closed 269 stores": "the 68
            # stores" names the count of its noun stated last, whatever its aspect
        at = stated.get((None, b.value, b.unit), [])
        if bisect_right(at, last.sentence) < bisect_left(at, b.sentence):
            continue  # "arrested 43 wanted suspects" ... "One of the cases involved four men" ... "the
            # four suspects": a definite count names the group of its number introduced last
        one = [a for a in earlier if a.sentence == last.sentence]
        if len(one) > 1 and _meet((sum(_iv(ctx, a)[0] for a in one), sum(_iv(ctx, a)[1] for a in one)), ib):
            continue
        if len(one) > 1:
            continue  # a sentence counting several groups of the noun: which one is named is not said
        # a definite count below the earlier one may name a part of its group the text singled
        # out ("arrested 14 foreigners" ... "These eight foreigners were charged"; "these two
        # men", named between): sure only as a slip of the keys ("819,152" ... "the 819,512
        # visitors"); above it, no part can be meant
        sure = ib[0] > _iv(ctx, last)[1] or digit_slip(last.text, b.text)
        if not sure and any({last.id, b.id} <= set(f.claims) for f in ctx.findings):
            continue  # (the frames' comparison above reported the pair already)
        if sure and _found(ctx, last, b):
            continue  # (the frames' comparison above found it already)
        ctx.fail([last, b], severity=None if sure else "info",
                 message=None if sure else ctx.params.get("unsure_message"),
                 first=_said(last), second=_said(b), first_iv=fmt_interval(_iv(ctx, last)),
                 second_iv=fmt_interval(ib), measure=_measure(b),
                 subject=f" of {last.subject or b.subject}" if last.subject or b.subject else "")


def _fractional(c: Claim) -> bool:
    """A figure with a fraction and no scale word ("a 7.1 magnitude quake"): a measure of
    the things, never a count of them, which is whole."""
    return c.value is not None and c.unit is None and not c.extra.get("scale") and c.value != int(c.value)


def _stated(figures: list[Claim]) -> dict[tuple, list[int]]:
    """(noun, value, unit) -> the sentences giving that count, in order; (None, value,
    unit) -> those giving a count of that value of any noun."""
    out: dict[tuple, list[int]] = {}
    for c in figures:
        if c.counts_head:
            out.setdefault((singular(c.counts_head), c.value, c.unit), []).append(c.sentence)
            out.setdefault((None, c.value, c.unit), []).append(c.sentence)
    return out


def _may_name_again(ctx: Context, b: Claim) -> bool:
    """A count _named_again reads: a level of a noun (or a definite target), not a
    percentage, not in the headline, not "other" ones or a comparison's baseline."""
    return not (b.unit in PERCENT or not b.counts_head or _in_headline(ctx, b)
                or _frames.aspect(b) != "level" and not (_frames.aspect(b) == "target" and b.extra.get("definite"))
                or str(b.extra.get("counts_key") or "").startswith("other ") or (b.period or {}).get("baseline"))


def _amount(c: Claim) -> bool:
    """A sum or a quantity with a scale word ("925 mln dlrs", "20 mln shares"), not a
    count of a group ("the four opposition parties")."""
    return c.unit is not None or bool(c.extra.get("scale"))


def _event(c: Claim) -> str:
    """What was done to the figure's thing, as its counts key reads it ("share tender"
    -> "tender"), or ""."""
    words = str(c.extra.get("counts_key") or "").split()
    head = singular(c.counts_head or "")
    return " ".join(words[words.index(head) + 1:]) if head in words else ""


def _amounts_differ(ctx: Context, a: Claim, b: Claim) -> bool:
    """Two amounts of one noun are two when what was done to each is read and differs
    ("the 73,653,000 shares tendered", "the 20 mln shares purchased"; "issued 3.8
    billion dlrs worth of certificates", "the three billion dlrs of certificates
    redeemed"): a group named with "the" is the group whatever it does next (a time of
    its own is _own_time's)."""
    ea, eb = _event(a), _event(b)
    return bool(ea and eb and ea != eb)


def _own_time(ctx: Context, a: Claim, b: Claim, amount: bool) -> bool:
    """The later figure names a time of its own: an amount is of its time, and the
    earlier must share it ("In the 1985/86 season ... the 16.13 mln tonne crop"); a
    count over a part of the earlier one's time is a part of it ("1,860 interceptions
    since January" ... "the 658 interceptions in February"), while a group named with
    "the" on another day is still the group ("the two presidents signed last May" ...
    "The five presidents on Friday signed"); a tally over a year or more is not the
    count of the news it sits in ("pulled out six bodies" ... "Around 700 people have been
    killed in fires in garment factories since 2006")."""
    if _frames.over_years(a, b, ctx.doc.published):
        return True
    if (b.period or {}).get("claim") is None:
        return False
    if _frames.running_and_dated(a, b, ctx.doc.published):
        return True  # "the 107 constituencies announced so far" ... "the 40 announced on Sunday"
    if amount:
        return not _frames.periods_compatible(a, b, ctx.doc.published)
    pa, pb = _frames.span(a, ctx.doc.published), _frames.span(b, ctx.doc.published)
    if not pa or not pb or pa == pb or (a.period or {}).get("claim") is None:
        return False
    if (pa[1] < pb[0] or pb[1] < pa[0]) and _days(pa) >= 28 and _days(pb) >= 28:
        return True  # "the 997 people killed during the similar period last year" after this
        # year's 1,192: tallies over two months or years apart are two groups
    return pa[0] <= pb[0] and pb[1] <= pa[1] or pb[0] <= pa[0] and pa[1] <= pb[1]


def _days(span: tuple[str, str]) -> int:
    return (date.fromisoformat(span[1]) - date.fromisoformat(span[0])).days + 1


def _events_differ(ctx: Context, a: Claim, b: Claim) -> bool:
    """The definite count names what happened to its group ("the 27 victims": a category
    categories.yaml marks `event`) and the earlier count is of another event or none
    ("two people managed to be rescued"): two groups of one noun (both read as people)."""
    events = ctx.derived("event_categories", lambda: frozenset(
        str(c.get("name")) for c in (ctx.lexicon("categories") or {}).get("categories") or [] if c.get("event")))
    return b.category in events and a.category is not None and a.category != b.category


def _owners_differ(a: Claim, b: Claim) -> bool:
    """Two counts of one noun belong to two owners: both named in or beside their own
    sentences, or both carried from sentences before. A subject carried from before on
    one side only says whom the story is about, not whose a group named with "the" is
    ("Japan's ... the two sides" then "Tamura said ... the two sides")."""
    if (a.subject_via == "previous sentence") != (b.subject_via == "previous sentence"):
        return False
    return _frames.subjects_differ(a, b)


# after a count's noun: another noun joined to it ("nine brothers and sisters" counts
# both), or what it is of ("the 0.2 point contribution of foreign trade")
_GROUP_TAIL = re.compile(r"\s*(?:(and|or|&)\s+[a-z]|of\s+((?:(?:the|its|their|his|her)\s+)?[\w’'-]+(?:\s+[\w’'-]+)?))")
# a word of a count's description; "13-week" is one ("13-week notes", "26-week notes")
_GROUP_WORD = fast_compile(r"(?:\d+-)?[A-Za-z][\w’'-]*")
# names and codes right after the word read as the noun, inside its phrase
_CODE_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w.’'-]*|[a-z]*\d[\w-]*))+")
# a place named right after the noun ("880 Soviets in Kuwait"; a day is no place), or a
# phrase that closes it ("the 80 mln dlrs of bills on offer.")
_PLACE_AFTER = re.compile(r"\s+(?:in|at|near|on|under|outside|abroad)\s+(?:the\s+)?(?:" + _PART_OF + r")?"
                          r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                          r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                          r"December)\b)([A-Z][\w’'-]+|[a-z]+(?=\s*[.,;])|(?<=\bthe\s)[a-z]+)")
_FIRST_WORD = re.compile(r"\s*[A-Za-z][\w’'-]*")
# a capitalised word before a bare number inside a sentence names it ("RIC 103", "Boeing 747")
_NAME_BEFORE = re.compile(r"[^\s.!?\"“]\s+([A-Z][\w.-]*)\s+$")


@functools.lru_cache(maxsize=512)
def _head_word(head: str) -> "re.Pattern[str]":
    """The noun as a whole word, case-blind: compiled once per noun, not per figure."""
    return re.compile(rf"\b{re.escape(head)}\b", re.I)


def _group(ctx: Context, c: Claim) -> tuple[frozenset[str], str | None] | None:
    """How a count names its group: the words between the figure and its noun ("creditor"
    in "nine creditor banks"), with a place named after it, and what the noun is of; None
    for a count of two nouns."""
    after = ctx.after(c, 80)
    m = _head_word(c.counts_head).search(after)
    if not m:  # a noun the frame reads as another ("six deaths" counts people): the word after it
        w = _FIRST_WORD.match(after)
        place = _PLACE_AFTER.match(after, w.end()) if w else None
        return (frozenset({place.group(1).lower()}) if place else frozenset()), None
    t = _GROUP_TAIL.match(after, m.end())
    if t and t.group(1):
        return None
    words = {w.lower() for w in _GROUP_WORD.findall(after[:m.start()])}
    code = _CODE_AFTER.match(after, m.end())
    if code:  # "class J-four bonds", "major U.K. Clearing banks": a name or code in it
        words |= {w.lower() for w in code.group().split()}
    place = _PLACE_AFTER.match(after, t.end() if t else m.end())
    if place:  # "all 880 Soviets in Kuwait": the place is a word of its description (so is "on offer")
        words.add(place.group(1).lower())
    return frozenset(words), (t.group(2).lower() if t and t.group(2) else None)


def _names_group(a: tuple | None, b: tuple) -> bool:
    """A definite count names again the group an earlier count named when it adds no word
    to it: "the nine banks" names "nine creditor banks"; "the two largest creditor banks",
    "the 10.6 mln outstanding shares" and "the 0.5 point contribution of domestic demand"
    (after "0.2 point contribution of foreign trade") name others."""
    if a is None:
        return False
    return b[0] <= a[0] and (a[1] is None or b[1] is None or a[1] == b[1])


# "in only four cases": a focus word marks a count as a few of more; "The three firms are
# Nomura, Daiwa and Lanston": a group whose members are then named, some of whom a later
# "the two firms" may name
_FEW_OF_MORE = fast_compile(r"\b(?:only|just|merely)\s+$", re.I)
_MEMBERS_NAMED = re.compile(r"\s*(?:are|were|:)\s+[A-Z]")


def _selection(ctx: Context, c: Claim) -> bool:
    """A bare count (no verb to say which group) that a later definite count of its noun
    cannot be taken to name again: a few of more, or a group named member by member."""
    if _FEW_OF_MORE.search(ctx.before(c, 12)):
        return True
    after = ctx.after(c, 80)
    m = _head_word(c.counts_head).search(after)
    return m is not None and _MEMBERS_NAMED.match(after, m.end()) is not None


# after a count's noun (and what it is of): a clause of its own that says which group it
# is ("the 15 protesters who remain", "the five mln shares it already holds", "the
# 1,449,550 units already held by Renouf", "all six blocks opened in the Barents Sea")
_OWN_CLAUSE = re.compile(r"(?:\s+of\s+[\w’'-]+(?:\s+[A-Z][\w’'-]*)*)?\s+(?:that|which|who|whom|whose|where|it|they|he|she|we|"
                         r"(?:already|now|still|currently)\s+[a-z]+|[a-z]+ed\s+(?:by|in|at|on|from|under|of|with|for)|"
                         r"[a-z]+ing\s+(?:to|in|at|on|from|under))\b")  # ("the 72 ships belonging to Petrobras",
# "the 4,000 or so votes of Israelis suspected of carrying the virus")


# an amount's participle with no auxiliary before it and no object after it: what was
# done to it names it ("the 20 mln shares purchased later this week" are not "the
# 73,653,000 shares tendered"); "the 20,000 shares were turned over" names no group
_PARTICIPLE = re.compile(r"\s+[a-z]+ed\b(?!\s+(?:the|a|an|its|their|his|her|this|that|to)\b)")


# the phrase after a definite count's noun that says what its group is of or where ("the
# nine departments of the country", "the 12,372 pupils at independent or private schools")
_OF_PHRASE = re.compile(r"\s+(?:of|at)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+|an?\s+)?"
                        r"([\w’'-]+(?:\s+(?:or\s+|and\s+)?(?!(?:of|in|at|on|to|for|from|by|with|the|who|which|that)\b)"
                        r"[\w’'-]+){0,2})")
_NOT_A_WHOLE = frozenset("them these those which whom whose it".split())


def _of_its_own(ctx: Context, a: Claim, b: Claim) -> bool:
    """The definite count `b` says in a phrase after its noun what its group is of or where
    ("of the country", "at independent or private schools"), and `a`'s sentence does not
    use all those words: `b` counts a group of its own words, not `a`'s ("five departments
    were declared in emergency" ... "the damage reached the nine departments of the
    country": all of them; "the 512,735 pupils in public schools" ... "the 12,372 pupils at
    independent or private schools"; but "14 members of a gang" ... "the 12 members of the
    gang" is the same group)."""
    after = ctx.after(b, 80)
    m = _head_word(b.counts_head).search(after)
    of = _OF_PHRASE.match(after, m.end()) if m else None
    if of is None:
        return False
    words = {w.lower() for w in re.findall(r"[\w’'-]+", of.group(1)) if len(w) > 2} - _NOT_A_WHOLE
    if not words:
        return False
    told = ctx.sentence(a).text.lower()
    return not all(re.search(rf"\b{re.escape(w)}", told) for w in words)


def _own_clause(ctx: Context, c: Claim) -> bool:
    after = ctx.after(c, 80)
    m = _head_word(c.counts_head).search(after)
    return m is not None and (_OWN_CLAUSE.match(after, m.end()) is not None
                              or _amount(c) and _PARTICIPLE.match(after, m.end()) is not None)


def _label(ctx: Context, c: Claim) -> bool:
    m = _NAME_BEFORE.search(ctx.before(c, 30))
    return m is not None and m.group(1).lower() not in _FUNCTION  # ("- The nine banks")


def _measure(c: Claim) -> str:
    if c.category == "population":
        return "population"
    what = c.counts or c.extra.get("counts_key") or "the same thing"
    return f"{what} ({c.category})" if c.category not in (None, "other", "share") else what
