"""Property-based: write numbers the ways newsrooms do, read them back."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings as hsettings, strategies as st
from num2words import num2words

from factcheck.extract.numbers import _extract, grammar
from factcheck.settings import Settings
from factcheck.textinput import is_blank

G = grammar(Settings().ruleset())
SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "tn": 1e12}
CURRENCIES = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "C$": "CAD"}
HEDGES = {"at least": "at_least", "more than": "at_least", "over": "at_least",
          "up to": "at_most", "less than": "at_most", "fewer than": "at_most",
          "about": "approx", "around": "approx", "nearly": "approx", "some": "approx",
          "an estimated": "approx", "roughly": "approx"}


def one(text):
    claims, _ = _extract(text, G, None)
    assert len(claims) == 1, (text, [c.text for c in claims])
    return claims[0]


def grouped(n: int) -> str:
    return f"{n:,}"


@given(st.integers(min_value=0, max_value=10**12))
def test_comma_grouped_integers(n):
    text = f"Officials said {grouped(n)} people were affected."
    c = one(text)
    assert c.value == n and c.text == grouped(n)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=99),
       st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(CURRENCIES)))
def test_money_with_scale(whole, frac, scale, sym):
    num = f"{whole}.{frac:02d}".rstrip("0").rstrip(".")
    sep = "" if len(scale) <= 2 else " "
    fig = f"{sym}{num}{sep}{scale}"
    c = one(f"The bill came to {fig} last year.")
    assert c.text == fig
    assert c.unit == CURRENCIES[sym]
    assert c.value == pytest.approx(float(num) * SCALES[scale], rel=1e-9)


@given(st.integers(min_value=1, max_value=998), st.integers(min_value=1, max_value=500),
       st.sampled_from(["-", "–", " to "]), st.sampled_from(["million", "billion", "bn"]),
       st.sampled_from(["$", "£", "€"]))
def test_ranges_apply_scale_to_both_ends(lo, width, dash, scale, sym):
    hi = lo + width
    sep = "" if scale == "bn" else " "
    fig = f"{sym}{lo}{dash}{hi}{sep}{scale}"
    c = one(f"Damage could total {fig}, officials said.")
    assert (c.text, c.hedge, c.value) == (fig, "range", None)
    assert c.low == pytest.approx(lo * SCALES[scale]) and c.high == pytest.approx(hi * SCALES[scale])


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(sorted(HEDGES)))
def test_hedges_become_interval_sides(n, hedge):
    fig = f"{hedge} {grouped(n)}"
    c = one(f"Police said {fig} people were detained.")
    assert c.text == fig and c.hedge == HEDGES[hedge]
    if c.hedge == "at_least":
        assert (c.low, c.high) == (n, None)
    elif c.hedge == "at_most":
        assert (c.low, c.high) == (None, n)
    else:
        assert c.low == c.high == c.value == n


@given(st.integers(min_value=1, max_value=999))
def test_number_words(n):
    words = num2words(n)  # "one hundred and twenty-three"
    c = one(f"Officials counted {words} protesters.")
    assert c.value == n and c.text == words


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["thousand", "million", "billion"]))
def test_number_words_with_scale(n, scale):
    words = f"{num2words(n)} {scale}"
    c = one(f"Officials counted {words} ballots.")
    assert c.value == n * {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]


@given(st.decimals(min_value=0, max_value=100, places=1),
       st.sampled_from(["%", " per cent", " percent", " pct", " percentage points"]))
def test_percentages(d, suffix):
    fig = f"{d}{suffix}"
    c = one(f"Support fell {fig} this month.")
    assert c.text == fig and c.value == pytest.approx(float(d))
    assert c.unit == ("percentage_point" if "points" in suffix else "percent")


@given(st.integers(min_value=1000, max_value=10**9))
def test_space_grouped_digits(n):
    fig = f"{n:,}".replace(",", "\u00a0")
    c = one(f"Some said {fig} people came.")
    assert c.value == n


@hsettings(max_examples=50)
@given(st.integers(min_value=1950, max_value=2030))
def test_years_are_never_quantities(year):
    claims, ignored = _extract(f"The law was passed in {year} after a long debate.", G, None)
    assert claims == [] and len(ignored) == 1


@given(st.text(max_size=200))
def test_arbitrary_text_never_raises_and_spans_are_exact(text):
    claims, ignored = _extract(text, G, None)
    for c in claims:
        assert text[c.span[0]:c.span[1]] == c.text
        assert c.low is None or c.high is None or c.low <= c.high


@given(st.sampled_from(sorted(HEDGES)), st.sampled_from(sorted(CURRENCIES)),
       st.integers(min_value=1, max_value=999), st.sampled_from(["million", "bn", "m"]))
def test_hedge_currency_and_scale_together(hedge, sym, n, scale):
    sep = " " if scale == "million" else ""
    fig = f"{hedge} {sym}{n}{sep}{scale}"
    c = one(f"The fund raised {fig} last year.")
    assert c.text == fig and c.unit == CURRENCIES[sym] and c.hedge == HEDGES[hedge]
    v = n * SCALES[scale]
    assert (c.low if c.low is not None else c.high) == pytest.approx(v)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_between_and_is_an_interval(a, width):
    b = a + width
    fig = f"between {grouped(a)} and {grouped(b)}"
    c = one(f"Officials said {fig} people fled.")
    assert (c.text, c.low, c.high, c.hedge) == (fig, a, b, "range")


@given(st.integers(min_value=1, max_value=99), st.sampled_from(["at least", "nearly", "up to"]))
def test_hedged_number_words(n, hedge):
    fig = f"{hedge} {num2words(n)}"
    c = one(f"Police said {fig} officers were hurt.")
    assert c.text == fig and c.value == n and c.hedge == HEDGES[hedge]


@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-–$£€%mbnkabout toleast")), max_size=60))
def test_number_soup_never_raises_and_intervals_are_ordered(text):
    claims, ignored = _extract(text, G, None)
    for c in claims:
        assert text[c.span[0]:c.span[1]] == c.text
        assert c.low is None or c.high is None or c.low <= c.high
    for a, b in ignored:
        assert 0 <= a < b <= len(text)


@hsettings(max_examples=50)
@given(st.text(max_size=300))
def test_linking_arbitrary_text_never_raises(text):
    from factcheck.extract import link, numbers
    from factcheck.pipeline import make_document

    if is_blank(text):  # what every door calls empty
        return
    settings = Settings()
    doc = make_document(text, None, settings=settings)
    claims, _ = numbers.extract(doc, settings.ruleset())
    link.link(doc, claims, settings.ruleset())
    assert doc.notes == []  # a reader or the linker broke (they say so, not raise)


PLACE_NOUNS = ["city", "nation", "country", "metropolis", "region", "capital", "town"]
LENGTH_AFTER = ["deep", "tall", "long", "high", "wide", "away", "sprint", "above sea level"]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from(PLACE_NOUNS), st.sampled_from([",", ".", " in 2010."]))
def test_nm_after_a_place_noun_is_millions(whole, frac, noun, tail):
    num = f"{whole}.{frac}" if frac else str(whole)
    c = one(f"Almaty, a {noun} of {num}m{tail}")
    assert c.unit is None and c.value == pytest.approx(float(num) * 1e6)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(LENGTH_AFTER))
def test_nm_before_a_length_word_is_metres(n, word):
    c = one(f"The wall is {n}m {word}.")
    assert (c.unit, c.value) == ("m", n)


_TOKENS = ["one", "One", "a", "An", "fivefold", "Threefold", "3", "12,000", "²", "٣", "dozen", "tens",
           "ſix", "İ", "\u212a", "millions", "people", "über", "-", " ", ",", "\n", "'s", "half",
           "éone", "ça", "5million", "x_one", "1.5", "2:30", "Ω"]


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=14))
def test_figures_are_tried_at_every_token_that_can_open_one(pieces):
    from factcheck.extract.numbers.scan import _TOKEN, _opens, _starts
    from factcheck.regexwords import folded

    text = "".join(pieces)
    import dataclasses

    expected = [t.start() for t in _TOKEN.finditer(text) if _opens(t.group(), G)]
    every_a = dataclasses.replace(G, articles_need_numbers=False)  # see the test on articles
    assert _starts(text, folded(text), every_a) == expected


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.,-’& \n\t5", max_size=50), st.integers(min_value=0, max_value=50))
def test_previous_word_is_the_last_word_before_the_place(text, i):
    import re

    from factcheck.extract.numbers.figure import _prev_word

    i = min(i, len(text))
    m = re.search(r"([\w.’'&-]+)[\s,]*$", text[max(0, i - 40):i])
    assert _prev_word(text, i) == (m.group(1) if m else "")


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS + ["1.5", "12:30", "1,000,", "_one", "one_", "3million", "Σ", "ONE",
                                            "thirds", "quarter", "hundred", "ten", "often"]), max_size=14))
def test_the_numbers_scan_leaves_coverage_exactly_the_numbers_it_would_find(pieces):
    from factcheck.extract import coverage
    from factcheck.model import Document

    text = "".join(pieces)
    doc = Document(text=text, published=None, title=None, url=None, sentences=())
    _extract(text, G, doc)
    own = [m.span() for m in coverage.NUMBER.finditer(text)]
    assert coverage._numbers(doc) == own


@hsettings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeq", max_size=4), st.lists(st.text(alphabet="abcde", max_size=5), max_size=8))
def test_prefix_lookup_agrees_with_trying_every_word(prefix, words):
    from factcheck.extract.numbers.readers import _starts_a_word

    assert _starts_a_word(prefix, tuple(sorted(set(words)))) == any(w.startswith(prefix) for w in words if prefix)


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS + ["Two", "HUNDRED", "and", " and ", "One In Five", "3/4", "12:30",
                                            "Thousands of", "tens of millions", "a Quarter", "Ten-Fold", "9 Of 10",
                                            "Kes.", "RS.", "(.", "."]),
                max_size=12))
def test_the_lower_case_copy_of_the_figure_pattern_finds_the_same_figures(pieces):
    from factcheck.regexwords import folded

    assert G.core_lower is not None  # (a class like [^A-Za-z] in core leaves it without one)
    text = "".join(pieces)
    low = folded(text)
    if low is None:
        return
    for i in range(len(text) + 1):
        a, b = G.core.match(text, i), G.core_lower.match(low, i)
        assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


_MODAL = ["could", "may", "is set to", "is set", "expected to", "is expected to", "set"]


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MODAL), min_size=1, max_size=5),
       st.lists(st.sampled_from(_MODAL + ["Could", " ", "  ", "\n", "rise", "x", "’s", ",", "-"]), max_size=10))
def test_modality_read_backwards_is_the_phrase_the_search_finds(phrases, pieces):
    import re
    from types import SimpleNamespace

    from factcheck.extract.numbers.claims import _modality
    from factcheck.extract.numbers.lexicon import _alt

    g = SimpleNamespace(
        re_modality=re.compile(rf"\b(?P<m>{_alt(phrases, False)})\s+(?:[\w’'-]+\s+){{0,2}}$"),
        re_modality_rev=re.compile(rf"{_alt((p[::-1] for p in phrases), False)}\b"))
    clause = "".join(pieces)
    m = g.re_modality.search(clause)
    assert _modality(clause, g) == (m.group("m") if m else None)


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["more than", "than", "over", "approx.", "c.", "about", "some", "about some",
                                 "More  Than", " ", "  ", "\n", "x", "-", "(", "5"]), max_size=8))
def test_hedge_read_backwards_is_what_the_search_finds(pieces):
    from factcheck.extract.numbers.figure import _hedge_words_before

    before = "".join(pieces)
    m = G.re_hedge_before.search(before)
    assert _hedge_words_before(before, G) == (m.group() if m else None)


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab’'-_5 ,;:()—–.\n", max_size=40))
def test_last_words_of_the_clause_read_backwards_agree_with_split_and_findall(clause):
    import re

    from factcheck.extract.numbers.change import _CLAUSE_PIECE_REVERSED, _LAST_WORDS_REVERSED

    r = clause[::-1]
    r = r[:_CLAUSE_PIECE_REVERSED.match(r).end()]
    last = _LAST_WORDS_REVERSED.match(r)
    words = [w[::-1] for w in reversed(last.groups()) if w] if last else []
    assert words == re.findall(r"[\w’'-]+", re.split(r"[,;:()—–]", clause)[-1])[-3:]


@given(st.floats(allow_nan=False) | st.integers(min_value=-10**6, max_value=10**6).map(float))
def test_whole_numbers_are_cleaned_as_rounding_would(x):
    from factcheck.extract.numbers.claims import _clean

    r = round(x, 6)
    assert _clean(x) == (float(int(r)) if r.is_integer() else r) if r == r and abs(r) != float("inf") else True


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "an", "A", "An", " ", "-", "  ", "dozen", "half", "third", "hundred",
                                 "Million", "eighth", "people", "5", ",", "an-", "one", "quarter", "\n", "é"]),
                max_size=12))
def test_articles_before_no_number_word_are_not_tried(pieces):
    import dataclasses

    text = "".join(pieces)
    every_a = dataclasses.replace(G, articles_need_numbers=False)
    assert [(c.span, c.value, c.unit) for c in _extract(text, G, None)[0]] == \
        [(c.span, c.value, c.unit) for c in _extract(text, every_a, None)[0]]
    assert _extract(text, G, None)[1] == _extract(text, every_a, None)[1]


_MULT_TOKENS = ["doubled", "twice", "halved", "tripled", "5", "12", "3.5", "$2", "one", " ", ". ", "\n", "x", "Now "]


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MULT_TOKENS), max_size=30), st.booleans())
@example(["5", " x ", "12", " x ", "doubled"], False)  # the last free figure before the word
@example(["doubled ", "twice ", "5 ", "6 ", "7 ", "8 ", "halved"], True)  # taken ones skipped
def test_multipliers_found_by_bisection_are_those_read_from_the_list(pieces, sentences):
    import copy

    from factcheck.extract.numbers.change import _multipliers, _multipliers_plain
    from factcheck.pipeline import make_document

    text = "".join(pieces)
    if is_blank(text):  # what every door calls empty
        return
    doc = make_document(text, None, settings=Settings()) if sentences else None
    claims, _ = _extract(text, G, None)
    for i, c in enumerate(claims):
        c.extra.pop("multiplier", None), c.extra.pop("multiplier_word", None)  # read again below
        if i % 3 == 0:
            c.extra["multiplier"] = 2.0  # some figures have one of their own ("fivefold")
    plain = copy.deepcopy(claims)
    _multipliers(text, claims, G, doc)
    _multipliers_plain(text, plain, G, doc)
    assert [c.extra for c in claims] == [c.extra for c in plain]


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["5 francs", "50 francs", " ", "(", " (", "($10)", "$1", "US$2", ")", ", ",
                                 "x", "\n"]), max_size=20))
def test_the_dollar_after_a_franc_found_by_bisection_is_the_one_read_from_the_list(pieces):
    from factcheck.extract.numbers.currency import _OPEN_BRACKET, _franc_by_rate

    text = "".join(pieces)
    claims, _ = _extract(text, G, None)
    bare = [c for c in claims if c.unit == "CHF" or "franc" in c.text]
    for c in bare:
        c.unit = "CHF"

    def plain():
        for c in bare:
            usd = next((d for d in claims if d.unit == "USD" and d.span[0] >= c.span[1]
                        and _OPEN_BRACKET.fullmatch(text[c.span[1]:d.span[0]])), None)
            if usd is None or not usd.value or not c.value:
                continue
            rate = c.value / usd.value
            for code, lo, hi in G.franc_per_usd:
                if lo <= rate <= hi:
                    return code
        return None
    assert _franc_by_rate(text, bare, claims, G) == plain()


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ten", "Twenty", "Xyzw", "abcd", " ", "\n", "Big", "Three", "x"]), max_size=20),
       st.lists(st.integers(min_value=0, max_value=100), max_size=8))
def test_title_case_lines_read_once_agree_with_reading_each_line(pieces, ats):
    from factcheck.extract.numbers.readers import _Lines, _title_case_line

    text = "".join(pieces)
    lines = _Lines(text)
    for at in ats:
        at = min(at, len(text))
        assert lines.title_case(at) == _title_case_line(text, at)


def _plain_word_value(s, g):
    """_word_value as first written: every multiplication done."""
    from factcheck.extract.numbers.figure import _DASHES_SPACES, _DECIMAL

    s = s.strip().lower()
    if _DECIMAL.fullmatch(s):
        return float(s)
    toks = [t for t in _DASHES_SPACES.split(s) if t and t != "and"]
    if not toks:
        return None
    if toks[0] in ("a", "an"):
        if len(toks) == 1 or (toks[1] not in g.scales and toks[1] != "dozen"):
            return None
        toks[0] = "one"
    total, cur, seen = 0.0, 0.0, False
    last = None  # (scale, amount) of the scale word just read
    for t in toks:
        if t in g.ones:
            cur += g.ones[t]
        elif t in g.tens:
            cur += g.tens[t]
        elif t == "dozen":
            cur = (cur or 1) * g.dozen
        elif t == "hundred":
            cur = (cur or 1) * 100
        elif t in g.scales:
            if last is not None and not cur and g.scales[t] > last[0]:
                total -= last[1]  # "two thousand million": a compound scale
                last = (last[0] * g.scales[t], last[1] * g.scales[t])
            else:
                last = (g.scales[t], (cur or 1) * g.scales[t])
            total += last[1]
            cur = 0
        else:
            return None
        if t == "hundred" or t not in g.scales:
            last = None
        seen = True
    return total + cur if seen else None


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["hundred"] * 6 + ["dozen"] * 3 + ["one", "two", "twenty", "a", "and", "million",
                                                                   "thousand", "trillion", "xyz"]),
                min_size=1, max_size=260),
       st.sampled_from([" ", "-", " and "]))
@example(["hundred"] * 160, " ")
@example(["hundred"] * 160 + ["xyz"], " ")
@example(["hundred"] * 160 + ["million"], " ")
@example(["one"] + ["hundred"] * 160, " ")
def test_number_words_too_big_for_a_float_fail_as_the_plain_reading_does(words, sep):
    from factcheck.extract.numbers.figure import _word_value

    def outcome(f):
        try:
            return f(sep.join(words), G)
        except OverflowError:
            return "overflow"
    assert outcome(_word_value) == outcome(_plain_word_value)


def test_a_text_writing_decimals_with_commas_is_read_with_points():
    # set AI: a Zimbabwean report: "US$4,9 million", "2,05 million kilogrammes", "US$2,42 per kg"
    from factcheck import check
    text = ("TOBACCO farmers have so far earned US$4,9 million after the sale of 2,05 million kilogrammes "
            "of tobacco. It was sold at an average price of US$2,42 per kg. About 774 368 kg were sold.")
    q = {c.text: c.value for c in check(text, published="2014-02-27").claims if c.kind == "quantity"}
    assert q["US$4,9 million"] == 4_900_000 and q["US$2,42"] == 2.42 and q["2,05 million kilogrammes"] == 2_050_000
    # a text that groups thousands with commas keeps them: "1,13" there is a slip
    slip = "Out of the 1,13 stocks traded, 919 closed higher and 794 lower; volume was 13,982 lots."
    assert any(f.rule == "sanity.digit-groups" and "1,13" in f.message for f in check(slip).findings)
