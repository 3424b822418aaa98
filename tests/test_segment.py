import re

from hypothesis import given, settings, strategies as st

from factcheck.extract import segment


def test_headline_is_first_line_before_blank_line():
    text = "Troops begin pullout\n\nRussian troops left on Thursday."
    assert segment.headline_of(text) == (0, 20)


def test_no_headline_without_blank_line():
    assert segment.headline_of("One line.\nAnother line.") is None


def test_sentences_split_with_offsets_that_index_the_text():
    text = "Gen. Serdyukov spoke. Troops left on Jan. 13, officials said! Then what?"
    sents = segment.split(text)
    assert [s.text for s in sents] == ["Gen. Serdyukov spoke.", "Troops left on Jan. 13, officials said!", "Then what?"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_closing_quote_stays_with_its_sentence():
    text = "\u201cWe must come home.\u201d Putin said so."
    assert [s.text for s in segment.split(text)] == ["\u201cWe must come home.\u201d", "Putin said so."]


def test_headline_sentence_marked(seed_text):
    sents = segment.split(seed_text, segment.headline_of(seed_text))
    assert sents[0].headline and sents[0].text == "Troops of Russia-led bloc begin pullout from Kazakhstan"
    assert not any(s.headline for s in sents[1:])


def test_an_initial_or_abbreviation_before_a_period_does_not_end_the_sentence():
    from factcheck.extract.segment import split

    text = "John F. Kennedy met Mr. Smith at 5 p.m. Then he left. It rained."
    assert [s.text for s in split(text)] == ["John F. Kennedy met Mr. Smith at 5 p.m. Then he left.", "It rained."]


# the plain readings the linear ones must agree with (backtracking, retried at every place)
_PLAIN_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_PLAIN_HEADLINE = re.compile(r"[ \t]*([^\n]*\S)[ \t]*\n[ \t]*\n")
_LINE = re.compile(r"[^\n]+")


def _split_line_by_line(text):
    """The sentence spans as the splitter read them line by line (before it scanned the
    whole text once), with the plain patterns: the reference the splitter must agree with."""

    from factcheck.extract.segment import _LONGEST_WORD, _opener, ABBREVIATIONS

    spans = []
    for line_m in _LINE.finditer(text):
        start, line = line_m.start(), line_m.group()
        pieces, last = [], 0
        for m in _PLAIN_END.finditer(line):
            word = re.search(r"([\w.]+)\.$", line[last:m.start() + 1])
            if m.group().startswith(".") and word and word.group(1).lower() in ABBREVIATIONS:
                continue
            if m.group().startswith(".") and word and re.fullmatch(r"[A-Z]", word.group(1)):
                continue
            if m.group().startswith(".") and word and re.fullmatch(r"[A-Z](?:\.[A-Z])+", word.group(1)) \
                    and len(word.group(1)) <= _LONGEST_WORD + 1 and not _opener().match(line, m.end()):
                continue  # a name's initials ("J.C. Penney"), unless a sentence opener follows;
                # read back no further than the splitter does: five initials or more end it
            pieces.append((last, m.end()))
            last = m.end()
        pieces.append((last, len(line)))
        for a, b in pieces:
            seg = line[a:b]
            if seg.strip():
                spans.append((start + a + len(seg) - len(seg.lstrip()), start + b - (len(seg) - len(seg.rstrip()))))
    return spans


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Hello", "Mr.", " ", "  ", "\n", "\n\n", ".", "!!", "?", "\"", "”", ")", "F.",
                                 "U.S.", "A", "5", "x", "(", "’", "\t", "e.g.", "It"]), max_size=16))
def test_one_scan_splits_like_reading_each_line(pieces):
    from factcheck.extract.segment import split

    text = "".join(pieces)
    assert [(s.start, s.end) for s in split(text)] == _split_line_by_line(text)


# runs of marks, blanks and long words: the shapes the linear patterns were rewritten for
_PIECES = ["....", ".", "!?", " ", "   ", "\n", "\t", "\"", "”", ")", "’", "(", "A", "Mr", "jan", "U.S", "approx",
           "abcdefghij", "x", "5", "It", "e.g", "\u00a0", "\u0130"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_sentence_ends_are_those_of_the_plain_pattern(pieces):
    from factcheck.extract.segment import _END

    text = "".join(pieces)
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _PLAIN_END.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_marks_blanks_and_long_words_split_like_the_plain_reading(pieces):
    text = "".join(pieces)
    assert [(s.start, s.end) for s in segment.split(text)] == _split_line_by_line(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "\t", "\n", "a", "B", ".", "  \t"]), max_size=16))
def test_headline_is_that_of_the_plain_pattern(pieces):
    # the linear _HEADLINE reads the line the plain pattern reads; a line ending in a
    # full stop after a word is then a lead (the rule itself is tested below)
    text = "".join(pieces)
    m = _PLAIN_HEADLINE.match(text)
    if m and segment.headline_of(m.group(1) + "\n\nx") is None:
        m = None
    assert segment.headline_of(text) == (m.span(1) if m else None)


def test_every_abbreviation_and_a_longer_word_ending_in_it_split_like_the_plain_reading():
    for w in sorted(segment.ABBREVIATIONS):
        for prefix in ("", "x", "xy", "x.", "A"):
            text = f"Say {prefix}{w}. Then {prefix}{w.upper()}. And {w}.\u201cA"
            assert [(s.start, s.end) for s in segment.split(text)] == _split_line_by_line(text), text


def test_a_first_line_ending_in_a_full_stop_is_a_lead_not_a_headline():
    # a headline has no full stop; a first line with one is the lead paragraph
    lead = "Acme Corp. said it completed its purchase of Widget Co. for about $420 million.\n\nThe deal ..."
    assert segment.headline_of(lead) is None
    # (set T: a year before the full stop, a blank after it)
    assert segment.headline_of("The 2018 road toll was 354, with 35 fewer deaths than 2017. \n\nIt fell.") is None
    assert segment.headline_of("Oil hits $20 in the U.S.\n\nOil rose.") is not None
    assert segment.headline_of("ACME TO BUY WIDGET FOR 420 MLN DLRS\n\nAcme said ...") is not None


def test_initials_in_a_headline_end_no_sentence():
    # initials in capitals ("N.Z.", "J.C.") end no sentence in a headline: its figure stays in it
    text = "N.Z. RETAIL SALES FALL 9.5 PCT IN QUARTER\n\nWELLINGTON - Retail sales fell 9.5 pct. N.Z. Dlrs rose."
    sents = segment.split(text, segment.headline_of(text))
    assert sents[0].headline and sents[0].text == "N.Z. RETAIL SALES FALL 9.5 PCT IN QUARTER"
    assert not any(s.headline for s in sents[1:])


def test_initials_before_a_listed_opener_end_a_sentence():
    # rules/lexicons/sentences.yaml openers: "Officials" opens a sentence, "Penney" goes on a name
    text = "Sales rose in the N.Z. Officials said so. J.C. Penney Co rose."
    assert [s.text for s in segment.split(text)] == ["Sales rose in the N.Z.", "Officials said so.",
                                                      "J.C. Penney Co rose."]


def test_the_period_of_each_abbreviation_of_sentences_yaml_ends_no_sentence():
    # rules/lexicons/sentences.yaml abbreviations: "They met mr. Smith there." is one sentence
    for w in sorted(segment.ABBREVIATIONS):
        text = f"They met {w}. Smith there."
        assert len(segment.split(text)) == 1, text


def test_a_first_line_ending_in_a_colon_opens_a_list_and_is_no_headline():
    assert segment.headline_of("The key proposals to tackle a £24.7m gap include:\n\n- £14m from savings.") is None
    assert segment.headline_of("Council plans £24.7m of savings\n\n- £14m from savings.") is not None


def test_a_first_line_ending_in_a_full_stop_after_a_bracket_is_a_lead_not_a_headline():
    # set AE: "... Changi Airport Group said on Thursday (July 27)." then a blank line
    lead = "SINGAPORE - Changi handled 5.21 million passengers, the group said on Thursday (July 27).\n\nMore."
    assert segment.headline_of(lead) is None
    assert segment.headline_of('He said "no more."\n\nMore.') is None
    assert segment.headline_of("Changi handles 5.21 million passengers (up 7.7%)\n\nMore.") == (0, 48)


def test_a_first_line_ending_in_a_full_stop_after_a_word_of_any_script_is_a_lead():
    # set AQ: a French lead paragraph ending "... indique mercredi un communiqué."
    lead = "Le chiffre d'affaires s'est accru de 6,5%, indique un communiqué.\n\nPlus."
    assert segment.headline_of(lead) is None
    assert segment.headline_of("Ventes en hausse de 6,5% à Genève\n\nPlus.") == (0, 33)
    assert segment.headline_of("Sales rose 6.5% in the U.S.\n\nMore.") == (0, 27)
