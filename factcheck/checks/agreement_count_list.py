"""agreement.count-list: a count followed at once by the list of what it counts
("three journalists: A and B") against the list's length.
"""
from __future__ import annotations

import re

from ..regexwords import fast_compile
from . import Context, check_type
from ._agreement import _alt, _figures, _lowered, _said


# (an ampersand joins the words of one name: "Barnes & Noble", "Procter & Gamble")
_NAME = r"[A-Z][\w'’.-]*(?:\s++(?:&\s++)?(?:[A-Z][\w'’.-]*|de|da|van|von|bin|al|of|the|la|le|du))*"


def _count_list_patterns(params: dict) -> tuple[re.Pattern, re.Pattern]:
    """The count's noun and list cue, and the list (made once per rule)."""
    complete = _alt(params.get("complete") or [":"])
    partial = _alt(params.get("partial") or ["including"])
    nw = int(params.get("noun_words", 3))
    plurals = _alt(params.get("plurals") or ["men", "women", "people", "children"])
    item = rf"(?:{_NAME})"
    counted = re.compile(rf"\s+((?:[A-Za-z][\w'’-]*\s+){{0,{nw - 1}}}(?:[a-z][\w'’-]*s|{plurals}))\b"
                         rf"(?:,?\s*(?P<partial>{partial})|\s*(?P<complete>{complete}))\s*")
    # each blank run is taken whole (what follows one is never a blank): a long run after
    # a name costs one pass, not one per way of splitting it between \s*, \s+ and \s
    lst = re.compile(rf"(?P<items>{item}(?:\s*+,\s*+{item})*(?:\s*+,\s++|\s++)and\s++{item})"
                     rf"(?=\s*+(?:[,.;:)\u2014\u2013]|(?<=\s)-\s|(?<=\s)(?:were|was|are|is|have|had|who|said|will|would)\b|$))")
    return counted, lst


# an apposition after a comma is closed by a comma, a dash, a bracket or the sentence's
# end ("The two men, A and B, were named"); a list running on into the verb is the
# count's phrase coordinated with more names ("the four provinces, Quebec and Saskatchewan
# will be forgiven": six in all)
# a count that is the whole a part is picked from: "three of the six", "some of the six",
# "three of Australia's top four iron ore miners — BHP, Fortescue and Hancock"
_OF_THE = re.compile(r"\s+of\s+(?:(?:the|its|their|these|those)\s+|[A-Z][\w.-]*+(?:\s+[A-Z][\w.-]*+)*['’]s?\s+)"
                     r"(?:[a-z]+\s+)?$")
_SOME_OF = fast_compile(r"\b(?:some|most|several|many|few)\s+of\s+(?:the|its|their|these|those)\s+$", re.I)
_RUNS_ON = re.compile(r"\s+[a-z]")
_TAIL = re.compile(rf",\s*{_NAME}\s*[,.;)]")  # ", Uganda," after a list: places with their countries
# a list the sentence goes on with, after a clause of its own: "five countries - Nigeria
# and Senegal, which have stamped out the virus, as well as Mali, Spain and the US"
_GOES_ON = re.compile(r"[^.;]{0,120}?\b(?:as\s+well\s+as|along\s+with|together\s+with|plus)\s+(?:the\s+)?[A-Z]")


# the count's plural noun, then what is said of it, then a colon: "five fires remain at the
# Watch and Act alert level: A, B, ..." (the list names the subject, when the words between
# name no other plural and no other count: "five people died in three towns: A, B and C"
# lists the towns)
_PREDICATE_COLON = re.compile(r"\s+((?:[A-Za-z][\w'’-]*\s+){0,2}?(?:[a-z][\w'’-]*s|people|men|women|children))"
                              r"(?P<said>(?:\s+[A-Za-z][\w'’-]*){1,8}?)\s*(?P<complete>:)\s*(?P<partial>(?!))?")
_NOT_PLURAL = frozenset("was is has does as its this his us thus plus less unless".split())
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen dozens "
                         "hundred hundreds thousand thousands million millions both".split())


def _said_of_them(text: str, at: int, end: int):
    """The count's noun and a colon after what is said of it, when those words name no
    other plural or count (_PREDICATE_COLON); None otherwise."""
    m = _PREDICATE_COLON.match(text, at, end)
    if m is None:
        return None
    for w in m.group("said").split():
        low = w.lower()
        if low in _COUNT_WORDS or low.endswith("s") and low not in _NOT_PLURAL and not low.endswith(("ss", "us", "is")):
            return None
    return m


@check_type("count-list", defaults={"max_count": 20, "complete": [], "partial": [], "plurals": [],
                                    "noun_words": 3, "stop_words": []})
def count_list(ctx: Context) -> None:
    """A count ("three journalists") followed at once by the list of what it counts
    ("three journalists: A and B") must match the list's length. A list after
    "including" may be longer than nothing, never longer than the count."""
    maxn = int(ctx.params.get("max_count", 20))
    stop = _lowered(ctx, "stop_words")
    text = ctx.doc.text
    counted, lst = ctx.derived("count_list", lambda: _count_list_patterns(ctx.params))
    figures = _figures(ctx)
    for k, c in enumerate(figures):
        v = c.value if c.value is not None else c.low
        if c.unit or v is None or not float(v).is_integer() or not 2 <= v <= maxn:
            continue
        if c.hedge not in ("exact", "at_least", "at_most"):
            continue
        # matched in place up to the sentence's end (a copy of the rest of the sentence per
        # figure would be quadratic); the patterns read nothing before where they start
        end = ctx.sentence(c).end
        m = counted.match(text, c.span[1], end) or _said_of_them(text, c.span[1], end)
        if not m or m.group(1).split()[-1].lower() in stop:
            continue
        if k and _OF_THE.fullmatch(text, figures[k - 1].span[1], c.span[0]) \
                or _SOME_OF.search(text, max(0, c.span[0] - 30), c.span[0]):
            continue  # "three of the six municipalities - A, B and C": the list may name the three
        lm = lst.match(text, m.end(), end)
        if not lm:
            continue
        if (m.group("complete") or "").strip() == "," and _RUNS_ON.match(text, lm.end(), end):
            continue  # "the four Atlantic provinces, Quebec and Saskatchewan will be": a coordination
        items = [x.strip().rstrip(".") for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", lm.group("items"))
                 if x.strip()]
        n = len(items)
        noun = m.group(1)
        facts = dict(count=_said(c), noun=noun, listed=n, items=", ".join(items),
                     span=[c.span[0], lm.end()])
        if m.group("partial"):
            bad = c.hedge != "at_least" and n > v
        elif c.hedge == "at_least":
            bad = n < v
        elif c.hedge == "at_most":
            bad = n > v
        else:
            bad = n != v
        tail = _TAIL.match(text, lm.end(), end)
        if bad and (n == 2 * v or tail and n + 1 == 2 * v) and not m.group("partial"):
            continue  # "two cities, Nairobi, Kenya, and Kampala, Uganda": places with their countries
        if bad and n < v and _GOES_ON.match(text, lm.end(), end):
            continue  # the list goes on after a clause of its own ("..., as well as Mali, Spain")
        if bad:
            # a longer list than the count may still be names with titles or places
            sev = "warning" if n > v else None
            ctx.fail([c], severity=sev, **facts)
        else:
            ctx.passed(c, f"{n} {noun} listed: {facts['items']}")
