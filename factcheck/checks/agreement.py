"""agreement.repeated-figure: one frame (the same thing counted, for the same
subject, over the same period, as a level) given twice in a text, incompatibly; and the
readers it judges a pair of figures with (the places its sentence names). A group
named again ("the 8 foreigners" after "arrested 14 foreigners") is read in
agreement_named.

The other agreement check types live beside it (agreement_headline: a headline
figure the body contradicts or never supports; agreement_count_list: "three
journalists: A and B" against the list it gives); what they share is in
_agreement.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Iterator

from . import Context, _frames, check_type
from ._agreement import (PERCENT, _FUNCTION, _PART_OF, _distinct, _figures, _found, _in_headline,
                         _in_sentence, _iv, _meet, _of_sentence, _picked_from, _said, _scope)
from .agreement_named import _figure_named_again, _head_word, _measure, _named_again
from ._numeric import fmt_interval
from ._one_whole import one_whole, said_whole
from ..model import Claim
from ..regexwords import fast_compile


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
        area = _area_opening(ctx).match(s.text)
        if area is None and s.index and _this_area(ctx).search(s.text):
            area = _area_opening(ctx).match(ctx.doc.sentences[s.index - 1].text)  # ("for this division")
        if area:
            found.add(" ".join(area.group(1).lower().split()))
        return found
    found = _of_sentence(ctx, "agreement.places", c, read)
    if c.subject_via == "place" and c.subject:
        place = c.subject[4:] if c.subject.startswith("the ") else c.subject
        return found | {place}
    return found


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


def _area_nouns(ctx: Context) -> str:
    """The rule's part_nouns and the reference lexicon's area and place nouns, as a regex alternation."""
    lex = ctx.lexicon("reference") or {}
    words = (lex.get("area_nouns") or []) + (lex.get("place_nouns") or []) + (ctx.params.get("part_nouns") or [])
    return "|".join(sorted((re.escape(str(w)).replace("\\ ", "\\s+") for w in words), key=len, reverse=True))


def _area_opening(ctx: Context) -> "re.Pattern[str]":
    """A sentence opening on a part of the story's place named in lower case ("For the
    central division,", "In the western region,"): group 1 the part."""
    return ctx.derived("agreement.area_opening", lambda: re.compile(
        rf"\W*(?:In|For|Across|At)\s+the\s+((?:[a-z][\w-]*\s+){{1,3}}(?:{_area_nouns(ctx) or '(?!)'}))s?\s*,"))


def _this_area(ctx: Context) -> "re.Pattern[str]":
    """"this division", "that region": the part the sentence before opened on."""
    return ctx.derived("agreement.this_area", lambda: re.compile(
        rf"\b(?:this|that)\s+(?:{_area_nouns(ctx) or '(?!)'})\b", re.I))


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
                                        "scope_words": [], "part_nouns": [], "twice_words": 12, "several_events": [],
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
    _parts_of_one_whole(ctx)


def _parts_of_one_whole(ctx: Context) -> None:
    """One whole stated twice, word for word in its figure and noun, over one period
    ("115,986 dengue cases, including 491 deaths, reported from 1 January to 6 July" ...
    "Between 1 January and 6 July, 115,986 dengue cases including 456 deaths were
    reported"): its parts of one frame, in the same places (_places), are one part and
    must agree. Parts are grouped by their whole's value and noun and their own frame
    first; a group of more than `max_values` + 2 is a table, compared with none."""
    published = ctx.doc.published
    by_id = {c.id: c for c in _figures(ctx)}
    groups: dict[tuple, list[tuple[Claim, Claim]]] = {}
    for c in by_id.values():
        whole = by_id.get((c.aspect or {}).get("of") or "")
        if _frames.aspect(c) == "part" and whole is not None and whole.value is not None and whole.counts \
                and _frames.key(c) is not None and c.unit not in PERCENT and not _in_headline(ctx, c):
            groups.setdefault((whole.value, whole.unit, whole.counts, _frames.key(c)), []).append((c, whole))
    most = int(ctx.params.get("max_values", 2)) + 2
    for parts in groups.values():
        if not 1 < len(parts) <= most:
            continue
        for i, (b, wb) in enumerate(parts):
            for a, wa in parts[:i]:
                if a.sentence == b.sentence or wa.sentence == wb.sentence \
                        or not _frames.periods_compatible(wa, wb, published) or not _frames.periods_compatible(a, b, published) \
                        or _places(ctx, a) != _places(ctx, b):  # ("including 3 deaths in Manila")
                    continue
                ia, ib = _iv(ctx, a), _iv(ctx, b)
                if not _meet(ia, ib) and not _found(ctx, a, b):
                    ctx.fail([a, b], first=_said(a), second=_said(b), first_iv=fmt_interval(ia), second_iv=fmt_interval(ib),
                             measure=f"{_measure(a)} of the same {wa.text} {wa.counts}", subject="")


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
        first = len(text) - len(text.lstrip(" \"'“‘(-—*•"))  # (the first word is capitalised for its place,
        dateline = _DATELINE.match(text)  # as is the first after a dateline: "YANGON, Myanmar - A crowded ferry")
        if dateline:
            first = dateline.end()
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
            found.update(lead.group(1).split() + (lead.group(2) or "").split())
        return frozenset(found)
    return ctx.once("repeated.story_places", make)


# a dateline: a place in capitals, or a capitalised name, then a dash or colon ("DHAKA -",
# "Dhaka:")
_DATELINE = re.compile(r"\s*([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*(?:,\s*([A-Z][\w .]{2,20}))?\s*[:\u2013\u2014-]\s")


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


def _over_several(ctx: Context, c: Claim) -> bool:
    """The figure is a total over several events, its clause says ("some fifty people were
    killed in several jihadist raids", "in a series of attacks"; param several_events):
    not the count of any one of them."""
    def make() -> "re.Pattern[str]":
        words = "|".join(re.escape(str(w)).replace("\\ ", "\\s+") for w in ctx.params.get("several_events") or [])
        return re.compile(rf"^[^.;:]{{0,60}}?\b(?:in|across|during|from|over)\s+(?:{words or '(?!)'})\b", re.I)
    return ctx.derived("repeated.several_events", make).match(ctx.after(c, 80)) is not None


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
