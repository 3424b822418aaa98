"""The deadline planter (benchmarks/seeded_mentions.py) finds every site a sentence
allows, and the check catches what it plants there (behaviour, not speed)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck import check

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def mentions():
    sys.path.insert(0, str(BENCH))
    import seeded_mentions
    from seeded_errors import Article
    return seeded_mentions, Article


SITES = [
    ("The tax was paid on July 20 and the return filed on July 22, ahead of the July 31 deadline.", 2),
    ("The report, due on July 31, was submitted on July 28, officials said.", 1),
    ("The offer expires July 10 and most shares were tendered on July 2.", 1),
    ("The deadline for the bids is July 15, and the last bid was submitted on July 14.", 1),
    ("The works were finished on July 3, before the deadline of July 10.", 1),
    ("Talks should begin by June 3 and be completed by July 30.", 0),  # two steps, no deadline
]


@pytest.mark.parametrize("text,n", SITES)
def test_every_site_is_planted_and_caught(mentions, text, n):
    module, Article = mentions
    plants = module.plant_deadline(Article("x", "2022-08-03", None, text))
    assert len(plants) == n
    for p in plants:
        changed = text[:p.start] + p.new + text[p.end:]
        found = [f for f in check(changed, published="2022-08-03").findings if f.rule == "temporal.deadline-order"]
        assert found, changed
