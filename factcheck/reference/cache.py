"""A built reference layer kept on disk, so a new process does not rebuild it.

Building the GeoNames layer (34,000 places, 240,000 normalised names) takes
about two seconds; reading it back from here takes well under a tenth of that.
The file is one marshal blob: the names → entity numbers table as a plain dict,
and each entity with its facts as its own small marshal string, decoded only
when a lookup reaches it (see FrozenLayer).

Where: $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else
~/.cache/factcheck. A file is named by the layer and a hash of everything it
was built from (the caller's key: data files, package versions; plus this
package's reference code and the Python version), so a changed input is never
served stale. When the folder cannot be written or a file is unreadable, the
layer is built in memory as before.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .model import Entity, Fact

FORMAT = "factcheck-reference-layer/2"
KEEP = 3  # cache files kept per layer name (older ones are removed)

_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))
_FACT_FIELDS = tuple(f.name for f in fields(Fact))
# the code whose changes change what a built layer holds
_CODE = ("cache.py", "index.py", "model.py", "defaults.py", "loader.py")


def cache_dir() -> Path | None:
    """Where layers are kept; None when there is no such place (no home folder)."""
    env = os.environ.get("FACTCHECK_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "factcheck"
    try:
        return Path.home() / ".cache" / "factcheck"
    except (RuntimeError, KeyError):
        return None


def digest(parts: Iterable[bytes | str]) -> str:
    """A hash of the caller's parts, this module's format, the reference code and Python."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    base: list[bytes | str] = [FORMAT, sys.version]
    for name in _CODE:
        try:
            base.append((here / name).read_bytes())
        except OSError:
            base.append(name)
    for p in (*base, *parts):
        b = p.encode("utf-8", "surrogatepass") if isinstance(p, str) else p
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()[:32]


class FrozenLayer:
    """A read-only layer: the same questions as index.Layer, answered from the
    compact form. Entities and facts are decoded on first use and kept."""

    def __init__(self, name: str, ids: Sequence[str], aliases: dict[str, int | tuple[int, ...]],
                 records: Sequence[bytes], kinds: dict[str, tuple[int, ...]],
                 attributes: Iterable[str] = ()):
        self.name = name
        self._attributes = frozenset(attributes)
        self._ids = ids
        self._pos = {i: n for n, i in enumerate(ids)}
        self._aliases = aliases
        self._records = records
        self._kinds = kinds
        self._decoded: dict[int, tuple[Entity | None, dict[str, list[Fact]]]] = {}

    def _record(self, n: int) -> tuple[Entity | None, dict[str, list[Fact]]]:
        rec = self._decoded.get(n)
        if rec is None:
            ent_row, fact_rows = marshal.loads(self._records[n])
            ent = Entity(*ent_row) if ent_row is not None else None
            rec = (ent, {a: [Fact(*r) for r in rows] for a, rows in fact_rows})
            self._decoded[n] = rec
        return rec

    def entity(self, ent_id: str) -> Entity | None:
        n = self._pos.get(ent_id)
        return None if n is None else self._record(n)[0]

    def alias_ids(self, key: str) -> Sequence[str]:
        found = self._aliases.get(key)
        if found is None:
            return ()
        if isinstance(found, int):
            return (self._ids[found],)
        return tuple(self._ids[n] for n in found)

    def facts_for(self, ent_id: str, attribute: str) -> list[Fact] | None:
        n = self._pos.get(ent_id)
        return None if n is None else self._record(n)[1].get(attribute)

    def attributes_of(self, ent_id: str) -> Iterable[str]:
        n = self._pos.get(ent_id)
        return () if n is None else tuple(self._record(n)[1])

    def attribute_names(self) -> frozenset[str]:
        """The attributes this layer's facts are about (stored with the layer, so
        no record is decoded to answer)."""
        return self._attributes

    def of_kind(self, kind: str) -> Iterator[Entity]:
        for n in self._kinds.get(kind, ()):
            ent = self._record(n)[0]
            if ent is not None:
                yield ent


def freeze(layer) -> tuple:
    """The compact form of an index.Layer (plain tuples, dicts, strings and bytes)."""
    ids: list[str] = list(layer.entities)
    pos = {i: n for n, i in enumerate(ids)}

    def at(ent_id: str) -> int:
        if ent_id not in pos:
            pos[ent_id] = len(ids)
            ids.append(ent_id)
        return pos[ent_id]

    aliases: dict[str, int | tuple[int, ...]] = {}
    for key, targets in layer.aliases.items():
        ns = tuple(at(i) for i in targets)
        aliases[key] = ns[0] if len(ns) == 1 else ns
    by_ent: dict[int, list[tuple[str, tuple]]] = {}
    for (ent_id, attr), facts in layer.facts.items():
        rows = tuple(tuple(getattr(f, k) for k in _FACT_FIELDS) for f in facts)
        by_ent.setdefault(at(ent_id), []).append((attr, rows))
    kinds: dict[str, list[int]] = {}
    records = []
    for n, ent_id in enumerate(ids):
        ent = layer.entities.get(ent_id)
        row = tuple(getattr(ent, k) for k in _ENTITY_FIELDS) if ent is not None else None
        if ent is not None:
            kinds.setdefault(ent.kind, []).append(n)
        records.append(marshal.dumps((row, tuple(by_ent.get(n, ())))))
    attributes = tuple(sorted({attr for (_, attr) in layer.facts}))
    return (layer.name, tuple(ids), aliases, tuple(records), {k: tuple(v) for k, v in kinds.items()},
            attributes)


def thaw(data: tuple) -> FrozenLayer:
    name, ids, aliases, records, kinds, attributes = data
    return FrozenLayer(name, ids, aliases, records, kinds, attributes)


def cached_layer(name: str, key: str, build: Callable[[], Any], folder: Path | None = None) -> Any:
    """The layer called `name` built from inputs hashed as `key`: read from the
    cache folder when there, else built, saved (when the folder is writable) and
    returned as read back, so a first run answers exactly as later ones do."""
    folder = cache_dir() if folder is None else folder
    if folder is None:
        return build()
    path = folder / f"reference-{_safe(name)}-{key}.marshal"
    data = _read(path, key)
    if data is not None:
        return thaw(data)
    layer = build()
    data = freeze(layer)
    _write(folder, path, name, key, data)
    return thaw(data)


def _read(path: Path, key: str) -> tuple | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    try:
        fmt, stored_key, data = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    if fmt != FORMAT or stored_key != key or not isinstance(data, tuple) or len(data) != 6:
        return None
    return data


def _write(folder: Path, path: Path, name: str, key: str, data: tuple) -> None:
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps((FORMAT, key, data)))
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from a shared cache's other users
        os.replace(tmp, path)
        tmp = None
        _prune(folder, name)
    except OSError:
        pass  # no cache: the next process builds the layer again
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _prune(folder: Path, name: str) -> None:
    """Keep the KEEP newest files of this layer (other versions may share the folder)."""
    olds = sorted(folder.glob(f"reference-{_safe(name)}-*.marshal"),
                  key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for p in olds[KEEP:]:
        try:
            p.unlink()
        except OSError:
            pass


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)
