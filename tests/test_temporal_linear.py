"""The temporal extractor's linear passes give what the plain readings give: each rewritten
loop against the loop it replaced, on random texts of dates, ranges, clocks and durations."""
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import factcheck.extract.temporal as temporal
from factcheck.extract.temporal import context
from factcheck.model import Claim
from temporal_helpers import tag

_PIECES = ["March 3", " to 5", " - 7", " and 25", "-24", "at 10:35 a.m. (0735 GMT) ", "at noon ", "Friday",
           "January 22", "several days ahead of ", "two weeks after ", "2022", "the 1st,", "the 5th.",
           "Jan. 3, 2019", "to March 5", "deadline", "and many more words than forty in between ", "was",
           "will", " ", " ", " ", ". ", ".\n", "\n\n", ",", "1999", "next week"]


def _plain_range_overlap(claims):
    taken = [c.span for c in claims]
    return lambda a, b: any(a < tb and ta < b for ta, tb in taken)


def plain_clock_to_later_day(claims):
    for i, c in enumerate(claims):
        clock = c.extra.pop("clock", None)
        if clock is None:
            continue
        day = next((o for o in claims[i + 1:] if o.sentence == c.sentence and o.kind == "date"
                    and o.start and o.start == o.end and o.timex == o.start), None)
        if day is not None:
            c.timex, c.start, c.end = day.timex + clock, day.start, day.end
            c.anchor = f"{day.text} in the same sentence"


def plain_link_relations(claims):
    for i, c in enumerate(claims):
        if "relation" not in c.extra:
            continue
        nxt = next((o for o in claims[i + 1:] if o.kind in ("date", "time")), None)
        if nxt is not None and nxt.sentence == c.sentence and nxt.span[0] - c.span[1] < 40:
            c.extra["relative_to"] = {"text": nxt.text, "span": list(nxt.span), "timex": nxt.timex}


def _dicts(claims):
    return [c.to_dict() for c in claims]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.booleans())
def test_clocks_and_relations_link_as_the_plain_loops_do(monkeypatch, pieces, published):
    text = "".join(pieces) or "x"
    pub = "2022-01-13" if published else None
    if not text.strip():
        return
    got = _dicts(tag(text, pub))
    with monkeypatch.context() as m:
        m.setattr(temporal, "_clock_to_later_day", plain_clock_to_later_day)
        m.setattr(temporal, "_link_relations", plain_link_relations)
        assert _dicts(tag(text, pub)) == got


@pytest.mark.parametrize("text", [
    "On Friday, in 1999, at 10:35 a.m. (0735 GMT) Monday and at noon Tuesday, then at 9 p.m. (1400 GMT).",
    "Friday. In 1999 at 10:35 a.m. (0735 GMT) it rained. Monday at 9 p.m. (1400 GMT) next week Tuesday.",
    "several days ahead of a deadline, and many more words than forty in between January 22; "
    "two weeks after March 3 to 5, several days ahead of next week.",
])
def test_crafted_clocks_and_relations_link_as_the_plain_loops_do(monkeypatch, text):
    for pub in ("2022-01-13", None):
        got = _dicts(tag(text, pub))
        with monkeypatch.context() as m:
            m.setattr(temporal, "_clock_to_later_day", plain_clock_to_later_day)
            m.setattr(temporal, "_link_relations", plain_link_relations)
            assert _dicts(tag(text, pub)) == got


def test_a_range_end_is_refused_where_it_overlaps_a_claim_as_by_the_plain_test():
    """_range_ends' bisection over the claims' spans answers as the all-pairs test does."""
    import random

    rng = random.Random(3)
    for _ in range(300):
        claims = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 60)
            claims.append(Claim(kind="date", text="", span=(a, a + rng.randint(1, 12))))
        plain = _plain_range_overlap(claims)
        fast = temporal._overlap_test(claims)
        for a in range(0, 75):
            for b in range(a + 1, min(a + 8, 80)):
                assert fast(a, b) == plain(a, b), (claims, a, b)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.booleans())
def test_the_last_day_or_month_of_the_sentence_is_the_one_the_plain_search_finds(monkeypatch, pieces, published):
    text = "".join(pieces)
    if not text.strip():
        return
    seen = []

    def checked(mt, cx):
        plain = next((p for p in reversed(cx.sentence_dates) if p.gran in ("day", "month")), None)
        assert cx.sentence_day_or_month is plain
        seen.append(plain)
        return real(mt, cx)

    real = temporal.normalize
    monkeypatch.setattr(temporal, "normalize", checked)
    tag(text, "2022-01-13" if published else None)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" ,-–tohandrlgyx\n", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_a_range_gap_is_read_in_place_as_on_its_copy(text, i, j):
    a, b = sorted((min(i, len(text)), min(j, len(text))))
    cx = context.Context(text=text, dct=date(2022, 1, 13), lex=None)
    cx.sentence_years = [(2019, "2019", a)]
    plain = (2019, "2019") if context._RANGE_GAP.fullmatch(text[a:b]) else None
    assert cx.year_carried_to(b) == plain



@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \nabcmnopst", max_size=16),
       st.lists(st.sampled_from(["per", "percent", "people", "a", "s", "st", "mon", "month", "months"]), max_size=4))
def test_one_pattern_for_the_words_after_a_range_end_as_a_match_per_word(rest, words):
    import re

    plain = any(re.match(rf"\s*{re.escape(w)}\b", rest) for w in words)
    rx = temporal._words_at_start(tuple(words))
    assert bool(rx is not None and rx.match(rest)) == plain
