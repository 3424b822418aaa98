"""The shortcuts that keep the checks cheap must find what the plain way finds."""
from __future__ import annotations

from hypothesis import given, settings as hsettings, strategies as st

from factcheck import checks
from factcheck.checks import temporal
from factcheck.settings import Settings

_ATOMS = ["January", "jan", "Jan.", "Sept.", "may", "March", "mar", "Thursday", "Thurs.", "WED", "the",
          "of", "(", ",", ".", " ", "   ", "\n", "1", "14", "123", "2022", "1st", "th", "a", "which was",
          "x", "5km", "\u00a0", "\u017f", "-"]
_SEPS = ["", " ", "  ", ", ", ".", " the ", "\n", " word "]


def _calendar():
    ruleset = Settings(db="").ruleset()
    checks.load_check_modules()
    rule = next(r for r in ruleset.rules if r.extends == "weekday-date")
    ctx = checks.Context(None, [], rule, ruleset)
    _, _, pat, scan = temporal._calendar_for(*temporal._calendar_key(ctx))
    return pat, scan


def _same(text: str) -> None:
    pat, scan = _calendar()
    assert scan is not None  # the default lexicon takes the fast way
    want = [(m.span(), m.groups()) for m in pat.finditer(text)]
    assert [(m.span(), m.groups()) for m in scan.finditer(text)] == want


def test_date_scan_finds_what_finditer_finds_in_prose():
    _same("On Thursday, the (January 14) talks, 12 of 30 delegates left; the 3rd of March 2021, "
          "a Friday, and Jan.   22, which was a Saturday; 2022 and 5 may 14 people, Feb 30 2015.")


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_ATOMS), st.sampled_from(_SEPS)), min_size=1, max_size=40))
def test_date_scan_finds_what_finditer_finds(parts):
    _same("".join(a + b for a, b in parts))


_MEMBER_ATOMS = ["member", "MEMBERS", "Members", "mem", "ber", "allies", "Made up of", "made  up of",
                 "including", "Comprises", "NATO", "Russia", "\u212aazakh", "\u017fome", "\u0130ran",
                 "(", ",", ".", "!", "\n", " ", "  ", "x", "membership"]


def _membership_sentences(text: str):
    from factcheck.checks import reference_membership as reference
    from factcheck.pipeline import make_document

    settings = Settings(db="")
    ruleset = settings.ruleset()
    checks.load_check_modules()
    doc = make_document(text, "2022-01-13", settings=settings)
    ctx = checks.Context(doc, [], ruleset.rule("reference.membership"), ruleset, settings)
    words = reference._key(ruleset.lexicon("reference").get("membership_triggers"))
    trig = reference._word_re(words)
    kept = reference._sentences_with(ctx, words)
    return [s for s in doc.sentences if trig.search(s.text)], kept


def test_membership_words_are_found_in_every_sentence_that_has_them():
    hits, kept = _membership_sentences("NATO members met. The bloc, made up of six states, met. "
                                       "Nothing here. ALLIES too.")
    assert [s.index for s in hits] == [s.index for s in kept] and len(hits) == 3


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_MEMBER_ATOMS), st.sampled_from(_SEPS)), min_size=1, max_size=40))
def test_membership_prefilter_keeps_every_sentence_the_pattern_matches(parts):
    hits, kept = _membership_sentences("Start. " + "".join(a + b for a, b in parts))
    assert all(s in kept for s in hits)


def test_derived_values_are_kept_per_rule_and_per_claim_values_per_function():
    ruleset = Settings(db="").ruleset()
    a = checks.Context(None, [], ruleset.rule("sanity.range-order"), ruleset)
    b = checks.Context(None, [], ruleset.rule("sanity.world-population"), ruleset)
    assert a.derived("k", lambda: 1) == 1 and a.derived("k", lambda: 2) == 1
    assert b.derived("k", lambda: 2) == 2  # another rule, its own value

    def first(ctx, c):
        return "first"

    def second(ctx, c):
        return "second"
    second.__qualname__ = first.__qualname__  # the same name must not share the memo
    claim = object()
    assert checks.per_claim(first)(a, claim) == "first"
    assert checks.per_claim(second)(a, claim) == "second"


def test_the_blanks_written_out_are_the_characters_backslash_s_matches():
    import re
    import sys

    from factcheck.extract.temporal import finder

    want = {chr(i) for i in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(i))}
    assert set(finder._BLANKS) == want


_PLACE_TEXTS = ["In Lahore, 46 died", "killed in Kabul and at the Kandahar base", "near Cebu; Ninja Gaiden",
                "Asia At Almaty", "main Iran", "in the Tamar", "Nearby Quetta", "an Inn at Near East",
                "\u00e9in Paris", "x-in Rome", "in  \n the  Hub's", "at O’Neill-Smith",
                "in the western part of the northern flank of the Alps", "near the far end of Lake Erie"]


@given(st.lists(st.sampled_from(_PLACE_TEXTS + [" ", ", ", "in", "At", "near", "the"]), max_size=8))
def test_the_place_pattern_finds_what_in_at_near_finds(parts):
    import re

    from factcheck.checks import agreement

    plain = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:the\s+)?(?:" + agreement._PART_OF + r")?([A-Z][\w'’-]+)")
    text = " ".join(parts)
    assert [m.span(1) for m in agreement._PLACE.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


_VERB_ATOMS = ["destroyed", "said", "sold", "about", "some", "nearly", "another", "other", "of", "him", "them",
               "The", "Police", "wrote", "off", "will", "pay", "12", "3.5", ",", "the", "homes", "killed",
               "x" * 50, "U.S.", "13-week", "’s", "-", "\u00a0", "rose", "to", "at least"]


@given(st.lists(st.sampled_from(_VERB_ATOMS), max_size=40), st.sampled_from([" ", "", ", "]))
def test_the_verb_before_a_figure_read_near_is_the_one_the_long_reading_finds(words, end):
    from factcheck.extract.frame import counts
    from factcheck.extract.frame.lexicon import lexicon
    from factcheck.rules import LexiconKey

    lx = lexicon(LexiconKey(Settings(db="").ruleset()))
    pre = " ".join(words) + end
    cut = pre.find(" ", len(pre) - counts._VERB_READ) + 1 if len(pre) > counts._VERB_READ else 0
    assert counts._verbs_before(pre, lx) == counts._verbs_from(pre, cut, lx, complete=True)


def test_the_verb_before_a_figure_read_near_is_the_one_the_long_reading_finds_at_every_cut():
    from factcheck.extract.frame import counts
    from factcheck.extract.frame.lexicon import lexicon
    from factcheck.rules import LexiconKey

    lx = lexicon(LexiconKey(Settings(db="").ruleset()))
    hedges = " about some nearly almost around roughly at least more than another"
    for sentence in ("The company wrote off" + hedges, "Rebels destroyed" + hedges * 2, "Police said" + hedges,
                     "It will pay" + hedges + " of", "Officials told him" + hedges, "sold 12 of" + hedges):
        for i in range(len(sentence) + 1):
            pre = sentence[:i] + " "
            cut = pre.find(" ", len(pre) - counts._VERB_READ) + 1 if len(pre) > counts._VERB_READ else 0
            assert counts._verbs_before(pre, lx) == counts._verbs_from(pre, cut, lx, complete=True), pre
