"""The one split of every corpus into two halves by document, shared by the benchmarks:
rules are tuned on the "tune" half and reported on both, so a rule that helps one
half and hurts the other shows."""
from __future__ import annotations

import hashlib


def half(doc_id: str) -> str:
    """'tune' or 'held-out', fixed by a hash of the document id (not by its order)."""
    return "tune" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"
