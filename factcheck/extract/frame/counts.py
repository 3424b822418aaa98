"""What a figure counts: the noun phrase it is of, its head, and the verb that counts
it. Read from the clause in this order:

1. the noun phrase right after the figure (or after its unit word): "1,200 homes",
   "12,000 people have been detained" (the participle joins it: "people detained"),
   "3.8 billion dlrs of debt", "12.5 pct of TWA", "a 30 pct drop in interest expense";
2. the noun phrase it is "of": "revenues of about 69 mln dlrs", "a workforce of 6,000";
3. the clause's subject when a linking verb joins it to the figure: "Net reserves now
   total about 800 mln dlrs", "sales fell to 2.40 billion dlrs".

The verb just before a figure is what happened to what it counts ("destroyed 1,200
homes", "employs 4,500 people"); a verb of an event category (killed, died, arrested)
is that category, so "40 people were killed" and "25 people died" count one thing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...regexwords import fast_compile
from ..link.measure import _AUX as _LINK_AUX, _DEMONYM, _LY_NOUNS
from ..link.words import _STOP as _LINK_STOP
from .lexicon import Lexicon

_WORD = fast_compile(r"(?:[A-Z]\.){2,}|(?:\d+-)?[A-Za-z][\w’'-]*")  # "U.S.", "13-week" are one word
# link's stop words, and the words of time that end what a figure counts ("dlrs last year")
_STOP = _LINK_STOP | frozenset("compared year years month months week weeks day days quarter "
                               "qtr qtrs mth mths yr yrs wk wks".split())  # (and their wire abbreviations)
# adjectives that follow the noun they qualify: "957,000 shares outstanding", "vehicles worldwide"
# (any "-wide": "cases nationwide", "schools statewide")
_POSTPOSITIVE = frozenset("outstanding apiece abroad due".split())
_NEXT_WORD = re.compile(r" ([a-z][a-z-]+)\b")
_AUX = _LINK_AUX | {"be"}
# "At least 74, including eight Americans, were killed": people, said without the noun
_ELIDED = re.compile(r"\s*(?:,[^,.;]{0,60},\s*)?(?:others\s+)?(?:were|was|have\s+been|had\s+been|are|had)\s+"
                     r"(?:(?:reported|reportedly|confirmed|feared|later|also)\s+)*([a-z]+)")
_RELATIVE = fast_compile(r"^\s*,\s*(?:who|whose|whom|which)\b[^,.;]{0,80},")
_DIGIT = re.compile(r"\d")
_PEOPLE = frozenset("people persons others".split())
# a relative pronoun right after the noun, no comma: the clause says which of them
_RESTRICTIVE = frozenset({"who", "that", "which"})
_PREPOSITIONS = frozenset("on in at of for from with by into over under to and or".split())
_DETERMINERS = frozenset("the a an its their his her this these those".split())
_PERCENT = ("percent", "percentage_point")
_MORE = re.compile(r"\s+(?:more|less|higher|lower)\b")
_PARTICIPLES = frozenset("spent lost paid sold bought".split())
_OBJECTS = frozenset("him her them us me".split())
# what follows a verb and never a noun inside a noun phrase: a number, "again" (not an
# article: "the aid package the Senate passed" is a noun and its relative clause; nor a
# tally: "passed the aid package 79-18")
_OBJECT_NEXT = re.compile(r"\s+(?:again\b|\d(?![\d,.]*-\d)|(?:two|three|four|five|six|seven|eight|nine|ten)\b)")  # "fined him 2 million pesos": the verb's other object


@dataclass
class Counts:
    phrase: str | None = None  # "people detained", "total assets"
    head: str | None = None    # "people", "assets"
    event: str = ""            # "casualties" (an event category), "destroy" (a verb's stem), ""
    mods: tuple[str, ...] = ()  # the words before the head ("hourly" in "hourly workers")
    other: bool = False        # "three other Iraqis": another group than the noun's elsewhere
    change: str | None = None  # "fall" in "a 30 pct drop in ..."
    counted_after: bool = False  # the noun right after the figure ("1,200 homes")
    quoted: str | None = None  # the capitalised head a quote verb follows ("Hercules" fell 2-1/4)
    named: bool = False        # a name qualifies the noun ("the four Atlantic provinces"): a group of its own

    @property
    def key(self) -> str:
        """What two figures must share to count the same thing: the head (singular) and
        the event, else the one name same_counts gives them."""
        if not self.head:
            return ""
        return " ".join(filter(None, (singular(self.head), self.event)))


def singular(w: str) -> str:
    w = w.lower()
    if w in _PEOPLE or w.endswith(("ss", "us", "sis")):
        return "people" if w in _PEOPLE else w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    if w.endswith("s") and len(w) > 3:
        return w[:-1]
    return w


def stem(verb: str) -> str:
    v = verb.lower()
    for end in ("ing", "ed", "es", "s", "d"):
        if v.endswith(end) and len(v) - len(end) >= 3:
            return v[: -len(end)]
    return v


def event_of(word: str, lx: Lexicon) -> str:
    """The event category a word names ("killed", "dead", "arrested"), else ""."""
    # a text reads the same few words again and again: each matched once per lexicon
    # (keyed by the pattern's text: hashing a compiled pattern hashes all its code)
    memo = _EVENT_INDEX.get(lx.event_word.pattern)
    if memo is None or len(memo) > 4096:
        memo = _EVENT_INDEX[lx.event_word.pattern] = {}
    k = memo.get(word)
    if k is None:
        m = lx.event_word.fullmatch(word)
        k = memo[word] = int(m.lastgroup[1:]) if m else -1
    return lx.events[k][0] if k >= 0 else ""


_EVENT_INDEX: dict[str, dict[str, int]] = {}


# "a 15 billion yen eurobond", "its 19.7 billion dlr debt": a determiner before the
# figure and a noun after its unit make the figure a modifier of that noun
_DETERMINED = fast_compile(r"(?:\b(?:a|an|the|its|their|his|her|our)|[’']s)\s+"
                         r"(?:(?:about|some|nearly|almost|around|roughly|only|just)\s+)?$", re.I)
_OF = re.compile(r"\s+of\s")
_OF_AFTER = re.compile(r"of\s", re.I)
_OF_END = fast_compile(r"\bof\s+(?:(?:about|some|nearly|almost|around|roughly|over|under|just|only)\s+)*$", re.I)
# "holding 35 pct of Brazil's debt": the debt (not "of NECO's outstanding stock", a stake)
_OF_OWNED = re.compile(r"\s+of\s+[\w.&-]+[’']s\s+(?![a-z\s-]{0,40}?\b(?:stock|commonstock|shares|equity)\b)[a-z]")
_OF_COMMON = re.compile(r"\s+of\s+(?:the|its|their|his|her|a|an)\s+[a-z]")  # "sold 20 pct of its output"
# "Its chief executive, Maria Lopez, 52, said": a small figure set off by commas after a name
_APPOSED_AGE = re.compile(r"[A-Z][\w’'-]+,\s*$")
_COMMA_OR_BRACKET = re.compile(r"\s*[,)]")


# a figure set off by commas right after a noun phrase restates it
_APPOSED = fast_compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s*$")
_PUNCT_NEXT = re.compile(r"\s*[,;)]")  # no noun after the figure ("priced at 102-3/8, the manager said")
_PRICED = frozenset({"priced"})
# "a 14-bank advisory committee", "a seven-member crew": the noun a hyphened compound sizes
# (a count: a whole number, not a measure on a scale: "a 6.8-magnitude earthquake"; a noun,
# not "a three-for-one split")
_HYPHENED = re.compile(r"-(?!magnitude\b)[a-z]")


def read_counts(pre: str, post: str, money_or_share: bool, lx: Lexicon, unit: str | None = None,
                whole: bool = True) -> Counts:
    """`pre`: the clause before the figure; `post`: after it (unit words included);
    `unit`: the figure's unit, if any; `whole`: a whole number."""
    out = Counts()
    verbs = None  # (_verbs_before, read once when needed)
    # (a comma or bracket right after the figure first: most figures have none, and the
    # searches before it try every place of 40 characters)
    if unit is None and _COMMA_OR_BRACKET.match(post) and _APPOSED_AGE.search(pre[-40:]):
        out.head = out.phrase = "age"
        return out
    if unit is not None and _COMMA_OR_BRACKET.match(post) and _APPOSED.search(pre[-40:]):
        _noun_phrase_back(pre[:pre.rstrip().rfind(",")], out, lx)  # "a loss, 171.2 mln, in 1982": the loss
        if out.head:
            return out
    if unit is None and whole and _HYPHENED.match(post) and _WORD.match(post, 1).group().split("-")[0].lower() not in _STOP:
        _noun_phrase(post[1:], out, lx)  # ("a 14-bank advisory committee": committee)
    if unit in _PERCENT and _OF.match(post):
        _phrase_before(pre, out, lx)
        if out.head:  # "costs were 35% of revenue", "the deficit was 5.6% of GDP": the part, not the whole
            return out
        out = Counts()
    if unit in _PERCENT and _OF.match(post) and not _OF_OWNED.match(post):
        verb = _word_before(pre, lx)
        if verb in lx.holding_verbs or verb in lx.buying_verbs and not _OF_COMMON.match(post):
            out.head = out.phrase = "stake"  # "owns 60% of Banco Norte", "acquires 9.9 pct of Piedmont"
            return out
    words = _WORD.finditer(post)
    first = nxt = next(words, None)
    # the unit word right after the figure ("dlrs", "pct") was read with it
    if first is not None and first.group().lower() in lx.currency_words and not post[:first.start()].strip(" \u00a0"):
        nxt = next(words, None)
    after = post[nxt.start():] if nxt is not None else ""
    gap = post[:nxt.start()] if nxt is not None else post
    if gap.strip() == "" or (money_or_share and not gap.strip()):
        _phrase_after(after, out, lx, money_or_share or unit is not None, pre)
        if out.head and unit is not None and not money_or_share and _OF_AFTER.match(after):
            verbs = _verbs_before(pre, lx)
            if verbs[1] in lx.verb_nouns:
                # "bought 150,000 tonnes of wheat": an amount in units a verb makes a noun
                # of counts that noun, purchases (a count of things keeps its own: "sold
                # 9 million vehicles")
                # (what is bought stays in the phrase: wheat bought is not maize bought)
                out.mods = out.mods + (out.head,)
                out.head = lx.verb_nouns[verbs[1]]
                out.phrase = " ".join(out.mods + (out.head,))
        if out.head in ("shares", "share"):
            held = Counts()
            _changed_object(pre, held, lx)
            if held.head in ("stake", "holding", "holdings", "interest"):
                out.head, out.phrase, out.mods = held.head, held.phrase, held.mods  # "raised its stake to 2,165,300 shares"
        if out.head is None and not (out.change and unit in _PERCENT) and (money_or_share or unit) \
                and _DETERMINED.search(pre[-30:]):  # (a percentage's change noun is no noun of its own)
            _noun_phrase(after, out, lx)  # "a five pct coupon", "a 9.9 mln dlr contract"
    if out.head and unit is None and out.counted_after:
        size = Counts()
        if (out.head in _PEOPLE or out.head in lx.stock_heads) and _OF_END.search(pre[-40:]):
            _phrase_before(pre, size, lx)
        if size.head in lx.stock_heads:
            # (a whole of people or of a stock; not "a backlog of 39 ships", the ships counted)
            out.head, out.phrase, out.mods, out.event = size.head, size.phrase, size.mods, ""  # "a population of 400,000 people"
        elif out.head in lx.containers:
            inner = Counts()
            m = _OF_AFTER.match(post, post.lower().find(out.head) + len(out.head) + 1)
            if m:
                _noun_phrase(post[m.end():], inner, lx, participle=True)
                if inner.head:
                    out.head, out.phrase, out.mods, out.event = inner.head, inner.phrase, inner.mods, inner.event  # "boxes of oranges"
    if out.head is None:
        verbs = _verbs_before(pre, lx)
        verb = verbs[1]
        if verb in lx.verb_nouns and (money_or_share or unit or first is None or _PUNCT_NEXT.match(post)) \
                and not (unit in _PERCENT and lx.verb_nouns[verb] == "price" and verb not in _PRICED
                         and not _MORE.match(post)):
            # (not "paying five pct", a coupon; "pay 20 pct more" is a price, and a bond "priced
            # at 101-3/4 pct" of its face value)
            out.head = out.phrase = lx.verb_nouns[verb]  # "the company earned $822.8 million"
    if out.head is None and money_or_share and unit not in _PERCENT and nxt is not None and not gap.strip(" \u00a0"):
        done = nxt.group().lower()
        if done in lx.verb_nouns and (done.endswith("ed") or done in _PARTICIPLES):
            out.head = out.phrase = lx.verb_nouns[done]  # "68 billion dlrs owed to banks", "5 mln dlrs spent"
    if out.head is None and unit is None and not money_or_share:
        m = _ELIDED.match(post)
        if m and event_of(m.group(1), lx):
            out.head, out.phrase = "people", f"people {m.group(1)}"  # "74 were killed"
            out.event = event_of(m.group(1), lx)
    if out.head is None:
        _changed_object(pre, out, lx)
    if out.head is None:
        _phrase_before(pre, out, lx)
    if out.head in lx.measure_nouns and out.mods and out.mods[-1] not in lx.measure_nouns \
            and out.mods[-1] not in _STOP and out.mods[-1].isalpha():
        # "January's production number": a measure of the noun that qualifies it
        out.head, out.mods = out.mods[-1], out.mods[:-1]
        out.phrase = " ".join(out.mods + (out.head,))
    if out.head in lx.measure_nouns:
        # "a February average of 1.9 mln bpd": an average of what the clause is about
        measure = out.head
        out.head = out.phrase = None
        out.mods = ()
        if unit not in _PERCENT:  # ("33.3 pct of the total": of what the figure before counts, frame._ellipses)
            _clause_subject(pre, out, lx)
        if out.head in lx.measure_nouns or out.head is None:
            out.head = out.phrase = None
        elif measure not in ("total", "number", "figure", "amount", "sum", "tally", "count"):
            out.phrase = f"{out.phrase} {measure}"
    last = [w.lower() for w in _WORD.findall(pre[-40:])[-3:]]
    at = max((i for i, w in enumerate(last) if w in lx.other_group), default=None)
    if at is not None and not any(w in _PREPOSITIONS for w in last[at + 1:]) and not _DIGIT.search(pre[-25:]):
        # "an additional 4,950,000 shares", "another 20 people", "in a separate attack, three";
        # not a word of the verb before its preposition: "inflation rose further to 27.6%"
        out.other = True
    verb = (verbs if verbs is not None else _verbs_before(pre, lx))[0]
    if verb:
        ev = event_of(verb, lx)
        if not out.event:
            out.event = ev or (stem(verb) if out.head else "")
    if out.head:
        ev = event_of(out.head, lx)
        if ev and not out.event:
            out.head, out.event = "people", ev  # "225 dead", "the death toll"
        elif ev and ev == out.event:
            out.head = "people"
    return out


# a sum paid or received: "in cash" after it says how
_PAID = fast_compile(r"\b(?:for|pay|pays|paid|paying|receive|receives|received|offer|offers|offered|bid|"
                   r"consideration|price|valued?|worth)\b[^.;]*$", re.I)


# "20 mln ounces of silver", "56 mln dlrs in bonds" (the form it is in); "in" with a
# determiner is a place or a time ("13 million tons in the season starting July 1")
_OF_IN = re.compile(r"(?:worth\s+)?(?:of\s+(?:the\s+|its\s+|their\s+)?|in\s+(?!(?:the|its|their|this|that|a|an)\s))")
_IN_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?:,+[’']s\s+)?", re.I)


def _phrase_after(after: str, out: Counts, lx: Lexicon, money_or_share: bool, pre: str = "") -> None:
    low = after.lower()
    m = _OF_IN.match(low)
    if m and money_or_share:
        # "20 mln ounces of silver were used": what was done to it, as after a count
        _noun_phrase(after[m.end():], out, lx, participle=m.group().startswith("of"))
        if out.head in lx.payment_forms and m.group().strip().startswith("in") and _PAID.search(pre[-80:]):
            out.head = out.phrase = None  # "for 275 mln dlrs in cash": how it is paid (not "issue
            out.mods = ()                 # 56 mln dlrs in bonds", "has 62.5 billion dlrs in securities")
        return
    first = _WORD.match(after)
    if first and first.group().lower() in lx.targets:  # "a 0.3 pct expected rise"
        second = _WORD.match(after, first.end() + 1)
        if second and after[first.end():second.start()].isspace() and second.group().lower() in lx.change_nouns:
            first = second
    if first and first.group().lower() in lx.change_nouns:
        out.change = lx.change_nouns[first.group().lower()]
        rest = after[first.end():]
        m = _IN_OF.match(rest)
        if m:  # (a time masked before "'s": "a rise in January's production")
            _noun_phrase(rest[m.end():], out, lx, names=True)  # "a 0.6 pct rise in the PPI"
        return  # (none: what changes is the clause's, frame._ellipses)
    if money_or_share:
        return  # "dlrs last year": what follows a sum is not what it is of
    _noun_phrase(after, out, lx, participle=True)


_OWNER_WORD = re.compile(r"[A-Z][\w.-]*[’']s")


def _noun_phrase(s: str, out: Counts, lx: Lexicon, participle: bool = False, names: bool = False) -> None:
    """Up to four words of a noun phrase at the start of s: the last is its head
    (`names`: a name may be it, "a rise in the PPI")."""
    words: list[str] = []
    pos = named_until = 0
    for w in _WORD.finditer(s):
        if words and s[pos:w.start()].strip():
            break  # punctuation ends it
        token = w.group()
        low = token.lower()
        if low in _STOP or len(words) >= 4 or (low.endswith("ly") and low not in _LY_NOUNS) \
                or (low in _POSTPOSITIVE or low.endswith("wide")) and (words or not _noun_next(s, w.end())):
            break
        if low.endswith("ed") and (words or not _qualifies(s, w.end(), lx)) or words and low in lx.participles:
            break  # "1,600 moved to other plants", "two people taken to hospital": a verb, not a noun
        if words and _OBJECT_NEXT.match(s, w.end()):
            break  # "the two carriers serve five points", "the three units lost 900,000 dlrs": a verb
        if words and _plural(words[-1]) and not _plural(token) and not token[:1].isupper():
            break  # "the two acquisitions fit with", "three firms suing IBM": a plural ends the noun
            # phrase unless another plural follows it ("five sales offices")
        if not words and pos == 0 and _OWNER_WORD.fullmatch(token):
            pos = w.end()
            continue  # "70 pct of Yugoslavia's overall debt": the owner, then what is counted
        if token[:1].isupper() and (words or not _DEMONYM.fullmatch(token)) and not (names and not words):
            if w.start() < named_until:
                words.append(token)
                pos = w.end()
                continue
            if not words:
                named_until = _named_noun(s, w.start(), lx)
                if named_until:
                    out.named = True
                    words.append(token)  # "39 Palestinian prisoners", "2,292,599 Piedmont Aviation shares"
                    pos = w.end()
                    continue
            break  # a name is not what is counted ("4 UND", "homes in Kabul"); a plural demonym may be
        words.append(token)
        pos = w.end()
    if not words:
        return
    if words[0].lower() in lx.other_group:
        out.other = True
        words = words[1:] or words
    out.mods = tuple(w.lower() for w in words[:-1])
    out.head = words[-1].lower()
    out.phrase = " ".join(w.lower() if not w.isupper() else w for w in words)
    out.counted_after = True
    if participle:  # "people have been detained" -> "people detained"
        rel = _REDUCED.match(s, pos)
        if rel:  # "the five mln shares it already holds", "the 900,096 shares Union Central owned"
            low = rel.group(1).lower()
            out.phrase += " " + low
            out.event = event_of(low, lx) or stem(low)
            return
        tail = _RELATIVE.sub("", s[pos:], count=1)  # "Three Iraqis, whose names ..., were deported"
        ws = _WORD.finditer(tail[:80])  # (read up to the word after the verb, not all 80 characters)
        i, w = 0, next(ws, None)
        while w is not None:
            low = w.group().lower()
            if low in _AUX or not i and low in _RESTRICTIVE and not tail[:w.start()].strip():
                i, w = i + 1, next(ws, None)
                continue  # ("people who were detained" is "people detained")
            nxt = next(ws, None)
            two = f"{low} {nxt.group().lower()}" if nxt is not None else ""
            ev = event_of(low, lx)
            if not ev and low in lx.stance_participles and nxt is not None and (state := event_of(nxt.group().lower(), lx)):
                out.phrase += " " + nxt.group().lower()  # ("34 people were confirmed dead": the
                out.event = state  # state known or reported, not the knowing, is what befell them)
                break
            if low in lx.stance_participles and event_of(out.head, lx):
                break  # ("310 deaths reported": the noun says what befell them; reporting it is no event)
            if low.endswith(("ed", "en")) or low in lx.participles or ev \
                    or not i and low.endswith("ing") and _PREPOSITION_AFTER.match(tail, w.end()):
                # ("the 72 ships belonging to Petrobras", "workers living in Gulf states")
                out.phrase += " " + low
                out.event = ev or (two and event_of(two, lx)) or stem(low)
            break


# a relative clause without its pronoun, its subject a pronoun or a name, then its verb
_REDUCED = re.compile(r"\s+(?:it|he|she|they|we|(?:[A-Z][\w.&-]*\s+){1,3}?(?=\w))\s*"
                      r"(?:already\s+|still\s+|now\s+|also\s+)?([a-z]+(?:ed|s))\b")
_NAMES_THEN_NOUN = re.compile(r"(?:[A-Z][\w.&-]*\s+){1,3}([a-z][a-z-]*)\b")


_PREPOSITION_AFTER = re.compile(r"\s+(?:to|in|at|on|from|under|with|for)\b")


def _plural(word: str) -> bool:
    """A plural noun's form: "acquisitions", "firms" (not "bus", "glass", "its")."""
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def _named_noun(s: str, at: int, lx: Lexicon) -> int:
    """Where up to three capitalised words at `at` end that qualify a common noun after
    them ("16 Western creditor countries", "a 600 mln ECU loan"), else 0: a name itself
    ("4 UND said")."""
    m = _NAMES_THEN_NOUN.match(s, at)
    if not m:
        return 0
    low = m.group(1)
    ok = low not in _STOP and low not in lx.linking and not low.endswith("ed") and low not in _PREPOSITIONS
    return m.start(1) if ok else 0


def _qualifies(s: str, at: int, lx: Lexicon) -> bool:
    """Whether a word in -ed right after the figure qualifies a noun after it, as an
    adjective does ("200,000 preferred shares", "two state-owned groups"): a plain word
    follows, no word of grammar, verb, adverb or time ("1,600 moved to other plants",
    "40 died", "12 arrested yesterday" are verbs)."""
    m = _NEXT_WORD.match(s, at)
    if not m:
        return False
    low = m.group(1)
    return low not in _STOP and low not in lx.linking and low not in _PREPOSITIONS and low not in _OBJECTS \
        and not low.endswith(("ed", "ly")) and not _OBJECT_NEXT.match(s, m.end())


def _noun_next(s: str, at: int) -> bool:
    """A word that may be a noun right after `at` ("outstanding common shares", not
    "due this year")."""
    m = _NEXT_WORD.match(s, at)
    return bool(m) and m.group(1) not in _STOP


def _phrase_before(pre: str, out: Counts, lx: Lexicon) -> None:
    """The noun phrase the figure is "of", or the clause's subject across a linking verb."""
    ws = list(_WORD.finditer(pre))
    k = len(ws) - 1
    while k >= 0 and ws[k].group().lower() in lx.hedges and ws[k].group().lower() != "of":
        k -= 1
    if k >= 0 and _DIGIT.search(pre, ws[k].end()):
        return  # another figure between
    if k >= 0 and ws[k].group().lower() == "of":  # "revenues of", "a workforce of"
        if not pre[ws[k].end():].strip(" \u00a0") or _only_hedges(pre[ws[k].end():], lx):
            _noun_phrase_back(pre[:ws[k].start()], out, lx)
            return
    # across the verb group and its prepositions ("now total", "fell to", "was put at")
    j = k
    linked = quote = False
    while j >= 0:
        low = ws[j].group().lower()
        if linked and low in _NET and (j == 0 or ws[j - 1].group().lower() in _STOP):
            out.head, out.phrase, out.mods = "income", f"{low} income", (low,)  # "when net was $235.5 million"
            return
        if low in lx.linking or low in lx.hedges or low.endswith("ly") and low not in _LY_NOUNS \
                or low in _HELD_AT and j + 1 < len(ws) and ws[j + 1].group().lower() in ("at", "steady") \
                or linked and low in _TIME_PREPS and _MASKED.fullmatch(pre, ws[j].end(), ws[j + 1].start()):
            # (and a time between the subject and its verb: "net profit for fiscal 2023 rose")
            linked = linked or low in lx.linking or low in _HELD_AT
            quote = quote or low in lx.quote_verbs
            j -= 1
            continue
        break
    if linked and j > 0 and ws[j].group().lower() in ("which", "that") \
            and pre[ws[j - 1].end():ws[j].start()].strip() == "," and not _DIGIT.search(pre, ws[j - 1].end()):
        # "Yugoslavia's overall debt, which stood at 19.7 billion dlrs": the noun the clause is of
        _noun_phrase_back(pre[:ws[j - 1].end()], out, lx)
        return
    if linked and j >= 0 and not pre[ws[j].end():ws[min(j + 1, len(ws) - 1)].start()].strip(" ,\u00a0"):
        # the noun phrase just before the verb ("... and Canadian sales eased 10.2 pct"),
        # unless a preposition leads to it ("Company stocks on land rose"): then the clause's first
        at = _noun_phrase_back(pre[:ws[j].end()], out, lx, name=True)
        named = ws[j].group() if quote and ws[j].group()[:1].isupper() else None
        before = [w for w in _WORD.findall(pre[:at])[-3:] if w.lower() not in _DETERMINERS][-1:]
        if not out.head or before and before[0].lower() in _PREPOSITIONS or pre[:at].rstrip().endswith(","):
            # "Net earnings from iron-ore operations were": the clause's first noun phrase,
            # qualified by the phrase that followed it (another figure's net earnings differ)
            qualifier = (out.phrase or "").split()
            found = (out.head, out.phrase, out.mods)
            out.head = out.phrase = None
            out.mods = ()
            _clause_subject(pre[:ws[j].end()], out, lx)
            if out.head and qualifier and qualifier[-1] != out.head:
                out.mods += tuple(qualifier)
            elif not out.head and found[0] and pre[:at].rstrip().endswith(","):
                # "In Mongolia's election on June 28, turnout was 69.3 percent": an opening
                # phrase set off by a comma, then the subject
                out.head, out.phrase, out.mods = found
        if named and out.head == named.lower() and out.phrase == out.head:
            out.quoted = named  # (not "spending for the war with Iraq was up by 3.6 billion")


_HELD_AT = frozenset({"held", "holds", "hold"})  # "its load factor held at 96 percent": stayed at
_NET = frozenset({"net"})  # "net" alone, a noun: net income
_TIME_PREPS = frozenset("in for during over at".split())
_MASKED = re.compile(r"[\s,]*,[\s,]*")  # a time blanked to commas (frame._masked)


def _changed_object(pre: str, out: Counts, lx: Lexicon) -> None:
    """"cut its benchmark rate by a quarter point", "double its requirements to 9,000
    tonnes": a figure after "by" or "to" that a change verb's object leads to counts
    that object."""
    ws = list(_WORD.finditer(pre[-100:]))
    k = len(ws) - 1
    while k >= 0 and ws[k].group().lower() in lx.hedges and ws[k].group().lower() not in ("to", "by", "at"):
        k -= 1
    prep = ws[k].group().lower() if k >= 0 else ""
    if k < 1 or prep not in ("to", "by", "at") or _DIGIT.search(pre[-100:], ws[k - 1].end()) \
            or any(w.group().lower() in _DETERMINERS for w in ws[k + 1:]):
        return  # (not "raise rates to the 39 corporations": a change reaches a figure, not "the" one)
    for j in range(k - 2, max(-1, k - 10), -1):
        low = ws[j].group().lower()
        if low in lx.change_verbs and prep != "at" or low in lx.estimate_verbs and prep == "at":
            break  # (and "estimated 1986 production at 1.8 mln tonnes")
        if low in lx.linking and not (j and ws[j - 1].group().lower() in _DETERMINERS) \
                or low in _STOP and low not in _DETERMINERS and low not in _PREPOSITIONS or low in ("and", "or", "to", "by"):
            return  # (not "the estimated cost", a participle as an adjective)
    else:
        return
    if re.search(r"(?<!,),(?!,)|[;:.]", pre[-100:][ws[j].end():ws[k].start()].replace("'s", "").replace("’s", "")):
        # (a run of commas is a masked time: "estimated Indonesia's calendar 1986 production at")
        return
    words: list[str] = []
    for w in ws[j + 1:k]:
        low = w.group().lower()
        if not words and low in _DETERMINERS or low.endswith(("'s", "’s")):
            words = []  # "its", "Aetna's", "the oil giant's": the owner comes first
            continue
        if low in _STOP or low in _PREPOSITIONS or len(words) >= 4:
            break
        words.append(low)
    if words and not any(w[:1].isdigit() for w in words):
        out.head, out.mods, out.phrase = words[-1], tuple(words[:-1]), " ".join(words)


def _clause_subject(s: str, out: Counts, lx: Lexicon) -> None:
    """The clause's first noun phrase: its words up to the first preposition or verb
    ("Company stocks on land in the OECD rose to ..." counts company stocks)."""
    m = re.match(r"\s*(?:(?:the|a|an|its|their|his|her|this|these|those|total|all)\s+)*", s, re.I)
    words: list[str] = []
    for w in _WORD.finditer(s, m.end()):
        low = w.group().lower()
        if low in _STOP or low in lx.linking or len(words) >= 4 or s[(words and words[-1].end() or w.start()):w.start()].strip():
            break
        if "'" in low or "’" in low:
            words = []  # "Quaker's net income": the owner comes first
            continue
        words.append(w)
    if not words or len(words) > 1 and words[-1].group()[:1].isupper() and not words[-1].group().isupper():
        return
    out.head = words[-1].group().lower()
    out.mods = tuple(w.group().lower() for w in words[:-1])
    out.phrase = " ".join(w.group().lower() for w in words)


def _only_hedges(s: str, lx: Lexicon, also: frozenset[str] = frozenset()) -> bool:
    return all(w.group().lower() in lx.hedges or w.group().lower() in also for w in _WORD.finditer(s)) \
        and not re.search(r"[,.;:]", s)


# what a profit or loss is reckoned before or without: "earnings before interest and taxes"
# (bare nouns: not "before the age of 70")
_BEFORE_ITEMS = fast_compile(r"(?<=[a-z])\s+(?:before|excluding)\s+(?!(?:the|a|an|its|their)\s)(?:[a-z-]+(?:\s+|,\s*)){0,4}?"
                           r"(?:and\s+)?[a-z-]+$")


def _noun_phrase_back(s: str, out: Counts, lx: Lexicon, name: bool = False) -> int:
    """The noun phrase ending s (up to three words), skipping a place after it
    ("Sales in the United States totaled ..."); returns where it starts in s. `name`:
    a name before it qualifies it ("U.S. natural gas reserves", "M-1 money supply")."""
    s = re.sub(r"\s+(?:in|at|of|for)\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s*)+$", "", s.rstrip())
    s = re.sub(r"\s+(?:in|at|for|during|over)\s+,+$", "", s)  # a time: "losses in 1986 of", "profit for fiscal 2023 rose"
    s = _BEFORE_ITEMS.sub("", s)  # "a loss before appropriations and taxes of": the loss
    ws = list(_WORD.finditer(s))
    words: list[str] = []
    end = len(s)
    for w in reversed(ws):
        if s[w.end():end].strip(" \u00a0"):
            break  # punctuation between
        low = w.group().lower()
        if low in _STOP or len(words) >= 3 and not (name and w.group()[:1].isupper()) \
                or w.start() and s[w.start() - 1].isdigit():
            break  # (an ordinal's letters are no word: "2ND QTR SALES")
        if "'" in low or "’" in low:
            break
        if w.group()[:1].isupper() and words:
            if name and len(words) <= 3:
                words.insert(0, w.group())
                end = w.start()
            break  # "TimeWarner's profit": the owner, not the measure
        words.insert(0, w.group())
        end = w.start()
    if not words:
        return end
    out.head = words[-1].lower()
    out.mods = tuple(w.lower() for w in words[:-1])
    out.phrase = " ".join(w.lower() for w in words)
    return end


def _word_before(pre: str, lx: Lexicon) -> str:
    """The last word before the figure and its hedges, lower case ("would own")."""
    ws = _WORD.findall(pre[-60:])
    while ws and ws[-1].lower() in lx.hedges:
        ws.pop()
    return ws[-1].lower() if ws else ""


_VERB_READ = 120  # characters: the verb and the hedges between it and the figure
_VERB_NEAR = 40  # characters read first: most figures' verb is in them


def _verbs_before(pre: str, lx: Lexicon) -> tuple[str, str]:
    """The verb the figure is the object of ("destroyed 1,200 homes"), else ""; and the
    word before, whatever its ending ("will pay", "wrote off"), else "": both from one
    reading of the words before the figure. The last _VERB_NEAR characters are read
    first (from a blank: their words are the last words of the longer reading), and the
    longer reading only when the walk back to the verb reaches their first word."""
    if len(pre) > _VERB_NEAR:
        near = pre.find(" ", len(pre) - _VERB_NEAR) + 1
        found = _verbs_from(pre, near, lx, complete=False) if near else None
        if found is not None:
            return found
    cut = pre.find(" ", len(pre) - _VERB_READ) + 1 if len(pre) > _VERB_READ else 0
    return _verbs_from(pre, cut, lx, complete=True)


def _verbs_from(pre: str, cut: int, lx: Lexicon, complete: bool) -> tuple[str, str] | None:
    """_verbs_before over the words of pre from `cut`; None when not `complete` and the
    answer needs a word before them (the verb is the first word read, or none is)."""
    ws = list(_WORD.finditer(pre, cut))  # (the last words: a clause's first word is not a verb's object)
    k = len(ws) - 1
    while k >= 0 and (ws[k].group().lower() in lx.hedges or ws[k].group().lower() in lx.other_group
                      or ws[k].group().lower() in _OBJECTS and k == len(ws) - 1):
        if ws[k].group().lower() == "of":
            return "", ""  # "revenues of 69 mln": the figure is of a noun, not a verb's object
        k -= 1
    if k < 1 and not complete:
        return None
    if k < 0 or pre[ws[k].end():].strip(" \u00a0,") and not _only_hedges(pre[ws[k].end():], lx, _OBJECTS) \
            or _DIGIT.search(pre, ws[k].end()):
        return "", ""  # (not across another figure: "halted 48 of the 72 ships")
    w = ws[k].group()
    low = w.lower()
    two = f"{ws[k - 1].group().lower()} {low}" if k > 0 else ""
    two = two if two in lx.verb_nouns else ""  # "wrote off"
    if w[:1].isupper() and (k > 0 or cut) or low in _STOP or low in lx.linking:
        return "", two
    return (low if low.endswith(("ed", "s")) or event_of(low, lx) else ""), two or low
