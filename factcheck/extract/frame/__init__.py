"""Each quantity's frame: what it counts, whose, when and how (issue 13). Two figures
are comparable only when their frames match, so the checks read these fields:

- counts / counts_head: the noun phrase the figure is of and its head ("people
  detained" / "people", "total assets" / "assets"); with extra["counts_key"], the head
  in the singular with the verb that counts it ("home destroy"), which two figures
  must share to count the same thing (frames.yaml same_counts joins other wordings);
- subject and subject_via: whose figure it is and how that was found (subject.py);
- extra["instance"]: which one of several things of its kind, when its phrase says
  ("ordinal: second", "label: b", "owner: ..."; instance.py);
- period: the temporal claim of its clause ({"claim": id, "start", "end"}) or the
  publication date (claim None), and kind "stock" | "flow";
- aspect: {"kind": level | change | rate | share | part | target, ...}.

    clause.py   the figure's clause
    counts.py   what it counts
    subject.py  whose it is (near.py: the readings beside the figure)
    period.py   when it holds
    aspect.py   how it stands
    instance.py which one of several of its kind
    rows.py     what the figures of a wire-table row count ("Shr 1.20 dlrs vs 1.05 dlrs")
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left

from ...deadline import CheckTimeout, tick
from ...model import Claim, Document
from ...regexwords import fast_compile, folded, search_folded
from ...rules import LexiconKey, RuleSet
from .aspect import OF_THE_BEFORE, aspect_of, head_figure, parts_of_wholes
from .clause import clause_of
from .counts import _STOP as _NOT_NOUN, read_counts, singular
from .instance import instance_of, sentence_may
from ..link.lexicon import _frames as _link_frames, _lexicon as _link_lexicon
from ..link.words import _STOP as _LINK_STOP
from .lexicon import lexicon
from .period import CHANGED_BEFORE, period_of, topic_time
from .rows import label_rows
from .subject import Subjects, _written, subject_of

log = logging.getLogger(__name__)
PERCENT = ("percent", "percentage_point")



# "up to December 26", "as of Nov 15": a tally through that time ("through" and "until"
# also close a span: "sales for February 21 through 28" are of those days)
# ("by August this year 234,078 dengue cases ... were reported": a tally through August)
_UP_TO = re.compile(r"\b(?:up\s+to|up\s+until|as\s+of|as\s+at|by)\s+(?:the\s+end\s+of\s+)?$", re.I)


def _ran_up_to(text: str, clause: tuple[int, int], said: str | None) -> bool:
    """The figure's time, as its clause writes it, comes right after _UP_TO's words."""
    at = text.find(said, clause[0], clause[1]) if said else -1
    return at >= 0 and _UP_TO.search(text, max(0, at - 24), at) is not None


def frame(doc: Document, claims: list[Claim], ruleset: RuleSet, money_units: frozenset[str]) -> None:
    """Fill in each quantity's frame, in place. A figure whose framing raises keeps
    none, and the failure is said in doc.notes; CheckTimeout goes through."""
    lx = lexicon(LexiconKey(ruleset))
    cats = _link_lexicon(LexiconKey(ruleset))[0]
    temporal = [c for c in claims if c.kind != "quantity"]
    starts = [t.span[0] for t in temporal]
    prev: Claim | None = None
    prev_clause = None
    prev_before: Claim | None = None  # the figure before prev in its clause
    seen = Subjects(doc, lx, cats, money_units, _link_frames(LexiconKey(ruleset)))
    text = _read_as(doc)
    quantities = [c for c in claims if c.kind == "quantity"]
    by_sentence: dict[int, list[Claim]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    for c in claims:
        tick()
        if c.kind != "quantity":
            continue
        try:
            clause = clause_of(doc, c, lx)
            same = prev is not None and prev_clause == clause and prev.sentence == c.sentence
            before = prev if same else None
            _frame_one(doc, text, c, clause, lx, temporal, starts, money_units,
                       head_figure(before, prev_before if same else None, doc.text), seen, cats,
                       by_sentence[c.sentence], prev if prev is not None and prev.sentence == c.sentence else None)
            prev, prev_clause, prev_before = c, clause, before
        except CheckTimeout:
            raise
        except Exception as e:  # noqa: BLE001 - this figure stays unframed, and said to be
            log.error("framing failed on %s", c.id, exc_info=e)
            note = f"framing failed on {c.text!r} (claim {c.id}): {type(e).__name__}: {e}"
            if note not in doc.notes:
                doc.notes.append(note)
    parts_of_wholes(quantities, text)
    _ellipses(quantities, text, temporal, starts, cats, lx.estimate_nouns)
    _reached(quantities, text)
    _restated(quantities, text)
    label_rows(doc.text, quantities, LexiconKey(ruleset))


# "fell to 2.40 billion dlrs from 2.52 billion", "income of 817 mln dlrs against 700 mln":
# a figure with no noun of its own, joined to the one before by one of these, counts
# what that one counts
_JOINED = re.compile(r"\s*(?:,\s*)?(?:[a-z]{1,8}\s*)?(?:,\s*)?(?:from|against|vs\.?|versus|compared\s+with|and|or|to)"
                     r"\s+(?:(?:about|some|nearly|almost|around|roughly|an?|the|of)\s+)*$", re.I)
# a sum per thing, not per time or per person ("C and F": a trade term between)
_PER_THING = re.compile(r"\s*(?:(?:[A-Z][\w.]*|and)\s+){0,3}?(?:(?:per|a|an)\s+(?!(?:year|month|week|day|quarter|"
                        r"annum|hour|person|capita|head|man|woman|child|employee|worker|household|"
                        r"family|member)s?\b)[a-z]+|each\b|apiece\b)|\s*/\s*shr?\b", re.I)
_OR_BEFORE = re.compile(r",\s*or\s+(?:about\s+|some\s+)?$")
_STOP_BEFORE = fast_compile(r"[,;:!?()\n]|\.\s")


# a report the clause places before the text's own ("Earlier it was reported about the
# 301 victims", "officials said earlier that 40 had died"): an adverb of earlier time with
# a verb of reporting, a figure the text has since replaced
_EARLIER_REPORT = re.compile(
    r"\b(?:earlier|previously|initially|at\s+first)\b(?:[\s,]+[\w’'-]+){0,3}?[\s,]+(?:was\s+|were\s+|had\s+(?:been\s+)?)?"
    r"(?:reported|said|put|estimated|announced|given|stated|cited)\b"
    r"|\b(?:reported|said|put|estimated|announced|stated)\s+earlier\b", re.I)


def _backshifted(text: str, at: int, lx) -> bool:
    """"The Bank of England said it had given the market 186 mln stg": a past perfect
    right after a reporting verb and its subject (one to three words) is the report's
    tense moved back, a figure given now, not an earlier one the text replaces."""
    if not text.startswith("had", at):
        return False
    before = text[max(0, at - 60):at]
    words = _STOP_BEFORE.split(before)[-1].split()
    return any(w.lower() in lx.reporting for w in words[-4:-1])


_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# what may stand between a figure and the noun it counts, written after it
_NAMED = re.compile(r"\s*(?:(?:[a-z]+\s+)?(?:in|of)\s+(?:the\s+|its\s+|their\s+)?)?", re.I)
# "announced so far", "raised to date": a running total, up to the day of writing
_RUNNING = re.compile(r"[^,.;:()]{0,40}?\b(?:so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now)\b", re.I)
_DEFINITE = fast_compile(r"(?:^|\s)(?:the|these|those|all|all\s+the)\s+$", re.I)
# (a possessive may stand for the determiner, a time's too: "from yesterday's 85.16 close")
# a pronoun's possessive before a count: "its 12 branches" are all the branches it has
_POSSESSED = fast_compile(r"(?:^|\s)(?:its|their|his|her|our)\s+$", re.I)
# between a figure and the same figure in other terms: "1,626,233 shares, or 7.3 pct"
_OR_RESTATED = re.compile(r"(?:\s+[A-Za-z.-]+){0,3},\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?")
_BASELINE = re.compile(r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|after)\s+"
                       r"(?:(?:about|some|nearly|almost|around|roughly|an?|the|its|[\w,]+[’']s)\s+)*$", re.I)
# "rise to 60% from current average around 45%": after a change, a level's own words may
# stand between "from" and it (a time among them is blanked to commas, _masked); not
# without one: "From the total 118 seats, 84 have been declared" picks from a whole
_BASELINE_WORDS = re.compile(r"\b(?:from|against|compared\s+(?:with|to))\s+(?:(?:an?|the|its|their)\s+)?"
                             r"(?:(?:(?-i:(?!(?:of|to|and|or|in|for|on|at|by)\s)[a-z]+)|,+)\s+){1,2}$", re.I)
# the standard a comparison measures against: "well up on the 6.84 billion mark surplus",
# "up 83.2 pct over the 80,256 contracts", "lower than the 21.6 billion", "191.4 pct above
# the 1,736 cars sold a year ago" (not "more than 40")
_COMPARED = re.compile(r"(?:\b(?:up|down|higher|lower|ahead|behind|rose|rise[sn]?|fell|fall(?:s|en)?|gain(?:ed|s)?|"
                       r"grew|increased|decreased|declined|dropped|climbed|jumped)\b[^;:]{0,25}?\s(?:on|over)|\bthan"
                       r"|\b(?:above|below))\s+"
                       r"(?:the|its|their|[\w,]+[’']s)\s+$", re.I)
_DIGITS = re.compile(r"\d")
_ADJECTIVE_TIME = re.compile(r"[\w.]+-[\w-]+")
_NOUN_NEXT = re.compile(r" [a-z]")
_OR_RATE = re.compile(r"\s*(?:,\s*)?(?:or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?|(?:about|some|nearly|almost)\s+)"
                      r"|\s*,\s*")
_HELD = frozenset("stake stakes shares share holding holdings".split())
_WORDS_THEN_COMMA = re.compile(r"\s*(?:[A-Za-z][\w.-]*\s+){0,3}[A-Za-z][\w.-]*(?=\s*,)")
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|which|these|those|it)\b")
_AND_PART = re.compile(r"[^\d.;:]{0,40}\band\s+$")
_NOUN_COMMA = re.compile(r"\s+[a-z][\w\s-]{0,40},\s+$")


# a time and the preposition that leads to it, taken out of the text between two figures
# ("fell to 2.40 billion dlrs in the year to October from 2.52 billion")
_TIME_LEAD = re.compile(r"\s*(?:in|on|at|for|during|over|by|since|through)?\s*(?:(?:the\s+)?(?:fiscal\s+)?"
                        r"(?:year|quarter|half|month|week|period|six\s+months|nine\s+months)\s+"
                        r"(?:to|ended|ending|through)\s+)?$", re.I)


_OF_WHOM = fast_compile(r"\bof\s+(?:whom|which)\s+(?:(?:about|some|nearly|almost|around|roughly|an?|"
                      r"another|only|just|at\s+least|more\s+than)\s+)*$", re.I)


def _whole_counted(quantities: list[Claim], b: Claim) -> Claim | None:
    """The figure b is a part of, when it counts something."""
    of = (b.aspect or {}).get("of")
    whole = next((q for q in quantities if q.id == of), None) if of else None
    return whole if whole is not None and whole.counts else None


def _without_times(text: str, a: int, b: int, temporal: list[Claim], starts: list[int]) -> str:
    out, at = [], a
    for t in temporal[bisect_left(starts, a):]:
        if t.span[0] >= b:
            break
        if t.span[1] > b:
            continue
        lead = _TIME_LEAD.search(text, at, t.span[0])
        out.append(text[at:lead.start()])
        at = t.span[1]
    out.append(text[at:b])
    return "".join(out)


def _ellipses(quantities: list[Claim], text: str, temporal: list[Claim] = (), starts: list[int] = (),
              cats=(), estimate_nouns: frozenset[str] = frozenset()) -> None:
    last_head: Claim | None = None  # the last figure with a noun of its own
    counted: Claim | None = None  # the last figure of the sentence that counts something
    for k, b in enumerate(quantities):
        a = quantities[k - 1] if k else None
        if counted is not None and counted.sentence != b.sentence:
            counted = None
        if counted is not None and (b.counts_head in estimate_nouns or b.counts is None and b.unit in PERCENT
                                    and (b.aspect or {}).get("kind") == "change"):
            # "production rose 0.5 pct, less than the 0.7 pct gain expected", "revenue of 50.3
            # billion dlrs, a 15 pct increase": a change named by no noun is of what its
            # sentence counts, as is a forecast or target ("below the target of 5.8%")
            _same_counts(b, counted)
            b.category = counted.category
        if b.counts:
            counted = b
        gap = text[a.span[1]:b.span[0]] if a is not None else ""
        if a is not None and a.counts and _WORDS_THEN_COMMA.match(gap):
            gap = gap[_WORDS_THEN_COMMA.match(gap).end():]  # "1.1 million votes, or 35 percent"
        if a is not None and a.counts and _OR_RATE.fullmatch(gap) \
                and ((b.aspect or {}).get("kind") == "rate" or b.unit in PERCENT and not b.counts):
            # "$87 million, or $2.02 a share": net income per share; "1.1 million votes, or 35 percent"
            _same_counts(b, a)
            b.category = a.category
            if b.unit in PERCENT and a.counts_head in _HELD:
                # "raised its stake to 2,165,300 shares, or 33.3 pct": the percentage is the stake
                b.counts = b.counts_head = "stake"
                b.category = "share"
        elif b.counts_head is None and (b.aspect or {}).get("kind") == "part" \
                and (_whole_counted(quantities, b) or last_head is not None and b.unit is None
                     and _OF_WHOM.search(text, max(0, b.span[0] - 40), b.span[0])):
            # "$50 billion in damage, of which $30 billion was insured", "halted 48 of the 72
            # ships": a part with no noun of its own counts what its whole does ("injuring
            # 2,059, of whom 1,404 were hurt": the people counted before, when the whole counts none)
            whole = _whole_counted(quantities, b) or last_head
            b.counts, b.counts_head = whole.counts, whole.counts_head
        elif b.counts_head in (None, "others") and last_head is not None and \
                (b.counts_head == "others" or _OF_THEM.match(text, b.span[1])):
            # "killed 14 soldiers and wounded 9 others", "312 people ...; 40 of them"
            if b.counts_head is None and (b.aspect or {}).get("kind") in ("level", "target") \
                    and b.unit not in PERCENT and not b.extra.get("fraction"):
                b.aspect = {"kind": "part", "of": last_head.id}
            if b.counts_head == "others":
                b.extra["other"] = b.extra["others"] = True  # ("one was found dead and six others are missing")
            b.counts_head = last_head.counts_head
            b.counts = (b.counts or "").replace("others", last_head.counts_head) or last_head.counts
        elif b.counts_head == "others":
            b.counts_head = "people"  # "72 others were hurt"
        if b.counts_head and b.counts_head != "others" and b.unit is None:
            last_head = b
    for a, b in zip(quantities, quantities[1:]):
        if a.sentence != b.sentence or a.counts is None or b.counts is not None and b.counts_head != a.counts_head:
            continue
        between = _without_times(text, a.span[1], b.span[0], temporal, starts)
        joined = between
        named = _NAMED.match(between, 0) if a.counts else None
        if named and between[named.end():].lower().startswith(a.counts.lower()):
            # "250,000 homes a year, up from 180,000", "a 38% jump in pretax profit to £54.8 million"
            joined = between[named.end() + len(a.counts):]
        if len(between) > 60:
            continue
        if (a.aspect or {}).get("kind") == "part" and _AND_PART.fullmatch(between):
            b.counts, b.counts_head, b.extra["counts_key"] = a.counts, a.counts_head, a.extra.get("counts_key")
            b.aspect = dict(a.aspect)  # "2,100 were laid off and 1,600 moved": a part of the same whole
        elif a.counts_head == b.counts_head and b.extra.get("counts_key") is None and not _DIGITS.search(between) \
                and not b.extra.get("other"):
            b.extra["counts_key"] = a.extra.get("counts_key")  # "five men on Monday and three men on Tuesday"
        elif _JOINED.fullmatch(joined) and not _own_categories_differ(a, b) \
                and ((b.aspect or {}).get("kind") == (a.aspect or {}).get("kind")
                                             or b.counts is None and (a.aspect or {}).get("kind") in ("change", "rate")
                                             or b.counts is None and b.period and b.period.get("baseline")):
            # "fell 22% to $182.6 million": the figures a change goes to and from count what it does
            _same_counts(b, a)
            if cats and b.category not in _KEEP:
                b.category = counts_category(b.counts, cats, b.unit) or b.category  # ... and are of its category
            if (a.aspect or {}).get("kind") == "rate" and (b.aspect or {}).get("kind") == "level":
                b.aspect = dict(a.aspect)  # "8,000 tonnes a month from 6,000 tonnes"
        elif _NOUN_COMMA.fullmatch(between) and OF_THE_BEFORE.search(text, max(0, a.span[0] - 20), a.span[0]):
            b.counts, b.counts_head, b.extra["counts_key"] = a.counts, a.counts_head, a.extra.get("counts_key")
            b.aspect = {"kind": "part", "of": a.id}


# "rose 27.2 pct to 299.5 mln", "increased by 70.6 per cent and reached 39,189", "rose
# 3%, reaching 1,200": between a change and the level it reached
_TO = re.compile(r"\s*(?:,\s*)?(?:to|(?:and\s+|to\s+)?(?:reach(?:ed|ing)?|st(?:oo|a)d\s+at|standing\s+at))\s+"
                 r"(?:(?:about|some|nearly|almost|around|roughly|an?|a\s+record)\s+)*", re.I)


def _reached(quantities: list[Claim], text: str) -> None:
    """A level a stated change reached ("rose 27.2 pct to 299.5 mln") carries that
    change in its aspect (`after`: the change's claim, value and direction): the level
    holds at the end of the change's period, so two levels of one frame reached by
    different changes hold at different times (a month's and the year-to-date's)."""
    for a, b in zip(quantities, quantities[1:]):
        if a.sentence == b.sentence and (a.aspect or {}).get("kind") == "change" \
                and (b.aspect or {}).get("kind") == "level" and _TO.fullmatch(text, a.span[1], b.span[0]):
            b.aspect = {**b.aspect, "after": {"claim": a.id, "value": a.value, "unit": a.unit,
                                              "direction": a.aspect.get("direction")}}


# "Rs 2,70,771 crore (Rs 2.7 trillion)", "200m (600ft)", "3.8 billion euros (about $4.4
# billion)": the same figure in other units or words, in brackets right after it
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:(?:about|some|around|roughly|nearly|almost|approx\.?|or)\s+)?")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _restated(quantities: list[Claim], text: str) -> None:
    """A figure restated in brackets with no noun of its own has the frame of the figure
    it restates: what it counts, whose, when (a baseline too) and how it stands."""
    for a, b in zip(quantities, quantities[1:]):
        if a.sentence != b.sentence or b.counts_head or not a.counts_head \
                or (a.unit in PERCENT) != (b.unit in PERCENT) or (a.unit is None) != (b.unit is None) \
                or not _BRACKET_OPEN.fullmatch(text, a.span[1], b.span[0]) or not _BRACKET_CLOSE.match(text, b.span[1]):
            continue
        _same_counts(b, a)
        b.category, b.subject, b.subject_via = a.category, a.subject, a.subject_via
        b.period, b.aspect = dict(a.period or {}), dict(a.aspect or {})


_KEEP = frozenset({"age", "population", "casualties", "injuries", "hospitalizations", "detentions", "displaced", "expulsions"})


def counts_category(phrase: str, cats, unit: str | None, events: bool = False) -> str | None:
    """The first category (categories.yaml, in order) whose word names what is counted
    (a category of units only for a figure in its units, a percentage or a count:
    "10.8 million vehicles" is production, "5 km" of a road built is not). An event's
    words say what befell the people a phrase counts, not what it counts, unless the
    phrase is a tally of the event (`events`: "the death toll" counts the dead)."""
    measured = unit is not None and unit not in PERCENT and any(unit in cat.units for cat in cats if cat.units)
    for cat in cats:
        if cat.event and not events or cat.units and unit is not None and unit not in cat.units and unit not in PERCENT \
                or cat.money and measured and not cat.in_kind:
            # an amount in tonnes or ounces is no sum of money ("bought 5,000 tonnes" is no
            # price), but may be held or owed ("reserves of 978,000 ounces": assets)
            continue
        if cat.pattern.search(phrase):
            return cat.name
    return None


def _own_categories_differ(a: Claim, b: Claim) -> bool:
    """Two counts (no unit) whose own words give each a category, and not the same one
    ("58 dead and 143 wounded": the wounded are not counted as the dead are)."""
    return a.unit is None and b.unit is None and a.category not in (None, "other") \
        and b.category not in (None, "other") and a.category != b.category


def _same_counts(b: Claim, a: Claim) -> None:
    """b counts what a does (and so is a stock or a flow as a is)."""
    b.counts, b.counts_head, b.extra["counts_key"] = a.counts, a.counts_head, a.extra.get("counts_key")
    if b.period and a.period:
        b.period["kind"] = a.period["kind"]
        if b.period.get("claim") is None and a.period.get("claim") is not None:
            # "grew 24.1 pct in February to 923.2 mln from 743.8 mln": all three February
            baseline = b.period.get("baseline")
            b.period = {k: v for k, v in a.period.items() if k != "baseline"}
            if baseline:
                b.period["baseline"] = True


def _read_as(doc: Document) -> str:
    """The text the counts are read from: a sentence written wholly in capitals (a wire
    headline, "JAPAN CORN IMPORTS SEEN AT 16.5 MLN TONNES") in lower case, so its words read
    as words and not as names. The same length, so offsets hold."""
    text = doc.text
    for s in doc.sentences:
        t = s.text
        if t.isupper() and len(t.lower()) == len(t):
            text = text[:s.start] + t.lower() + text[s.start + len(t):]
    return text


# a figure in a phrase of where: "refugees in 5 host countries", "across three provinces"
_IN_PLACES = fast_compile(r"\b(?:in|across|throughout|among)\s+(?:the\s+|some\s+|about\s+|nearly\s+)?$", re.I)


def _things_in_people_event(category: str | None, counts, lx, post: str) -> bool:
    """The figure is in a phrase of where (_IN_PLACES) and the category an event of people
    (casualties, displaced, ...: read from the words near the figure), but the figure
    counts the places its head names, no people and no word of the event ("refugees in 5
    host countries", "killed in seven prefectures"). A plural written with a capital is a
    people's name, people ("among 880 Britons")."""
    event = next((rx for name, rx in lx.events if name == category), None)
    if event is None:
        return False
    head = counts.head.lower()
    m = re.search(rf"\b{re.escape(head)}\b", post, re.I)
    if m and m.group()[:1].isupper():
        return False
    return head not in lx.people and singular(head) not in lx.people and head != "people" \
        and not event.search(counts.phrase or "")


def _topic(doc: Document, s, temporal, starts) -> Claim | None:
    """period.topic_time of the sentence before s in its paragraph, if any."""
    if not s.index or not temporal:
        return None
    p = doc.sentences[s.index - 1]
    if "\n\n" in doc.text[p.end:s.start]:
        return None  # a new paragraph
    return topic_time((p.start, p.end), temporal, starts, doc.text)


def _frame_one(doc: Document, text: str, c: Claim, clause: tuple[int, int], lx, temporal, starts,
               money_units: frozenset[str], prev: Claim | None, seen: Subjects, cats,
               sentence_quantities: list[Claim], last: Claim | None) -> None:
    pre, post = _masked(text, clause[0], c.span[0], temporal, starts), \
        _masked(text, c.span[1], clause[1], temporal, starts)
    money_or_share = c.unit in money_units or c.unit in PERCENT
    counts = read_counts(pre, post, money_or_share, lx, c.unit, c.value is None or float(c.value).is_integer())
    if counts.quoted and c.category not in _KEEP and not _written(doc.text, counts.quoted.lower()) \
            and counts_category(counts.quoted.lower(), cats, c.unit) is None:
        # "Hercules fell 2-1/4 to 59-1/4": a name (never written in lower case, and no word of
        # the categories, as "Sales fell" is) quoted, its share price
        counts.head = counts.phrase = "price"
        counts.mods, counts.event = (), ""
    if counts.phrase and counts.head and _ACRONYM.fullmatch(counts.phrase.split()[-1]):
        _spelled_out(counts, doc.text, c.span[0])  # "a 0.6 pct rise in the PPI": the producer price index
    ckey, event = counts.key, counts.event
    if ckey and c.unit is None and not counts.event and (_POSSESSED.search(pre[-20:]) or lx.having.search(pre[-60:])):
        # "has 12 branches", "its 12 branches": the owner's whole stock of them, one count
        # whichever way it is said (not "opened 12 branches", "sold two of its units")
        counts.event = "have"
    if ckey and c.unit is None and not counts.event and not counts.named and counts.head not in lx.stock_heads \
            and singular(counts.head or "") not in lx.stock_heads and ckey not in lx.same_counts:
        # "six people", "158 ships": a bare count of things may be any group of them;
        # what happened to them (the verb), a whole (a workforce, a population) or a name
        # ("the four Atlantic provinces") says which
        counts.event = "?"
    if counts.event != event:
        ckey = counts.key  # (the event changed)
    key = lx.same_counts.get(ckey) or lx.same_counts.get(ckey.split(" ")[0]) if ckey else None
    if c.subject is None:
        if text is not doc.text:  # names by their capitals: the subject reads the text as written
            pre_w, post_w = _masked(doc.text, clause[0], c.span[0], temporal, starts), \
                _masked(doc.text, c.span[1], clause[1], temporal, starts)
        else:
            pre_w, post_w = pre, post
        c.subject, c.subject_via = subject_of(doc, c, pre_w, post_w, lx, seen)
    if counts.phrase and counts.head not in ("shares", "share", "stock") and c.category not in _KEEP:
        # what is counted, not the unit: "sales fell 10 pct" is revenue, "5% of its workforce" employees
        c.category = counts_category(counts.phrase, cats, c.unit, counts.head in lx.tallies) or c.category
    if c.unit is None and counts.head and _IN_PLACES.search(pre[-30:]) \
            and _things_in_people_event(c.category, counts, lx, post):
        c.category = "other"  # "Syrian refugees in 5 host countries": the countries counted, not refugees
    if counts.other:
        c.extra["other"] = True
    c.counts = counts.phrase
    c.counts_head = counts.head
    c.extra["counts_key"] = None if counts.event == "?" and not key else key or ((("other " if counts.other else "") + " ".join(counts.mods + (ckey,)))
                                    if ckey else None)
    if counts.head and _DEFINITE.search(pre[-20:]):
        c.extra["definite"] = True  # "the 14 foreigners": a group named before
    s = doc.sentence_at(c.span[0])
    may = seen.instance_may.get(s.index)
    if may is None:
        may = seen.instance_may[s.index] = sentence_may(doc.text[s.start:s.end], lx)
    inst = instance_of(doc.text[max(s.start, c.span[0] - 300):c.span[0]], doc.text[c.span[1]:clause[1]], lx, may)
    if inst:
        c.extra["instance"] = inst  # "the second 200 mln bond", "the B shares"
    c.period = period_of(c, clause, temporal, starts, counts, lx, doc.text, sentence_quantities,
                         (s.start, clause[0]) if clause[0] > s.start else None,
                         _topic(doc, s, temporal, starts), doc.published and doc.published.isoformat(),
                         seen.its_time)
    if c.period.get("claim") is None and _RUNNING.match(post):
        c.period["running"] = True  # "the 107 constituencies announced so far": a running total
    elif c.period.get("claim") and not c.period.get("since") and _ran_up_to(doc.text, clause, c.period.get("text")):
        c.period["running"] = True  # "the 1,192 people killed up to December 26": a tally through that day
    lpre = folded(pre)  # the case-blind searches below run over it, faster (regexwords.search_folded)
    if search_folded(_BASELINE, pre[-40:], lpre and lpre[-40:]) or search_folded(_COMPARED, pre[-45:], lpre and lpre[-45:]) \
            or (bw := _BASELINE_WORDS.search(pre, max(0, len(pre) - 40))) and CHANGED_BEFORE.search(pre, max(0, bw.start() - 60), bw.start()):
        c.period["baseline"] = True  # "rose to 110 mln from 100 mln": the 100 mln held before
    elif prev is not None and (prev.period or {}).get("baseline") and _OR_RESTATED.fullmatch(text, prev.span[1], c.span[0]):
        c.period["baseline"] = True  # "from 1,626,233 shares, or 7.3 pct": the figure it changed from, said again
    sup = search_folded(lx.superseded, pre, lpre)
    if sup and not _backshifted(text, clause[0] + sup.start(), lx) or _EARLIER_REPORT.search(pre):
        c.extra["superseded"] = True  # "the company had said 44": replaced by the text
    if counts.head in lx.change_nouns and not counts.change and not (money_or_share and c.unit not in PERCENT
                                                                     and counts.head in lx.levels_of_money):
        # "an increase of 39.6 billion dlrs"; not "a 1986 loss of 83 mln markka", a level of loss
        counts.change = lx.change_nouns[counts.head]
    c.aspect = aspect_of(c, pre, post, counts, lx, prev)
    if c.aspect["kind"] in ("share", "level"):
        gapped = _gapped_change(text, c, last, lx)
        if gapped is not None:
            c.aspect = dict(gapped.aspect)
    per = _PER_THING.match(post) if money_or_share and c.unit not in PERCENT else None
    after = _WORD_AFTER.match(post, per.end()) if per else None
    if after and after.group(1) not in _LINK_STOP and after.group(1) not in lx.linking \
            and not after.group(1).endswith("ed") and counts_category(after.group(1), cats, c.unit) != "price":
        per = None  # "a 1.05 dlrs per bushel duty": the noun after is what the rate is of
    if per and not _OR_BEFORE.search(pre[-20:]) and counts.head != "price" \
            and (counts.head is None or counts_category(counts.phrase, cats, c.unit) == "price"):
        # "at 26 dlrs each", "an offer of 145 dlrs per share", "400 dlrs per tonne": a sum per
        # thing (not per year or per person) with no other noun is the thing's price (not "a
        # 1.05 dlrs per bushel duty", nor "$87 million, or $2.02 a share")
        c.counts = c.counts_head = "price"
        c.category = "price"
    if c.aspect["kind"] == "target" and c.period.get("baseline"):
        c.aspect = {"kind": "level"}  # "expects revenue of $1.1 billion, up from $940 million": held
    if c.aspect["kind"] == "change" and counts.head in ("shares", "share", "stock", "stocks"):
        # "Hercules shares fell 2-1/4": a stock's price changes
        c.counts_head = c.counts = c.category = "price"


# gapping: "Exports rose 12% in March, imports 8%": a second subject and figure after a
# comma or "and", their verb left out, share the change of the first; the words between
# are a time or place of the first (optional), then a noun phrase with no verb or
# preposition ("compared with 8%", "up from 8%", "against 8%" are other readings): no
# word of grammar (counts' stop words) and no change verb
_GAP = re.compile(r"(?:\s+(?:in|during|for|on|at)\s+[^,;:.()]{1,30}?)?\s*(?:,\s*(?:and|while|but)?|\band|\bwhile)\s+"
                  r"(?:the\s+|its\s+|their\s+)?(?P<np>(?:[A-Za-z][\w’'&-]*\s+){1,4})$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;,\n]|$|[ \t](?:in|for|during|on|from|a|an|the)\b)")


def _gapped_change(text: str, c: Claim, first: Claim | None, lx) -> Claim | None:
    """The change figure whose verb `c` shares by gapping ("imports 8%" after "Exports rose
    12% in March, "), if any: `first`, the figure just before it in the sentence, a change
    in the same unit, with only a verbless noun phrase between (see _GAP)."""
    if first is None or (first.aspect or {}).get("kind") != "change" or first.unit != c.unit:
        return None
    m = _GAP.fullmatch(text, first.span[1], c.span[0])
    if not m or any(w.lower() in _NOT_NOUN or w.lower() in lx.change_verbs for w in m.group("np").split()):
        return None
    return first if _CLAUSE_END.match(text, c.span[1]) else None


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _spelled_out(counts, text: str, before: int) -> None:
    """An acronym the text spelled out before counts what its words do ("the PPI" after
    "the producer price index": index)."""
    letters = counts.phrase.split()[-1]
    rx = r"\b" + r"\s+".join(rf"{ch}[a-z]+" for ch in letters) + r"\b"
    m = None
    for m in re.finditer(rx, text[:before], re.I):
        pass  # the last one before the figure
    if m is not None:
        words = m.group().lower().split()
        counts.head, counts.phrase = words[-1], " ".join(words)
        counts.mods = tuple(words[:-1])


def _masked(text: str, a: int, b: int, temporal: list[Claim], starts: list[int]) -> str:
    """text[a:b] with the temporal claims in it blanked to commas: "dlrs in February" is
    not what a sum is of, and a time ends a noun phrase."""
    out = text[a:b]
    lo = bisect_left(starts, a - 60)
    for t in temporal[lo:]:
        if t.span[0] >= b:
            break
        x, y = max(t.span[0], a), min(t.span[1], b)
        if _ADJECTIVE_TIME.fullmatch(text, t.span[0], t.span[1]) and _NOUN_NEXT.match(text, t.span[1]):
            continue  # "13-week bills", "two-year bonds": a time that qualifies the noun counted
        if x < y:
            out = out[:x - a] + "," * (y - x) + out[y - a:]
    return out
