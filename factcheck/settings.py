"""Settings, from one place: defaults < environment (FACTCHECK_*) < explicit arguments.

`factcheck config` prints what is in force and where each value came from.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

MAX_TEXT_CHARS = 200_000  # documented limit for one article


@dataclass(frozen=True)
class Settings:
    db: str = "factcheck.db"
    rules_dirs: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    rule_levels: tuple[tuple[str, str], ...] = ()
    date_order: str = "MDY"  # how to read 1/2/2022: MDY or DMY
    max_text_chars: int = MAX_TEXT_CHARS
    reference_dirs: tuple[str, ...] = ()
    sources: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def ruleset(self):
        from . import rules

        return rules.load(self.rules_dirs, self.disabled_rules, self.rule_levels)

    def with_(self, source: str = "argument", **changes: Any) -> "Settings":
        changes = {k: v for k, v in changes.items() if v is not None}
        srcs = dict(self.sources)
        srcs.update({k: source for k in changes})
        return replace(self, sources=srcs, **changes)

    def describe(self) -> list[tuple[str, Any, str]]:
        return [(f.name, getattr(self, f.name), self.sources.get(f.name, "default"))
                for f in fields(self) if f.name != "sources"]


def _split(v: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in v.split(os.pathsep if os.pathsep in v else ",") if x.strip())


def from_env(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    s = Settings()
    conv = {
        "db": str,
        "rules_dirs": _split,
        "disabled_rules": _split,
        "date_order": lambda v: v.upper(),
        "max_text_chars": int,
        "reference_dirs": _split,
    }
    changes = {}
    for name, fn in conv.items():
        key = "FACTCHECK_" + name.upper()
        if env.get(key):
            changes[name] = fn(env[key])
    if env.get("FACTCHECK_RULE_LEVELS"):  # "temporal.tense=warning,sanity.negative=off"
        changes["rule_levels"] = tuple(tuple(x.split("=", 1)) for x in _split(env["FACTCHECK_RULE_LEVELS"]))
    return s.with_("environment", **changes)
