"""Read reference facts from YAML, JSON or CSV files.

A file holds records; top-level keys `source`, `as_of`, `kind`, `attribute`,
`unit` and `tolerance` are defaults for its records. A record is one of:

    # a fact (entity by id "iso:KZ" or by name, with `country` to pick a city)
    - {entity: Almaty, country: KZ, attribute: population, value: 2161000, as_of: 2023-01-01}
    # more names for an entity
    - {entity: "iso:GB", aliases: [Britain, UK]}
    # a dated series: one fact per year (as_of the year), e.g. a population by year
    - {entity: "iso:LV", attribute: population, series: {2000: 2367550, 2001: 2337170}}
    # an organisation with its members (ISO codes or country names) and dates
    - organisation: Collective Security Treaty Organization
      id: csto
      aliases: [CSTO]
      members: [{country: RU, joined: 1994-04-20}, {country: UZ, joined: 2006-08-16, left: 2012-12-20}]

YAML and JSON files put records in a list, or under `facts:` / `organisations:`.
CSV files have one fact per row with the Fact field names as columns
(aliases separated by `;`); rows of one entity and attribute with different
`as_of` years are a dated series too.
"""
from __future__ import annotations

import csv
import json
import math
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

import yaml

from .model import Fact, slug

SUFFIXES = (".yaml", ".yml", ".json", ".csv")
_DEFAULT_KEYS = ("source", "as_of", "kind", "attribute", "unit", "tolerance")
_FLOATS = ("value", "low", "high", "tolerance")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when there is one


class ReferenceError(ValueError):
    """A reference file is unreadable or malformed; the message says which and why."""


def load_path(path: str | Path) -> list[Fact]:
    """Facts from one file, or from every reference file in a folder (sorted, recursive)."""
    p = Path(path)
    if p.is_dir():
        out: list[Fact] = []
        for f in sorted(x for x in p.rglob("*") if x.suffix.lower() in SUFFIXES):
            out.extend(load_file(f))
        return out
    if not p.exists():
        raise ReferenceError(f"reference file or folder not found: {path}")
    return load_file(p)


def load_file(path: str | Path) -> list[Fact]:
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ReferenceError(f"{p}: cannot read: {e}") from None
    suffix = p.suffix.lower()
    try:
        if suffix == ".csv":
            return list(_records([dict(r) for r in csv.DictReader(raw.splitlines())], {}, str(p)))
        data = json.loads(raw) if suffix == ".json" else yaml.load(raw, Loader=_YAML_LOADER)
    except (ValueError, yaml.YAMLError) as e:
        raise ReferenceError(f"{p}: cannot parse: {e}") from None
    return parse(data, str(p))


def parse(data: Any, where: str = "data") -> list[Fact]:
    """Facts from already-parsed YAML/JSON data."""
    if data is None:
        return []
    if isinstance(data, list):
        return list(_records(data, {}, where))
    if not isinstance(data, dict):
        raise ReferenceError(f"{where}: expected a list of records or a mapping")
    defaults = {k: data[k] for k in _DEFAULT_KEYS if k in data}
    records: list[Any] = []
    for key in ("facts", "organisations", "organizations", "entities"):
        val = data.get(key)
        if val is None:
            continue
        if not isinstance(val, list):
            raise ReferenceError(f"{where}: `{key}` must be a list")
        records.extend(val)
    if not records and ("entity" in data or "organisation" in data):
        records = [data]
    return list(_records(records, defaults, where))


def _records(records: Iterable[Any], defaults: dict[str, Any], where: str) -> Iterable[Fact]:
    for i, rec in enumerate(records, 1):
        if not isinstance(rec, dict):
            raise ReferenceError(f"{where}: record {i} is not a mapping")
        rec = {k: v for k, v in rec.items() if v not in (None, "")}
        if "organisation" in rec or "organization" in rec:
            yield from _organisation(rec, defaults, f"{where}: record {i}")
        elif "series" in rec:
            yield from _series({**defaults, **rec}, f"{where}: record {i}")
        else:
            yield fact_from_dict({**defaults, **rec}, f"{where}: record {i}")


def fact_from_dict(d: dict[str, Any], where: str = "fact") -> Fact:
    """A Fact from a mapping (a file record, a JSON body, a database row)."""
    if not d.get("entity"):
        raise ReferenceError(f"{where}: `entity` is required")
    kw: dict[str, Any] = {"entity": str(d["entity"]).strip(),
                          "attribute": str(d.get("attribute") or "").strip()}
    if not kw["attribute"] and not d.get("aliases"):
        raise ReferenceError(f"{where}: `attribute` is required (or give `aliases`)")
    for k in _FLOATS:
        if d.get(k) not in (None, ""):
            try:
                kw[k] = _float(d[k])
            except (ValueError, TypeError):
                raise ReferenceError(f"{where}: `{k}` must be a number, not {d[k]!r}") from None
            if not math.isfinite(kw[k]):
                raise ReferenceError(f"{where}: `{k}` must be a finite number, not {d[k]!r}")
    for k in ("text", "unit", "as_of", "start", "end", "source", "kind", "country"):
        if d.get(k) not in (None, ""):
            kw[k] = _iso(d[k])
    if isinstance(d.get("value"), str) and "value" not in kw:
        kw["text"] = d["value"]
    kw["aliases"] = _aliases(d.get("aliases"), where)
    if d.get("id") not in (None, "") and str(d["id"]).isdigit():
        kw["id"] = int(d["id"])
    return Fact(**kw)


def _series(rec: dict[str, Any], where: str) -> Iterable[Fact]:
    """One fact per year of a `series` mapping (year -> value), as of that year."""
    series = rec.pop("series")
    if not isinstance(series, dict) or not series:
        raise ReferenceError(f"{where}: `series` must map years to values, e.g. {{2000: 2367550}}")
    for year, value in sorted(series.items(), key=lambda kv: str(kv[0])):
        if not str(year).strip().isdigit() or len(str(year).strip()) != 4:
            raise ReferenceError(f"{where}: `series` key {year!r} is not a year (YYYY)")
        yield fact_from_dict({**rec, "as_of": str(year).strip(), "value": value}, where)


def _organisation(rec: dict[str, Any], defaults: dict[str, Any], where: str) -> Iterable[Fact]:
    name = str(rec.get("organisation") or rec.get("organization"))
    ent = "org:" + str(rec.get("id") or slug(name))
    source = str(rec.get("source") or defaults.get("source") or "")
    as_of = _iso(rec.get("as_of") or defaults.get("as_of")) if (rec.get("as_of") or defaults.get("as_of")) else None
    yield Fact(entity=ent, attribute="name", text=name, kind="organisation",
               aliases=_aliases(rec.get("aliases"), where), source=source, as_of=as_of)
    members = rec.get("members") or []
    if not isinstance(members, list):
        raise ReferenceError(f"{where}: `members` must be a list")
    for m in members:
        if isinstance(m, str):
            m = {"country": m}
        if not isinstance(m, dict) or not m.get("country"):
            raise ReferenceError(f"{where}: each member needs a `country`")
        yield Fact(entity=ent, attribute="member", text=str(m["country"]),
                   start=_iso(m["joined"]) if m.get("joined") else None,
                   end=_iso(m["left"]) if m.get("left") else None,
                   source=str(m.get("source") or source), as_of=as_of)


def _aliases(v: Any, where: str) -> tuple[str, ...]:
    if not v:
        return ()
    if isinstance(v, str):
        return tuple(a for a in (x.strip() for x in v.replace("|", ";").split(";")) if a)
    if isinstance(v, (list, tuple)):
        return tuple(str(a) for a in v if a not in (None, ""))
    raise ReferenceError(f"{where}: `aliases` must be a list of names or a ';'-separated string")


def _float(v: Any) -> float:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    return float(str(v).replace(",", "").replace("_", "").strip())


def _iso(v: Any) -> str:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v).strip()
