"""What the sentence around a temporal expression says: the clause's tense,
and the per-document state (publication date, quarter under discussion, the
last day mentioned) that relative expressions are resolved against."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...regexwords import fast_compile
from .calendar import Period
from .lexicon import Lexicon

_DEADLINE_CUE = re.compile(r"\b(?:deadline|due|by|until|till|no later than|expires?)\b", re.I)
_END_POINT = fast_compile(r"\b(?:until|till|through|thru|to)\s+(?:the\s+)?$", re.I)
_SOON = fast_compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.I)
_RANGE_GAP = re.compile(r"\s*(?:,|-|–|—|to|and|or|through|thru|until|till|between)?\s*(?:the\s+|early\s+|late\s+|mid-?)?", re.I)
_TOKEN = fast_compile(r"[A-Za-z']+|[.;:!?—–,]")
# words that open a new clause: a verb after them does not set the tense of a date before them
_CLAUSE_OPENERS = {"and", "but", "that", "which", "who", "whom", "while", "when", "where", "because",
                   "after", "before", "since", "if", "although", "though", "unless", "whether"}
# words that may open a sentence before its time adjunct: "Until Thursday, they had ..."
_ADJUNCT_OPENERS = {"on", "until", "till", "by", "since", "from", "in", "at", "early", "late", "last",
                    "next", "this", "that", "and", "but", "then", "so", "also", "as", "of"}
_DASHED_ASIDE = re.compile(r"\s[—–][^—–.;!?]*[—–]\s")
# before a future cue, these make it a plan made in the past for a day now gone
_OVERTAKEN = {"had", "previously", "originally", "initially"}
_PARTICIPLE_ENDS = ("ed", "en")
_AUX = {"be", "been", "being", "is", "are", "am", "to", "get", "gets", "got"}
# before an -ed word these make it an adjective ("a still unspecified date"), not a verb
_ADJ_BEFORE = {"a", "an", "the", "still", "very", "more", "most", "less", "newly", "well", "so",
               "too", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
               "those", "any", "some", "no", "and", "or", "of", "than", "as"}
_PREP_BEFORE = re.compile(r"(?:\b(?:in|on|since|by|until|till|of|during|from|through|before|after|"
                          r"for|early|late|mid|last|next|this|every|each|around|between|and|to)\s+|[,(]\s*)$", re.I)


@dataclass
class Resolved:
    kind: str
    timex: str
    period: Period | None = None
    anchor: str | None = None
    value: float | None = None
    mod: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    span: tuple[int, int] | None = None  # when the extent is narrower than the match


@dataclass
class Context:
    text: str
    dct: date | None
    lex: Lexicon
    date_order: str = "MDY"
    sent_bounds: tuple[int, int] = (0, 0)
    # document state, updated in reading order
    last_quarter: Period | None = None
    last_day: Period | None = None
    last_by_gran: dict[str, Period] = field(default_factory=dict)  # the latest year, month... named
    last_period: Period | None = None  # the last dated period named, whatever its granularity
    # explicit years said in this sentence: (year, text, end offset)
    sentence_years: list[tuple[int, str, int]] = field(default_factory=list)

    def year_carried_to(self, a: int) -> tuple[int, str] | None:
        """'from Jan. 3, 2019 to March 5': the year of a date just before, joined by a range word."""
        if not self.sentence_years:
            return None
        y, said, end = self.sentence_years[-1]
        if _RANGE_GAP.fullmatch(self.text, end, a):  # no copy of what lies between
            return y, said
        return None
    sentence_dates: list[Period] = field(default_factory=list)
    sentence_day_or_month: Period | None = None  # the last of sentence_dates with that grain

    @property
    def pub(self) -> str:
        return f"published {self.dct.isoformat()}" if self.dct else "no publication date"


def _overtaken(tokens: list[str], i: int) -> bool:
    """'had', 'previously'... in the verb group before tokens[i] (up to 5 words, not past a clause edge)."""
    for j in range(i - 1, max(-1, i - 6), -1):
        t = tokens[j].lower()
        if t in _CLAUSE_OPENERS or not t[0].isalpha():
            return False
        if t in _OVERTAKEN:
            return True
    return False


def tense(cx: Context, a: int, b: int) -> int:
    """-1 past, +1 future, 0 unknown: the nearest tense cue in the clause around [a, b)."""
    s0, s1 = cx.sent_bounds
    before = _TOKEN.findall(cx.text[max(s0, a - 90):a])
    # a parenthetical between dashes ("on Wednesday — where life ... — Tokayev praised") is skipped
    after = cx.text[b:min(s1, b + 160)]
    if "\u2014" in after or "\u2013" in after:  # (most clauses have no dash: no aside to skip)
        after = _DASHED_ASIDE.sub(" ", after)
    after = _TOKEN.findall(after)
    lex = cx.lex
    cue_words = lex.tense_cue_words
    best: tuple[int, int] | None = None  # (distance, tense)

    def cue(tokens: list[str], i: int) -> int:
        w = tokens[i].lower()
        if w not in cue_words and not w.endswith(("'ll", "ed")):
            return 0  # most words: none of the tests below can hold
        if w in lex.tense_future or w.endswith("'ll") or (
                w in lex.tense_future_heads and i + 1 < len(tokens)
                and f"{w} {tokens[i + 1].lower()}" in lex.tense_future):
            # "had been due to expire Friday", "as previously planned": a plan already overtaken
            return -1 if _overtaken(tokens, i) else 1
        if w in lex.tense_extension and _END_POINT.search(cx.text[max(s0, a - 12):a]):
            # "extended the offer until Friday": the new end lies ahead of the extension
            return -1 if _overtaken(tokens, i) else 1
        if w in lex.tense_past:
            return 0 if i > 0 and tokens[i - 1].lower() in _AUX else -1
        if len(w) > 4 and w.endswith("ed") and w not in lex.not_past:
            prev = tokens[i - 1].lower() if i > 0 else ""
            if prev not in _AUX and prev not in _ADJ_BEFORE:
                return -1
        return 0

    if _SOON.search(cx.text[max(s0, a - 16):a]):
        return 1
    # a sentence-opening adjunct ("Until Thursday, they had not ..."; "On Tuesday, the league
    # plans to ..."): the main clause after its comma carries the tense, not the preposition
    if after[:1] == [","]:  # (the clause's start is sought only then)
        cut = max((i for i, t in enumerate(before) if t in ".;:!?—–"), default=-1)
        t = _after_cue(after[1:], cue) if all(t.lower() in _ADJUNCT_OPENERS for t in before[cut + 1:]) else None
        if t:
            return t[1]
    for dist, i in enumerate(range(len(before) - 1, max(-1, len(before) - 13), -1)):
        if before[i] in ".;:!?—–":
            break
        if before[i] == ",":
            continue
        t = cue(before, i) or (before[i][-2:] in _PARTICIPLE_ENDS and _aux_of_participle(before, i, cue))
        if t:
            best = (dist, t)
            break
    found = _after_cue(after, cue)
    # the verb usually comes before its time adjunct: cues after count double
    if found and (best is None or 2 * found[0] + 2 < best[0]):
        best = found
    return best[1] if best else 0


def _aux_of_participle(tokens: list[str], i: int, cue) -> int:
    """'will be named commander of ... for a mission in December': a participle after 'be'/'been'
    carries no tense; its auxiliary chain, just before it, does (even past the usual window)."""
    if i < 1 or tokens[i - 1].lower() not in _AUX:
        return 0
    for j in range(i - 2, max(-1, i - 4), -1):
        t = cue(tokens, j)
        if t:
            return t
    return 0


def _after_cue(after: list[str], cue) -> tuple[int, int] | None:
    """(distance, tense) of the first tense cue after an expression, inside its clause."""
    for dist, i in enumerate(range(min(len(after), 10))):
        if after[i] in ".;:!?," or (after[i].lower() in _CLAUSE_OPENERS and not _inside_name(after, i)):
            return None  # a verb past these belongs to another clause: "planned a rally on Saturday and were ..."
        t = cue(after, i)
        if t < 0 and i + 1 < len(after) and after[i + 1].lower() in ("by", "for"):
            t = 0  # "a deadline set by": a participle, not the clause's verb
        if t:
            return dist, t
    return None


def _inside_name(tokens: list[str], i: int) -> bool:
    """'and' between two capitalised words belongs to a name ('the Abortion and Reproductive Rights League')."""
    return (tokens[i] == "and" and 0 < i < len(tokens) - 1
            and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper())


def _tense_name(t: int) -> str | None:
    return {-1: "past", 1: "future"}.get(t)
