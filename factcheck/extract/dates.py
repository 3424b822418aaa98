"""Temporal expressions (placeholder until the temporal issue lands)."""
from __future__ import annotations

from ..model import Claim, Document
from ..rules import RuleSet


def extract(doc: Document, ruleset: RuleSet, settings=None) -> list[Claim]:
    return []
