"""The shortcuts that keep the extraction steps cheap must find what the plain way finds."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from factcheck.extract import segment

from factcheck.extract.frame.instance import _instance_after, _patterns, instance_of, sentence_may
from factcheck.extract.frame.lexicon import lexicon
from factcheck.rules import LexiconKey
from factcheck.settings import Settings

_PIECES = ["the ", "The ", "THE ", "its ", "second ", "Second ", "2nd ", "times ", "of ", "Series ", "series ",
           "A ", "b ", "IV ", "two ", "shares", "Match's ", "Match’S ", "ſ", "K", "ı", "İ", "Σ", ", ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_instance_reads_the_folded_text_as_the_case_blind_patterns_read_the_text(pieces):
    lx = lexicon(LexiconKey(Settings(db="").ruleset()))
    before = "".join(pieces)
    ordinal, _, label, _, letter, _, _ = _patterns(frozenset(lx.ordinals), lx.instance_nouns)
    found = [(m.start(), f"ordinal: {lx.ordinals[m.group(1).lower()]}") for m in ordinal.finditer(before)]
    found += [(m.start(), f"label: {m.group(1).lower()} {m.group(2).lower()}") for m in label.finditer(before)]
    found += [(m.start(), f"label: {m.group(1).lower()}") for m in letter.finditer(before)]
    assert instance_of(before, "", lx) == (max(found)[1] if found else None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_instance_read_with_its_sentences_gates_finds_what_it_finds_without(pieces):
    # sentence_may is read once per sentence; every stretch of the sentence before a
    # figure must read the same with it as without it
    lx = lexicon(LexiconKey(Settings(db="").ruleset()))
    sentence = "".join(pieces)
    may = sentence_may(sentence, lx)
    for k in range(len(sentence) + 1):
        for a in {0, k // 2, max(0, k - 5)}:
            assert instance_of(sentence[a:k], "", lx, may) == instance_of(sentence[a:k], "", lx)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_instance_after_the_figure_reads_the_folded_text_as_the_case_blind_patterns_read_it(pieces):
    lx = lexicon(LexiconKey(Settings(db="").ruleset()))
    after = "".join(pieces)
    ordinal, _, label, _, _, _, _ = _patterns(frozenset(lx.ordinals), lx.instance_nouns)
    found = []
    m = ordinal.search(after)
    if m:
        found.append((m.start(), f"ordinal: {lx.ordinals[m.group(1).lower()]}"))
    m = label.search(after)
    if m:
        found.append((m.start(), f"label: {m.group(1).lower()} {m.group(2).lower()}"))
    assert _instance_after(after, lx) == (min(found)[1] if found else None)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([".", "!", "?", "...", "\"", "”", ")", " ", "\n", "A", "a", "9", "“", "Mr", "x.y"]),
                max_size=16))
def test_sentence_ends_are_the_runs_of_marks_the_lookbehind_first_pattern_found(pieces):
    text = "".join(pieces)
    plain = re.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])")
    assert [m.span() for m in segment._END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["From ", "the ", "THE ", "Company's ", "had said ", "Had  Said ", "previously ",
                                 "including ", "Including the ", "expects ", "Plans ", "up ", "on ", "than ",
                                 "rose ", "ſ", "K", "ı", "İ", "Σ", "É", ", ", "\n", "x"]), max_size=10))
def test_frame_searches_over_the_folded_clause_find_what_the_case_blind_patterns_find(pieces):
    import factcheck.extract.frame as frame
    from factcheck.regexwords import folded, search_folded

    lx = lexicon(LexiconKey(Settings(db="").ruleset()))
    pre = "".join(pieces)
    low = folded(pre)
    for rx in (frame._BASELINE, frame._COMPARED, lx.superseded, lx.part_cue, lx.targets_rx):
        want, got = rx.search(pre), search_folded(rx, pre, low)
        assert (want and want.span()) == (got and got.span())
