"""Which one of several things of one kind a figure is of (its instance), when its
noun phrase says so: an ordinal ("the second 200 mln franc bond"), a label of a
lettered or numbered set ("the B shares", "series A", "band two"), or the name that
owns what is counted ("344 members of the Paperworkers Union", "the Electrical
Workers, whose 65 members"). Two figures whose instances are of one kind and differ
count different things however alike their words; a figure whose phrase names no
instance may be of any ("in all, 700 homes").

Returned as "<kind>: <value>" (kind ordinal | label | owner): the nearest one in the
sentence before the figure ("The A shares, with ten votes each, closed at 240"), else an
owner named right after it, else the nearest ordinal or label in its clause after it
("41 runs for the first wicket").
"""
from __future__ import annotations

import functools
import re

from ...regexwords import alternation, fast_compile, folded, lowered
from .lexicon import Lexicon

_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&’'.-]*)"
_NAME = rf"{_CAP}(?:\s+(?:(?:of|and|&|for)\s+)?{_CAP})*"
# "the Electrical Workers, whose 65 members": the name the relative hangs on
_WHOSE = fast_compile(rf"({_NAME}),\s+whose\s+(?:[a-z]+\s+){{0,2}}$")
# "344 members of the United Paperworkers Union": up to three words of the counted
# noun phrase (no verb, no time), then "of" and a name
_OF_NAME = re.compile(rf"\s*(?:[a-z][\w-]*\s+){{1,3}}?of\s+(?:the\s+)?({_NAME})")
_SPELLED = "one two three four five six seven eight nine ten".split()


@functools.lru_cache(maxsize=8)
def _patterns(ordinals: frozenset[str], labels: frozenset[str]) -> tuple[re.Pattern, ...]:
    ords = alternation(sorted(ordinals)) if ordinals else r"(?!)"
    nouns = alternation(sorted(labels)) if labels else r"(?!)"
    ident = rf"(?:[A-Z]|[IVX]{{1,4}}|\d{{1,3}}|(?i:{alternation(_SPELLED)}))"
    # "the second tranche", "a third bond", "its 2nd issue"; not "a third of", "the first time"
    ordinal = rf"\b(?:the|its|their|his|her|our|this|that|an?)\s+({ords})\b(?!\s+(?:of|times?)\b)"
    # "series A", "Class B", "band two", "tranche 2" (not "plan a", "the unit 2.5 mln")
    label = re.compile(rf"\b((?i:{nouns}))\s+({ident})(?![\w.,-])")
    # "the B shares", "Swedish Match's A shares": one capital letter between a determiner
    # or an owner and a noun ("A" opening a sentence is the article)
    letter = re.compile(r"(?:\b(?i:the|its|their)\s+|[’']s\s+)([A-HJ-Z])\s+(?=[a-z])")
    # over the text folded() gives (same offsets), where there is one: the ordinal pattern
    # case-sensitive (lowered: the same matches), and for the others a part every match
    # holds, so most texts are not searched with them at all; None: always searched
    return (re.compile(ordinal, re.I), lowered(ordinal), label, lowered(rf"(?:{nouns})\s"),
            letter, fast_compile(r"(?:the|its|their|[’']s)\s+[a-hj-z]\s+[a-z]"), lowered(ords))


ALL = (True, True, True)


def sentence_may(sentence: str, lx: Lexicon) -> tuple[bool, bool, bool]:
    """Whether an ordinal, a label and a lettered label may be read before a figure of
    this sentence: each needs a part (an ordinal word; a label noun and a blank; a
    determiner, a letter and a word) that a sentence lacking it lacks in every stretch.
    Read once per sentence, so its figures do not each scan it for nothing."""
    _, ordinal_low, _, label_gate, _, letter_gate, ords_gate = _patterns(lx.ordinal_words, lx.instance_nouns)
    low = folded(sentence)
    if low is None or ordinal_low is None or label_gate is None or ords_gate is None:
        return ALL
    return (ords_gate.search(low) is not None, label_gate.search(low) is not None,
            letter_gate.search(low) is not None)


def instance_of(before: str, after: str, lx: Lexicon, may: tuple[bool, bool, bool] = ALL) -> str | None:
    """`before`: the sentence up to the figure; `after`: the rest of its clause; `may`:
    sentence_may of the sentence."""
    ordinal, ordinal_low, label, label_gate, letter, letter_gate, _ = _patterns(lx.ordinal_words, lx.instance_nouns)
    low = folded(before) if any(may) else before
    if low is None:
        ordinal_low = label_gate = letter_gate = None
    found: list[tuple[int, str]] = []
    if may[0]:
        for m in (ordinal.finditer(before) if ordinal_low is None else ordinal_low.finditer(low)):
            found.append((m.start(), f"ordinal: {lx.ordinals[m.group(1).lower()]}"))
    if may[1] and (label_gate is None or label_gate.search(low)):
        for m in label.finditer(before):
            found.append((m.start(), f"label: {m.group(1).lower()} {m.group(2).lower()}"))
    if may[2] and (letter_gate is None or letter_gate.search(low)):
        for m in letter.finditer(before):
            found.append((m.start(), f"label: {m.group(1).lower()}"))
    m = _WHOSE.search(before) if "whose" in before else None
    if m:
        found.append((m.start(), f"owner: {m.group(1).lower()}"))
    if found:
        return max(found)[1]  # the nearest before the figure
    m = _OF_NAME.match(after)
    if m:
        return f"owner: {m.group(1).lower()}"
    return _instance_after(after[:_AFTER], lx)


# how far after the figure its clause may name the instance: a phrase or two
_AFTER = 60


def _instance_after(after: str, lx: Lexicon) -> str | None:
    """An ordinal or a label in the figure's clause after it, the nearest: "added 41
    runs for the first wicket" and "32 runs for the second wicket" are two partnerships;
    "11,385 students appeared in the Class XII examination" and "17,117 ... in the Class X
    examination" two exams. (Over the folded text where there is one, as instance_of.)"""
    ordinal, ordinal_low, label, label_gate, _, _, _ = _patterns(lx.ordinal_words, lx.instance_nouns)
    low = folded(after)
    found: list[tuple[int, str]] = []
    m = ordinal.search(after) if low is None or ordinal_low is None else ordinal_low.search(low)
    if m:
        found.append((m.start(), f"ordinal: {lx.ordinals[m.group(1).lower()]}"))
    m = label.search(after) if low is None or label_gate is None or label_gate.search(low) else None
    if m:
        found.append((m.start(), f"label: {m.group(1).lower()} {m.group(2).lower()}"))
    return min(found)[1] if found else None


def instances_differ(a: str | None, b: str | None) -> bool:
    """Both name an instance of the same kind, and not the same one."""
    if not a or not b:
        return False
    ka, kb = a.split(":", 1)[0], b.split(":", 1)[0]
    return ka == kb and a != b
