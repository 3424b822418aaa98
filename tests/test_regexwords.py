"""regexwords: the prefix-tree alternation matches exactly what the plain one does."""
import re

from hypothesis import given, settings, strategies as st

from factcheck.regexwords import alternation, first_letters, trie_alternation

_WORDS = ["september", "sept", "sept.", "sep", "may", "march", "mar", "new year", "new years", "jan", "january"]


def test_trie_groups_shared_prefixes():
    assert trie_alternation(["jan", "january"]) == "(?:jan(?:uary)?)"


def test_lists_the_tree_cannot_hold_fall_back_to_the_plain_alternation():
    words = ["Mayday", "may", "a  b", "ü"]
    assert trie_alternation(words) == alternation(words)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
       st.lists(st.sampled_from(_WORDS + ["x", " ", "  ", ".", "5", "S", "ber", "\n", "ſ"]), max_size=12))
def test_trie_alternation_finds_the_same_spans(words, pieces):
    text = "".join(pieces)
    plain = re.compile(r"\b" + alternation(words) + r"(?:\s+\d)?", re.I)
    trie = re.compile(r"\b" + trie_alternation(words) + r"(?:\s+\d)?", re.I)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]
    for i in range(len(text) + 1):
        a, b = plain.match(text, i), trie.match(text, i)
        assert (a and a.span()) == (b and b.span())


def test_first_letters_of_lower_case_words():
    assert first_letters(["may", "june", "jan"]) == "jm"


def test_no_first_letters_for_other_words():
    assert first_letters(["May", "june"]) is None and first_letters([]) is None
