"""agreement.headline: each headline figure against the body figures of its frame.

A headline is the lead said short: it drops the time, the owner and the modality
("OIL DOWN 9%" for "oil prices fell 9% this week, traders said"), so a body figure
restates a headline figure when it counts the same thing (its frame's counts, or the
headline's own words beside it), in the same unit, in the same aspect (a change is
not a level), for a subject and a time the headline does not contradict, and is not
the figure something changed from ("fell to 6 from 9"). Supported: such a body figure
whose interval meets the headline's (headlines round: an exact headline figure stands
for itself give or take `headline_approx`); the pass names it. Contradicted (warning):
the body gives figures of that frame, none compatible. Unsupported (info): no body
figure of that frame; a body figure with only the same number is no support.
"""
from __future__ import annotations

import math
import re

from . import Context, _frames, check_type
from ._agreement import _counted, _figures, _in_headline, _in_sentence, _iv, _lowered, _meet, _money, _said
from ._numeric import fmt_interval, point_grouped
from ..extract.frame.counts import singular, stem
from ..extract.numbers import TIME_UNITS
from ..model import Claim
from ..regexwords import fast_compile

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SCALED = fast_compile(r"(?i)\b(?:mln|million|bln|billion|trillion)\b")  # an amount, whatever its unit
_CLAUSE = fast_compile(r"[;:()]|,\s+(?:and|but|while|whereas|against|compared)\b|\s[-\u2013\u2014]\s")


@check_type("headline", defaults={"approx": 0.1, "headline_approx": 0.15, "max_words": 20,
                                  "categories": [], "people_participles": [], "plain_words": [], "reach": 80, "irregular_verbs": {},
                                  "unsupported_message": None, "several_events": [],
                                  "other_place_words": []})
def headline(ctx: Context) -> None:
    """Each headline figure needs a body figure of its frame that it fits."""
    h_sent = ctx.doc.headline
    if h_sent is None or len(h_sent.text.split()) > int(ctx.params.get("max_words", 20)):
        return  # a lead paragraph, not a headline
    # a figure in a unit of time is a length of time ("FIVE MONTH PROFIT", "TWO-YEAR LOW":
    # a duration as an adjective, read as a number in capitals), no amount to restate
    figures = [c for c in _figures(ctx) if c.unit not in TIME_UNITS]
    head = [c for c in figures if _in_headline(ctx, c)]
    body = [c for c in figures if not _in_headline(ctx, c)]
    if not head:
        return
    published = ctx.doc.published
    lead = _lead(ctx)
    # a part ("four policemen" of "six people") or a whole with a part stated ("2,000 of a
    # total 18,000 jobs") may give the headline's figure, but another value says nothing
    wholes = {(b.aspect or {}).get("of") for b in body if _frames.aspect(b) == "part"}
    words_by = {h.id: _words_of(ctx, h_sent.text, h, h_sent.start) for h in head}
    words_by = {h.id: _own_words(ctx, h, head, words_by) for h in head}
    for h in head:
        if _DENIED.search(ctx.before(h, 20)):
            continue  # "real pass rate is 37.6 percent, not 78.2 percent": a figure the headline denies
        ih = _headline_iv(ctx, h)
        words = words_by[h.id]
        same = [b for b in body if _restates(ctx, h, b, words, published, lead)]
        support = [b for b in same if _supports(ctx, h, ih, b)]
        parts = _summed(ctx, same, ih) or _listed(ctx, h, ih, body, lead) or _added(ctx, same, ih, body)
        rest = None if parts else _rest(ctx, h, ih, body, lead)
        each = next(((b, n) for b in same if (n := _times_each(ctx, b, ih, body))), None)
        if support:
            b = support[0]
            ctx.passed(h, f"the body gives it: {_said(b)} ({fmt_interval(_iv(ctx, b))})")
        elif each:
            ctx.passed(h, f"the body gives it as {_said(each[1])} \u00d7 {_said(each[0])} each")
        elif parts:
            ctx.passed(h, "the body gives its parts: " + " + ".join(_said(b) for b in parts))
        elif rest:
            ctx.passed(h, f"the lead gives it as the rest: {_said(rest[0])} \u2212 {_said(rest[1])}")
        elif (against := [b for b in same if _frames.aspect(b) != "part" and b.id not in wholes
                          and not _one_of_places(ctx, b) and not _elsewhere(ctx, h, b)
                          and not _AMONG.search(ctx.before(b, 20)) and not _picked_by_a_figure(ctx, b)
                          and not b.extra.get("superseded") and not _share_of_a_figure(h, b)
                          and not b.extra.get("others") and not _OTHER_AFTER.match(ctx.after(b, 12))
                          and not _narrowed_below(ctx, h, ih, b)
                          and not _in_one_place(ctx, ih, b) and not _vague(ctx, b)
                          and not (_over_events(ctx, h) and _iv(ctx, b)[1] < ih[1])]) \
                and (not _stated_again(h, body) or _swapped(ctx, h, head, body, words_by)) and not _vague(ctx, h):
            ctx.fail([h, *against[:3]], headline=_said(h), head_iv=fmt_interval(ih),
                     body=", ".join(f"{_said(b)} ({fmt_interval(_iv(ctx, b))})" for b in against[:3]))
        elif not same and (b := _said_elsewhere(ctx, h, body, words)) is not None:
            ctx.passed(h, f"the body says it in other words: {_said(b)}")
        elif not same and (against := _lead_in_other_words(ctx, h, body, words, lead)) \
                and not _stated_again(h, body) and not _vague(ctx, h):
            ctx.fail([h, *against[:3]], headline=_said(h), head_iv=fmt_interval(ih),
                     body=", ".join(f"{_said(b)} ({fmt_interval(_iv(ctx, b))})" for b in against[:3]))
        elif (b := _same_figure_of_its_noun(h, body)) is not None:
            ctx.passed(h, f"the body gives it: {_said(b)} ({b.counts_head})")
        else:
            ctx.fail([h], severity="info", message=ctx.params.get("unsupported_message"),
                     headline=_said(h), head_iv=fmt_interval(ih))


def _same_figure_of_its_noun(h: Claim, body: list[Claim]) -> Claim | None:
    """A body figure of the headline's value and unit whose noun is the headline figure's
    ("Costs reach $25.6 million for inquiry" ... "has already cost $25.6 million"): the
    same figure, whatever times the frames read around each (a date in a noun phrase,
    "into 2020 mass shooting", "the April 18-19 rampage", is the event's, not the cost's)."""
    head = singular((h.counts_head or "").lower())
    if not head or h.value is None:
        return None
    return next((b for b in body if b.value == h.value and b.unit == h.unit and b.hedge == h.hedge
                 and singular((b.counts_head or "").lower()) == head), None)


def _said_elsewhere(ctx: Context, h: Claim, body: list[Claim], words: frozenset[str]) -> Claim | None:
    """A body figure, in any sentence, that says the headline's figure in other words
    where the frames found none of its frame: the value the headline's rounds from
    ("5%" for 4.9%; "25 basis points" for "0.25 percentage points"), in its unit, with
    a word of the headline beside it ("GROWS 3.3%": "grew at a 3.3% annual pace") or the
    same value changed the same way; a change, level or rate for any of them (a growth
    rate is a change said per year). It only keeps the headline from an unsupported note: it contradicts
    nothing."""
    hv = _points(h)
    if hv is None:
        return None
    for b in body:
        bv = _points(b)
        if bv is None or b.extra.get("superseded") or not _not_other(ctx, h, b) \
                or not _unit_kin(ctx, h, b) or not _rounds_to(h, hv, bv):
            continue
        s = ctx.sentence(b)
        if words & _words_of(ctx, s.text, b, s.start, plain=True) \
                or bv == hv and _direction(h) is not None and _direction(h) == _direction(b):
            return b  # (or the same value changed the same way: "added 120,000 jobs", "rose by 120,000")
    return None


def _lead_in_other_words(ctx: Context, h: Claim, body: list[Claim], words: frozenset[str], lead) -> list[Claim]:
    """The lead's figures that would say the headline's in other words (_said_elsewhere)
    but for their value: the lead is the sentence the headline says short, so these
    contradict it ("RISES 42 PCT": "its 1986 income rose 21 pct")."""
    if not h.unit:
        return []  # a bare count ("TWO", "ONE") may be of anything; a scaled one's unit unread
    out = []
    for b in body:
        if b.sentence != lead or not _not_other(ctx, h, b) or not b.unit or _points(b) is None or (b.period or {}).get("baseline") \
                or b.extra.get("superseded") or _frames.aspect(b) == "part" or not _unit_kin(ctx, h, b):
            continue
        kinds = {_kind(h), _kind(b)}
        if len(kinds) > 1 and "percent" not in (h.unit, b.unit) and kinds != {"level", "change"} \
                or _change_and_level_reached(h, b):
            continue  # (a price a unit and a sum)
        s = ctx.sentence(b)
        if words & _words_of(ctx, s.text, b, s.start, plain=True):
            out.append(b)
    return out


def _change_and_level_reached(h: Claim, b: Claim) -> bool:
    """One is a change and the other the level a change reached ("The number of unemployed
    fell by 5.9%" over "The unemployment rate falls to 7.8%"): never one figure."""
    kinds = (_kind(h), _kind(b))
    return set(kinds) == {"change", "level"} and (h if kinds[0] == "level" else b).extra.get("change_prep") in ("to", "at")


def _direction(c: Claim) -> str | None:
    """Up or down: a change's, or that of the verb done to a count ("added 120,000 jobs":
    the jobs are counted, and their number rose by as many)."""
    a = c.aspect or {}
    if a.get("kind") == "change":
        return a.get("direction")
    return {"rise": "up", "fall": "down"}.get(c.extra.get("change") or "")


def _points(c: Claim) -> float | None:
    """The figure's value, basis points in percentage points."""
    if c.value is None:
        return None
    return c.value / 100 if c.unit == "basis_point" else c.value


def _unit_kin(ctx: Context, h: Claim, b: Claim) -> bool:
    """The same unit, basis and percentage points one, a headline's dollar any dollar,
    tons and metric tons one ("13 MLN TONS": "13 million metric tons")."""
    pts = {"basis_point", "percentage_point"}
    return h.unit == b.unit or {h.unit, b.unit} <= pts or {h.unit, b.unit} <= _TONS or _any_dollar(h, b) \
        or _unit_unread(ctx, h, b) or _unit_unread(ctx, b, h)


_DIGITS = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_TONS = {"t", "ton"}
PERCENT_UNITS = ("percent", "percentage_point")


def _rounds_to(h: Claim, hv: float, bv: float) -> bool:
    """bv, rounded as the headline writes its figure, is the headline's value: within
    half a unit of its last digit ("5%" for 4.9%, "3.5" for 3.52), and within a tenth."""
    m = _DIGITS.search(h.text)
    if not hv:
        return False
    written = float(m.group().replace(",", "")) if m else None  # (none: a number in words, "ONE")
    step = 10 ** -len(m.group(1) or "") * (hv / written) if written else 1.0
    return abs(bv - hv) <= step / 2 + 1e-9 * abs(hv) and abs(bv - hv) <= 0.1 * abs(hv)


def _stated_again(h: Claim, body: list[Claim]) -> bool:
    """The body states the headline's own value in its unit somewhere ("RAISES 63 MLN DLRS"
    and "raised 63 mln dlrs ... all but 10 mln dlrs of that total"): the headline says that
    figure short, and the body's other figures of a like frame are other periods, parts or
    options, so none contradicts it (if the frames missed the link, it is left unsupported)."""
    def same(a: float | None, b: float | None) -> bool:
        return a is not None and b is not None and abs(a - b) <= 0.005 * max(abs(a), abs(b))
    grouped = _point_grouped(h)
    for b in body:
        if grouped is not None and same(grouped, b.value):
            return True  # "Falklands' population, 2.844" over the body's "2,844": a point groups thousands
        if b.unit != h.unit and h.unit is not None and b.unit is not None:
            continue  # (a unit in capitals may be unread: "75 MLN AUS DLR")
        if same(h.value, b.value) or same(h.low, b.low) and same(h.high, b.high) \
                or h.high is not None and (same(h.high, b.value) or same(h.high, b.high)):
            return True  # ("15 TO 20 BILLION" read as one figure "20 BILLION", "15 billion to 20 billion")
    return False


def _point_grouped(h: Claim) -> float | None:
    """The value of a figure written "2.844" read with its point as a thousands
    separator (2,844), else None."""
    return h.value * 1000 if h.value is not None and point_grouped(h) else None


def _own_words(ctx: Context, h: Claim, head: list[Claim], words_by: dict) -> frozenset[str]:
    """A headline figure's words less those of the figures of its unit a comma sets
    apart from it: in "SALES RISE 111 PCT, PROFIT RISES 69 PCT" the shared verb tells
    neither's thing (all its words, where they are all shared)."""
    text = ctx.doc.text
    shared = frozenset().union(*(words_by[o.id] for o in head if o is not h and o.unit == h.unit
                                 and "," in text[min(h.span[1], o.span[1]):max(h.span[0], o.span[0])]))
    return (words_by[h.id] - shared) or words_by[h.id]


def _swapped(ctx: Context, h: Claim, head: list[Claim], body: list[Claim], words_by: dict) -> bool:
    """"SALES UP 111 PCT, PROFIT UP 69 PCT" over "sales rose 69 pct ... profit rose 111
    pct": the body states the headline's value, but each time of what another headline
    figure's words name and this one's do not, so it is no restatement of this one."""
    again = [b for b in body if b.unit == h.unit and _stated_again(h, [b])]
    others = [o for o in head if o is not h and o.unit == h.unit]
    if not again or not others:
        return False
    mine = words_by[h.id]
    for b in again:
        s = ctx.sentence(b)
        named = {_verb_stem(ctx, w) for w in (b.extra.get("counts_key") or "").split()} \
            | _words_of(ctx, s.text, b, s.start, plain=True)
        if named & mine or not any(named & (words_by[o.id] - words_by[h.id]) for o in others):
            return False
    return True


def _vague(ctx: Context, h: Claim) -> bool:
    """"Thousands", "dozens": a figure that names no value; a headline's is contradicted by
    none, and a body's contradicts none ("the hundreds of thousands of displaced people who
    have taken refuge in the city" under "7 million displaced": a loose count of some group)."""
    if h.hedge in ("at_least", "at_most"):
        return False  # a bound names its value ("at least 40")
    lo, hi = _iv(ctx, h)
    return not math.isfinite(hi - lo) or hi - lo > 0.5 * abs(hi) + 1


def _lead(ctx: Context) -> int | None:
    """The index of the body's first sentence (the lead, which the headline says short)."""
    h = ctx.doc.headline
    for s in ctx.doc.sentences:
        if s.start >= h.end and s.text.strip():
            return s.index
    return None


def _summed(ctx: Context, same: list[Claim], ih: tuple[float, float]) -> list[Claim]:
    """Figures of the frame one body sentence gives side by side ("recalling 33,000
    trucks and 19,000 buses") whose sum is the headline's ("RECALLING 52,000"), else []."""
    by_sentence: dict[int, list[Claim]] = {}
    for b in same:
        if b.unit not in PERCENT_UNITS:  # (percentages do not add: "rose 17 pct ..., up 16 pct")
            by_sentence.setdefault(b.sentence, []).append(b)
    for group in (g for g in by_sentence.values() if len(g) > 1):
        lo, hi = sum(_iv(ctx, b)[0] for b in group), sum(_iv(ctx, b)[1] for b in group)
        if lo <= ih[1] and ih[0] <= hi:
            return group
    return []


def _rest(ctx: Context, h: Claim, ih: tuple[float, float], body: list[Claim], lead) -> tuple[Claim, Claim] | None:
    """Two amounts of the lead in the headline's unit whose difference is the headline's:
    a whole the lead picks from ("of the") and the part of it that is not the headline's
    ("APPROVE $9.4 BILLION OF BONDS": "voters rejected nearly $1.8 billion of bonds, but
    most of the $11.2 billion of proposals won"), else None. Amounts only: counts of things may be of anything."""
    if not h.unit or h.unit in PERCENT_UNITS:
        return None
    lead_figures = [b for b in body if b.sentence == lead and b.unit == h.unit
                    and not (b.period or {}).get("baseline")]
    text = ctx.doc.text
    said = _iv(ctx, h)  # as stated, not widened as a headline's: a difference is exact
    for a in lead_figures:
        if not _OF_THE_WHOLE.search(text, max(0, a.span[0] - 30), a.span[0]):
            continue  # the whole is one the sentence picks from: "most of the $11.2 billion"
        ia = _iv(ctx, a)
        for b in lead_figures:
            ib = _iv(ctx, b)
            if b is not a and ia[0] > ib[1] and ia[0] - ib[1] <= said[1] and said[0] <= ia[1] - ib[0]:
                return a, b
    return None


_OF_THE_WHOLE = fast_compile(r"\b[Oo]f\s+(?:the|its|their)\s+$")


def _meets(ctx: Context, figures: list[Claim], ih: tuple[float, float]) -> bool:
    lo, hi = sum(_iv(ctx, b)[0] for b in figures), sum(_iv(ctx, b)[1] for b in figures)
    return lo <= ih[1] and ih[0] <= hi


def _listed(ctx: Context, h: Claim, ih: tuple[float, float], body: list[Claim], lead) -> list[Claim]:
    """A list of three or more amounts in the lead, in the headline's unit, all of the
    lead's, whose sum is the headline's: the lead gives the total as its parts
    ("approved 300 mln dlrs in economic aid for ..., 50 mln dlrs to ... and 50 mln dlrs
    in military assistance" for "APPROVES 400 MLN DLRS FOREIGN AID"), else []. Not
    percentages, nor figures compared ("to 51.73 billion from 51.46 billion", "2.7 pct
    after 2.9 pct"): those add up to nothing."""
    if h.unit in PERCENT_UNITS or h.unit is None and not _SCALED.search(h.text):
        return []  # (a bare count: the lead's other counts are of other things)
    listed = [b for b in body if b.sentence == lead and _alike(ctx, h, b) and _kind(b) == "level"]
    if len(listed) < 3 or any((b.period or {}).get("baseline") for b in listed):
        return []
    text = ctx.doc.text
    if not all(_listed_apart(text[a.span[1]:b.span[0]]) for a, b in zip(listed, listed[1:])):
        return []
    return listed if _meets(ctx, listed, ih) else []


def _listed_apart(gap: str) -> bool:
    """Between two items of a list: a comma or "and", no stop and no word of comparison."""
    return ("," in gap or _AND.search(gap) is not None) and ";" not in gap and _COMPARING.search(gap) is None


_AND = fast_compile(r"\band\b", re.I)
_COMPARING = fast_compile(r"\b(?:from|after|against|compared|versus|vs|than)\b", re.I)


def _added(ctx: Context, same: list[Claim], ih: tuple[float, float], body: list[Claim]) -> list[Claim]:
    """A sum of money and the sums the text adds to it ("an additional", "a further",
    "another" just before them, within two sentences), each of a noun the first one's
    sentence names, whose total is the headline's ("TO SELL 100 MLN DLRS DEBENTURES":
    "the sale of 70 mln dlrs ... of debentures", "sell an additional 30 mln dlrs of
    debentures"), else []."""
    text = ctx.doc.text
    for b in same:
        if not (b.unit and b.unit.isupper() and len(b.unit) == 3):
            continue
        named = {singular(w.lower()) for w in _WORD.findall(ctx.sentence(b).text)}
        adds = [o for o in body if o.unit == b.unit and o.span[0] > b.span[1] and o.sentence - b.sentence <= 2
                and _ADDITION.search(text, max(0, o.span[0] - 20), o.span[0])
                and o.counts_head and singular(o.counts_head) in named]
        if adds and _meets(ctx, [b, *adds], ih):
            return [b, *adds]
    return []


_ADDITION = fast_compile(r"\b(?:an\s+additional|a\s+further|another)\s+$", re.I)
_EACH = re.compile(r"(?i)\s*(?:[A-Za-z.]+\s+){0,2}?(?:each|apiece|a piece)\b")


def _times_each(ctx: Context, b: Claim, ih: tuple[float, float], figures: list[Claim]) -> Claim | None:
    """"four 747-400 aircraft at a cost of 250 mln Australian dlrs each" for "FOUR 747-400'S
    FOR ONE BILLION DLRS": a figure each, times the count its sentence gives, is the total.
    Returns the count when the product meets the headline's figure."""
    if not _EACH.match(ctx.doc.text, b.span[1]):
        return None
    for n in figures:
        if n.sentence == b.sentence and n.unit is None and n.value and n.value == int(n.value) and n is not b:
            lo, hi = _iv(ctx, b)
            if lo * n.value <= ih[1] and ih[0] <= hi * n.value:
                return n
    return None


def _restates(ctx: Context, h: Claim, b: Claim, h_words: frozenset[str], published, lead) -> bool:
    """Whether body figure b gives the headline figure h's frame, h's time, owner and
    modality being left to the body. Where the frames do not say what the figures count,
    the headline's words beside its figure do, in the lead only (the sentence the
    headline says short; later ones give the details and other figures of the story)."""
    if not _not_other(ctx, h, b):
        return False
    if h.unit in PERCENT_UNITS and b.unit in PERCENT_UNITS and _kind(h) != _kind(b):
        return False  # a ratio to another time ("HALF OF 1940s") is no share ("Twenty percent of adults")
    if _change_and_level_reached(h, b):
        return False
    if b.unit != h.unit or _kind(h) != _kind(b):
        return _in_lead(ctx, h, b, h_words, lead)
    if h.unit is None and not _SCALED.search(h.text):
        # a bare count of things ("SIX PLANTS", "2,000 JOBS") may be any group of them:
        # what happened to them (the verb) or its category says which
        return _counted_alike(ctx, h, b) or _lead_count(ctx, h, b, lead)
    if _frames.key(h) is not None and _frames.key(h) == _frames.key(b):
        return True
    if h.counts_head and b.counts_head and singular(h.counts_head) == singular(b.counts_head):
        return not _other_kind(ctx, h, b)
    if _other_rates(ctx, h, b):
        return False
    return _counted_alike(ctx, h, b) or _in_lead(ctx, h, b, h_words, lead)


# two names joined as one subject: "Turkey and Syria", "Kenya and Uganda"
_TWO_NAMES = fast_compile(r"\b([A-Z][\w'’-]+)\s+and\s+([A-Z][\w'’-]+)")
_IN_NAME = fast_compile(r"\b(?:in|across|for)\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _one_of_places(ctx: Context, b: Claim) -> bool:
    """The headline names two places as one ("death toll tops 5,000 as Turkey and Syria
    seek survivors") and the body figure is said of one of them ("deaths in Turkey had
    risen to 3,419"), the other unnamed in its sentence: a part of the headline's whole."""
    pairs = ctx.once("headline.two_names", lambda: _TWO_NAMES.findall(ctx.doc.headline.text))
    if not pairs:
        return False
    said = ctx.sentence(b).text
    named = set(_IN_NAME.findall(said))
    if b.subject_via == "place" and b.subject:
        named.add(b.subject)  # ("in government-held areas of Syria": the frame's place)
    return any((x in named) != (y in named) and not (x in said and y in said) for x, y in pairs)


# "are among the 58,500 students": the whole a group named before it belongs to
_AMONG = fast_compile(r"\bamong\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# after a bare count: its noun, a verb, and a figure its verb takes ("Five students
# received 8 H1s"): the group that figure picks, not the whole group
_VERB_AND_FIGURE = re.compile(r"\s+(?!(?:of|in|on|at|for|to|from|by|with|and|or)\b)[a-z][\w-]*\s+(?:also\s+)?"
                              r"(?:[a-z]{3,}ed|won|got|took|scored)\s+(?:(?:more\s+than|at\s+least|only)\s+)?"
                              r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")


def _picked_by_a_figure(ctx: Context, b: Claim) -> bool:
    return b.unit is None and _VERB_AND_FIGURE.match(ctx.after(b, 40)) is not None


def _elsewhere(ctx: Context, h: Claim, b: Claim) -> bool:
    """The body figure is said of a place beside the story's ("the death of dozens of
    people in neighbouring China and India"; rule param other_place_words) and the
    headline names none: not the headline's figure."""
    if h.subject or not b.subject:
        return False
    def make() -> "re.Pattern[str]":
        words = "|".join(re.escape(str(w)) for w in ctx.params.get("other_place_words") or [])
        return re.compile(rf"\b(?:{words or '(?!)'})\s+(?:the\s+)?$", re.I)
    said = ctx.sentence(b)
    at = ctx.doc.text.find(b.subject, said.start, said.end)
    return at >= 0 and ctx.derived("headline.other_place", make).search(ctx.doc.text, max(said.start, at - 30), at) is not None


def _narrowed_below(ctx: Context, h: Claim, ih: tuple[float, float], b: Claim) -> bool:
    """The headline names its owner and the body figure's sentence names a region the
    headline does not ("Akmola oblast harvested 5.465 mln tonnes" under "KAZAKHSTAN
    HARVESTED OVER 21 MLN TONNES"; reference.yaml area_nouns), and the figure is below the
    headline's: a region's part of the headline's whole, which it cannot contradict by
    being less. (A headline naming no owner drops the lead's: "FLOODS FORCE 12,000 FROM
    THEIR HOMES" over "8,000 ... forced from their homes in Sindh province" is Sindh's.)"""
    if not h.subject or _iv(ctx, b)[0] > ih[1]:
        return False
    def make() -> "re.Pattern[str]":
        nouns = "|".join(re.escape(str(w)) for w in (ctx.lexicon("reference") or {}).get("area_nouns") or [])
        return re.compile(rf"\b([A-Z][\w'’-]+)\s+(?:{nouns or '(?!)'})\b|\b(?:{nouns or '(?!)'})\s+of\s+([A-Z][\w'’-]+)")
    said = ctx.doc.headline.text.lower()
    regions = ctx.derived("headline.regions", make).finditer(ctx.sentence(b).text)
    return any((m.group(1) or m.group(2)).lower() not in said for m in regions)


def _in_one_place(ctx: Context, ih: tuple[float, float], b: Claim) -> bool:
    """The body figure counts people an event befell in one place its clause names with "a"
    ("has killed at least 13 people in a small town in southeastern Brazil" under "Rains
    kill at least 28"), and is below the headline's: one place's part of the headline's
    whole. (Not an amount found or held somewhere: "gold deposits worth 1.3 billion dlrs in
    a jungle region" is all of it.)"""
    if _iv(ctx, b)[0] > ih[1] or b.category not in _event_categories(ctx):
        return False
    def make() -> "re.Pattern[str]":
        ref = ctx.lexicon("reference") or {}
        nouns = [*(ref.get("city_nouns") or []), *(ref.get("area_nouns") or [])]
        alt = "|".join(re.escape(str(w)) for w in nouns)
        return re.compile(rf"[^.;:]{{0,60}}?\b(?:in|at|near)\s+(?:a|an|one)\s+(?:[a-z-]+\s+){{0,2}}?(?:{alt or '(?!)'})s?\b", re.I)
    return ctx.derived("headline.one_place", make).match(ctx.doc.text, b.span[1], ctx.sentence(b).end) is not None


def _event_categories(ctx: Context) -> frozenset[str]:
    """categories.yaml's categories with `event: true` (casualties, injuries, displaced ...)."""
    return ctx.derived("headline.event_categories", lambda: frozenset(
        str(c.get("name")) for c in (ctx.lexicon("categories") or {}).get("categories") or [] if c.get("event")))


def _other_kind(ctx: Context, h: Claim, b: Claim) -> bool:
    """The headline names the kind of its counted thing by a common noun ("WHEAT EXPORTS MAY
    REACH 13 MLN TONS": a word the body writes in lower case) that the body figure's sentence
    does not name ("Barley exports may be 600,000 tons"): two kinds of one thing. A name
    ("KAZAKHSTAN") is the owner, left to the body."""
    head = singular(h.counts_head or "")
    mods = [w for w in (h.counts or "").lower().split() if w.isalpha() and singular(w) != head]
    if not mods:
        return False
    in_body = ctx.once("headline.common_nouns", dict)  # word -> written in lower case in the body
    said = ctx.sentence(b).text.lower()
    for w in mods:
        if w not in in_body:
            in_body[w] = re.search(rf"\b{re.escape(w)}\b", ctx.doc.text[ctx.doc.headline.end:]) is not None
        if in_body[w] and not re.search(rf"\b{re.escape(w)}\b", said):
            return True
    return False


def _other_rates(ctx: Context, h: Claim, b: Claim) -> bool:
    """Two rates of different names (frames.yaml rate_nouns), neither naming the other's:
    "CONSUMER INFLATION RISES TO 27.6%" and "hike interest rates to 19%" are two measures
    ("INFLATION RATE" and "inflation" are one; "jobless rate", "unemployment rate" one head)."""
    rates = ctx.derived("headline.rate_nouns", lambda: frozenset(
        singular(str(w).lower()) for w in (ctx.lexicon("frames") or {}).get("rate_nouns") or []))
    hh, bh = singular(h.counts_head or ""), singular(b.counts_head or "")
    if hh == bh or hh not in rates or bh not in rates:
        return False
    hw = {singular(w) for w in (h.counts or "").lower().split()}
    bw = {singular(w) for w in (b.counts or "").lower().split()}
    return hh not in bw and bh not in hw


def _not_other(ctx: Context, h: Claim, b: Claim) -> bool:
    """Not another owner's, time's or a baseline's figure, as far as both say."""
    if _frames.subjects_differ(h, b) and not _named_in(h.subject, ctx.sentence(b).text) \
            and (b.subject or "").lower() not in ctx.sentence(h).text.lower():
        return False  # ("Quake kills 50 in Turkey": the body's sentence names Turkey too)
    pb = b.period or {}
    if bool(pb.get("baseline")) != bool((h.period or {}).get("baseline")):
        return False  # "fell to 6 from 9": 9 held before (and a headline's "FROM 112" is that one)
    if (h.period or {}).get("claim") and pb.get("claim") \
            and not _frames.periods_compatible(h, b, ctx.doc.published):
        return False  # "IN FEBRUARY" and "in January"
    return True


_NAME_WORD = fast_compile(r"[A-Za-z][a-z]{4,}|[A-Z]{5,}")


def _named_in(subject: str | None, text: str) -> bool:
    """The headline's subject is named in the text: whole, or by a word of five letters
    or more (a headline in capitals gives no name's end: "U.S. SAYS USAIR" is USAir's,
    "F.W. WOOLWORTH'S" Woolworth's)."""
    low = text.lower()
    if (subject or "").lower() in low:
        return True
    return any(re.search(rf"\b{re.escape(w.lower())}\b", low) for w in _NAME_WORD.findall(subject or ""))


def _counted_alike(ctx: Context, h: Claim, b: Claim) -> bool:
    """The same event's count (a category of the rule's, the verb done to a bare count)
    or the same people ("2,500 Americans")."""
    if h.category and h.category == b.category and h.category in _lowered(ctx, "categories"):
        return True  # "12,000 detained" and "12,000 people have been detained"
    if h.category and h.category == _event(b) and h.category in _lowered(ctx, "categories"):
        return True  # "45 KILLED" and "killed 45 workers" (workers counted, their event casualties)
    verb = _done_to(ctx, h)  # (none before a headline's first figure: no verb to match)
    if h.counts_head is None and h.unit is None is b.unit and verb and verb in (_event(b), (_event(b) or "") + "e"):
        return True  # "Floods force 12,000 from their homes" and "forced about 8,000 people"
    noun = _counted(ctx, h)
    cats = _lowered(ctx, "categories")
    if h.category in cats and b.category in cats and h.category != b.category:
        return False  # "7 million displaced" and "18 million people face acute hunger": two counts of people
    if (e := _event(h)) and _event(b) and e != _event(b):
        return False  # "two people taken to hospital", "50 people led to safety": two groups
    return bool(noun) and noun == _counted(ctx, b)


def _lead_count(ctx: Context, h: Claim, b: Claim, lead) -> bool:
    """A bare count in the lead of the noun the headline's counts ("TO ACQUIRE 80 JET
    AIRCRAFT": "will buy 40 long-range jet aircraft") or done by the verb the headline's
    is ("SUZUKI RECALLS 126,000 CARS": "it is recalling about 63,000 of its cars"): the
    lead says what the headline says short, so this is its count."""
    if b.sentence != lead or b.unit is not None or _SCALED.search(b.text):
        return False
    if h.category in _lowered(ctx, "categories") and h.category not in (b.category, _event(b)):
        return False  # "1 REPORTED DEAD": the dead, not "59,918 persons" affected (what happened says who)
    if h.counts_head and b.counts_head and singular(h.counts_head) == singular(b.counts_head):
        return True
    verb = _done_to(ctx, h)
    return bool(verb) and len(verb) > 2 and verb not in _lowered(ctx, "plain_words") \
        and verb == _done_to(ctx, _first_of_list(ctx, b))


_LISTED = re.compile(r"(?:\s+[\w-]+){0,3}\s*,?\s+and\s+")  # "33,000 medium trucks and 19,000 ..."


def _first_of_list(ctx: Context, b: Claim) -> Claim:
    """The first figure of the list b closes ("recalling 33,000 trucks and 19,000
    buses": the verb before 33,000 is done to 19,000 too), else b."""
    text = ctx.doc.text
    for o in _in_sentence(ctx, b.sentence):
        if o.span[1] < b.span[0] and _LISTED.fullmatch(text, o.span[1], b.span[0]):
            return o
    return b


def _done_to(ctx: Context, h: Claim) -> str | None:
    """The word just before a count, stemmed: the verb done to it ("FORCE 12,000")."""
    w = _WORD.findall(ctx.before(h, 30))
    return _verb_stem(ctx, w[-1]) if w else None


def _event(b: Claim) -> str | None:
    """What happened to what a body count counts: the verb of its counts_key ("people forc")."""
    k = str(b.extra.get("counts_key") or "").split()
    return k[-1] if len(k) > 1 else None


def _in_lead(ctx: Context, h: Claim, b: Claim, h_words: frozenset[str], lead) -> bool:
    """A lead figure beside the headline's words. What the frames read may be missing
    there: a unit the headline's capitals hid ("19 BILLION ZERO COUPON YEN BOND"), the
    change a percentage is ("rose a real 0.8 pct"); only what is known must agree. A
    bare count (no unit, no scale word: "PIER 1", "SIX MTHS") is of its noun, and its
    frame alone can say which."""
    if b.sentence != lead or not (h.unit or _SCALED.search(h.text)) or not _alike(ctx, h, b):
        return False
    if h_words & _words_of(ctx, ctx.sentence(b).text, b, ctx.sentence(b).start, plain=True):
        return True
    if _noun_written(ctx, h) and b.counts_head and singular(h.counts_head) != singular(b.counts_head) \
            and not _meet(_headline_iv(ctx, h), _iv(ctx, b)):
        return False  # each names what it counts, they differ, and so do their values ("takes
        # its market capitalisation to $2.43 trillion" over "reported quarterly net income of
        # nearly $40 billion"; the same value in other words is the same: "losses", "damages")
    # the lead's one figure of the headline's unit is the headline's ("ARVIN TO SELL 150
    # MLN DLRS DEBT": "Arvin Industries Inc said it is raising 150 mln dlrs through ...")
    return sum(_alike(ctx, h, o) for o in _in_sentence(ctx, lead)) == 1


def _noun_written(ctx: Context, h: Claim) -> bool:
    """The headline writes the noun its figure counts ("market capitalisation"), not one
    read from its verb ("TO SELL 150 MLN DLRS": sales), in a headline not in capitals
    (where a name reads as a noun: "34 PCT OF BUCKHORN")."""
    text = ctx.sentence(h).text
    return bool(h.counts_head) and not text.isupper() and re.search(rf"\b{re.escape(h.counts_head)}\b", text, re.I) is not None


def _alike(ctx: Context, h: Claim, b: Claim) -> bool:
    """The same unit (or one unread), and a level, a change or a rate in both as far as
    known ("15.25 DLRS" for "15.25 dlrs per barrel": a headline drops the "per")."""
    if h.unit != b.unit and not _unit_unread(ctx, h, b) and not _unit_unread(ctx, b, h) and not _any_dollar(h, b):
        return False
    kinds = {_kind(h), _kind(b)}
    if _kind(h) != _kind(b) and "percent" not in (h.unit, b.unit) and \
            (kinds != {"level", "rate"} or _in_millions(h) or _in_millions(b)):
        return False  # (a price a unit may be a headline's; an amount in millions is no price)
    return not kinds - {"level", "change", "rate"}


def _over_events(ctx: Context, h: Claim) -> bool:
    """The headline's figure is a total over several events, its words say ("27 KILLED IN
    SEPARATE ROAD ACCIDENTS", "in a series of attacks"; rule param several_events): a
    body figure of one of them, below it, is a part, and only one above it contradicts."""
    def make() -> "re.Pattern[str]":
        words = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in ctx.params.get("several_events") or [])
        return re.compile(rf"\b(?:in|across|during|from|over)\s+(?:{words or '(?!)'})\b", re.I)
    after = ctx.after(h, 60)
    return ctx.derived("headline.several_events", make).search(after) is not None or _JOINED_CAUSES.match(after) is not None


# the headline's figure and its verb, then what it befell in, from two or more things
# joined: "12 killed in floods and landslides", "Four more die from heatstroke, drownings"
# (common nouns in lower case; a comma list only at the headline's end: "in bills,
# traders say" is a source, and a headline in capitals tells no noun from a name)
_JOINED_CAUSES = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:in|from|after)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
                            r"(?:\s+(?:and|&)\s+[a-z][\w-]*|\s*,\s*[a-z][\w-]*[ \t]*(?:\n|$))")
# a figure a text denies ("is 37.6 percent, not 78.2 percent", "rather than 40"): no claim of it
_DENIED = re.compile(r"(?:\bnot|\brather\s+than|\binstead\s+of)\s+(?:the\s+|some\s+|about\s+)?$", re.I)
# "609 other people": another group than the one just named
_OTHER_AFTER = re.compile(r"\s+others?\b", re.I)


def _share_of_a_figure(h: Claim, b: Claim) -> bool:
    """b is a share of a figure the body states ("about a third of the $16.3 billion
    target") and h a change: the change may be that share ("CUT WORKFORCE BY 33 PCT":
    "75 employees, or 33 pct of its ranks") or not (a tax up 15% and the year's target a
    third met), so b can support h but not contradict it."""
    return _kind(h) == "change" and (b.aspect or {}).get("kind") == "share" and b.aspect.get("of") is not None


_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"})
_US = fast_compile(r"\bU\.?S\b|US\$")


def _any_dollar(h: Claim, b: Claim) -> bool:
    """A headline's dollars with no country ("299 DLR FLIGHT") may be the body's dollars
    of any country ("299 Canadian dollars"): a headline drops the country of its dollar."""
    return h.unit == "USD" and b.unit in _DOLLARS and not _US.search(h.text)


def _in_millions(c: Claim) -> bool:
    """An amount in millions, by its word ("500 MLN") or its value ("$30.4M")."""
    v = c.value if c.value is not None else c.high
    return bool(_SCALED.search(c.text)) or v is not None and abs(v) >= 1e6


def _unit_unread(ctx: Context, a: Claim, b: Claim) -> bool:
    """a's unit may be b's, unread: a scaled amount with none ("500 MLN") beside a sum
    of money or an amount of goods (a production unit of categories.yaml: "500 mln
    barrels"). A length, an area or a time is not said in millions with its unit left
    off: "14 billion" (years old) is not "66 feet" long."""
    return a.unit is None and b.unit is not None and bool(_SCALED.search(a.text)) \
        and (_money(b) or b.unit in _goods_units(ctx))


def _goods_units(ctx: Context) -> frozenset[str]:
    """The units of amounts of goods: the production category's (categories.yaml)."""
    def make() -> frozenset[str]:
        cats = (ctx.lexicon("categories") or {}).get("categories") or []
        return frozenset(str(u) for c in cats if c.get("name") == "production" for u in c.get("units") or [])
    return ctx.derived("headline.goods_units", make)


def _kind(c: Claim) -> str:
    """A change, a rate, or else a level (a headline drops the modality of a target,
    the whole of a share and of a part)."""
    k = _frames.aspect(c)
    return k if k in ("change", "rate") else "level"  # (a part: see `wholes` above)


def _words_of(ctx: Context, text: str, c: Claim, offset: int, plain: bool = False) -> frozenset[str]:
    """The words of the figure's clause within `reach` characters of it, stemmed, less the rule's `plain_words` (words of any sentence: units, verbs of saying) and,
    with `plain`, less names (a capitalised word not starting its sentence: the owner,
    not what is counted)."""  # (a headline in capitals keeps its names: there is no telling)
    a, b = c.span[0] - offset, c.span[1] - offset
    if plain:  # "to 2,709,600 shares, or 7.7 pct": the same figure said again, with its words
        a = _restated_from(ctx, c) - offset
    reach = int(ctx.params.get("reach", 80))
    lo, hi = max(0, a - reach), min(len(text), b + reach)
    if plain:  # a body figure's words stop at its neighbours ("price of 98.4 pct to give a yield of 3.3 pct")
        for o in _in_sentence(ctx, c.sentence):
            if o is not c and not a <= o.span[0] - offset < b:
                x, y = o.span[0] - offset, o.span[1] - offset
                if y <= a:
                    lo = max(lo, y)
                elif x >= b:
                    hi = min(hi, x)
    else:  # "SALES UP 111 PCT, PROFIT UP 69 PCT": a comma between two headline figures parts their clauses
        lo, hi = _comma_cut(ctx, text, c, offset, a, b, lo, hi)
    for m in _CLAUSE.finditer(text, lo, a):
        lo = m.end()
    m = _CLAUSE.search(text, b, hi)
    hi = m.start() if m else hi
    plain_words = _lowered(ctx, "plain_words")
    out = set()
    first = _WORD.search(text)
    for x, y in ((lo, a), (b, hi)):
        run: list[str] = []  # the words in a row, for their initials
        for w in _WORD.finditer(text, x, y):
            t = w.group()
            if plain:
                run = run + [t] if run and text[run_end:w.start()].strip() == "" else [t]
                run_end = w.end()
                out.update(_initials(run))
            if len(t) < 3 or plain and t[:1].isupper() and not t.isupper() and w.start() != first.start():
                continue
            if t.lower() not in plain_words and singular(t.lower()) not in plain_words:
                out.add(_verb_stem(ctx, t))  # "ISSUES" and "issuing"
    return frozenset(out)


def _comma_cut(ctx: Context, text: str, c: Claim, offset: int, a: int, b: int, lo: int, hi: int) -> tuple[int, int]:
    """The window [lo, hi) cut at the last comma before c after another figure, and at
    the first comma after c before another figure, of c's sentence."""
    for o in _figures(ctx):
        if o.sentence != c.sentence or o is c:
            continue
        x, y = o.span[0] - offset, o.span[1] - offset
        if y <= a and (k := text.rfind(",", y, a)) >= 0:
            lo = max(lo, k + 1)
        elif x >= b and (k := text.find(",", b, x)) >= 0:
            hi = min(hi, k)
    return lo, hi


def _initials(run: list[str]) -> set[str]:
    """The initials of the last three or four words of a run, each of three letters or
    more: what a headline's acronym stands for ("GDP": "gross domestic product", "CPI":
    "Consumer Price Index")."""
    out = set()
    for n in (3, 4):
        if len(run) >= n and all(len(w) >= 3 for w in run[-n:]):
            out.add("".join(w[0] for w in run[-n:]).lower())
    return out


def _verb_stem(ctx: Context, word: str) -> str:
    """The stem of a word; an irregular verb's forms share their base's ("RISES" and
    "rose", "SELLS" and "sold": a headline is in the present, the body in the past)."""
    forms = ctx.derived(("irregular",), lambda: {str(f).lower(): str(base).lower() + "s"
                                                   for base, fs in (ctx.params.get("irregular_verbs") or {}).items()
                                                   for f in fs or []})
    return stem(forms.get(word.lower(), word))


_OR = re.compile(r"(?:\s+[a-z]+){0,2}\s*,?\s+or\s+")  # "shares, or ", "common shares or "


def _restated_from(ctx: Context, c: Claim) -> int:
    """Where the figure c says again in another unit begins ("2,709,600 shares, or 7.7
    pct of the total"): that figure's words are c's; else c's own start."""
    text = ctx.doc.text
    for o in _in_sentence(ctx, c.sentence):
        if o.span[1] < c.span[0] and _OR.fullmatch(text, o.span[1], c.span[0]):
            return o.span[0]
    return c.span[0]


def _headline_iv(ctx: Context, h: Claim) -> tuple[float, float]:
    """Headlines round ("$2bn" for $2.3bn, "50 killed" for at least 48): an exact
    headline figure stands for itself give or take `headline_approx`."""
    a = float(ctx.params.get("headline_approx", 0.15))
    lo, hi = _iv(ctx, h, a)
    if h.hedge == "exact" and _to_its_units(h):
        return lo, hi  # "Death toll climbs to 21": nothing rounded away, so 22 is another toll
    if h.hedge in ("exact", "range") and math.isfinite(lo) and math.isfinite(hi):
        lo, hi = lo - a * abs(lo), hi + a * abs(hi)
    return lo, hi


_LAST_DIGITS = re.compile(r"\d[\d,]*$")


def _to_its_units(h: Claim) -> bool:
    """A bare count written to its last unit ("21", "1,103"; not "50", "12,000", "2bn",
    "six"): a headline that rounds drops digits, and this one has dropped none."""
    m = _LAST_DIGITS.search(h.text.strip())
    return h.unit is None and not _SCALED.search(h.text) and m is not None and not m.group().endswith("0") \
        and h.value is not None and float(h.value).is_integer()


def _supports(ctx: Context, h: Claim, ih: tuple[float, float], b: Claim) -> bool:
    """The body figure gives what the headline says. A bound in the body ("at least
    12,000") supports a headline near that bound; a vague figure ("thousands", "as many
    as 300,000") supports nothing precise; a hedged headline ("at least 51 killed") needs
    the body to give as much."""
    ib = _iv(ctx, b)
    slack = float(ctx.params.get("headline_approx", 0.15))
    if h.hedge == "at_least":
        return ib[0] >= ih[0] * (1 - slack) or math.isfinite(ib[1]) and ib[1] >= ih[0] and b.hedge != "at_most"
    if h.hedge == "at_most":
        return ib[1] <= ih[1] * (1 + slack)
    if b.hedge == "at_least":
        return ih[0] <= ib[0] <= ih[1]
    if b.hedge == "at_most":
        return ih[0] <= ib[1] <= ih[1]
    if b.hedge == "range" and h.hedge == "range":
        return ih[0] <= ib[1] and ib[0] <= ih[1]  # "7-8 BILLION" and "seven to eight billion"
    if not math.isfinite(ib[1] - ib[0]) or ib[1] - ib[0] > 0.5 * abs(ib[1]) + 1:
        return False  # "thousands"
    return ih[0] <= ib[1] and ib[0] <= ih[1]
