"""The sum and swap planters (benchmarks/seeded_sites.py, seeded_mentions.py) find the
sites a text allows, and the checks catch what they plant there."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck import check

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def planters():
    sys.path.insert(0, str(BENCH))
    import seeded_mentions
    import seeded_sites
    from seeded_errors import Article
    return seeded_sites, seeded_mentions, Article


SUMS = [
    ("Officials said 353 ballots were uncounted in the north and 398 in the south, a total of 751.", 1),
    ("Exports were 4.2 mln tonnes to Asia and 2.5 mln tonnes to Europe, totalling 6.7 mln tonnes.", 1),
    ("It bought 279 trucks and 178 vans, for a total of 101 mln dlrs.", 0),  # two things and a price
    ("Officials said 353 ballots were uncounted in the north and 398 in the south, a total of 851.", 0),  # wrong already
]


@pytest.mark.parametrize("text,n", SUMS)
def test_sum_sites_are_planted_and_caught(planters, text, n):
    sites, _, Article = planters
    plants = sites.plant_sum(Article("x", "2022-08-03", None, text))
    assert len(plants) == n
    for p in plants:
        changed = text[:p.start] + p.new + text[p.end:]
        found = [f for f in check(changed).findings if f.rule == "arithmetic.share" and f.severity in ("warning", "error")]
        assert found, changed


def test_swap_site_is_planted_and_caught(planters):
    _, mentions, Article = planters
    title = "Acme sales up 69 pct, profit up 111 pct"
    text = f"{title}\n\nAcme Corp said its sales rose 69 pct in the year to 4.2 billion dlrs. Its net profit rose 111 pct to 380 mln dlrs."
    plants = mentions.plant_swap(Article("x", "2022-08-03", title, text))
    assert [p.new for p in plants] == ["111 pct, profit up 69"]
    changed = text[:plants[0].start] + plants[0].new + text[plants[0].end:]
    found = [f for f in check(changed).findings if f.rule == "agreement.headline" and f.severity == "warning"]
    assert found, changed


def test_swap_needs_words_of_each_figure(planters):
    _, mentions, Article = planters
    title = "U.S. bill auction rates average 5.63, 5.59 pct"  # which rate is which is an order, not a word
    text = f"{title}\n\nThe three-month bills averaged 5.63 pct and the six-month 5.59 pct."
    assert mentions.plant_swap(Article("x", "2022-08-03", title, text)) == []
