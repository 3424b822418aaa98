"""Physical units: the lexicon first, quantulum3 for the unit words it does not list.

quantulum3's parser costs seconds to import (inflect + typeguard), so it is
imported only when a figure is followed by a unit word that rules/lexicons/
units.yaml does not know but quantulum3's own unit table does. Its surfaces
table (a JSON file) is cheap and is read once, on the first such lookup.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path


def canonical(surface: str, table: dict[str, str], snippet: str = "") -> str:
    """The canonical symbol for a unit word the lexicon lists ('kilometres' -> 'km')."""
    key = re.sub(r"\s+", " ", surface.lower())
    return table.get(key) or table.get(surface) or key


@functools.lru_cache(maxsize=1)
def quantulum_surfaces() -> frozenset[str]:
    """Every unit surface quantulum3 knows (lower case), from its JSON table; no parser import."""
    try:
        import quantulum3
    except ImportError:
        return frozenset()
    root = Path(quantulum3.__file__).parent
    out: set[str] = set()
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        items = data.values() if isinstance(data, dict) else data
        for u in items:
            if not isinstance(u, dict):
                continue
            for s in list(u.get("surfaces") or []) + [u.get("name") or ""]:
                if isinstance(s, str) and len(s) > 3 and s.isascii():
                    out.add(s.lower())
    return frozenset(out)


@functools.lru_cache(maxsize=512)
def quantulum_unit(snippet: str, names: tuple[tuple[str, str], ...] = ()) -> str | None:
    """Ask quantulum3 what unit '12 furlongs' is in; None when it finds none."""
    try:
        from quantulum3 import parser
    except ImportError:
        return None
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
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
