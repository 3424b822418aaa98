"""The registry of check types: each name a rule file `extends:`, its function, and the
parameters it accepts. It depends on nothing in factcheck, so `rules.py` can validate a
rule pack against it and `checks/` can register into it without an import cycle.

A check type declares every parameter it reads, with its default:

    @check_type("world-population", defaults={"world": 8.2e9, "skip_words": []})

The default's type is the parameter's type: a number (int or float), a bool, a string,
a list or a mapping; a default of None means "a string, or nothing" (message templates
a rule may add). A rule file that names another parameter, or gives one of the wrong
type, is rejected when it loads.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
from typing import Any, Callable

CHECK_TYPES: dict[str, Callable[[Any], None]] = {}
DEFAULTS: dict[str, dict[str, Any]] = {}

CHECKS_PACKAGE = "factcheck.checks"


def check_type(name: str, defaults: dict[str, Any] | None = None):
    """Register a check type; `defaults` declares every parameter it accepts."""
    def register(fn: Callable[[Any], None]):
        CHECK_TYPES[name] = fn
        DEFAULTS[name] = dict(defaults or {})
        return fn
    return register


@functools.lru_cache(maxsize=1)
def load_check_modules() -> None:
    """Import every module of factcheck.checks so their check types register (once:
    listing the package folder on every check run costs more than some checks)."""
    package = importlib.import_module(CHECKS_PACKAGE)
    for mod in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{CHECKS_PACKAGE}.{mod.name}")


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "a true/false value"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _fits(default: Any, value: Any) -> bool:
    if default is None:
        return value is None or isinstance(value, str)
    return _kind(default) == _kind(value)


def param_problems(extends: str, params: dict[str, Any]) -> list[tuple[str, str]]:
    """(parameter, what is wrong) for each parameter the check type does not accept or
    that has the wrong type; empty when the params fit."""
    declared = DEFAULTS.get(extends, {})
    out = []
    for key, value in params.items():
        if key not in declared:
            known = ", ".join(sorted(declared)) or "none"
            out.append((key, f"unknown parameter {key!r} for check type {extends!r} (it accepts: {known})"))
        elif not _fits(declared[key], value):
            want = "a string" if declared[key] is None else _kind(declared[key])
            out.append((key, f"parameter {key!r} must be {want}, not {_kind(value)} ({value!r})"))
    return out
