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
