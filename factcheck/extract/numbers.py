"""News numerics (placeholder until the news-numerics issue lands)."""
from __future__ import annotations

from ..model import Claim, Document
from ..rules import RuleSet


def extract(doc: Document, ruleset: RuleSet) -> tuple[list[Claim], list[tuple[int, int]]]:
    """Quantity claims, and the spans deliberately judged not to be quantities."""
    return [], []
