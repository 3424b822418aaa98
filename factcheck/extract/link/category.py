"""A figure's category: an age by its frame ("aged 30", "is under 30"), a unit's
category, a population by its frame, else the first category whose words appear in
its measure or the words around it, nearest first.
"""
from __future__ import annotations

import re

from ...model import Claim
from ...regexwords import fast_compile, first_char_lookahead, folded, lowered
from .lexicon import _Eligible, _Frames
from .population import _population_frame
from .words import _WORD, _ending, _ends, _last_piece, _none_of, _words_back, _words_on


_TIME_UNITS = frozenset("second minute hour day week month year decade century".split())
# what ends the text before a figure (read backwards, see words._ending)
_AGED_BEFORE = _ending(["aged", "age of"])  # "aged 30"
_COPULA_BEFORE = _ending(["is", "are", "was", "were"])  # "is under 30"
_BEFORE_OF = _ending(["of"], before=r"\s+(\w+)")  # "a city of 2 million": the word before
_OLD_AFTER = re.compile(r"\s+old\b")
_CLAUSE_END = re.compile(r"[,;:.!?—–()]|\s(?:and|but|while|whereas)\s")
_PIECE_NO_COMMA = re.compile(r"[^;:.!?—–()]*")  # a clause, read backwards
_PIECE = re.compile(r"[^,;:.!?—–()]*")
# the words _near_words reads: the last 3 of _PIECE and 8 of _PIECE_NO_COMMA, backwards;
# the first 4 or 8 of the clause after the figure, up to _CLAUSE_END
# a contrasting conjunction starts another clause: "One was reported dead while 59,918
# persons were affected" (the 59,918 are not the dead). Not "and", which joins the
# parts of a list that share their category, read back: "225 dead, including 119 police
# and 141 civilians"; read forwards, a figure's own clause ends there
_CONTRAST = "but|while|whereas"
_LAST_3 = _words_back(3, ",;:.!?—–()", _CONTRAST)
_LAST_8_NO_COMMA = _words_back(8, ";:.!?—–()", _CONTRAST)
_FIRST_AFTER = {k: _words_on(k, ",;:.!?—–()", "and|" + _CONTRAST) for k in (4, 8)}
_AGE_AFTER = re.compile(r"\s*(?:$|[.,;:!?)]|years?\b)")


def _clause_of(post: str) -> str:
    """The words after a figure up to its clause's end (at most 80 characters)."""
    m = _CLAUSE_END.search(post, 0, 80)  # (and/but/while end it too)
    return post[:m.start() if m else 80]


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
            not any(cat.event and (cat.pattern.search(c.measure or "") or cat.pattern.search(_clause_of(post)))
                    for cat in cats):
        return "population"  # "2m people call Vienna home", not "... were evacuated" ("8,700
        # inhabitants of the island were evacuated": the event's verb after the noun)
    of_word = _word_before_of(rpre)  # read once: the same for every category and place
    elig = eligible[money]
    place = elig.place and of_word is not None and any(of_word in cat.place_nouns for cat in elig.cats)
    # a window with none of the words' first letters holds none of them (checked once
    # for the window, not for each phrase cut from it)
    pre_ok = elig.any_lower is None or lpre is None or not _none_of(lpre, elig.firsts)
    post_ok = elig.any_lower is None or lpost is None or not _none_of(lpost, elig.firsts)
    own = _after_others(pre, elig.cats, lpre)
    pred = _NEW_PREDICATE.search(pre, max(0, len(pre) - 60)) if "," in pre[-40:] else None
    if pred and pred.group(1).lower() not in _NOT_PREDICATES:
        own = max(own, pred.start(1))  # "Dengue kills 47, ails 234,078": its own verb, not the other's
    if own and not _PART_CUE.search(pre, own) and not _PART_AFTER.match(post):  # (the figure's own words start after another figure's event word)
        pre, rpre, lpre = pre[own:], pre[own:][::-1], lpre[own:] if lpre is not None else None
    for where in _near_words(c, pre, rpre, post, money, pre_ok, post_ok):
        low = folded(where) if elig.any_lower is not None else None
        if not place and not (where and (elig.any_word.search(where) if low is None
                                          else elig.any_lower.search(low))):
            continue  # no category's word here, and no place noun before "of"
        for cat in elig.cats:
            if cat.place_nouns and of_word is not None and of_word in cat.place_nouns:
                return cat.name  # "a city of 2 million"
            if where and (cat.pattern.search(where) if low is None else cat.lower.search(low)):
                if cat.name == "population" and not money:
                    if of_things(where, frames.people | cat.place_nouns):
                        return "other"  # "the highest population of stray dogs with 50,869"
                    # "8,700 inhabitants of the island were evacuated": the event its clause
                    # tells of, not the people's noun, says what the figure counts
                    clause = _clause_of(post)
                    return next((e.name for e in elig.cats if e.event and e.pattern.search(clause)), cat.name)
                return cat.name
    if money:
        return money_default
    return "other"


# "At least 24 killed, 300 rescued", "over 140 injured when 15 coaches derailed": an event
# word right after another figure is that figure's, not a word of the figures after it
_NUMBER_WORDS_RX = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                    r"hundreds?|thousands?|dozens?")
_FIGURE_WORD_RX = (rf"(?:\b\d[\d,.]*+|\b(?:{_NUMBER_WORDS_RX}))\s++"
                   r"(?:(?:people|persons|others?|more|were|are|have|had|been)\s++){0,2}([a-z][\w-]*+)")
# after a lookahead of its first characters (the same matches: the engine skips the other
# places with one class test), and its lowered copy for the folded text (regexwords)
_FIGURE_WORD = fast_compile(first_char_lookahead(_FIGURE_WORD_RX, re.I) + _FIGURE_WORD_RX, re.I)
_FIGURE_WORD_LOW = lowered(_FIGURE_WORD.pattern)


# but a part of that figure shares its word ("225 dead, including 119 police", "100 people
# have died, eight of them Americans"): the part cues of frames.yaml
_PART_CUE = fast_compile(r"\b(?:includ\w*|of\s+(?:whom|which|them|those|these)|among\s+(?:them|whom)|comprising|"
                       r"consisting\s+of|made\s+up\s+of|such\s+as)\b", re.I)
_PART_AFTER = re.compile(r"\s*(?:of\s+(?:whom|which|them|those|these)|among\s+(?:them|whom))\b", re.I)


# another figure, a comma and one word just before this one: a predicate of its own in a
# headline's coordination ("kills 47, ails 234,078", "kills 12, injures 40")
_NEW_PREDICATE = re.compile(rf"(?:\d|\b(?:{_NUMBER_WORDS_RX}))" + r"\s*,\s*([a-z][\w-]*)\s+(?:(?:at\s+least|more\s+than|"
                            r"about|over|some|nearly|almost|around)\s+)?$", re.I)
_NOT_PREDICATES = frozenset("and or including includes mostly mainly nearly almost about some over around "
                            "roughly another plus of with while but".split())


def _after_others(pre: str, cats, lpre: str | None = None) -> int:
    """Where the words before a figure that may be its own start: after the last event
    word that follows another figure in them (0: all of them). `lpre`: pre folded, when
    the caller has it (an event category's pattern is case-blind, so its word may be too)."""
    end = 0
    found = _FIGURE_WORD.finditer(pre) if lpre is None or _FIGURE_WORD_LOW is None else _FIGURE_WORD_LOW.finditer(lpre)
    for m in found:
        if _is_event_word(cats, m.group(1)):
            end = m.end()
    return end


_EVENT_WORDS: dict[int, tuple[tuple, dict[str, bool]]] = {}  # id(cats) -> (cats, word -> an event's?)


def _is_event_word(cats, word: str) -> bool:
    """Whether an event category's pattern takes the whole word, worked out once per word
    and category list (the same words come back figure after figure)."""
    entry = _EVENT_WORDS.get(id(cats))
    if entry is None or entry[0] is not cats:
        if len(_EVENT_WORDS) > 16:  # (a rule set's categories, read again, are new objects)
            _EVENT_WORDS.clear()
        entry = _EVENT_WORDS[id(cats)] = (cats, {})
    memo = entry[1]
    found = memo.get(word)
    if found is None:
        if len(memo) > 4096:
            memo.clear()
        found = memo[word] = any(cat.event and cat.pattern.fullmatch(word) for cat in cats)
    return found


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


# "population of stray dogs", "populations of wild elephants": of things, in lower case
_POPULATION_OF = re.compile(r"\bpopulations?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+s)\b")


def of_things(where: str, not_things: frozenset[str]) -> bool:
    """The words name a population of things that are not people (animals, plants):
    "population of" and a plural noun in lower case that is none of `not_things` (the
    nouns of people, and of places: "the population of the villages" is their people)."""
    m = _POPULATION_OF.search(where)
    if m is None:
        return False
    noun = m.group(1)
    forms = {noun, noun[:-1], noun[:-3] + "y" if noun.endswith("ies") else noun}  # ("cities": city)
    return not forms & not_things and noun not in ("people", "persons")


def _words(s: str, a: int, b: int) -> str:
    return " ".join(s[a:b].split())


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


def _word_before_of(rpre: str) -> str | None:
    """The word before a closing "of" ("a city of " -> "city"), lower-cased; `rpre` is
    the text before read backwards."""
    m = _ends(rpre, _BEFORE_OF)
    return m.group(1)[::-1].lower() if m else None
