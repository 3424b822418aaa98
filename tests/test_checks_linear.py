"""The checks' linear-time patterns and loops find what the plain ones find.

Each rewritten pattern is compared with the plain pattern it replaced (kept here as
the reading it must agree with) on random strings of the pieces that matter: blank
runs of every kind, the cue words, punctuation and figures.
"""
from __future__ import annotations

import re

from hypothesis import given, settings as hsettings, strategies as st

from factcheck.checks import arithmetic
from factcheck.regexwords import alternation
from factcheck.settings import Settings

_BLANKS = [" ", "  ", " " * 45, "\t", "\n", "\u00a0", " \t ", "\u2003"]
_WORDS = ["including", "among them", "among  whom", "of whom", "of", "whom", "comprising", "made up of",
          "split between", "and", "or", "out", "the", "all", "a total of", "some", "about", "nearly",
          "x", "ab-c", "it's", "d\u2019s", "abcdefghij", "abcdefghijabcdefghijabcdefghijabcdefghij",
          "INCLUDING", "And"]
_MARKS = [",", ":", "\u2014", "(", ")", ".", ";", "1", "12", "-", "'"]
_PIECES = st.one_of(
    st.lists(st.sampled_from(_BLANKS + _WORDS + _MARKS), max_size=14).map("".join),
    # words and marks each after a blank run (or none): the shapes the patterns read
    st.lists(st.tuples(st.sampled_from(_BLANKS + [""]), st.sampled_from(_WORDS + _MARKS)), max_size=7)
    .map(lambda ps: "".join(a + b for a, b in ps)))


def _same(new: re.Pattern, old: re.Pattern, text: str) -> None:
    a, b = new.match(text), old.match(text)
    assert (a is None) == (b is None), text
    if a:
        assert (a.span(), a.groupdict()) == (b.span(), b.groupdict()), text


def _share_params() -> dict:
    rule = Settings(db="").ruleset().rule("arithmetic.share")
    return {**rule.params}


def _plain_parts_head(params: dict) -> re.Pattern:
    return re.compile(
        rf"^\s*[\w'’ -]{{0,40}}?(?:,\s*|\s+|\s*[:\u2014]\s*)(?:(?P<part>{alternation(params.get('part_cues') or [])})"
        rf"|(?P<all>{alternation(params.get('complete_cues') or [])}))\s+$"
        rf"|^\s*[\w'’ -]{{1,40}}?\s*(?P<colon>:)\s*$", re.I)


_PLAIN_GLUE = re.compile(r"^\s*[\w'’ -]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$")
_PLAIN_OF = re.compile(r"^\s+(?:out\s+)?of\s+(?:the|its|their|all|all\s+the|a\s+total\s+of|some)?\s*$", re.I)
_PLAIN_OR = re.compile(r"^[^,;.()\d]{0,40}?(?:,\s*or\s+|\s*\(\s*|\s+or\s+)"
                       r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$", re.I)


def test_parts_head_reads_the_usual_heads():
    head = arithmetic._parts_head(_share_params())
    for text, group in ((" dead, including ", "part"), (" including ", "part"), ("  including  ", "part"),
                        (" people, split between ", "all"), (" victims: ", "colon"), ("  : ", "colon"),
                        (" dead \u2014 among them ", "part")):
        m = head.match(text)
        assert m and m.group(group), text
    assert not head.match(" dead, mostly ") and not head.match(" " * 5000)


@hsettings(max_examples=400, deadline=None)
@given(_PIECES)
def test_parts_head_matches_what_the_plain_pattern_matches(text):
    params = _share_params()
    _same(arithmetic._parts_head(params), _plain_parts_head(params), text)


@hsettings(max_examples=400, deadline=None)
@given(_PIECES)
def test_part_glue_of_and_or_match_what_the_plain_patterns_match(text):
    _same(arithmetic._PART_GLUE, _PLAIN_GLUE, text)
    _same(arithmetic._OF, _PLAIN_OF, text)
    _same(arithmetic._OR, _PLAIN_OR, text)
