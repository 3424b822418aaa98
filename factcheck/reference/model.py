"""Reference facts and the entities they are about.

A fact is (entity, attribute, value or interval, unit, as-of date, source,
tolerance). Membership of an organisation is a fact too: attribute "member",
`text` the member's ISO country code, valid from `start` to `end`.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from ..regexwords import fast_compile

KINDS = ("country", "city", "region", "organisation", "other")


@dataclass(frozen=True)
class Entity:
    id: str  # "iso:KZ", "geonames:1526384", "org:csto", "user:almaty-region"
    name: str
    kind: str = "other"
    country: str | None = None  # ISO alpha-2, for cities
    population: float = 0.0  # for ranking same-named places
    aliases: tuple[str, ...] = ()
    region: str | None = None  # first-level division, for US places ("US-TX")

    def label(self, country_name: str | None = None) -> str:
        if self.kind == "city" and self.country:
            return f"{self.name} ({country_name or self.country})"
        return self.name


@dataclass(frozen=True)
class Fact:
    entity: str  # an entity id ("iso:KZ") or a name to resolve ("Almaty")
    attribute: str  # "population", "member", "area", ...
    value: float | None = None
    low: float | None = None
    high: float | None = None
    text: str | None = None  # non-numeric value, e.g. a member's country code
    unit: str | None = None
    as_of: str | None = None  # ISO date or year
    start: str | None = None  # valid from (ISO date), e.g. joined
    end: str | None = None  # valid until (ISO date), e.g. left
    source: str = ""
    tolerance: float | None = None
    kind: str | None = None  # entity kind when the fact introduces the entity
    country: str | None = None  # entity's country (ISO alpha-2), to pick the right city
    aliases: tuple[str, ...] = ()
    id: int | None = None  # database row id, for facts stored in SQLite

    @property
    def interval(self) -> tuple[float, float] | None:
        lo = self.low if self.low is not None else self.value
        hi = self.high if self.high is not None else self.value
        if lo is None or hi is None:
            return None
        return (min(lo, hi), max(lo, hi))

    @property
    def as_of_year(self) -> int | None:
        return year_of(self.as_of)

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        iso = day.isoformat()
        if self.start and str(self.start) > iso:
            return False
        return not (self.end and str(self.end) <= iso)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        return {k: v for k, v in d.items() if v not in (None, "", [])}


def year_of(value: Any) -> int | None:
    if value is None:
        return None
    return _year_of(str(value))


@functools.lru_cache(maxsize=4096)  # the same as-of dates are read for every check
def _year_of(value: str) -> int | None:
    m = _YEAR.match(value)
    return int(m.group(1)) if m else None


_YEAR = re.compile(r"\s*(\d{4})")


_TRANS = str.maketrans({"’": "'", "‘": "'", "‐": "-", "–": "-", ".": None})
_WS = fast_compile(r"\s+")


@functools.lru_cache(maxsize=8192)  # the same names and sentences come back for every rule
def norm(name: str) -> str:
    """The lookup key of a name: case-folded, accents and punctuation variants removed."""
    s = name.casefold()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _WS.sub(" ", s.translate(_TRANS)).strip()
    return s[4:] if s.startswith("the ") else s


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(name)).strip("-") or "entity"
