"""When a figure holds: the temporal claim of its clause nearest to it (a day, a
month, a year, "last year", "the year to October"), else that of the clause it depends
on, else the publication date; and whether it is a stock (a level on a date) or a flow
(an amount over a period).

Not a figure's time: a frequency ("a year", "per day": a rate's unit); a bare length
of time ("12 years in prison"); a time that a baseline figure holds tight ("risen to
17,000 tonnes from 10,000 last month": last month is the 10,000's); a time
of a reporting verb ("Earlier today, Georgia Power said it raised the cost by six
pct", "six were in custody, officials said on Tuesday"); a time a verb of maturity
takes ("will not mature until the year 2007", "a yen eurobond due April 2, 1992");
the day a quarter ended ("in the quarter ended December 31": the quarter);
a vague reference ("at current exchange rates", "will soon grow to 25%");
a time a change is measured from ("up 11 percent on a year earlier", "a 15 pct
increase from this year"); a time inside a relative clause the figure is not in
("Halden, which had revenue of $3.2 billion last year, owns 60%").

Of the times left, one reached without crossing a comma or a coordinating "and",
"or", "but" wins over one across ("1.6 billion of debt due this year and 3.5 billion
due in 1988": 1988; "rose 4.0 pct in February, after a 9.8 pct increase in January":
January); then the nearest.
"""
from __future__ import annotations

from datetime import date

import re
from bisect import bisect_left

from ...model import Claim
from ...regexwords import fast_compile, folded, lowered, search_folded
from .counts import Counts
from .lexicon import Lexicon

# assets, debt, workforce, prices, stakes and rates are levels on a date
STOCK_CATEGORIES = frozenset({"population", "members", "age", "employees", "assets", "debt", "price", "share"})
# "now", "current", "soon", "recently": no time one can point at; the figure holds
# about publication, as one with no time of its own
_VAGUE = frozenset({"PRESENT_REF", "FUTURE_REF", "PAST_REF"})
TIGHT = 15  # characters: "4.0 pct in February" holds its time this close
_WORD = fast_compile(r"[a-z]+")
_SPAN_OF_TIME = re.compile(r"\b(?:over|during|within|past|last|first|next|previous)\s+(?:the\s+)?$", re.I)
# "rose to 17,000 tonnes from 10,000 last month": the time a baseline figure holds is its own
_BASELINE = fast_compile(r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|after)\s+(?:[a-z]+\s+){0,2}$", re.I)
_MATURITY = re.compile(r"\b(?:until|till|mature|matures|maturing|due\s+to\s+(?:open|close|start|end))\s+"
                       r"(?:the\s+(?:year\s+)?|in\s+)?$"
                       # a security named by the date it falls due: "debentures due 1999"
                       r"|\b(?:bonds?|eurobonds?|notes|debentures?|issue|paper|securities|certificates|loans?)"
                       r"\s+due\s+(?:on\s+)?$", re.I)
# a time a change or a figure is measured against: "up 11 percent on a year earlier",
# "from this year", "than in 1986", "compared with 1985" (not "from 1985 to 1987": a span)
_COMPARED_TIME = re.compile(r"\b(?:from|against|than|versus|vs\.?|compared\s+(?:with|to)|(?P<on>on|over))"
                            r"\s+(?:in\s+|with\s+)?$", re.I)
_COMPARED_TIME_LOW = lowered(_COMPARED_TIME.pattern)
# ... "on" and "over" only after a change ("up 11 percent on a year earlier", not "on Tuesday");
# a change a little before the end of a window (frames read it before "from" and a level's words)
CHANGED_BEFORE = fast_compile(r"\b(?:up|down|higher|lower|ahead|behind|r[io]se|rises|fell|falls?|gain(?:ed|s)?|"
                              r"increased?|decreased?|declined?|dropped|grew)\b[^,;]{0,30}$", re.I)
# "the quarter ended December 31": the day ends the quarter, which is the figure's time
_QUARTER_ENDED = fast_compile(r"\bquarter\s+end(?:ed|ing)\s+(?:on\s+)?$", re.I)
_REMAIN = re.compile(r"(?:\s+of\s+(?:them|whom|these|those))?\s+(?:still\s+)?remain(?:s|ed)?\b", re.I)
# a count with its noun and then a word of the state it is in: a level on a date ("215 mln
# American Express shares outstanding", "1.2 billion notes in circulation")
STATE_AFTER = re.compile(r"\s+(?:[\w&.'’-]+\s+){0,4}?(?:outstanding|in\s+issue|in\s+circulation)\b", re.I)
_PRICED = fast_compile(r"\b(?:(?P<quote>priced|trading|traded|trades|quoted|closed|opened)\b[^,;]{0,25}?\s)?at\s+"
                     r"(?:about\s+|around\s+|some\s+|just\s+(?:over|under)\s+)?$", re.I)
_PER = re.compile(r"\s*(?:(?:[a-z.]{1,5}|dollars|pounds|francs|cents|pence)\s+){0,2}(?:per|a|an|each)\s+"
                  r"(?!year|month|week|day|quarter|annum)[a-z]", re.I)
# the figures in brackets right after a time, given for it ("last year (86,192 cases and 162")
_BRACKETED = re.compile(r"\s*\([^()\n]{0,80}")
_SPAN_AFTER = re.compile(r"\s*(?:to|through|until|till|and|-)\s", re.I)
# "since January", "since the start of 2017": a time the figure runs from, to publication
_SINCE = fast_compile(r"\b(?:since|so\s+far(?:\s+in)?)\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$", re.I)
_POSSESSIVE = re.compile(r"[’']s?(?!\w)")
_EARLIER = fast_compile(r"\b(?:earlier|ago|before|previous|prior|last|same)\b", re.I)
# a relative clause: from its pronoun to the next comma (or the clause's end)
_RELATIVE = fast_compile(r"\b(?:which|who|whom|whose)\b")  # lower case: not "the WHO"
# what a time crosses to reach a figure of another clause or conjunct: a comma either
# way; a coordinator after the time ("debt due this year and 3.5 billion"), not before
# it ("seven killed and 12 injured ... since 1993": a modifier the conjuncts share)
_ACROSS = (",", ";", " while ", " whereas ")  # (a clause of contrast after the figure has its own time)
_ACROSS_BEFORE = (",", ";", " and ", " or ", " but ")
# a clause that goes on from the one before it and shares its time ("..., while monthly
# inflation was 2.7%", "... in July, and its load factor held at 96 percent")
_GOES_ON = re.compile(r",\s+(?:while|whereas|and|but|as|when)\s*$", re.I)


def period_of(c: Claim, clause: tuple[int, int], temporal: list[Claim], starts: list[int],
              counts: Counts, lx: Lexicon, text: str = "", quantities: list[Claim] = (),
              before: tuple[int, int] | None = None, topic: Claim | None = None,
              published: str | None = None, memo: dict | None = None) -> dict:
    """`temporal`: the text's temporal claims in order, `starts` their starts;
    `quantities`: the figures of the figure's sentence; `before`: the clause this one
    goes on from, if any; `topic`: the time the sentence before is about (topic_time);
    `published`: the publication day (ISO), where a time after "since" ends; `memo`: kept
    per document for _its_time."""
    best = _nearest(c, clause, temporal, starts, text, quantities, lx, memo=memo)
    if best is None and before is not None and _GOES_ON.search(text, max(0, clause[0] - 12), clause[0]):
        best = _nearest(c, before, temporal, starts, text, (), lx, anywhere=True, memo=memo)
    if best is None:
        best = _bracketed_after(c, temporal, starts, text)
    if best is None and before is not None:
        best = _labelled(before, temporal, starts, text)
    if best is None and topic is not None:
        best = topic
    if best is not None and best.timex in _VAGUE:
        best = None  # "its liabilities currently exceed its assets by 13.8 billion yen": about publication
    kind = _kind(c, counts, lx, text[max(clause[0], c.span[0] - 40):c.span[0]], text[c.span[1]:c.span[1] + 60])
    if best is None:
        return {"claim": None, "text": None, "timex": None, "start": None, "end": None, "kind": kind}
    period = {"claim": best.id, "text": best.text, "timex": best.timex, "start": best.start,
              "end": best.end or best.start, "kind": kind}
    span = _span(best, temporal, starts, text)
    if span is not None:  # "reported from 1 January to 6 July 2019": the whole span
        first, last, x, y = span
        period.update(text=text[x:y], start=first, end=last)
    if _SINCE.search(text, max(0, best.span[0] - 24), best.span[0]) and best.start:
        # "1,860 interceptions since January 2017": from January to the day of writing
        period.update(since=True, end=published if published and published >= best.start[:10] else None)
    return period


# "from 1 January to 6 July", "between March 3 and March 9": the two times of one span
_SPAN_OPEN = fast_compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)


def _span(t: Claim, temporal, starts, text: str) -> tuple[str, str, int, int] | None:
    """The span t is one end of ("from 1 January to 6 July 2019", "between March 3 and
    March 9"): its first and last day and where it is written; else None. A first end
    with no year of its own takes the last end's year ("1 January to 6 July 2019": 2019),
    the year before when its day would fall after the last."""
    k = bisect_left(starts, t.span[0])
    for i in (k - 1, k):  # (t the second end, or the first)
        if i < 0 or i + 1 >= len(temporal):
            continue
        a, b = temporal[i], temporal[i + 1]
        if not (a.kind == b.kind == "date" and a.start and b.start and _SPAN_OPEN.search(text, max(0, a.span[0] - 12), a.span[0])
                and _SPAN_AFTER.fullmatch(text, a.span[1], b.span[0])):
            continue
        first, last = a.start[:10], (b.end or b.start)[:10]
        if not _YEAR.search(a.text) and _YEAR.search(b.text):
            first = _in_year(first, int(last[:4]))
            if first is not None and first > last:
                first = _in_year(first, int(last[:4]) - 1)
        if first is not None and first <= last:
            return first, last, a.span[0], b.span[1]
    return None


def _in_year(day: str, year: int) -> str | None:
    """The ISO day moved to `year`; None when that year lacks it (29 February)."""
    try:
        return date.fromisoformat(f"{year:04d}{day[4:]}").isoformat()
    except ValueError:
        return None


_YEAR = re.compile(r"\b\d{4}\b")


def _labelled(before: tuple[int, int], temporal, starts, text: str) -> Claim | None:
    """The time a sentence opens with as a label, a colon after it ("2013-2014: Subscribers
    hit the 140 million mark"): the time of the figures after it."""
    k = bisect_left(starts, before[0])
    if k >= len(temporal):
        return None
    t = temporal[k]
    lead = text[before[0]:t.span[0]]
    return t if t.kind == "date" and not lead.strip() and _LABEL_COLON.fullmatch(text, t.span[1], before[1]) else None


_LABEL_COLON = re.compile(r"\s*+:\s*+")


def _bracketed_after(c: Claim, temporal, starts, text: str) -> Claim | None:
    """The time a bracket holding the figure opens right after: "a 16 percent increase
    compared to the same period last year (86,192 cases and 162 deaths)": last year's."""
    k = bisect_left(starts, c.span[0]) - 1
    if k < 0:
        return None
    t = temporal[k]
    return t if t.kind == "date" and t.span[1] <= c.span[0] and _BRACKETED.fullmatch(text, t.span[1], c.span[0]) else None


def _kind(c: Claim, counts: Counts, lx: Lexicon, pre: str, post: str) -> str:
    """Stock or flow, from what is counted: a level's noun (stock_heads) first; then a
    count of things had, held or served ("has 120 aircraft", "40 of them remain in
    custody") is a stock; a sum issued, offered or raised a flow, even of debt; a price
    ("at 12 dlrs per share", "priced at 102-3/8") a stock; else by category."""
    if counts.head and counts.head in lx.stock_heads:
        return "stock"
    low = folded(pre)  # (the case-blind searches run over it, faster)
    if c.unit is None and (search_folded(lx.having, pre, low) or _REMAIN.match(post) or STATE_AFTER.match(post)):
        return "stock"
    money = c.unit is not None and len(c.unit) == 3 and c.unit.isupper()
    per = money and _PER.match(post)  # "12 dlrs per share": a price, not a sum
    if money and not per and search_folded(lx.issuing, pre, low):
        return "flow"
    m = _PRICED.search(pre) if "at " in pre[-18:] else None
    if m and (per or c.unit is None and m["quote"]):
        return "stock"
    return "stock" if c.category in STOCK_CATEGORIES else "flow"


def _nearest(c: Claim, clause: tuple[int, int], temporal, starts, text: str, quantities, lx: Lexicon,
             anywhere: bool = False, memo: dict | None = None) -> Claim | None:
    a, b = clause
    lo, hi = bisect_left(starts, a), bisect_left(starts, b)
    best = None
    if lo == hi:
        return None
    rels = [m.start() for m in _RELATIVE.finditer(text, a, b)] if text.find("wh", a, b) >= 0 else ()
    for t in temporal[lo:hi]:
        if t.kind not in ("date", "duration") or t.span[1] > b or not _its_time(t, text, c, memo) \
                or rels and _in_other_relative(text, t, c, rels, b):
            continue
        after = t.span[0] >= c.span[1]
        d = t.span[0] - c.span[1] if after else c.span[0] - t.span[1]
        if not anywhere and (_held_by_other(t, c, d, quantities, text) or _reported(text, c, t, after, lx)):
            continue
        across = _crosses(text, c.span[1], t.span[0], _ACROSS) if after else _crosses(text, t.span[1], c.span[0], _ACROSS_BEFORE)
        key = (across, d, not after)
        if best is None or key < best[0]:
            best = (key, t)
    return best[1] if best else None


def _crosses(text: str, x: int, y: int, marks: tuple[str, ...]) -> bool:
    return any(text.find(m, x, y) >= 0 for m in marks)


# between a figure and a relative pronoun on its own noun: up to three words, no comma
# (no preposition: "70 pct of the debt which it owed in 1985" is the debt's clause)
_OWN_NOUN_THEN = re.compile(r"(?:\s+(?!(?:of|in|on|at|for|from|to|by|with|and|or)\b)[\w’'-]+){0,3}\s+")


def _in_other_relative(text: str, t: Claim, c: Claim, rels: list[int], b: int) -> bool:
    """The time is in a relative clause ("which stood at 221,000 in June,") that the
    figure is not in: the time is that clause's verb's. `rels`: where the clause's
    relative pronouns start."""
    k = bisect_left(rels, t.span[0])
    if k == 0:
        return False
    if _OWN_NOUN_THEN.fullmatch(text, c.span[1], rels[k - 1]):
        return False  # "68,126 candidates who managed B-plain in 2015": the figure's own noun's clause
    comma = text.find(",", t.span[1], b)
    end = comma if comma >= 0 else b
    return not rels[k - 1] <= c.span[0] < end


def _its_time(t: Claim, text: str, c: Claim, memo: dict | None = None) -> bool:
    """Whether a temporal claim can be c's time at all. `memo`: the document's readings
    of its temporal claims (_time_reading, the same for every figure that asks)."""
    reading = memo.get(id(t)) if memo is not None else None
    if reading is None:
        reading = _time_reading(t, text)
        if memo is not None:
            memo[id(t)] = reading
    held, tight_possessive = reading
    if tight_possessive and 0 <= c.span[0] - t.span[1] <= TIGHT:
        return True  # "from last year's $1.55 billion": the time of the figure it determines
    return held


def _time_reading(t: Claim, text: str) -> tuple[bool, bool]:
    """What _its_time reads of the words around a temporal claim: whether it can be a
    figure's time, and whether it is a compared time in a possessive, which is the time
    of a figure right after it however that reads."""
    before = text[max(0, t.span[0] - 30):t.span[0]]
    low = folded(before)  # (the case-blind searches run over it, faster)
    if t.kind == "duration" and not search_folded(_SPAN_OF_TIME, before, low) \
            and not t.text.lower().startswith(("the ", "last ")):
        return False, False  # "sentenced to 12 years", "two-year bonds"
    if search_folded(_MATURITY, before, low) or _QUARTER_ENDED.search(before):
        return False, False
    # (the groups and offsets are the same in the lowered text)
    rx, s = (_COMPARED_TIME, before) if low is None else (_COMPARED_TIME_LOW, low)
    m = rx.search(s, len(s) - 20) if len(s) > 20 else rx.search(s)
    if m and (not m["on"] or t.kind == "date" and _EARLIER.search(t.text)
              and CHANGED_BEFORE.search(text, max(0, t.span[0] - 50), t.span[0] - len(before) + m.start())):
        possessive = bool(_POSSESSIVE.search(t.text[-2:]) or _POSSESSIVE.match(text, t.span[1]))
        return bool(_SPAN_AFTER.match(text, t.span[1])), possessive  # "from 1985 to 1987": a span, not a baseline
    return True, False


def _held_by_other(t: Claim, c: Claim, d: int, quantities, *q_text) -> bool:
    """Another figure holds the time tight and nearer than this one (the figures on
    either side of the time are the only ones that can: the list is in text order)."""
    k = _at(quantities, t.span[0])
    for q in quantities[max(0, k - 1):k + 1]:
        if q is c:
            continue
        e = t.span[0] - q.span[1] if t.span[0] >= q.span[1] else q.span[0] - t.span[1]
        if 0 <= e <= TIGHT and e < d and _BASELINE.search(q_text[0][max(0, q.span[0] - 40):q.span[0]]):
            return True
    return False


def _at(quantities, offset: int) -> int:
    """The index of the first figure starting at or after offset."""
    lo, hi = 0, len(quantities)
    while lo < hi:
        mid = (lo + hi) // 2
        if quantities[mid].span[0] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _reported(text: str, c: Claim, t: Claim, after: bool, lx: Lexicon) -> bool:
    """A reporting verb between the time and the figure: the time is the report's; so is
    a time right before "that" and the clause the figure is in ("announced on Thursday
    that it had recorded 1.25 million arrivals in September")."""
    between = text[c.span[1]:t.span[0]] if after else text[t.span[1]:c.span[0]]
    return any(w in lx.reporting for w in _WORD.findall(between)) or not after and _THAT.match(between) is not None


_THAT = re.compile(r"\s*,?\s*that\s")


# a time as a sentence's subject: "Last year was Canada's worst ever for forest fires"
_TOPIC = re.compile(r"[\s\"'\u201c\u2018]*$")
_COPULA_AFTER = re.compile(r"\s+(?:was|is|were|are|has\s+been|had\s+been|will\s+be)\b")


def topic_time(prev: tuple[int, int] | None, temporal: list[Claim], starts: list[int], text: str) -> Claim | None:
    """The time the sentence `prev` (start, end) is about: one it opens with as its
    subject ("Last year was Canada's worst ever for forest fires, ...", "2023 was the
    hottest year on record."). The sentence after it goes on about that time, so a
    figure there with no time of its own holds for it ("Eight firefighters died and
    230,000 people were evacuated": last year's), not for the news of the day."""
    if prev is None:
        return None
    k = bisect_left(starts, prev[0])
    if k == len(temporal) or temporal[k].span[0] >= prev[1] or temporal[k].kind != "date":
        return None
    t = temporal[k]
    if not _TOPIC.match(text, prev[0], t.span[0]) or not _COPULA_AFTER.match(text, t.span[1]):
        return None
    return t
