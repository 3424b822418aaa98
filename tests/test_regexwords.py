"""regexwords: the prefix-tree alternation matches exactly what the plain one does."""
import re

from hypothesis import given, settings, strategies as st

from factcheck.regexwords import alternation, first_char_lookahead, first_letters, trie_alternation

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


def test_first_char_lookahead_lists_the_possible_first_characters():
    la = first_char_lookahead(r"(?:\bthe\s+)?(?<!\d)\d+s", re.I)
    assert re.fullmatch(la, "") is None and re.match(la + ".", "T", re.I) and not re.match(la + ".", "x", re.I)


def test_no_first_char_lookahead_when_a_match_may_be_empty_or_start_anywhere():
    assert first_char_lookahead("a?") == "" and first_char_lookahead("[^a]b") == "" and first_char_lookahead(".x") == ""


_PATTERNS = [r"(?:\bthe\s+)?(?:(?:early|late)[\s-]+)?(?<![\w.])(?:1[6-9]\d0)'?s\b",
             r"(?:(?<=\bfor\s)|(?<=\bin\s))(?:days|years)\b", r"\b(?:a|an|\d+)\s+(?:day|week)s?\b",
             r"(?:(?:Q|H)[1-4]|the\s+quarter)"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATTERNS),
       st.lists(st.sampled_from(["the ", "The ", "1990s", "late ", "for ", "in ", "days", "years", "a ", "an ",
                                 "3 ", "week", "Q4", "h2", " ", "x", "ſ", "-", "'"]), max_size=12))
def test_first_char_lookahead_changes_no_match(pattern, pieces):
    text = "".join(pieces)
    plain = re.compile(pattern, re.I)
    fast = re.compile(first_char_lookahead(pattern, re.I) + pattern, re.I)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_no_first_char_lookahead_before_inline_global_flags():
    assert first_char_lookahead("(?i)abc") == ""


_PHRASES = ["doubled", "twice", "new zealand dollar", "Hong Kong dollar", "sept."]
_PIECES = _PHRASES + ["DOUBLED", "Twice", "x", " ", "\n", "ſ", "K", "ı", "İ", "é", "ΑΣ", "5", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=4),
       st.lists(st.sampled_from(_PIECES), max_size=12))
def test_may_match_is_true_wherever_the_ignorecase_alternation_matches(words, pieces):
    from factcheck.regexwords import folded, may_match, needles

    text = "".join(pieces)
    pat = re.compile(r"\b" + alternation(words) + r"\b", re.I)
    if pat.search(text):
        assert may_match(folded(text), needles(words))


def test_folded_gives_up_on_characters_that_lower_case_cannot_stand_in_for():
    from factcheck.regexwords import folded

    assert folded("Twice") == "twice"
    assert folded("İstanbul") is None and folded("ſix") is None and folded("5 \u212aM") is None


def test_needles_are_none_for_words_lower_casing_says_nothing_sure_about():
    from factcheck.regexwords import needles

    assert needles(["New Zealand dollar", "Hong Kong dollar", "twice"]) == ("dollar", "twice")
    assert needles(["doubled", "doubling", "double"]) == ("doubl",)
    assert needles(["złoty"]) is None


_ANY = ["write-down", "write", "loss", "losses", "people killed", "killed", "a", "a b", "ab", "x.y", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ANY), min_size=1, max_size=6),
       st.lists(st.sampled_from(_ANY + [" ", "  ", "-", ".", "s", "ed", "K", "\n"]), max_size=12))
def test_any_word_alternation_matches_where_the_plain_one_does(words, pieces):
    from factcheck.regexwords import any_word_alternation

    text = "".join(pieces)
    plain = re.compile(r"\b" + alternation(words) + r"(?:s|es|ed)?\b", re.I)
    tree = re.compile(r"\b" + any_word_alternation(words) + r"(?:s|es|ed)?\b", re.I)
    for i in range(len(text) + 1):
        assert bool(plain.match(text, i)) == bool(tree.match(text, i))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["One", "ONE", "one", "thirds", "Hundred", "12", "1,000.5", " ", "-", "x",
                                 "ſ", "K", "ı", "İ", "é", "Σ", "\n", "tens", "ten"]), max_size=14))
def test_coverage_finds_the_same_numbers_in_the_lower_cased_text(pieces):
    from factcheck.extract.coverage import NUMBER, _NUMBER_LOWER
    from factcheck.regexwords import folded

    text = "".join(pieces)
    low = folded(text)
    if low is not None:
        assert [m.span() for m in _NUMBER_LOWER.finditer(low)] == [m.span() for m in NUMBER.finditer(text)]


_UNITS = ["m", "m/s", "km", "km²", "km2", "kwh", "kilowatt-hours", "°c", "sq ft", "sq km", "$", "us$", "u.s.$", "€"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_UNITS), min_size=1, max_size=6),
       st.lists(st.sampled_from(_UNITS + ["M", "KM", "S", " ", "  ", "-", "/", "²", "x", "US$", "\n"]), max_size=10))
def test_tree_alternation_finds_the_same_spans_as_the_longest_first_list(words, pieces):
    from factcheck.regexwords import tree_alternation

    text = "".join(pieces)
    for flags, ws in ((re.I, words), (0, words + [w.upper() for w in words])):
        plain = re.compile(alternation(ws) + r"(?![\w])", flags)
        tree = re.compile(tree_alternation(ws, ignorecase=bool(flags)) + r"(?![\w])", flags)
        for i in range(len(text) + 1):
            a, b = plain.match(text, i), tree.match(text, i)
            assert (a and a.span()) == (b and b.span())


def test_tree_alternation_keeps_the_plain_list_for_cased_letters_under_ignorecase():
    from factcheck.regexwords import tree_alternation

    assert tree_alternation(["US$", "u"]) == alternation(["US$", "u"])
    assert tree_alternation(["US$", "U"], ignorecase=False) == "(?:U(?:S\\$)?)"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["damage", "cost", "costs", "write-down", "people killed", "year-old", "€", "5"]),
                min_size=1, max_size=5),
       st.lists(st.sampled_from(["Damage", "COST", "costs", "Write-Down", "people  Killed", "ed", "s", " ", "\n",
                                 "ſ", "K", "ı", "é", "Σ", "€5", "-", "Year-Old"]), max_size=10))
def test_a_lowered_pattern_finds_in_the_folded_text_what_ignorecase_finds(words, pieces):
    from factcheck.regexwords import folded, lowered

    rx = r"\b" + alternation(words) + r"(?:s|es|ed|d|ing)?\b"
    low_rx = lowered(rx)
    assert low_rx is not None
    text = "".join(pieces)
    low = folded(text)
    if low is not None:
        assert [m.span() for m in low_rx.finditer(low)] == [m.span() for m in re.finditer(rx, text, re.I)]


def test_lowered_refuses_patterns_with_capitals_or_group_references():
    from factcheck.regexwords import lowered

    assert lowered(r"\bUS\b") is None and lowered(r"[A-Z]x") is None and lowered(r"(a)\1") is None
    assert lowered(r"\x41") is None and lowered(r"(?i:a)") is None
    assert lowered(r"\bus\$\s+[a-z\d]") is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["after", "and then", "then", "in the wake of", "prior to", "a", "€", "Then", "é"]),
                min_size=1, max_size=5),
       st.lists(st.sampled_from(["After", "AND  then", "then", "In the\nwake of", "Prior\tto", "a", "ſ", "K",
                                 "ı", "İ", "É", "Σ", "€", " ", "x", "thenafter"]), max_size=10))
def test_phrase_starts_are_where_the_ignorecase_lookahead_matches(words, pieces):
    from factcheck.regexwords import phrase_starts

    text = "".join(pieces)
    want = [m.start() for m in re.finditer(f"(?={alternation(words)})", text, re.I)]
    assert phrase_starts(words, text) == want


_FAST_PATTERNS = [
    (r"\b(?:after|before|when)\s+(?:the\s+)?", 0),
    (r"(?:the|its|their|[’']s)\s+[a-hj-z]\s+[a-z]", 0),
    (r"(?<![\w’'-])(?:aim|could|expect(?:ed)?)(?![\w’'-])", 0),
    (r"[;:()\[\]]|\s[-\u2013\u2014]{1,2}\s|,\s+(?:and|but)\b", re.I),
    (r"\b(?:in|across|among)\s+(?:the\s+)?$", re.I),
    (r"(?:^|\s)(?:the|these|all\s+the)\s+$", re.I),
    (r"(?=[sk])\b(?:sales|kilos?)\b", re.I),
    (r"((?:(?:[A-Z]\.){2,}|[A-Z][\w.-]*)(?:\s+[A-Z][\w.-]*)*)(?:’s|'s)\s", 0),
    (r"\bi[a-z]+|\d+", re.I),
]


def test_fast_compile_gives_the_engine_a_first_character_set():
    from factcheck.regexwords import fast_compile
    for pattern, flags in _FAST_PATTERNS:
        assert fast_compile(pattern, flags) != re.compile(pattern, flags), pattern  # (compiled its own way)
        assert fast_compile(pattern, flags).pattern == pattern


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_FAST_PATTERNS),
       st.lists(st.sampled_from(["the", "The", "THE", "its", "’s", "'s", " ", "  ", "\n", "a", "B", "x", "after",
                                 "Before", "when", "in", "IN", "ı", "İ", "ſ", "\u212a", "Sales", "kilo", "ſales",
                                 "(", ";", " - ", ", and", ",  BUT", "Aim", "could", "-", "5", "Almaty"]),
                max_size=14))
def test_fast_compile_finds_what_re_compile_finds(pattern_flags, pieces):
    from factcheck.regexwords import fast_compile
    pattern, flags = pattern_flags
    text = "".join(pieces)
    plain, fast = re.compile(pattern, flags), fast_compile(pattern, flags)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)]
    for i in range(len(text) + 1):
        a, b = plain.search(text, i), fast.search(text, i)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
