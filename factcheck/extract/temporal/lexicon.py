"""The temporal vocabulary, read from the `temporal*` lexicons and compiled once."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping

import yaml

from ... import packaged
from ...regexwords import trie_alternation
from ...rules import LexiconKey, RuleSet


def alt(words) -> str:
    """A regex alternation of the words, longest first, spaces matching any blank
    (as a prefix tree when the words allow: the same matches, found faster)."""
    return trie_alternation(words)


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per lexicon content
class Lexicon:
    data: dict[str, Any]
    roles: dict[str, Any]

    def get(self, key: str) -> Any:
        return self.data.get(key) or {}

    # mappings, lower-cased keys
    @functools.cached_property
    def months(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.get("months").items()}

    @functools.cached_property
    def month_abbr(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.get("month_abbreviations").items()}

    @functools.cached_property
    def weekdays(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.get("weekdays").items()}

    @functools.cached_property
    def weekday_abbr(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.get("weekday_abbreviations").items()}

    def weekday_number(self, word: str) -> int | None:
        """'Wednesday' or 'Wed.' -> 3."""
        w = word.lower().rstrip(".")
        return self.weekdays.get(w) or self.weekday_abbr.get(w)

    def weekday_name(self, word: str) -> str:
        """'Wed.' -> 'Wednesday' (the full name a claim's extra gives)."""
        n = self.weekday_number(word)
        full = next((k for k, v in self.weekdays.items() if v == n), word)
        return full.capitalize()

    @functools.cached_property
    def numbers(self) -> dict[str, float]:
        return {k.lower(): float(v) for k, v in self.get("number_words").items()}

    @functools.cached_property
    def ordinals(self) -> dict[str, int]:
        return {k.lower(): int(v) for k, v in self.get("ordinal_words").items()}

    @functools.cached_property
    def units(self) -> dict[str, str]:
        """Every unit form (singular and plural) -> TIMEX3 unit code."""
        base = {k.lower(): str(v) for k, v in self.get("units").items()}
        out = dict(base)
        for plural, singular in self.get("unit_plurals").items():
            if singular in base:
                out[plural.lower()] = base[singular]
        return out

    @functools.cached_property
    def tense_future(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.get("tense").get("future", []))

    @functools.cached_property
    def tense_future_heads(self) -> frozenset[str]:
        """The first words of the two-word future cues ("plans to", "set for")."""
        return frozenset(w.split()[0] for w in self.tense_future if " " in w)

    @functools.cached_property
    def tense_cue_words(self) -> frozenset[str]:
        """Every word a tense cue can be or open (context.tense passes the others over)."""
        return self.tense_future | self.tense_future_heads | self.tense_extension | self.tense_past

    @functools.cached_property
    def tense_past(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.get("tense").get("past", []))

    @functools.cached_property
    def tense_extension(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.get("tense").get("extension", []))

    @functools.cached_property
    def not_past(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.get("tense").get("not_past", []))

    def lower_map(self, key: str) -> Mapping[str, Any]:
        """The mapping under key with lower-cased keys: built once per key, read-only."""
        m = self._lower_maps.get(key)
        if m is None:
            m = self._lower_maps[key] = MappingProxyType({str(k).lower(): v for k, v in self.get(key).items()})
        return m

    @functools.cached_property
    def _lower_maps(self) -> dict[str, Mapping[str, Any]]:
        return {}


def _packaged(name: str) -> Any:
    p = packaged.folder("rules") / "lexicons" / f"{name}.yaml"
    if not p.is_file():
        return {}
    return yaml.safe_load(p.read_text(encoding="utf-8")) or {}


def lexicon_for(ruleset: RuleSet | None) -> Lexicon:
    """The compiled lexicon for a rule set (falls back to the packaged files)."""
    data = ruleset.lexicon("temporal") if ruleset is not None else {}
    roles = ruleset.lexicon("temporal_roles") if ruleset is not None else {}
    if ruleset is not None:
        # the same lexicon objects as last time for these folders: skip the JSON key
        seen = _by_folders(LexiconKey(ruleset))
        if seen[0] is data and seen[1] is roles:
            return seen[2]
    return _for(data, roles)


@functools.lru_cache(maxsize=8)
def _by_folders(key: LexiconKey) -> tuple[Any, Any, Lexicon]:
    data, roles = key.ruleset.lexicon("temporal"), key.ruleset.lexicon("temporal_roles")
    return data, roles, _for(data, roles)


def _for(data: Any, roles: Any) -> Lexicon:
    key = json.dumps([data, roles], sort_keys=True, default=str)
    return _compiled(key)


@functools.lru_cache(maxsize=8)
def _compiled(key: str) -> Lexicon:
    data, roles = json.loads(key)
    if not data:
        data = _packaged("temporal")
    if not roles:
        roles = _packaged("temporal_roles")
    return Lexicon(data, roles)
