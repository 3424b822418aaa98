"""Link each figure to what it measures: measure, subject and category, in place.

- measure: the counted noun phrase after the figure ("six member countries"),
  with the participle that says what happened to it ("12,000 people have been
  detained" -> "people detained"); for money and shares with no noun after,
  the noun phrase before it that names a category ("economic damage ... could
  total $2-3 billion").
- category: the first category in rules/lexicons/categories.yaml whose words
  appear in the measure or near the figure in its clause.
- subject: the organisation or place the figure belongs to, when the text says
  so: the acronym of the alliance whose members are counted, the place whose
  population is given, a possessive ("TimeWarner's profit"), "in Almaty".
"""
from __future__ import annotations

import functools
import heapq
import re
from bisect import bisect_right
from dataclasses import dataclass

from ..deadline import tick
from ..model import Claim, Document
from ..regexwords import (any_word_alternation, first_char_lookahead, first_letters, folded, lowered, may_match,
                          needles, trie_alternation)
from ..rules import LexiconKey, RuleSet

_STOP = frozenset("""
a an the of in on at to from by for with and or but nor who whom which that as than
was were is are be been being have has had will would could should may might must can
do does did not no so also said says say told according while when where after before
during since until per each every this these those its their his her our your my it they
he she we you them him there here what about over under into onto up down out off
were about across against along among around between through via versus vs reportedly
allegedly apparently already still just now then more less most least some any all both
such other another same own only very too again further once if whether though although
because unless ago near remain remains remained come came go went get got like including
""".split())
_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())
_AUX = frozenset("have has had been were was are is being reportedly allegedly so far now "
                 "already also since then later all".split())
_LY_NOUNS = frozenset("family ally rally assembly supply italy july belly bully".split())
_MONTHS_DAYS = frozenset("""January February March April May June July August September
October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
_VERBISH = re.compile(r"[a-z]+ed|said|says|posts|made|had|has|lost|paid|pays|will|would|could|may")
_REPORTER = re.compile(
    r"((?:[A-Z][\w&-]*)(?:\s+(?:[A-Z][\w&.-]*|&|of))*?)(?:\s+(?:Inc|Corp|Co|Ltd|PLC|plc|AG|SA|NV|LLC)\.?)?,?"
    r"\s+(?:reported|reports|posted|posts|earned|earns|announced|expects|expected|made|"
    r"lost|loses|had|has|recorded|booked|raised|raises|paid|pays|agreed|plans|will|would)\b")


@dataclass(frozen=True)
class _Cat:
    name: str
    pattern: re.Pattern
    money: bool
    units: frozenset[str]
    place_nouns: frozenset[str]
    event: bool = False
    lower: re.Pattern | None = None  # the pattern without IGNORECASE, for lower-cased text
    needles: tuple[str, ...] | None = None  # regexwords.needles of its words


@dataclass(frozen=True)
class _Frames:
    """Lexicon patterns for a place's whole people and for an age (categories.yaml)."""
    population: tuple[tuple[re.Pattern | None, re.Pattern], ...]
    age_hedges: frozenset[str]
    age_people: frozenset[str]
    age_counts: frozenset[str]


@functools.lru_cache(maxsize=8)
def _lexicon(key: LexiconKey) -> tuple[tuple[_Cat, ...], str, frozenset[str], frozenset[str], frozenset[str]]:
    lx = key.ruleset.lexicon("categories") or {}
    cats = []
    participles = set()
    for c in lx.get("categories") or []:
        words = [str(w).lower() for w in c.get("words") or []]
        for w in words:
            if w.endswith("ed") and " " not in w:
                participles.add(w)
        # the words as a prefix tree, after a lookahead of their first letters: the same
        # matches as the longest-first list, found much faster (regexwords); the lookahead
        # goes before the lower-case copy too (without it a search tries the whole tree at
        # every word boundary: 30 us instead of 4 over 400 characters of "1 1 1")
        rx = rf"\b{trie_alternation(words)}(?:s|es|ed|d|ing)?\b" if words else r"(?!)"
        pat = re.compile(first_char_lookahead(rx, re.IGNORECASE) + rx, re.IGNORECASE)
        cats.append(_Cat(str(c.get("name")), pat, bool(c.get("money")),
                         frozenset(str(u) for u in c.get("units") or []),
                         frozenset(str(p).lower() for p in c.get("place_nouns") or []),
                         bool(c.get("event")), lowered(first_char_lookahead(rx) + rx),
                         needles(words) if words else None))
    currencies = key.ruleset.lexicon("currencies") or {}
    codes = set(str(v) for v in (currencies.get("prefixes") or {}).values())
    codes |= set(str(v) for v in (currencies.get("names") or {}).values())
    codes |= set(str(v) for v in currencies.get("codes") or [])
    people = frozenset(str(w).lower() for w in lx.get("people_nouns") or [])
    return tuple(cats), str(lx.get("money_default") or "other"), frozenset(participles), \
        frozenset(codes), people


@dataclass(frozen=True)
class _Eligible:
    """The categories a money figure (or any other figure without a unit category) can
    take, in lexicon order, and one pattern that matches where any of theirs does: most
    places name none, and one search tells so."""
    cats: tuple[_Cat, ...]
    any_word: re.Pattern
    place: bool  # some of them have place nouns ("a city of 2 million")
    # any_word and every category's pattern without IGNORECASE, for the lower-cased text
    # (regexwords.folded, lowered): the same matches, found faster; None when one is missing
    any_lower: re.Pattern | None = None
    # the first letters of all their words (regexwords.first_letters): a lower-cased text
    # with none of them holds no match, as a few substring tests tell
    firsts: str | None = None


@functools.lru_cache(maxsize=8)
def _eligible(key: LexiconKey) -> dict[bool, _Eligible]:
    lx = key.ruleset.lexicon("categories") or {}
    cats = _lexicon(key)[0]
    # the words of each category, as _lexicon reads them (one category per entry)
    words = [[str(w).lower() for w in c.get("words") or []] for c in lx.get("categories") or []]
    out = {}
    for money in (True, False):
        chosen = [(cat, ws) for cat, ws in zip(cats, words) if not cat.units and cat.money == money]
        every = [w for _, ws in chosen for w in ws]
        rx = rf"\b{any_word_alternation(every)}(?:s|es|ed|d|ing)?\b" if every else r"(?!)"
        any_lower = lowered(first_char_lookahead(rx) + rx)  # the lookahead: see _lexicon
        if any(cat.lower is None for cat, _ in chosen):
            any_lower = None
        out[money] = _Eligible(tuple(cat for cat, _ in chosen),
                               re.compile(first_char_lookahead(rx, re.IGNORECASE) + rx, re.IGNORECASE),
                               any(cat.place_nouns for cat, _ in chosen), any_lower, first_letters(every))
    return out


@functools.lru_cache(maxsize=8)
def _frames(key: LexiconKey) -> _Frames:
    lx = key.ruleset.lexicon("categories") or {}
    pop = []
    for f in lx.get("population_frames") or []:
        try:
            before = re.compile(str(f["before"]).replace("{NAME}", _NAME)) if f.get("before") else None
            pop.append((before, re.compile(str(f["after"]).replace("{NAME}", _NAME))))
        except (re.error, KeyError, TypeError):
            continue  # a broken user pattern is skipped, not fatal
    age = lx.get("age_frame") or {}
    low = lambda k: frozenset(str(w).lower() for w in age.get(k) or [])  # noqa: E731
    return _Frames(tuple(pop), low("hedges"), low("people"), low("counts"))


# How far the rules read before and after a figure within its sentence, in characters.
# News sentences are shorter; in a longer run (a table, or 100,000 figures with no
# full stop) each figure is read only this far, so every figure costs about the same.
READ_BEFORE = 400
READ_AFTER = 400


def link(doc: Document, claims: list[Claim], ruleset: RuleSet) -> None:
    key = LexiconKey(ruleset)
    cats, money_default, participles, codes, people = _lexicon(key)
    frames = _frames(key)
    eligible = _eligible(key)
    seen = _Seen(doc.text)
    low = folded(doc.text)  # lower-cased once: the windows' copies are cut from it
    for c in claims:
        tick()
        if c.kind != "quantity":
            continue
        try:
            _link_one(doc, c, cats, money_default, participles, codes, people, frames, eligible, seen, low)
        except (ValueError, IndexError, KeyError, re.error):  # a figure without links is fine
            continue


class _Seen:
    """What the text holds that many figures ask about, each found once per document:
    the acronyms in it, the reporting company at a sentence's start."""

    def __init__(self, text: str):
        self.text = text
        self._acronyms: tuple[list[int], list[int], list[str]] | None = None
        self._reporters: dict[int, re.Match | None] = {}

    def last_acronym(self, f: int) -> str | None:
        """The acronym of the last match of _ACRONYM.finditer(text[:f]). An attempt at p
        reads text[p-2:p+9] at most, so the matches starting at or before f - 9 are those
        finditer finds in the whole text; the few after are read again up to f."""
        if self._acronyms is None:
            found = [(m.start(), m.end(), m.group(1) or m.group()) for m in _ACRONYM.finditer(self.text)]
            self._acronyms = ([a for a, _, _ in found], [b for _, b, _ in found], [v for _, _, v in found])
        starts, ends, values = self._acronyms
        k = bisect_right(starts, f - 9)
        last = values[k - 1] if k else None
        for m in _ACRONYM.finditer(self.text, max(f - 8, ends[k - 1] if k else 0, 0), f):
            last = m.group(1) or m.group()
        return last

    def reporter(self, start: int, f: int) -> re.Match | None:
        """_REPORTER.match(text[start:f]), spans counted in the text. Matched once to the
        end of the text, the match is the same unless it reaches past f, or the figure's
        first character and the one before it are both word characters (then a verb's
        closing \\b holds at the end of the cut text and not in the whole)."""
        text = self.text
        if start not in self._reporters:
            self._reporters[start] = _REPORTER.match(text, start)
        full = self._reporters[start]
        if (full is None or full.end() <= f) and not (_is_word(text[f - 1:f]) and _is_word(text[f:f + 1])):
            return full
        return _REPORTER.match(text, start, f)


def _is_word(ch: str) -> bool:
    """What \\w matches, for one character (False for none)."""
    return ch.isalnum() or ch == "_"


def _link_one(doc: Document, c: Claim, cats, money_default: str, participles, codes, people,
              frames: _Frames, eligible: dict[bool, _Eligible], seen: _Seen, low: str | None = None) -> None:
    text = doc.text
    s = doc.sentence_at(c.span[0])
    a, b = max(s.start, c.span[0] - READ_BEFORE), min(s.end, c.span[1] + READ_AFTER)
    pre, post = text[a:c.span[0]], text[c.span[1]:b]
    # the same, lower-cased (regexwords.folded; None when the text has no such copy)
    lpre, lpost = (low[a:c.span[0]], low[c.span[1]:b]) if low is not None else (None, None)
    rpre = pre[::-1]  # read backwards by the patterns that look for what ends just before it
    money = c.unit in codes if c.unit else False
    if c.measure is None:
        c.measure = _measure_after(post, participles)
        if c.measure is None and (money or c.unit in ("percent", "percentage_point")):
            c.measure = _measure_before(pre, eligible[money], lpre)
    if c.category is None:
        c.category = _category(c, pre, rpre, post, cats, money, money_default, frames, eligible, lpre, lpost)
    if c.subject is None:
        c.subject = _subject(doc, c, pre, post, cats, codes, frames, seen)


_LEAD_OF = re.compile(r"\s*(?:-\s*)?(?:of\s+(?:the\s+)?)?")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ese|is|s)")
_OF_PLACE = re.compile(rf"\s+of\s+(?:the\s+)?{_NAME}")
_NEXT_NOUN = re.compile(r"\s+([a-z][\w-]*)")


def _measure_after(post: str, participles: frozenset[str]) -> str | None:
    m = _LEAD_OF.match(post)
    rest = post[m.end():] if m else post
    if rest[:1] and not rest[:1].isalpha():
        return None
    words: list[str] = []
    pos = 0
    for w in _WORD.finditer(rest):
        gap = rest[pos:w.start()]
        if words and gap.strip():
            break  # punctuation ends the phrase
        token = w.group()
        low = token.lower()
        if token[:1].isupper() and not (not words and _DEMONYM.fullmatch(token)):
            break  # a name ends the phrase; a plural demonym ("Americans") may be it
        if low in _STOP or _adverb(low) or len(words) >= 3 or "'" in low or "’" in low:
            break
        if low.endswith("ed") and (words or not _followed_by_noun(rest[w.end():])):
            if not words and low in participles:
                return low  # "hundreds injured"
            break
        words.append(token if token[:1].isupper() else low)
        pos = w.end()
    if not words:
        return None
    phrase = " ".join(words)
    # "people have been detained" -> "people detained"; "residents of Almaty were evacuated"
    tail = rest[pos:]
    of_place = _OF_PLACE.match(tail)
    if of_place:
        tail = tail[of_place.end():]
    for w in _WORD.finditer(tail):
        low = w.group().lower()
        if low in _AUX:
            continue
        if low in participles:
            phrase += " " + low
        break
    return phrase


def _adverb(low: str) -> bool:
    return low.endswith("ly") and low not in _LY_NOUNS


def _followed_by_noun(rest: str) -> bool:
    m = _NEXT_NOUN.match(rest)
    return bool(m and m.group(1) not in _STOP)


def _measure_before(pre: str, elig: _Eligible, lpre: str | None = None) -> str | None:
    """The nearest category noun before the figure, with up to two modifiers (`lpre`:
    `pre` folded, when the caller has it)."""
    low = (lpre if lpre is not None else folded(pre)) if elig.any_lower is not None else None
    if low is not None and _none_of(low, elig.firsts) or \
            not (elig.any_word.search(pre) if low is None else elig.any_lower.search(low)):
        return None  # no category of this kind names anything here
    best = None
    for cat in elig.cats:
        if low is not None and cat.needles is not None and not may_match(low, cat.needles):
            continue  # none of its words here
        for m in (cat.pattern.finditer(pre) if low is None else cat.lower.finditer(low)):
            if best is None or m.start() > best.start():
                best = m
    if best is None:
        return None
    head = best.group().lower()
    mods = []
    for w in reversed(_WORD.findall(pre[:best.start()])[-2:]):
        low = w.lower()
        if w[:1].isupper() or low in _STOP or _adverb(low) or _VERBISH.fullmatch(low):
            break
        mods.insert(0, low)
    return " ".join(mods + [head])


def _none_of(low: str, firsts: str | None) -> bool:
    """True when the lower-cased `low` holds none of the letters `firsts` (False when
    there are none to test): no word starting with one of them can match in it."""
    return firsts is not None and not any(ch in low for ch in firsts)


def _ends(rpre: str, reversed_pattern: re.Pattern) -> re.Match | None:
    """`reversed_pattern` matched at the start of `rpre`, the text before a figure read
    backwards: what a search for the pattern written forwards and ending in $ finds,
    without trying every place."""
    return reversed_pattern.match(rpre)


def _last_piece(s: str, rs: str, reversed_piece: re.Pattern) -> str:
    """The last piece of `s` (`rs` backwards) between separators, as re.split(...)[-1]
    gives it."""
    return s[len(s) - reversed_piece.match(rs).end():]


def _words_back(k: int, separators: str) -> re.Pattern:
    """The last k words (blank-separated, as str.split() reads them) of the last piece
    of a text between `separators`, with the blanks after them, read backwards."""
    return re.compile(rf"\s*+(?:[^\s{separators}]++\s*+){{0,{k}}}")


def _words_on(k: int, separators: str, conjunctions: str) -> re.Pattern:
    """The first k words of a text up to a separator or a conjunction between blanks."""
    return re.compile(rf"(?:\s*+(?!(?<=\s)(?:{conjunctions})\s)[^\s{separators}]++){{0,{k}}}")


# "aged " / "age of " at the end of the text before a figure, read backwards
_AGED_BEFORE = re.compile(r"\s+(?:dega|fo\s+ega)\b")
_OLD_AFTER = re.compile(r"\s+old\b")
_CLAUSE_END = re.compile(r"[,;:.!?—–()]|\s(?:and|but|while|whereas)\s")
_PIECE_NO_COMMA = re.compile(r"[^;:.!?—–()]*")  # a clause, read backwards
_PIECE = re.compile(r"[^,;:.!?—–()]*")
# the words _near_words reads: the last 3 of _PIECE and 8 of _PIECE_NO_COMMA, backwards;
# the first 4 or 8 of the clause after the figure, up to _CLAUSE_END
_LAST_3 = _words_back(3, ",;:.!?—–()")
_LAST_8_NO_COMMA = _words_back(8, ";:.!?—–()")
_FIRST_AFTER = {k: _words_on(k, ",;:.!?—–()", "and|but|while|whereas") for k in (4, 8)}


def _category(c: Claim, pre: str, rpre: str, post: str, cats, money: bool, money_default: str,
              frames: _Frames, eligible: dict[bool, _Eligible], lpre: str | None = None,
              lpost: str | None = None) -> str | None:
    if c.extra.get("age") or _ends(rpre, _AGED_BEFORE) or _age_frame(c, pre, rpre, post, frames):
        return "age"
    if c.unit in _TIME_UNITS:
        return "age" if _OLD_AFTER.match(post) else None  # durations are the temporal side's
    if c.unit is not None:
        for cat in cats:
            if cat.units and c.unit in cat.units:
                return cat.name
    if not money and not c.unit and _population_frame(pre, post, frames) is not None and \
            not any(cat.event and cat.pattern.search(c.measure or "") for cat in cats):
        return "population"  # "2m people call Vienna home", not "... were evacuated"
    of_word = _word_before_of(rpre)  # read once: the same for every category and place
    elig = eligible[money]
    place = elig.place and of_word is not None and any(of_word in cat.place_nouns for cat in elig.cats)
    # a window with none of the words' first letters holds none of them (checked once
    # for the window, not for each phrase cut from it)
    pre_ok = elig.any_lower is None or lpre is None or not _none_of(lpre, elig.firsts)
    post_ok = elig.any_lower is None or lpost is None or not _none_of(lpost, elig.firsts)
    for where in _near_words(c, pre, rpre, post, money, pre_ok, post_ok):
        low = folded(where) if elig.any_lower is not None else None
        if not place and not (where and (elig.any_word.search(where) if low is None
                                          else elig.any_lower.search(low))):
            continue  # no category's word here, and no place noun before "of"
        for cat in elig.cats:
            if cat.place_nouns and of_word is not None and of_word in cat.place_nouns:
                return cat.name  # "a city of 2 million"
            if where and (cat.pattern.search(where) if low is None else cat.lower.search(low)):
                return cat.name
    if money:
        return money_default
    return "other"


def _near_words(c: Claim, pre: str, rpre: str, post: str, money: bool, pre_ok: bool = True,
                post_ok: bool = True):
    """Where a figure's category is looked for, in turn: its measure, the three words
    before it, the first words of its clause after it, the last words of its clause
    before it (each made only when the ones before name no category; "" for those from
    a side known to hold no category word: not pre_ok, not post_ok)."""
    yield c.measure or ""
    yield _words(pre, len(pre) - _LAST_3.match(rpre).end(), len(pre)) if pre_ok else ""
    yield _words(post, 0, _FIRST_AFTER[4 if money else 8].match(post).end()) if post_ok else ""
    yield _words(pre, len(pre) - _LAST_8_NO_COMMA.match(rpre).end(), len(pre)) if pre_ok else ""


def _words(s: str, a: int, b: int) -> str:
    return " ".join(s[a:b].split())


def _population_frame(pre: str, post: str, frames: _Frames) -> str | None:
    """The place whose whole people the figure counts, by the lexicon's frames ("" when
    the frame names no place, None when no frame fits)."""
    for before, after in frames.population:
        m = after.match(post)  # anchored, so tried first: the search before only when it fits
        if not m:
            continue
        b = before.search(pre) if before is not None else None
        if before is not None and b is None:
            continue
        return m.groupdict().get("place") or (b.groupdict().get("place") if b else None) or ""
    return None


_COPULA_BEFORE = re.compile(r"\s+(?:si|era|saw|erew)\b")  # "is " ... at the end, backwards
_AGE_AFTER = re.compile(r"\s*(?:$|[.,;:!?)]|years?\b)")


def _age_frame(c: Claim, pre: str, rpre: str, post: str, frames: _Frames) -> bool:
    """"... population of 200 million is under 30": a hedged small figure that is the
    complement of is/are, with no noun of its own, in a clause about people."""
    if c.unit or c.measure or str(c.extra.get("hedge_words", "")) not in frames.age_hedges:
        return False
    v = c.value if c.value is not None else (c.high if c.high is not None else c.low)
    if v is None or not float(v).is_integer() or not 1 <= v <= 120:
        return False
    if not _ends(rpre, _COPULA_BEFORE) or not _AGE_AFTER.match(post):
        return False
    clause = [w.lower() for w in _WORD.findall(_last_piece(pre, rpre, _PIECE_NO_COMMA))]
    return any(w in frames.age_people for w in clause) and not any(w in frames.age_counts for w in clause)


def _sentence_name(pre: str, post: str) -> str | None:
    """The place a population figure's sentence names: the dateline's ("Kano, Nigeria -
    The city's 4.9m residents"), else the last name before the figure ("In 2012,
    Tbilisi had 940,000 inhabitants"), else the first after it ("Home to 15m people,
    Lagos is ...")."""
    def names(s: str) -> list[str]:
        out = []
        for m in re.finditer(_NAME, s):
            words = m.group().split()
            while words and (words[0].lower() in _STOP or words[0] in _MONTHS_DAYS):
                words = words[1:]
            if m.start() == len(s) - len(s.lstrip()) and len(words) == 1 and \
                    re.match(r"\s+(?:to|of|in|with|for|at|from|by|on)\b", s[m.end():]):
                continue  # "Home to 15m people, Lagos is": a capital from the sentence start
            if words and words[-1] not in _MONTHS_DAYS:
                out.append(re.sub(r"[’']s$", "", " ".join(words)))
        return out
    dateline = re.match(rf"\s*({_NAME}),\s+{_NAME}\s+[-–—]\s", pre)
    if dateline:
        return dateline.group(1)
    before = names(pre)
    if before:
        return before[-1]
    after = names(re.split(r"[;:.!?()]", post, maxsplit=1)[0])
    return after[0] if after else None


_BEFORE_OF = re.compile(r"\s+fo\s+(\w+)")  # "city of " at the end, read backwards


def _word_before_of(rpre: str) -> str | None:
    """The word before a closing "of" ("a city of " -> "city"), lower-cased; `rpre` is
    the text before read backwards."""
    m = _ends(rpre, _BEFORE_OF)
    return m.group(1)[::-1].lower() if m else None


_NAME_BRACKET = re.compile(rf"({_NAME})\s*\(\s*(?:[a-z][\w.-]*\s+){{0,2}}$")
_CLOSES_BRACKET = re.compile(r"[^()]*\)")
# r"\(([A-Z]{2,7})\)|\b([A-Z]{3,6})\b" opening with the class of its first characters,
# so that the engine skips to the next bracket or capital in a tight loop; the second
# form's acronym is the whole match
_ACRONYM = re.compile(r"[(A-Z](?:(?<=\()([A-Z]{2,7})\)|(?<=[A-Z])(?<!\w[A-Z])[A-Z]{2,5}\b)")
_POSSESSIVE = re.compile(r"([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)*)[’']s\s+(?:[\w-]+\s+){0,3}$")
# "in" at a word's start (the lookbehind is \b), opening with the literal for a fast search
_IN_PLACE = re.compile(r"in(?<!\w..)\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")
_NEXT_LOWER = re.compile(r"\s+([a-z]+)")


@functools.lru_cache(maxsize=8)
def _place_noun_patterns(place_nouns: frozenset[str]) -> tuple[re.Pattern, re.Pattern, str]:
    """A place noun and the name after it ("city of Astana"), as rf"\\b(?:{nouns})\\s+
    (?:of\\s+)?(NAME)" finds them, and what to put before the text searched. For nouns of
    plain lower-case letters (none starting with "of", see _last_place_name): the
    character before the noun opens the pattern, so that
    the engine skips the letters inside words in a tight loop (a blank is put before
    the text for a noun at its start), and the nouns are a prefix tree (of two that
    start alike only one can be followed by a blank, so the order is free)."""
    nouns = sorted(place_nouns)
    if nouns and all(re.fullmatch(r"[a-z]+", n) and not n.startswith("of") for n in nouns):
        alt, lead, before = trie_alternation(nouns), r"[^\w]", " "
    else:
        alt, lead, before = "(?:" + "|".join(nouns) + ")", r"\b", ""
    return (re.compile(rf"{lead}{alt}\s+(?:of\s+)?({_NAME})"),
            re.compile(rf"{lead}{alt}\s+(?:of\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"), before)


def _last_place_name(named_rx: re.Pattern, lead: str, place_nouns: frozenset[str], window: str) -> str | None:
    """group(1) of the last match of named_rx.finditer(lead + window), found from the end.

    With a blank before the window (lead), named_rx opens with the character before a
    place noun of plain lower-case letters. The rightmost place where it matches is the
    last match of finditer unless an earlier match covers it, which only a noun right
    after an apostrophe or a hyphen inside a capitalised name could do ("Foo-port Bar"),
    or a noun starting with "of" (not given a lead): then finditer it is."""
    w = lead + window
    if not lead:
        found = None
        for m in named_rx.finditer(w):
            found = m.group(1)
        return found
    # the last place of each noun, tried from the rightmost back
    heap = [(-at, n) for n in place_nouns if (at := w.rfind(n)) > 0]
    heapq.heapify(heap)
    while heap:
        at, noun = heapq.heappop(heap)
        at = -at
        m = named_rx.match(w, at - 1)
        if m:
            if w[at - 1] in "’'-":
                break  # maybe inside an earlier match's name: read from the start
            return m.group(1)
        before = w.rfind(noun, 0, at + len(noun) - 1)
        if before > 0:
            heapq.heappush(heap, (-before, noun))
    else:
        return None
    found = None
    for m in named_rx.finditer(w):
        found = m.group(1)
    return found


def _subject(doc: Document, c: Claim, pre: str, post: str, cats, codes, frames: _Frames,
             seen: _Seen) -> str | None:
    text = doc.text
    # "Yerevan (more than 1.1 million inhabitants)": a figure in brackets after a name
    m = _NAME_BRACKET.search(pre) if "(" in pre else None
    if m and _CLOSES_BRACKET.match(post) and m.group(1).split()[-1] not in _MONTHS_DAYS \
            and not any(cat.pattern.fullmatch(m.group(1)) for cat in cats):
        return m.group(1)  # not "Revenue (€800m)"
    if c.category == "members":
        return seen.last_acronym(c.span[0])
    if c.category == "population":
        place = _population_frame(pre, post, frames)
        if place:
            return place
        place_nouns = next((cat.place_nouns for cat in cats if cat.place_nouns), frozenset())
        m = re.search(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                      r"(\w+)\s+of\s+$", pre)
        if m and m.group(2).lower() in place_nouns:
            return m.group(1)
        # "the population of Durban stood at", "Ankara had a population of", "Nairobi, population"
        for pat in (rf"\bpopulation\s+of\s+({_NAME})",
                    rf"({_NAME}),?\s+(?:(?:has|had|have|with)\s+(?:a\s+)?)?population\b"):
            named = [re.sub(r"[’']s$", "", x.group(1)) for x in re.finditer(pat, pre)
                     if x.group(1).split()[0].lower() not in _STOP]
            if named:
                return named[-1]
        nouns = "|".join(sorted(place_nouns))
        here_rx, named_rx, lead = _place_noun_patterns(place_nouns)
        here = here_rx.findall(lead + pre)
        if here:
            return here[-1]  # "The city of Astana in Kazakhstan is home to"
        named = _sentence_name(pre, post)
        if named:
            return named
        found = _last_place_name(named_rx, lead, place_nouns, text[max(0, c.span[0] - 1500):c.span[0]])
        if found:
            return found
        if re.search(rf"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[\w-]+\s+)?(?:{nouns})\b", pre):
            # "Protests spread to Moscow. The city of 10m people": the place just named
            start = doc.sentence_at(c.span[0]).start
            prev = re.split(r"[.!?]\s", text[max(0, start - 300):start].rstrip())[-1]
            places = re.findall(rf"\b(?:in|to|at|from|near)\s+({_NAME})", prev)
            places = [p for p in places if p.split()[-1] not in _MONTHS_DAYS]
            if places:
                return re.sub(r"[’']s$", "", places[-1])
    m = _POSSESSIVE.search(pre) if "’s" in pre or "'s" in pre else None
    if m and m.group(1) not in _MONTHS_DAYS:
        return m.group(1)
    if c.unit in codes:
        # "TimeWarner reported fourth-quarter profit of $1.2bn": the company that reports
        m = seen.reporter(doc.sentence_at(c.span[0]).start, c.span[0])
        if m and m.group(1).split()[0] not in ("The", "A", "An", "In", "On", "At", "But", "And"):
            return m.group(1)
    near = [m for m in _IN_PLACE.finditer(post[:60])] + [m for m in _IN_PLACE.finditer(pre[-50:])]
    for m in near:
        name = m.group(1)
        nxt = _NEXT_LOWER.match(m.string, m.end())
        if name.split()[-1] in _MONTHS_DAYS or (nxt and nxt.group(1) not in _STOP):
            continue  # "in the Kenya embassy bombing": an adjective, not the place
        return name
    return None
