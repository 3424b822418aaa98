"""Physical units: the lexicon first, quantulum3 for the unit words it does not list.

quantulum3's parser costs seconds to import (inflect + typeguard), so it is
imported only when a figure is followed by one of the `quantulum_words` of
rules/lexicons/units.yaml: unit words the lexicon does not map itself.
Answers are cached per snippet.
"""
from __future__ import annotations

import functools
import re

from ..deadline import paused


def canonical(surface: str, table: dict[str, str], snippet: str = "") -> str:
    """The canonical symbol for a unit word the lexicon lists ('kilometres' -> 'km')."""
    key = re.sub(r"\s+", " ", surface.lower())
    return table.get(key) or table.get(surface) or key


@functools.lru_cache(maxsize=1)
def _parser():
    """quantulum3's parser, loaded once per process: its import and the language tables its
    first parse loads take seconds, which no check's time budget should pay."""
    with paused():
        try:
            from quantulum3 import parser
        except ImportError:
            return None
        try:
            parser.parse("12 furlongs")
        except Exception:  # noqa: BLE001 - loaded or not, each call guards itself
            pass
    return parser


@functools.lru_cache(maxsize=512)
def quantulum_unit(snippet: str, names: tuple[tuple[str, str], ...] = ()) -> str | None:
    """Ask quantulum3 what unit '12 furlongs' is in; None when it finds none."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3 warns that its classifier is absent
        parser = _parser()
        if parser is None:
            return None
        try:
            found = parser.parse(snippet)
        except Exception:  # quantulum3 raises assorted errors on odd input
            return None
    for q in found:
        name = getattr(q.unit, "name", "") or ""
        entity = getattr(getattr(q.unit, "entity", None), "name", "")
        if name and name != "dimensionless" and entity not in ("currency", "dimensionless"):
            return dict(names).get(name, name)
    return None
