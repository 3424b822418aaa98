"""An in-memory index of reference facts, in layers: the embedded defaults, then
the user's reference folders, then the facts stored in the database.

A later layer overrides an earlier one: when it has facts for an entity's
attribute, those are used instead. Each layer is built once and cached:

- defaults: once per machine, then read from the cache folder (cache.py) once
  per process, as layers whose entities are decoded when a lookup reaches them;
- folders: once per tuple of folders (settings.reference_dirs);
- database: re-read once per (path, modification time) of settings.db, so facts
  added through the API or `factcheck reference import` are seen by the next
  check; the layer is rebuilt only when those facts changed.

    >>> idx = index_for(settings)
    >>> [e.name for e in idx.lookup("Almaty")]
    ['Almaty']
    >>> idx.fact("geonames:1526384", "population").value
    1977011.0
"""
from __future__ import annotations

import errno
import functools
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..deadline import one_off
from .model import Entity, Fact, norm, slug

_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)
_STRIP = ".'’-"  # what a word of a name does not end with
# A name with "+" or "Plus" right after it names a grouping built on it, not itself:
# "OPEC+" and "OPEC Plus" (OPEC and its allies), "ASEAN+3", "G7+".
_BUILT_ON = re.compile(r"\+|[ -]Plus\b|-plus\b")
_ISO2 = re.compile(r"[A-Z]{2}")
# what stands before a word that is capitalised for its place: a sentence's or a line's
# start, a quotation mark or bracket, a colon
_OPENING = re.compile(r"(?:^|[.!?:;\n\"“‘'(\[—–-]\s*|\s[-–—•*]\s*)$")


def _name_goes_on(text: str, toks: list[tuple[int, int]], j: int, stop: frozenset[str]) -> int | None:
    """The last token of a longer name a known one opens: capitalised words one blank
    apart right after it (none a stop word: "Kenya President", "Lagos State" end there)
    and then a word in lower case or punctuation ("Nelson Mandela Bay's population",
    "Kenya Airways said"); None when the name ends at token j, or when the capitals run
    on to a figure or the line's end (a headline in title case: "Kenya Floods Kill 50")."""
    k = _capitals_after(text, toks, j, stop)
    if k == j:
        return None
    after = _AFTER_NAME.match(text, toks[k][1])
    return k if after else None


def _capitals_after(text: str, toks: list[tuple[int, int]], k: int, stop: frozenset[str] | None = None) -> int:
    """The last token of the run of capitalised words one blank apart from token k on
    (with `stop`: ending before a stop word or a word in capitals)."""
    while k + 1 < len(toks) and toks[k + 1][0] == toks[k][1] + 1 and text[toks[k][1]] == " " \
            and text[toks[k][1] - 1] not in _STRIP and text[toks[k + 1][0]].isupper():
        if stop is not None:
            word = text[toks[k + 1][0]:toks[k + 1][1]].rstrip(_STRIP)
            if word.lower() in stop or word in stop or word.isupper():
                break
        k += 1
    return k


# what follows a name in running text: a word in lower case, or punctuation
_AFTER_NAME = re.compile(r"['’]s\b|\s+[a-z]|[,.;:)]")


def _opens_name(text: str, a: int, b: int, stop: frozenset[str]) -> bool:
    """The capitalised word text[a:b] is the first word of a name: not a word the lexicon
    says is capitalised only for its place ("In", "The"), nor one opening a sentence."""
    word = text[a:b].rstrip(_STRIP)
    if word.isupper():
        return False  # a headline in capitals ("ECONOMIST SAYS PHILIPPINES ..."), initials ("UN")
    return word.lower() not in stop and word not in stop and not _OPENING.search(text, max(0, a - 4), a)


@dataclass
class Layer:
    name: str
    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    facts: dict[tuple[str, str], list[Fact]] = field(default_factory=dict)

    def add_entity(self, ent: Entity) -> None:
        self.entities[ent.id] = ent
        for a in (ent.name, *ent.aliases):
            self.add_alias(a, ent.id)

    def add_alias(self, alias: str, ent_id: str) -> None:
        key = norm(alias)
        if not key:
            return
        ids = self.aliases.setdefault(key, [])
        if ent_id not in ids:
            ids.append(ent_id)

    def add_fact(self, fact: Fact) -> None:
        if fact.attribute:
            self.facts.setdefault((fact.entity, fact.attribute), []).append(fact)

    # what ReferenceIndex asks of a layer (cache.FrozenLayer answers the same)
    def entity(self, ent_id: str) -> Entity | None:
        return self.entities.get(ent_id)

    def alias_ids(self, key: str) -> Sequence[str]:
        return self.aliases.get(key, ())

    def facts_for(self, ent_id: str, attribute: str) -> list[Fact] | None:
        return self.facts.get((ent_id, attribute))

    def attributes_of(self, ent_id: str) -> Iterable[str]:
        return [a for (e, a) in self.facts if e == ent_id]

    def of_kind(self, kind: str) -> Iterator[Entity]:
        return (e for e in self.entities.values() if e.kind == kind)

    def attribute_names(self) -> frozenset[str]:
        """The attributes this layer's facts are about (computed on each call: a
        Layer may still be growing)."""
        return frozenset(a for (_, a) in self.facts)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entities: tuple[Entity, ...]


class ReferenceIndex:
    """Look up entities by name and their facts. Layers are read top (last) first.

    What mentions() and attribute_names() work out is remembered: call them only
    once the layers are built (build_layer's view of a growing layer uses lookup).
    An index whose layers are `fixed` (all but that view) also remembers its
    entities by id, latest facts and organisations' members by day."""

    def __init__(self, layers: Iterable[Layer], fixed: bool = True):
        self.layers = tuple(layers)
        self.max_words = 6
        self._attribute_names: frozenset[str] | None = None
        self._names: dict[str, tuple[tuple[str, str, tuple[Entity, ...]], ...]] = {}
        self._entities: dict[str, Entity | None] | None = {} if fixed else None
        self._members: dict[tuple[str, date], list[str]] | None = {} if fixed else None
        self._latest: dict[tuple[str, str], Fact | None] | None = {} if fixed else None

    # --- entities
    def entity(self, ent_id: str) -> Entity | None:
        memo = self._entities
        if memo is None:
            return self._entity(ent_id)
        try:
            return memo[ent_id]
        except KeyError:
            if len(memo) >= _NAMES_MEMO:
                memo.clear()
            ent = memo[ent_id] = self._entity(ent_id)
            return ent

    def _entity(self, ent_id: str) -> Entity | None:
        for layer in reversed(self.layers):
            ent = layer.entity(ent_id)
            if ent is not None:
                return ent
        return None

    def lookup(self, name: str, kind: str | None = None) -> list[Entity]:
        """Entities known by this name, most populous first."""
        key = norm(name)
        ids: list[str] = []
        for layer in self.layers:
            for i in layer.alias_ids(key):
                if i not in ids:
                    ids.append(i)
        ents = [e for e in (self.entity(i) for i in ids) if e is not None]
        if kind:
            ents = [e for e in ents if e.kind == kind]
        return sorted(ents, key=lambda e: (-self.population_of(e), e.kind != "country", e.id))

    def population_of(self, ent: Entity) -> float:
        f = self.fact(ent.id, "population")
        if f is not None and f.interval:
            return f.interval[1]
        return ent.population

    def lookup_region(self, region: str | None) -> list[Entity]:
        """The region entity for a code such as "US-TX"."""
        if not region or "-" not in region:
            return []
        ent = self.entity(f"us-state:{region.split('-', 1)[1]}") if region.startswith("US-") else None
        return [ent] if ent else []

    def country(self, iso: str | None) -> Entity | None:
        return self.entity(f"iso:{iso}") if iso else None

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 for a country code or name ("RU", "Russia"), else None."""
        if _ISO2.fullmatch(name.strip()) and self.entity(f"iso:{name.strip()}"):
            return name.strip()
        for e in self.lookup(name, kind="country"):
            return e.country
        return None

    def organisations(self) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for layer in self.layers:
            for e in layer.of_kind("organisation"):
                seen[e.id] = e
        return sorted(seen.values(), key=lambda e: e.id)

    def entities_named(self, query: str) -> list[Entity]:
        """For `reference show`: entities whose name or alias is the query, else an id."""
        ent = self.entity(query)
        return [ent] if ent else self.lookup(query)

    # --- facts
    def facts(self, ent_id: str, attribute: str) -> list[Fact]:
        for layer in reversed(self.layers):
            found = layer.facts_for(ent_id, attribute)
            if found:
                return list(found)
        return []

    def packaged(self, ent_id: str, attribute: str) -> bool:
        """Whether facts() comes from the packaged layers (GeoNames, the seeds), not from a
        user's file or database: a secondary source whose bounds and method go unsaid."""
        for layer in reversed(self.layers):
            if layer.facts_for(ent_id, attribute):
                return layer.name in PACKAGED_LAYERS
        return False

    def fact(self, ent_id: str, attribute: str) -> Fact | None:
        """The latest fact (a place may have a population for every year)."""
        memo = self._latest
        if memo is None:
            return self._fact(ent_id, attribute)
        key = (ent_id, attribute)
        try:
            return memo[key]
        except KeyError:
            if len(memo) >= _NAMES_MEMO:
                memo.clear()
            found = memo[key] = self._fact(ent_id, attribute)
            return found

    def _fact(self, ent_id: str, attribute: str) -> Fact | None:
        found = self.facts(ent_id, attribute)
        if not found:
            return None
        return max(found, key=lambda f: (f.as_of_year or 0))

    def attribute_names(self) -> frozenset[str]:
        """Every attribute some fact in some layer has (worked out once per index:
        the layers of a built index do not change)."""
        if self._attribute_names is None:
            self._attribute_names = frozenset().union(*(layer.attribute_names() for layer in self.layers))
        return self._attribute_names

    def attributes(self, ent_id: str) -> list[str]:
        attrs = {a for layer in self.layers for a in layer.attributes_of(ent_id)}
        return sorted(attrs)

    def members(self, org_id: str, on: date | None = None) -> list[str]:
        """ISO codes of the organisation's members on that day (today's when None)."""
        memo = self._members
        if memo is None or on is None:
            return self._members_on(org_id, on)
        found = memo.get((org_id, on))
        if found is None:
            if len(memo) >= _NAMES_MEMO:
                memo.clear()
            found = memo[(org_id, on)] = self._members_on(org_id, on)
        return list(found)

    def _members_on(self, org_id: str, on: date | None) -> list[str]:
        out = []
        for f in self.facts(org_id, "member"):
            code = self.country_code(f.text or "") or (f.text or "")
            if f.valid_on(on or date.today()) and code not in out:
                out.append(code)
        return sorted(out)

    def membership(self, org_id: str, iso: str) -> list[Fact]:
        return [f for f in self.facts(org_id, "member")
                if (self.country_code(f.text or "") or f.text) == iso]

    # --- finding names in text
    def mentions(self, text: str, start: int = 0, end: int | None = None,
                 stop: frozenset[str] = frozenset()) -> list[Mention]:
        """Names of known entities in text[start:end], longest match first.

        Only capitalised words start a name; a one-word name in `stop`
        (normalised, e.g. "during") is not taken as a place.
        """
        end = len(text) if end is None else end
        # each word's span; where the name ends is read less the ".'’-" a word may end
        # with ("U.S.", "Russia's."), and words one space apart form a name
        toks = [m.span() for m in _TOKEN.finditer(text, start, end)]
        n_toks = len(toks)
        named = self._named
        out: list[Mention] = []
        i = 0
        while i < n_toks:
            a = toks[i][0]
            if not text[a].isupper():
                i += 1
                continue
            # the words after it one space apart: the most a name starting here can have
            last = i
            limit = min(i + self.max_words, n_toks) - 1
            while last < limit:
                b = toks[last][1]
                if toks[last + 1][0] != b + 1 or text[b] != " " or text[b - 1] in _STRIP:
                    break
                last += 1
            hit = None
            for j in range(last, i - 1, -1):  # the longest name first
                b = toks[j][1]
                while text[b - 1] in _STRIP:
                    b -= 1
                for cand, key, ents in named(text[a:b]):
                    if j == i and key in stop:
                        continue
                    if len(cand) <= 4 and cand.isupper():
                        # initials ("the UN projects"): a country's or a body's code, never a
                        # town written in other letters' case (Un, India)
                        ents = tuple(e for e in ents if e.kind != "city" or e.name == cand or cand in e.aliases)
                        if not ents:
                            continue
                    hit = Mention(a, a + len(cand), cand, ents)
                    break
                if hit:
                    break
            if hit:
                end = _name_goes_on(text, toks, j, stop)
                if end is not None:
                    i = end + 1  # "Nelson Mandela Bay's population", "Kenya Airways said": a longer name
                    continue
                if not _BUILT_ON.match(text, hit.end):
                    out.append(hit)
                i = j + 1
            elif _opens_name(text, a, toks[i][1], stop):
                # "the Maipo River", "Lake Chad", "Mount Kenya": a name the reference does not
                # know; the capitalised words after its first are its own, not a place's
                i = _capitals_after(text, toks, i) + 1
            else:
                i += 1
        return out

    def _named(self, surface: str) -> tuple[tuple[str, str, tuple[Entity, ...]], ...]:
        """The variants of a surface (see _variants) that name entities, each with its
        lookup key and entities. Remembered per index, since the same capitalised words
        come back in every text; the memo is emptied when it grows large."""
        found = self._names.get(surface)
        if found is None:
            found = tuple((cand, norm(cand), tuple(ents)) for cand in _variants(surface)
                          for ents in (self.lookup(cand),) if ents)
            if len(self._names) >= _NAMES_MEMO:
                self._names.clear()
            self._names[surface] = found
        return found


_NAMES_MEMO = 100_000  # surfaces remembered per index


def _variants(surface: str) -> list[str]:
    """The surface, then without a possessive or trailing period."""
    out = [surface]
    s = re.sub(r"['’]s?$", "", surface)
    s = s.rstrip(".")
    if s and s != surface:
        out.append(s)
    return out


# --- building layers

PACKAGED_LAYERS = ("geonames", "seeds")  # the layers default_index() builds

def build_layer(name: str, facts: Iterable[Fact], below: ReferenceIndex | None,
                entities: Iterable[Entity] = ()) -> Layer:
    layer = Layer(name)
    for e in entities:
        layer.add_entity(e)
    view = ReferenceIndex(((below.layers if below else ()) + (layer,)), fixed=False)
    for f in facts:
        ent_id = resolve_fact_entity(view, layer, f)
        fact = _with_entity(f, ent_id)
        for a in f.aliases:
            layer.add_alias(a, ent_id)
        layer.add_fact(fact)
    return layer


def resolve_fact_entity(view: ReferenceIndex, layer: Layer, f: Fact) -> str:
    """The entity id a file's fact is about: an id as given, else a known entity of
    that name (in `country`, of `kind`, most populous), else a new one."""
    name = f.entity.strip()
    if re.match(r"^(iso|geonames|org|user|currency):", name):  # (currency:SAR: a currency's facts)
        if view.entity(name) is None:
            kind = f.kind or {"iso": "country", "geonames": "city", "org": "organisation"}.get(
                name.split(":", 1)[0], "other")
            label = f.text if (f.attribute == "name" and f.text) else name.split(":", 1)[1]
            layer.add_entity(Entity(name, label, kind, f.country, 0.0, ()))
        return name
    cands = view.lookup(name)
    if f.kind:
        cands = [c for c in cands if c.kind == f.kind]
    if f.country:
        code = view.country_code(f.country) or f.country
        cands = [c for c in cands if c.country == code]
    if cands:
        return cands[0].id
    ent_id = f"user:{slug(name)}" + (f"-{f.country.lower()}" if f.country else "")
    if view.entity(ent_id) is None:
        pop = f.value if f.attribute == "population" and f.value else 0.0
        layer.add_entity(Entity(ent_id, name, f.kind or "other",
                                view.country_code(f.country) if f.country else None, pop, ()))
    return ent_id


def _with_entity(f: Fact, ent_id: str) -> Fact:
    from dataclasses import replace

    return f if f.entity == ent_id else replace(f, entity=ent_id)


@functools.lru_cache(maxsize=1)
@one_off
def default_index() -> ReferenceIndex:
    """GeoNames and pycountry, then the packaged seeds: built once per machine and
    kept in the cache folder (see cache.py), read back in a few hundredths of a second."""
    from . import cache, defaults

    def build_base() -> Layer:
        ents, facts = defaults.geonames()
        return build_layer("geonames", facts, None, ents)

    base_key = cache.digest(defaults.geonames_inputs())
    base = cache.cached_layer("geonames", base_key, build_base)
    idx = ReferenceIndex((base,))
    seeds_key = cache.digest([base_key, *defaults.seed_inputs()])
    seeds = cache.cached_layer("seeds", seeds_key, lambda: build_layer("seeds", defaults.seed_facts(), idx))
    return ReferenceIndex((base, seeds))


@functools.lru_cache(maxsize=8)
@one_off
def files_index(dirs: tuple[str, ...]) -> ReferenceIndex:
    from .loader import load_path

    idx = default_index()
    for d in dirs:
        idx = ReferenceIndex(idx.layers + (build_layer(f"file:{d}", load_path(d), idx),))
    return idx


@functools.lru_cache(maxsize=8)
def _db_index(dirs: tuple[str, ...], path: str, stamp: tuple[int, ...]) -> ReferenceIndex:
    """Re-read whenever the file changes; the layer is rebuilt only when its facts
    did (the web app writes articles to the same file, usually not facts)."""
    facts = _db_facts(path)
    if not facts:
        return files_index(dirs)
    return _db_facts_index(dirs, path, facts)


@functools.lru_cache(maxsize=8)
def _db_facts_index(dirs: tuple[str, ...], path: str, facts: tuple[Fact, ...]) -> ReferenceIndex:
    idx = files_index(dirs)
    return ReferenceIndex(idx.layers + (build_layer(f"db:{path}", facts, idx),))


def _db_facts(path: str) -> tuple[Fact, ...]:
    """The database's reference facts; sqlite-utils (store) is imported only when
    the file has a facts table, so a CLI run next to an articles-only file stays quick."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            # store.FACTS, spelled out so as not to import store for nothing
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'reference_facts'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        found = True  # let store decide, as before
    if not found:
        return ()
    from . import store

    return tuple(store.load_facts_from_path(path))


def index_for(settings=None) -> ReferenceIndex:
    """The index a check uses: defaults + settings.reference_dirs + settings.db's facts
    (when that database file exists)."""
    dirs = tuple(getattr(settings, "reference_dirs", ()) or ())
    db = getattr(settings, "db", None)
    if db and db != ":memory:" and _is_file(db):
        return _db_index(dirs, str(Path(db).resolve()), _stamp(db))
    return files_index(dirs)


def _is_file(path) -> bool:
    """Path(path).is_file(), without making a Path (this runs on every check)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as e:
        if e.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        return False
    except ValueError:
        return False


def _stamp(path: str) -> tuple[int, ...]:
    out = []
    for p in (path, path + "-wal"):
        try:
            st = os.stat(p)
            out += [st.st_mtime_ns, st.st_size]
        except OSError:
            out += [0, 0]
    return tuple(out)
