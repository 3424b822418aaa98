"""agreement.repeated-figure: one frame (the same thing counted, for the same
subject, over the same period, as a level) given twice in a text, incompatibly; and the
readers it judges a pair of figures with (the places its sentence names).

The other agreement check types live beside it (agreement_headline: a headline
figure the body contradicts or never supports; agreement_count_list: "three
journalists: A and B" against the list it gives); what they share is in
_agreement.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from datetime import date
from typing import Any, Callable, Iterator

from . import Context, _frames, check_type
from ._agreement import _figures, _in_headline, _in_sentence, _iv, _money, _said
from ..extract.frame.aspect import OF_THE_BEFORE
from ..extract.frame.counts import singular
from ..extract.frame.instance import instances_differ
from ._numeric import fmt_interval, overlaps
from ._one_whole import digit_slip, one_whole, said_whole
from ..model import Claim
from ..regexwords import fast_compile

PERCENT = ("percent", "percentage_point")


def _of_sentence(ctx: Context, name: str, c: Claim, make: Callable[[Any], Any]) -> Any:
    """make(the claim's sentence), worked out once per sentence and check run (what a
    figure reads from its whole sentence is the same for every figure there). Read only."""
    sent = ctx.sentence(c)
    memo = ctx.once(name, dict)
    try:
        return memo[id(sent)]  # the sentences live as long as the run
    except KeyError:
        value = memo[id(sent)] = make(sent)
        return value


def _places(ctx: Context, c: Claim) -> set[str]:
    """Where or of whom the claim's sentence speaks: capitalised names after in/at/near
    (_place: "in Kabul", "In Lahore, 46 died"), the place the frame read as the figure's
    subject ("in nearby Cebu province": Cebu), and a sentence opening that narrows it to
    a part (a word of `scope_words`, "Domestically, they carried 312 mln"; "Among the
    first deaths, two ..."): a figure so narrowed may be a part of one that is not."""
    def read(s: Any) -> set[str]:
        found = set(_PLACE.findall(s.text))
        m = _scope_opening(ctx).match(s.text)
        if m:
            found.add(m.group(1))
        return found
    found = _of_sentence(ctx, "agreement.places", c, read)
    if c.subject_via == "place" and c.subject:
        place = c.subject[4:] if c.subject.startswith("the ") else c.subject
        return found | {place}
    return found


# "the western part of the northern flank of": a part of the place named after it
_PART_OF = (r"(?:[a-z-]+\s+){0,2}(?:part|parts|regions?|areas?|zones?|half|side|flank|sections?|corner|end|edge|reaches|tip)"
            r"\s+of\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:part|region|area|half|side|flank|slope)\s+of\s+(?:the\s+)?)?")
# A capitalised name after in/at/near ("in Kabul", "In Lahore, 46 died"), or after a part
# of it ("in the western part of the northern flank of the Alps": the Alps): \b(?:[Ii]n|
# [Aa]t|[Nn]ear)\s+..., written to open with the set of first letters, which the engine
# skips to in a tight loop (the lookbehinds then check the word's start and which word it is)
_PLACE = re.compile(r"[IiAaNn](?<=\b[IiAaNn])(?:(?<=[Ii])n|(?<=[Aa])t|(?<=[Nn])ear)\s+(?:the\s+)?"
                    r"(?:" + _PART_OF + r")?([A-Z][\w'’-]+)")


def _scope_opening(ctx: Context) -> "re.Pattern[str]":
    def make() -> "re.Pattern[str]":
        words = "|".join(re.escape(str(w)) for w in ctx.params.get("scope_words") or [])
        return re.compile(rf"\W*((?:{words or '(?!)'})\b|[Aa]mong\s+[^,.;:\d]{{1,60}}?)\s*,", re.I)
    return ctx.derived("agreement.scope_opening", make)  # (of the rule's params alone: built once per rule set)


def _names_place(ctx: Context, place: str, c: Claim) -> bool:
    """Whether the claim's sentence names the place (as a whole word)."""
    found = _of_sentence(ctx, "agreement.names_place", c, lambda s: {})
    if place not in found:
        found[place] = re.search(rf"\b{re.escape(place)}\b", ctx.sentence(c).text) is not None
    return found[place]


def _row(ctx: Context, c: Claim) -> bool:
    """A short sentence (under `min_words`) that says whose figure it is not: a line
    with no full stop ("Injured: 74", "Net 5.3 mln vs 4.1 mln"), or a sentence naming
    nothing but the figure and what it counts ("The average price was 98.277.", "About
    3,154 lots were traded."): a row of a report under the heading or sentence before
    it, which says whose. A short sentence naming more ("The company employs 4,500
    people.") is prose, compared as any."""
    s = ctx.sentence(c)
    if _of_sentence(ctx, "agreement.words", c, lambda s: len(s.text.split())) >= int(ctx.params.get("min_words", 6)):
        return False
    if not s.text.rstrip("\"'\u201d)").endswith((".", "!", "?")):
        return True
    said = {w.lower() for w in _WORDS.findall(f"{c.text} {c.counts or ''}")}
    return all(w.lower() in said or w.lower() in _FUNCTION for w in _WORDS.findall(s.text))


_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
# words that name nothing: determiners, auxiliaries and linking verbs, hedges
_FUNCTION = frozenset("the a an its their this that these those was were is are be been has have had "
                      "about some only just nearly almost around roughly over under than more less at least "
                      "also then total put stood".split())


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two intervals share a value. Rounding intervals that only touch do not: "two" is
    1.5 to 2.5 and "three" 2.5 to 3.5, and no count is both (a rounded figure stands for
    the values up to its upper bound, not at it)."""
    if a[0] == a[1] or b[0] == b[1]:
        return overlaps(a, b)
    return a[0] < b[1] and b[0] < a[1]


def _distinct(ctx: Context, claims: list[Claim], most: int) -> list[tuple[float, float]]:
    """The figures' intervals, those overlapping an earlier one left out (stopping past `most`)."""
    out: list[tuple[float, float]] = []
    for c in claims:
        iv = _iv(ctx, c)
        if not any(_meet(iv, o) for o in out):
            out.append(iv)
            if len(out) > most:
                break
    return out


def _mixed(claims: list[Claim]) -> set[int]:
    """The sentences in which the claims give two different values."""
    first: dict[int, Any] = {}
    out = set()
    for c in claims:
        v = first.setdefault(c.sentence, c.value)
        if v != c.value or c.value != c.value:  # (a NaN differs even from itself)
            out.add(c.sentence)
    return out


def _other_sentences(claims: list[Claim], window: int) -> Iterator[tuple[Claim, list[Claim]]]:
    """Each claim (in text order) with the claims after it in other sentences, at most
    `window` of them. A pairwise comparison reads this instead of every pair: the same
    pairs while a group is no larger than window + 1 (in news text the largest are a few
    figures); a count repeated hundreds of times is a table, compared near each figure."""
    nxt = len(claims)
    after = [nxt] * len(claims)  # index of the first claim of a later sentence
    for i in range(len(claims) - 1, -1, -1):
        after[i] = nxt
        if i and claims[i - 1].sentence != claims[i].sentence:
            nxt = i
    for i, a in enumerate(claims):
        yield a, claims[after[i]:after[i] + window]


# ---------------------------------------------------------------- repeated figure

@check_type("repeated-figure", defaults={"approx": 0.1, "min_words": 6, "window": 32, "max_values": 2,
                                        "scope_words": [], "twice_words": 12, "several_events": [],
                                        "part_message": None, "total_words": [],
                                        "unsure_message": None, "time_nouns": [], "held_hedges": []})
def repeated_figure(ctx: Context) -> None:
    """Two figures of one frame (_frames.same_frame: the same thing counted, for
    compatible subjects and periods, both levels) in different sentences must overlap
    as intervals once hedges and rounding are counted. A sentence giving two values of
    one frame speaks of several groups ("five men on Monday and three men on Tuesday"),
    and a figure that is their sum names them together; a place named with one and
    not the other ("in Kabul" ... "in Kandahar") may be another event."""
    groups: dict[str, list[Claim]] = {}
    for c in _figures(ctx):
        k = _frames.key(c)
        if k is None or _frames.aspect(c) != "level" or c.unit in PERCENT or _in_headline(ctx, c):
            continue
        groups.setdefault(k, []).append(c)
    # (a figure alone in its frame is compared with none: the readings below are for pairs)
    groups = {k: kept for k, claims in groups.items() if len(claims) > 1
              and len(kept := [c for c in claims if _comparable(ctx, c)]) > 1}
    window = int(ctx.params.get("window", 32))
    published = ctx.doc.published
    most = int(ctx.params.get("max_values", 2))
    picked_from = _picked_from(ctx)
    for claims in groups.values():
        if len(_distinct(ctx, claims, most)) > most:
            continue  # a list of items measured alike (a market report): what tells them apart is not read
        several = _mixed(claims)
        # a total over several events stays in the group (a list of values is still one),
        # but is compared with none of it
        over = {id(c) for c in claims if _over_several(ctx, c)}
        facts = {id(c): (_restrictors(ctx, c), _iv(ctx, c)) for c in claims}
        said = {id(c): f"agrees with {c.text} ({fmt_interval(facts[id(c)][1])})" for c in claims}
        passed: set[tuple[int, str]] = set()  # (passing again adds nothing)
        for a, later in _other_sentences(claims, window):
            if a.sentence in several or id(a) in over:
                continue  # ("some fifty people were killed in several raids": a total over events)
            pa, ia = facts[id(a)]
            clash = []
            for b in later:
                if b.sentence == a.sentence or b.sentence in several or id(b) in over \
                        or not _frames.same_frame(a, b, published):
                    continue
                if a.id in picked_from and b.id in picked_from:
                    continue  # "six of the 48 seats" ... "84 of the 288 seats in the assembly": two sets
                pb, ib = facts[id(b)]
                narrow = _narrower(ctx, a, b, pa, pb)
                if narrow is None:
                    continue  # "in Kabul" and "in Kandahar": each names what the other does not, two sets
                if narrow is not a and narrow is not b and not _meet(ia, ib) and _remainder(ctx, a) != _remainder(ctx, b):
                    narrow = a if _remainder(ctx, a) else b  # "34 seats remain to be declared": the rest of the 118
                if narrow is not a and narrow is not b and _meet(ia, ib) \
                        or narrow is a and ia[0] <= ib[1] or narrow is b and ib[0] <= ia[1]:
                    for x, y in ((a, b), (b, a)):
                        k = (id(x), said[id(y)])
                        if k not in passed:
                            passed.add(k)
                            ctx.passed(x, k[1])
                elif not _updated(ctx, a, b, ia, ib):
                    clash.append((b, narrow))
            for b, narrow in clash:
                ib = facts[id(b)][1]
                subject = f" of {a.subject or b.subject}" if a.subject or b.subject else ""
                if narrow is a or narrow is b:
                    part, whole = (a, b) if narrow is a else (b, a)
                    ctx.fail([a, b], message=ctx.params.get("part_message"), part=_said(part),
                             part_iv=fmt_interval(_iv(ctx, part)), whole=_said(whole),
                             whole_iv=fmt_interval(_iv(ctx, whole)), measure=_measure(a), subject=subject,
                             narrowed=", ".join(sorted(r.lstrip("@") for r in facts[id(part)][0]
                                                       - facts[id(whole)][0])) or "what remains")
                    continue
                # (a smaller figure the text does not tie to the same whole may count a
                # part of it, or an earlier state of a toll: the reader judges; one part
                # named by both, "Domestically, ..." twice, is such a tie)
                sure = bool(pa) and pa == facts[id(b)][0] or one_whole(ctx, a, b, ia, ib)
                ctx.fail([a, b], severity=None if sure else "info",
                         message=None if sure else ctx.params.get("unsure_message"),
                         first=_said(a), second=_said(b), first_iv=fmt_interval(ia),
                         second_iv=fmt_interval(ib), measure=_measure(a), subject=subject)
    _named_again(ctx)
    _said_twice(ctx)
    _figure_named_again(ctx)


_REMAIN_AFTER = re.compile(r"\s++(?:[a-z-]++\s++){0,2}?(?:remain|remains|remained|are\s+left|were\s+left|left\s+to)\b", re.I)
_REMAINING_BEFORE = fast_compile(r"\b(?:remaining|other)\s++$", re.I)


def _remainder(ctx: Context, c: Claim) -> bool:
    """The figure counts what is left of a whole ("34 seats remain to be declared", "the
    remaining 12"): a part of the whole, never the whole said again (read once a figure)."""
    memo = ctx.once("repeated.remainder", dict)
    found = memo.get(id(c))
    if found is None:
        found = memo[id(c)] = _REMAIN_AFTER.match(ctx.after(c, 40)) is not None \
            or _REMAINING_BEFORE.search(ctx.before(c, 16)) is not None
    return found


def _updated(ctx: Context, a: Claim, b: Claim, ia: tuple[float, float], ib: tuple[float, float]) -> bool:
    """The later of two figures is in a sentence that says the thing changed to its figures
    ("448 million NZ dollars" ... "the seizure had grown to 494 kg, with a street value of
    494 million"), and it moved the way that verb says: a newer state, not the same one
    said again (a toll that "rose to 25" after "40 killed" still clashes)."""
    later, il, ie = (b, ib, ia) if b.span[0] > a.span[0] else (a, ia, ib)
    moves = {c.extra.get("change") for c in _in_sentence(ctx, later.sentence) if c.extra.get("change_prep") == "to"}
    return "rise" in moves and il[0] > ie[1] or "fall" in moves and il[1] < ie[0]


# a capitalised word (a name, or a part of one: "Cyclone Fytia", "Class XII", "KCB")
_NAME = fast_compile(r"(?<![\w'’])[A-Z][\w'’&.-]*")
# words capitalised for what they are, not for whom or where: days, months, titles
_NOT_NAMES = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept
Oct Nov Dec Mr Mrs Ms Dr I""".split())
# a time that refers back to one named before ("The same year, 9,701 candidates sat"), or
# closes a count ("3,500 were evacuated by Friday evening"): a time of the figure's own
_TIME_OWN = re.compile(r"\b(?i:the\s+same\s+(?:day|week|month|year|period|quarter|season)|that\s+(?:day|week|month|year|season)"
                       r"|so\s+far|(?:by|until|up\s+to)\s+(?:(?:the\s+end\s+of|this|last)\s+)?"
                       r"(?:(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                       r"August|September|October|November|December)|morning|afternoon|evening|night|noon|midnight)"
                       r"(?:\s+(?:morning|afternoon|evening|night))?)\b")


def _speakers(ctx: Context) -> "re.Pattern[str]":
    """Who reports a figure ("Odesa governor Oleh Kiper said", "said Synehubov", "according
    to the UN's OCHA"): the names there say who speaks, not what is counted."""
    def make() -> "re.Pattern[str]":
        verbs = "|".join(sorted({re.escape(str(w)) for w in (ctx.lexicon("frames") or {}).get("reporting_verbs") or []
                                 } | {"wrote", "writes", "reported", "reports", "announced", "tweeted"}))
        name = r"[A-Z][\w'’.&-]*(?:\s+(?:[a-z]+\s+){0,2}[A-Z][\w'’.&-]*){0,4}"  # ("Odesa regional governor Oleh Kiper")
        return re.compile(rf"{name}(?:\s+[a-z]+){{0,2}}\s+(?:{verbs})\b|\b(?:{verbs})\s+(?:[a-z]+\s+){{0,3}}{name}"
                          rf"|\baccording\s+to\s+(?:[a-z]+\s+){{0,2}}{name}")
    return ctx.derived("repeated.speakers", make)


def _restrictors(ctx: Context, c: Claim) -> frozenset[str]:
    """What narrows the set a figure counts beyond its frame, as its sentence says: the
    places it names (_places), the other names in it but the speaker's and the owner's
    ("Cyclone Fytia", "Class XII", "KCB"), a time of the figure's own ("by Friday
    evening", "the same year") and a relative clause after its noun ("where the election
    was postponed"; "@" + the words of these two)."""
    def names(s: Any) -> frozenset[str]:
        text = s.text
        quiet = _merged([m.span() for m in _speakers(ctx).finditer(text)]
                        + [(o.span[0] - s.start, o.span[1] - s.start) for o in _in_sentence(ctx, s.index)])
        starts = [a for a, _ in quiet]
        first = len(text) - len(text.lstrip(" \"'“‘(-—*•"))  # (the first word is capitalised for its place)
        found = []
        for m in _NAME.finditer(text):
            w = m.group().rstrip(".")
            k = bisect_right(starts, m.start()) - 1
            if m.start() <= first or w in _NOT_NAMES or k >= 0 and m.start() < quiet[k][1]:
                continue
            found.append((s.start + m.start(), w))
        found += [(s.start + t.start(), "@" + " ".join(t.group().lower().split())) for t in _TIME_OWN.finditer(text)]
        cuts = [s.start + m.start() for m in _CONTRAST.finditer(text)]
        parts: list[set[str]] = [set() for _ in range(len(cuts) + 1)]
        for at, w in found:
            parts[bisect_right(cuts, at)].add(w)
        return [frozenset(x) for x in parts], cuts  # (each part's names, once per sentence)
    parts, cuts = _of_sentence(ctx, "repeated.names", c, names)
    found = set(parts[bisect_right(cuts, c.span[0])]) | _places(ctx, c)  # the figure's part, between contrasts
    found -= _story_places(ctx)
    label = _LABEL.search(ctx.before(c, 80))
    if label and len(label.group(1).split()) <= 4:  # a short term in quotes just before the figure
        found.add("\u201c" + " ".join(label.group(1).lower().split()))  # names its option or kind
    for owner in (c.subject or "").split() if c.subject_via != "place" else ():
        found.discard(owner.strip(".,'’s"))
        found.discard(owner)
    said = {w.lower() for w in _WORDS.findall(f"{c.text} {c.counts or ''}")}
    found = {w for w in found if w.lower() not in said}
    after = ctx.after(c, 80)
    m = _head_word(c.counts_head).search(after, 0, 40) if c.counts_head else None
    if m:
        j = _JOINED_NAME.match(after, m.end())
        if j:  # "five Iraqis and a Libyan": a name joined to the counted noun is beside it
            found.discard(j.group(1))
        r = _RELATIVE.match(after, m.end())
        if r:  # "the 25 constituencies where the election was postponed": which of them
            found.add("@" + " ".join(r.group(1).lower().split()))
    return frozenset(found)


# a short term in quotes just before a figure, no stop between: the name of an option, a
# category ("the \"approval\" was chosen by 5,886,421 votes", "the option for a
# \"constitutional convention\" reached a total of 5,646,427")
_LABEL = re.compile(r"[\"\u201c]([A-Za-z][^\"\u201d\n.,;:!?]{1,38}?)[\"\u201d][^\"\u201c\u201d\n.,;:!?]{0,30}$")


# a contrasting clause: its names are its own ("84 seats have been declared, but one has been
# rejected by the PNG Electoral Commissioner": the commissioner narrows none of the 84)
_CONTRAST = fast_compile(r",?\s++(?:but|while|whereas|although|though)\s++", re.I)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, sorted, overlapping ones joined: a position is in one of them when the
    last that starts at or before it ends after it."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


_JOINED_NAME = re.compile(r"\s+(?:and|or)\s+(?:an?\s+|the\s+|\d+\s+)?([A-Z][\w'’-]*)")
# a relative clause right after a count's noun says which of them it counts
_RELATIVE = re.compile(r"\s+(?:where|who|whom|whose|which|that)\s+([^,.;:()]{3,60})")


def _story_places(ctx: Context) -> frozenset[str]:
    """The places the story's first sentence names ("Authorities in Bangladesh said ..."):
    where every figure of the story is, unless it says otherwise, so no narrowing."""
    def make() -> frozenset[str]:
        first = next((s for s in ctx.doc.sentences if not s.headline and s.text.strip()), None)
        if first is None:
            return frozenset()
        found = set(_PLACE.findall(first.text))
        lead = _DATELINE.match(first.text)
        if lead:
            found.update(lead.group(1).split())
        return frozenset(found)
    return ctx.once("repeated.story_places", make)


# a dateline: a place in capitals, or a capitalised name, then a dash or colon ("DHAKA -",
# "Dhaka:")
_DATELINE = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*(?:,\s*[A-Z][\w .]{2,20})?\s*[:\u2013\u2014-]\s")


def _narrower(ctx: Context, a: Claim, b: Claim, ra: frozenset[str], rb: frozenset[str]) -> Claim | bool | None:
    """Which of two figures of one frame counts a narrower set, by what each sentence
    names that the other's does not (_restrictors; a name counts as said by both when
    the other sentence names it anywhere): True when neither (one set, the figures must
    agree), the narrower one when only it does (a part: "the six deaths in the western
    Alps" of "19 people lost their lives"; it may be less than the other, not more),
    None when both do ("at least 227 died across South Asia" and "In Lahore, 46 died";
    "The same year, 9,701 candidates" and "13,014 candidates in this year's exams":
    two sets, not compared), and when either does for amounts in a unit."""
    own_a = any(not (r[0] != "@" and _names_place(ctx, r, b)) for r in ra - rb)
    own_b = any(not (r[0] != "@" and _names_place(ctx, r, a)) for r in rb - ra)
    if own_a and own_b or (own_a or own_b) and (a.unit or b.unit):
        return None  # (an amount in a unit may measure one thing: "a 437,000 bpd refinery in
        # Rotterdam" is no part of "the 178,500 bpd refinery"; a count of things adds up)
    if own_a or own_b:
        # the other is the whole only when its sentence says it is one ("In all, 700 homes");
        # else it may be some other part ("Almaty oblast harvested 320.6" ... "the oblast
        # harvested 13.1": the oblast named before)
        return (a if own_a else b) if said_whole(ctx, b if own_a else a) else None
    return True


def _comparable(ctx: Context, c: Claim) -> bool:
    """A level figure that repeated-figure compares with others of its frame."""
    if _row(ctx, c):
        return False  # a table row ("Injured: 74") belongs to a heading we cannot see
    if _scope(ctx, c):
        return False  # "372 people were injured in seven prefectures": where the 372 holds
    if c.counts_head == "times":
        return False  # "oversubscribed by 3.04 times": a multiple of something, no count of things
    return True


# between a figure and one in a phrase hanging off its clause: a few words, no
# punctuation or figure, then a preposition of place or of the set it holds across
_SCOPE_GAP = re.compile(r"\s+(?:[A-Za-z][\w’'-]*\s+){0,5}?(?:in|across|among|from|at)\s+"
                        r"(?:(?:the|its|their|some|about|nearly|over|more\s+than)\s+)?")


def _over_several(ctx: Context, c: Claim) -> bool:
    """The figure is a total over several events, its clause says ("some fifty people were
    killed in several jihadist raids", "in a series of attacks"; param several_events):
    not the count of any one of them."""
    def make() -> "re.Pattern[str]":
        words = "|".join(re.escape(str(w)).replace("\\ ", "\\s+") for w in ctx.params.get("several_events") or [])
        return re.compile(rf"^[^.;:]{{0,60}}?\b(?:in|across|during|from|over)\s+(?:{words or '(?!)'})\b", re.I)
    return ctx.derived("repeated.several_events", make).match(ctx.after(c, 80)) is not None


def _scope(ctx: Context, c: Claim) -> bool:
    """A count in a phrase hanging off the clause of a figure before it, saying where or
    across what that figure holds ("372 people had been injured in seven prefectures",
    "34,297 evacuees in the three prefectures"): the scope of another claim, not a claim
    of its own. Two scopes count the places of two different figures."""
    figures = _in_sentence(ctx, c.sentence)
    starts = _of_sentence(ctx, "agreement.starts", c, lambda s: [o.span[0] for o in figures])
    k = bisect_left(starts, c.span[0])  # (not read from the sentence's start for each figure)
    before = figures[k - 1] if k else None
    return before is not None and before.unit not in PERCENT \
        and _SCOPE_GAP.fullmatch(ctx.doc.text, before.span[1], c.span[0]) is not None


def _found(ctx: Context, a: Claim, b: Claim) -> bool:
    """A warning or error of this run names both claims already. An info one (a pair the
    frames compared but could not tie to one whole) gives way to the surer reading that
    found the pair again (a sentence given twice, a figure named again): it is dropped."""
    both = {a.id, b.id}
    if any(both <= set(f.claims) for f in ctx.findings if f.severity != "info"):
        return True
    unsure = [f for f in ctx.findings if f.severity == "info" and both <= set(f.claims)]
    if unsure:
        gone = {id(f) for f in unsure}
        ctx.findings[:] = [f for f in ctx.findings if id(f) not in gone]
        said = {f.message for f in unsure}
        for c in (a, b):
            c.checks[:] = [k for k in c.checks if not (k.rule == ctx.rule.id and k.detail in said)]
    return False


def _picked_from(ctx: Context) -> set[str]:
    """The ids of wholes a part or a share is picked from ("six of the 48 seats": 48;
    "23 percent of the 165,603 packages": 165,603). Such a whole is the size of the set
    its sentence picks from; two of them that differ are two sets (two houses, this
    week's sale and last week's), not one set counted twice: a pair of them is not
    compared. One such whole and any other figure still are."""
    def make() -> set[str]:
        wholes = {(c.aspect or {}).get("of") for c in _figures(ctx) if _frames.aspect(c) in ("part", "share")}
        return {c.id for c in _figures(ctx) if c.id in wholes and OF_THE_BEFORE.search(ctx.before(c, 30))}
    return ctx.once("agreement.picked_from", make)


# a sentence of more words is no prose (a table or list run together): its figures are
# not read for a sentence given twice (each would be keyed by the whole sentence)
_PROSE_WORDS = 400


def _said_twice(ctx: Context) -> None:
    """A sentence the text gives twice, word for word but for one figure (a wire repeats a
    paragraph): the two figures are one, whatever their frames read from the sentences
    around them. Short sentences are left out: "The average price was 94.25." said of two
    auctions is a template, not a repeat. So is a figure with the rest of its sentence
    repeated (of as many words), told by another speaker ("The minister said 34 banks
    holding ... agreed to ...", "Officials told reporters that 20 banks holding ...")."""
    most = int(ctx.params.get("twice_words", 12))
    alike: dict[tuple[str, str], list[Claim]] = {}
    words: dict[int, int] = {}  # sentence index -> its words, counted once
    for c in _figures(ctx):
        s = ctx.sentence(c)
        n = words.get(s.index)
        if n is None:
            n = words[s.index] = len(s.text.split())
        if s.headline or not most <= n <= _PROSE_WORDS:
            continue
        alike.setdefault((s.text[:c.span[0] - s.start], s.text[c.span[1] - s.start:]), []).append(c)
        rest = s.text[c.span[1] - s.start:]
        if len(rest.split()) >= most:  # (the words after it alone)
            alike.setdefault(("", rest), []).append(c)
    for claims in alike.values():
        a = claims[0]
        for b in claims[1:]:
            if _refers_back(ctx, a) and not _same_before(ctx, a, b):
                continue  # "The figure represented a 20 per cent increase": of the figure before
            if b.sentence != a.sentence and not _meet(_iv(ctx, a), _iv(ctx, b)) \
                    and not _found(ctx, a, b):  # (found already)
                ctx.fail([a, b], first=_said(a), second=_said(b), first_iv=fmt_interval(_iv(ctx, a)),
                         second_iv=fmt_interval(_iv(ctx, b)), measure=f"{_measure(a)} in one sentence given twice",
                         subject="")


# a sentence opening with words that refer back: what it speaks of is named before it
_REFERS_BACK = re.compile(r"\W*(?:it|its|they|their|this|that|these|those|the\s+(?:figure|number|amount|sum|"
                          r"total|result|rise|increase|fall|drop|decline))\b", re.I)
_DIGITS = re.compile(r"\d[\d,.]*")


def _refers_back(ctx: Context, c: Claim) -> bool:
    """The claim's sentence opens with a word that refers back ("It rose 5 pct", "The
    figure represented a 20 per cent increase"): said twice, it speaks of whatever the
    sentence before each names, so the two are one claim only when those are one too
    (_same_before: a paragraph given twice), not after two different figures ("Profit
    after tax rose to N2.4tn. The figure represented a 20 per cent increase." ...
    "Profit before tax rose to N2.9tn. The figure represented a two per cent increase.")."""
    s = ctx.sentence(c)
    return _REFERS_BACK.match(s.text) is not None


def _same_before(ctx: Context, a: Claim, b: Claim) -> bool:
    """The sentences before a's and b's are the same but for their figures."""
    ia, ib = ctx.sentence(a).index, ctx.sentence(b).index
    if not ia or not ib:
        return False
    sa, sb = ctx.doc.sentences[ia - 1], ctx.doc.sentences[ib - 1]
    return _DIGITS.sub("#", sa.text) == _DIGITS.sub("#", sb.text)


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
