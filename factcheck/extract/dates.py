"""Temporal expressions: dates, times, durations and sets, anchored on the
publication date. The tagger lives in factcheck/extract/temporal/."""
from __future__ import annotations

from ..model import Claim, Document
from ..rules import RuleSet
from .temporal import extract as _extract


def extract(doc: Document, ruleset: RuleSet, settings=None) -> list[Claim]:
    return _extract(doc, ruleset, settings)
