"""Linking figures to what they measure: measure, category; and whose they are (subject,
read by the frame step)."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings as hsettings, strategies as st

from factcheck.extract import frame, link, numbers
from factcheck.extract.frame import near
from factcheck.pipeline import make_document
from factcheck.settings import Settings


@pytest.fixture(scope="module")
def ruleset():
    return Settings().ruleset()


def linked(text, ruleset):
    doc = make_document(text, "2022-01-13", settings=Settings())
    claims, _ = numbers.extract(doc, ruleset)
    link.link(doc, claims, ruleset)
    assert doc.notes == []  # no reader or linker broke
    return {c.text: c for c in claims}


def framed(text, ruleset):
    """The figures linked and framed: whose figure it is (subject) is read with the frame."""
    doc = make_document(text, "2022-01-13", settings=Settings())
    claims, _ = numbers.extract(doc, ruleset)
    link.link(doc, claims, ruleset)
    frame.frame(doc, claims, ruleset, link.money_units(ruleset))
    assert doc.notes == []
    return {c.text: c for c in claims}


def test_measure_is_noun_after_figure(ruleset):
    c = linked("Police arrested 40 protesters on Monday.", ruleset)["40"]
    assert c.measure == "protesters"


def test_measure_takes_participle_after_auxiliaries(ruleset):
    c = linked("At least 12,000 people have been detained, police said.", ruleset)["At least 12,000"]
    assert (c.measure, c.category) == ("people detained", "detentions")


@pytest.mark.parametrize("sentence,fig,category", [
    ("At least 30 people were killed in the blast.", "At least 30", "casualties"),
    ("The death toll rose to 45.", "45", "casualties"),
    ("Some 200 people were injured.", "Some 200", "injuries"),
    ("More than 1,000 people were arrested.", "More than 1,000", "detentions"),
    ("About 5,000 residents were evacuated.", "About 5,000", "displaced"),
    ("The storm caused $3bn of damage.", "$3bn", "damage"),
    ("The project will cost $40m.", "$40m", "cost"),
    ("The bank reported a loss of £2.1bn.", "£2.1bn", "loss"),
    ("Fourth-quarter profit was $1.2bn.", "$1.2bn", "profit"),
    ("Revenue rose to €800m.", "€800m", "revenue"),
    ("The government will spend $5bn on roads.", "$5bn", "spending"),
    ("The bloc has 27 member states.", "27", "members"),
    ("She won 52% of the vote.", "52%", "share"),
    ("The candidate won 1.2 million votes.", "1.2 million", "votes"),
    ("A 45-year-old man was held.", "45-year-old", "age"),
    ("The victim, aged 30, died.", "30", "age"),
    ("The road is 12 km long.", "12 km", "distance"),
    ("Fire burned 3,000 hectares.", "3,000 hectares", "area"),
    ("Lagos, a city of 15 million people, flooded.", "15 million", "population"),
    ("Police said 12,000 people were held overnight.", "12,000", "detentions"),
    ("Some 40 journalists are being held.", "Some 40", "detentions"),
])
def test_category_from_lexicon(ruleset, sentence, fig, category):
    assert linked(sentence, ruleset)[fig].category == category


def test_held_for_a_meeting_is_not_a_detention(ruleset):
    c = linked("The summit, held in Bonn, drew tens of thousands of protesters.", ruleset)["tens of thousands"]
    assert c.category != "detentions"


def test_money_measure_is_noun_phrase_before(ruleset):
    c = linked("He said economic damage from the violence could total $2-3 billion.", ruleset)["$2-3 billion"]
    assert c.measure == "economic damage"


def test_money_measure_keeps_hyphenated_modifier(ruleset):
    c = framed("TimeWarner's fourth-quarter profit was $1.2bn.", ruleset)["$1.2bn"]
    assert (c.measure, c.subject) == ("fourth-quarter profit", "TimeWarner")


def test_population_subject_named_before_the_place_noun(ruleset):
    c = framed("Lagos, a city of 15 million people, flooded.", ruleset)["15 million"]
    assert c.subject == "Lagos"


def test_population_subject_from_previous_sentence(ruleset):
    text = "Tokayev visited the main city Almaty. The financial hub of 1.8 million people was calm."
    c = framed(text, ruleset)["1.8 million"]
    assert (c.subject, c.category, c.measure) == ("Almaty", "population", "people")


def test_members_subject_is_the_alliance_acronym(ruleset):
    text = ("The Collective Security Treaty Organisation (CSTO) sent troops. "
            "Anthems of the six member countries were played.")
    c = framed(text, ruleset)["six"]
    assert (c.subject, c.measure, c.category) == ("CSTO", "member countries", "members")


def test_subject_from_in_place(ruleset):
    c = framed("At least 30 people were killed in Kabul on Monday.", ruleset)["At least 30"]
    assert c.subject == "Kabul"


def test_user_lexicon_adds_category_words(tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "categories.yaml").write_text(
        "categories:\n  - name: shipwrecks\n    words: [capsized]\n", encoding="utf-8")
    rs = Settings(rules_dirs=(str(tmp_path),)).ruleset()
    doc = make_document("Some 40 boats capsized.", None, settings=Settings())
    claims, _ = numbers.extract(doc, rs)
    link.link(doc, claims, rs)
    assert claims[0].category == "shipwrecks"


def test_nearest_verb_decides_between_killed_and_injured(ruleset):
    got = linked("The bombs killed more than 250 people and injured over 5,000.", ruleset)
    assert got["more than 250"].category == "casualties"
    assert got["over 5,000"].category == "injuries"


def test_plural_demonym_is_a_measure(ruleset):
    c = linked("Twelve Americans were killed in the attack.", ruleset)["Twelve"]
    assert (c.measure, c.category) == ("Americans killed", "casualties")


def test_place_used_as_adjective_is_not_the_subject(ruleset):
    c = framed("Twelve Americans were killed in the Kenya embassy bombing.", ruleset)["Twelve"]
    assert c.subject is None


def test_durations_get_no_category(ruleset):
    assert linked("He was held for two weeks.", ruleset)["two weeks"].category is None


def test_link_leaves_temporal_claims_alone(ruleset):
    from factcheck.model import Claim

    doc = make_document("It ends on Friday.", None, settings=Settings())
    t = Claim(kind="date", text="Friday", span=(11, 17))
    link.link(doc, [t], ruleset)
    assert (t.measure, t.category, t.subject) == (None, None, None)


def test_reporting_company_is_subject_of_money(ruleset):
    c = framed("TimeWarner reported fourth-quarter profit of $1.2bn.", ruleset)["$1.2bn"]
    assert (c.subject, c.measure, c.category) == ("TimeWarner", "fourth-quarter profit", "profit")


def test_sentence_opening_article_is_not_a_company(ruleset):
    c = framed("The company said revenue rose to $5m.", ruleset)["$5m"]
    assert c.subject is None


def test_figure_in_brackets_after_a_name_is_about_that_name(ruleset):
    text = "Yerevan (more than 1.1 million inhabitants) is one of the largest cities in Armenia."
    c = framed(text, ruleset)["more than 1.1 million"]
    assert (c.category, c.subject) == ("population", "Yerevan")


def test_money_in_brackets_after_a_name_is_about_that_name(ruleset):
    c = framed("Shares in Apple ($2.5tn) rose in Tokyo.", ruleset)["$2.5tn"]
    assert c.subject == "Apple"


@pytest.mark.parametrize("sentence,fig,subject", [
    ("More than 1.7m people call Vienna home.", "More than 1.7m", "Vienna"),
    ("More than 3.65 million people call Ibadan home.", "More than 3.65 million", "Ibadan"),
    ("The 32,955,000 people of Uzbekistan face rising prices.", "32,955,000", "Uzbekistan"),
    ("The 9 million people of Azerbaijan voted.", "9 million", "Azerbaijan"),
    ("Ukraine's 40m citizens go to the polls next month.", "40m", "Ukraine"),
])
def test_a_places_people_are_its_population(ruleset, sentence, fig, subject):
    c = framed(sentence, ruleset)[fig]
    assert (c.category, c.subject) == ("population", subject)


@pytest.mark.parametrize("sentence,fig,category", [
    ("About 40,000 residents of Almaty were evacuated after the earthquake.", "About 40,000", "displaced"),
    ("The 40,000 residents of Almaty were evacuated.", "40,000", "displaced"),
    ("About 5,000 residents were evacuated.", "About 5,000", "displaced"),
    ("Some 300 people of Almaty were killed.", "Some 300", "casualties"),
    ("Almaty's 300 citizens protested.", "300", "other"),
])
def test_people_something_happened_to_are_not_a_population(ruleset, sentence, fig, category):
    assert linked(sentence, ruleset)[fig].category == category


@pytest.mark.parametrize("sentence,fig", [
    ("Two-thirds of Nigeria's population of 200 million is under 30.", "under 30"),
    ("Half the population is over 65.", "over 65"),
    ("Most of the victims were under 18.", "under 18"),
])
def test_under_n_of_people_is_an_age(ruleset, sentence, fig):
    assert linked(sentence, ruleset)[fig].category == "age"


def test_population_figure_before_an_age_keeps_its_category(ruleset):
    c = framed("Two-thirds of Nigeria's population of 200 million is under 30.", ruleset)["200 million"]
    assert (c.category, c.subject) == ("population", "Nigeria")


@pytest.mark.parametrize("sentence,fig,category", [
    ("The death toll is over 30.", "over 30", "casualties"),
    ("The number of victims is over 30.", "over 30", "casualties"),
])
def test_under_n_of_a_count_is_not_an_age(ruleset, sentence, fig, category):
    assert linked(sentence, ruleset)[fig].category == category


def test_category_word_before_brackets_is_not_a_subject(ruleset):
    assert framed("Revenue (€800m) rose.", ruleset)["€800m"].subject is None


def test_people_in_brackets_after_a_place_are_its_population(ruleset):
    c = framed("Nigeria (200 million people) votes on Saturday.", ruleset)["200 million"]
    assert (c.category, c.subject) == ("population", "Nigeria")


@pytest.mark.parametrize("sentence,fig,subject", [
    ("The population of Durban stood at 2.9m in 2010.", "2.9m", "Durban"),
    ("According to the 2014 census, Ankara had a population of 3.3m.", "3.3m", "Ankara"),
    ("Nairobi, population 4.4m, lies on the banks of a river.", "4.4m", "Nairobi"),
    ("Tehran, with a population of 7.2m, is the economic heart of Iran.", "7.2m", "Tehran"),
    ("The population is 2.5m.", "2.5m", None),
])
def test_population_subject_named_with_the_word_population(ruleset, sentence, fig, subject):
    c = framed(sentence, ruleset)[fig]
    assert (c.category, c.subject) == ("population", subject)


@pytest.mark.parametrize("text,fig,subject", [
    ("Iraq has 17 million residents, and Kuwait about 1.9 million.", "17 million", "Iraq"),
    ("Iraq has 17 million residents, and Kuwait about 1.9 million.", "about 1.9 million", "Kuwait"),
    ("Home to some 15 million people, Lagos is the commercial capital of Nigeria.",
     "some 15 million", "Lagos"),
    ("The city of Astana in Kazakhstan is home to 1.54 million people.", "1.54 million", "Astana"),
    ("Kano, Nigeria - The city's 4.9 million residents woke up to snow.", "4.9 million", "Kano"),
    ("Protests spread to Moscow on Tuesday. The city of 10m people was placed under curfew.",
     "10m", "Moscow"),
    ("In 2012, Tbilisi had nearly 940,000 inhabitants, according to the census.",
     "nearly 940,000", "Tbilisi"),
])
def test_population_subject_is_the_place_the_sentence_names(ruleset, text, fig, subject):
    c = framed(text, ruleset)[fig]
    assert (c.category, c.subject) == ("population", subject)


_PRE = st.lists(st.sampled_from(list("agedofisarewtyc ,;.()\n\t—") + ["aged ", "age of ", " is ", " were ",
                                                                        "city of "]),
                max_size=20).map("".join)


@hsettings(max_examples=300, deadline=None)
@given(_PRE)
def test_backward_reads_of_the_words_before_a_figure_agree_with_the_forward_patterns(pre):
    import re

    rpre = pre[::-1]
    old_of = re.search(r"\b(\w+)\s+of\s+$", pre)
    assert link.category._word_before_of(rpre) == (old_of.group(1).lower() if old_of else None)
    assert bool(link.words._ends(rpre, link.category._AGED_BEFORE)) == bool(re.search(r"\baged\s+$|\bage\s+of\s+$", pre))
    assert bool(link.words._ends(rpre, link.category._COPULA_BEFORE)) == bool(re.search(r"\b(?:is|are|was|were)\s+$", pre))
    assert link.words._last_piece(pre, rpre, link.category._PIECE) == re.split(r"[,;:.!?—–()]", pre)[-1]
    assert link.words._last_piece(pre, rpre, link.category._PIECE_NO_COMMA) == re.split(r"[;:.!?—–()]", pre)[-1]


_NEAR = st.lists(st.sampled_from(list("ab5’'-_ ,;:.!?—–()\n\t\u00a0") + ["and ", " and ", "but", " while ", "whereas",
                                                                         "andy", "dead", "killed"]),
                 max_size=30).map("".join)


@hsettings(max_examples=500, deadline=None)
@given(_NEAR)
def test_the_words_near_a_figure_are_those_split_reads_from_its_clause(s):
    import re

    # before the figure: the last words of the last piece
    rs = s[::-1]
    last = lambda rx: " ".join(s[len(s) - rx.match(rs).end():].split())  # noqa: E731
    def after_contrast(words: list[str]) -> list[str]:  # the words after the last "but", "while", "whereas"
        at = max((i for i, w in enumerate(words) if w in ("but", "while", "whereas")), default=-1)
        return words[at + 1:]

    assert last(link.category._LAST_3) == " ".join(after_contrast(re.split(r"[,;:.!?—–()]", s)[-1].split())[-3:])
    assert last(link.category._LAST_8_NO_COMMA) == \
        " ".join(after_contrast(re.split(r"[;:.!?—–()]", s)[-1].split())[-8:])
    # after it: the first words up to the end of the clause
    end = link.category._CLAUSE_END.search(s)
    clause = s[:end.start()] if end else s
    for k in (4, 8):
        assert " ".join(s[:link.category._FIRST_AFTER[k].match(s).end()].split()) == " ".join(clause.split()[:k])


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["city", "cities", "state", "states", "port", " of ", " ", "Astana", "New York",
                                 "x", "-", "’", "\n", "5", "City", "of"]), max_size=12))
def test_place_noun_patterns_find_what_the_plain_alternation_finds(pieces):
    import re

    nouns = frozenset(["city", "state", "states", "port"])
    text = "".join(pieces)
    here_rx, named_rx, lead = link.population._place_noun_patterns(nouns)
    alt = "|".join(sorted(nouns))
    assert here_rx.findall(lead + text) == re.findall(rf"\b(?:{alt})\s+(?:of\s+)?({link.words._NAME})", text)
    plain = rf"\b(?:{alt})\s+(?:of\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    assert [m.group(1) for m in named_rx.finditer(lead + text)] == [m.group(1) for m in re.finditer(plain, text)]


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "NATO", "CSTO", "UN", "US", "ABCDEFG", "a", " ", "in ", "In", "Almaty",
                                 "the", "x", "5", "_", "-", "’", "\n", "in"]), max_size=14))
def test_acronym_and_place_patterns_match_as_their_plain_forms(pieces):
    import re

    text = "".join(pieces)
    plain = re.compile(r"\(([A-Z]{2,7})\)|\b([A-Z]{3,6})\b")
    assert [(m.span(), m.group(1) or m.group()) for m in near._ACRONYM.finditer(text)] == \
        [(m.span(), m.group(1) or m.group(2)) for m in plain.finditer(text)]
    place = re.compile(r"\bin\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")
    assert [(m.span(), m.group(1)) for m in near._IN_PLACE.finditer(text)] == \
        [(m.span(), m.group(1)) for m in place.finditer(text)]


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["city", "state", "states", "port", " of ", " ", "Astana", "Foo-", "Bar", "’",
                                 "'", "-", "x", "\n", "City", "of", "New York"]), max_size=14))
def test_the_last_place_name_read_from_the_end_is_the_last_one_finditer_finds(pieces):
    nouns = frozenset(["city", "state", "states", "port"])
    window = "".join(pieces)
    _, named_rx, lead = link.population._place_noun_patterns(nouns)
    found = None
    for m in named_rx.finditer(lead + window):
        found = m.group(1)
    assert link.population._last_place_name(named_rx, lead, nouns, window) == found


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "NATO", "CSTO", "UN", "US", "ABCDEFG", "AB", "a", " ", "x", "5", "_",
                                 "²", "-", "\n", "ABCDEF"]), max_size=30),
       st.integers(min_value=0, max_value=200))
@example(["(", "ABCDEFG", ")"], 8)  # a bracket closed just past the figure
@example(["x ", "NATO", "5"], 6)
def test_the_last_acronym_before_a_figure_is_the_last_one_finditer_finds_in_the_text_before(pieces, f):
    text = "".join(pieces)
    f = min(f, len(text))
    found = None
    for m in near._ACRONYM.finditer(text[:f]):
        found = m.group(1) or m.group()
    assert near._Seen(text, re.compile(r"(?!)")).last_acronym(f) == found


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", "NATO", "CSTO", "UN", "US", "ABCDEFG", "AB", "a", " ", "x", "5",
                                 "-", "\n", "ABCDEF", " the alliance "]), max_size=40),
       st.lists(st.integers(min_value=0, max_value=300), max_size=6))
@example(["NATO", " ", "CSTO", " ", "ABCDEF", " ", "NATO", " ", "CSTO", " ", "x"], [33, 300, 12])  # several near f
def test_the_last_acronym_read_as_far_as_asked_is_the_same_for_figures_asked_in_any_order(pieces, cuts):
    text = "".join(pieces)
    seen = near._Seen(text, re.compile(r"(?!)"))  # (the text is read lazily, as far as the furthest figure)
    for f in cuts:
        f = min(f, len(text))
        found = None
        for m in near._ACRONYM.finditer(text[:f]):
            found = m.group(1) or m.group()
        assert seen.last_acronym(f) == found


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Acme", "Foo", " Inc", ".", ",", " ", "  ", "&", "of", " reported", " had",
                                 " has", "x", "5", "$5", "²", "_", "reported", "The", "\n"]), max_size=16),
       st.integers(min_value=0, max_value=3), st.lists(st.integers(min_value=0, max_value=16), max_size=6))
@example(["Acme", " reported", "5"], 0, [2])  # "reported" right before the figure: \b only in the cut text
@example(["Acme", " reported", " had"], 0, [1, 2, 3])
def test_the_reporter_found_once_per_sentence_is_the_one_matched_before_each_figure(pieces, first, cuts):
    import itertools

    text = "".join(pieces)
    bounds = [0, *itertools.accumulate(len(p) for p in pieces)]  # figures start where a piece does
    start = bounds[min(first, len(bounds) - 1)]
    from factcheck.extract.frame.lexicon import lexicon as frame_lexicon

    reporter = frame_lexicon(link.LexiconKey(Settings().ruleset())).reporter  # frames.yaml subject_verbs
    seen = near._Seen(text, reporter)
    for k in cuts:  # one _Seen asked in any order, as the figures of a sentence ask it
        f = max(bounds[min(k, len(bounds) - 1)], start)
        m, plain = seen.reporter(start, f), reporter.match(text[start:f])
        assert (m and (m.start() - start, m.end() - start, m.group(1))) == \
            (plain and (plain.start(), plain.end(), plain.group(1)))



_WINDOW = st.lists(st.sampled_from(["aid", "Arrested", "killed", "damage", "city of ", "5", " ", ",", ".", "(", "\n",
                                     "İ", "ſ", "K", "x", "’s", "-", "people", "allies", "were"]),
                   max_size=12).map("".join)


@hsettings(max_examples=400, deadline=None)
@given(_WINDOW, _WINDOW, st.sampled_from([None, "people", "damage"]), st.booleans())
def test_a_window_without_the_words_first_letters_is_not_searched(pre, post, measure, money):
    from types import SimpleNamespace

    from factcheck.regexwords import folded

    ruleset = Settings().ruleset()
    key = link.LexiconKey(ruleset)
    cats, money_default, _, _ = link.lexicon._lexicon(key)
    frames, eligible = link.lexicon._frames(key), link.lexicon._eligible(key)
    c = SimpleNamespace(extra={}, unit=None, measure=measure, value=5, low=5, high=5)
    low = folded(pre + post)
    lpre, lpost = (low[:len(pre)], low[len(pre):]) if low is not None else (None, None)
    args = (c, pre, pre[::-1], post, cats, money, money_default, frames, eligible)
    assert link.category._category(*args, lpre, lpost) == link.category._category(*args)
    assert link.measure._measure_before(pre, eligible[money], lpre) == link.measure._measure_before(pre, eligible[money])
