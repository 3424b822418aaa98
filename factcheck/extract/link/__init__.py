"""Link each figure to what it measures: measure and category, in place (whose figure
it is, its subject, is read with the rest of its frame: extract/frame/subject.py).

- measure: the counted noun phrase after the figure ("six member countries"),
  with the participle that says what happened to it ("12,000 people have been
  detained" -> "people detained"); for money and shares with no noun after,
  the noun phrase before it that names a category ("economic damage ... could
  total $2-3 billion").
- category: the first category in rules/lexicons/categories.yaml whose words
  appear in the measure or near the figure in its clause.

One step a module:

    lexicon.py     the categories and frames of categories.yaml, compiled once per rule set
    words.py       the word lists and backwards readings the steps share
    measure.py     the counted noun phrase after a figure, or the category noun before it
    category.py    the figure's category (and an age, by its frame)
    population.py  a population figure's place: the frames, place nouns and names around it
                   (read by frame/near.py, the subject's first readings)

link() below reads each figure's window of its sentence and fills in what is missing.
"""
from __future__ import annotations

import logging

from ...deadline import CheckTimeout, tick
from ...model import Claim, Document
from ...regexwords import folded
from ...rules import LexiconKey, RuleSet
from .category import _category
from .lexicon import _Eligible, _Frames, _eligible, _frames, _lexicon
from .measure import _measure_after, _measure_before


log = logging.getLogger(__name__)

# How far the rules read before and after a figure within its sentence, in characters.
# News sentences are shorter; in a longer run (a table, or 100,000 figures with no
# full stop) each figure is read only this far, so every figure costs about the same.
READ_BEFORE = 400
READ_AFTER = 400


def money_units(ruleset: RuleSet) -> frozenset[str]:
    """The units that are currencies under this rule set."""
    return _lexicon(LexiconKey(ruleset))[3]


def link(doc: Document, claims: list[Claim], ruleset: RuleSet) -> None:
    """Fill in each quantity's measure, category and subject where they are missing.

    A figure whose linking raises keeps what it had, and the failure is said in
    doc.notes (the report's notes; the traceback is logged): "linking failed on
    '12,000' (sentence 3, claim c7): KeyError: ...". CheckTimeout goes through."""
    key = LexiconKey(ruleset)
    cats, money_default, participles, codes = _lexicon(key)
    frames = _frames(key)
    eligible = _eligible(key)
    low = folded(doc.text)  # lower-cased once: the windows' copies are cut from it
    for c in claims:
        tick()
        if c.kind != "quantity":
            continue
        try:
            _link_one(doc, c, cats, money_default, participles, codes, frames, eligible, low)
        except CheckTimeout:
            raise
        except Exception as e:  # noqa: BLE001 - this figure stays unlinked, and said to be
            log.error("linking failed on %s", c.id, exc_info=e)
            sentence = doc.sentence_at(c.span[0]).index + 1 if doc.sentences else 1
            note = f"linking failed on {c.text!r} (sentence {sentence}, claim {c.id}): {type(e).__name__}: {e}"
            if note not in doc.notes:
                doc.notes.append(note)


def _link_one(doc: Document, c: Claim, cats, money_default: str, participles, codes,
              frames: _Frames, eligible: dict[bool, _Eligible], low: str | None = None) -> None:
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
