"""Link each figure to what it measures (placeholder until the news-numerics issue lands)."""
from __future__ import annotations

from ..model import Claim, Document
from ..rules import RuleSet


def link(doc: Document, claims: list[Claim], ruleset: RuleSet) -> None:
    return None
