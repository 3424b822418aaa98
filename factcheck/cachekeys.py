"""Cache keys for objects that are read once and never changed (a rule, a rule set,
a lexicon's list): what is built from them is remembered by the object itself."""
from __future__ import annotations

from typing import Any


class Same:
    """A cache key that is the object itself, by identity (the key holds the object,
    so its id cannot be reused while cached)."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any):
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.obj is self.obj
