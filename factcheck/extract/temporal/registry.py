"""Every temporal pattern declared once: its name, regex, trigger words, handler and
examples side by side, in the module of its family (patterns/), as Duckling keeps a
rule's name, pattern and production in one record and HeidelTime writes its
// EXAMPLE lines above each rule.

    @pattern("week_of", r"\\bthe\\s+week\\s+of\\s+(?P<mon>{mon})\\s+{day}\\b(?!,\\d)(?:,?\\s+(?P<y>{YEAR})\\b)?",
             triggers={"week"},
             examples={"Talks resume the week of March 7.": "2022-W10"})
    def h_week_of(m, cx, a, b):      # re.Match, Context, match start, match end
        ...                          # -> Resolved, or None: not a temporal expression here

- regex: a str.format template over the lexicon's pieces ({mon}, {day}, {YEAR}:
  pieces.PIECES); a literal brace is written twice ({{1,2}}). Compiled IGNORECASE.
- triggers: lower-case words one of which every match contains, "#" for any
  number, "{set}" for a lexicon word set (pieces.WORD_SETS); the pattern only runs
  near them (finder.py).
- examples: text -> the TIMEX3 value of what the pattern finds in it, read as
  published on EXAMPLE_PUBLISHED (Thursday 13 January 2022); None where the pattern
  matches but must give no claim ("may" the verb). tests/test_temporal_patterns.py
  runs them all; temporal.example_problems(name, ruleset) says what is wrong with one's.
- where it stands among the others when two matches tie: grammar.PRECEDENCE (one
  declared outside patterns/, by a script or a plugin, comes after them all).

A declaration that is not complete fails when its module is imported (RegistryError):
no trigger, no example, a name declared twice, a piece or word set that does not
exist; and, once all families are loaded (check_complete), a handler h_<name> with
no pattern, or a PRECEDENCE that misses a pattern or names one never declared.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType, ModuleType
from typing import Callable, Iterable, Mapping

from .pieces import PIECES, WORD_SETS

EXAMPLE_PUBLISHED = date(2022, 1, 13)  # the reference date of every example (a Thursday)


class RegistryError(Exception):
    """A temporal pattern declared incompletely or inconsistently."""


@dataclass(frozen=True)
class TemporalRule:
    name: str
    regex: str  # a template over pieces.PIECES
    triggers: frozenset[str]  # words, "#", "{word set}"
    handler: Callable
    examples: Mapping[str, str | None]

    @property
    def where(self) -> str:
        code = self.handler.__code__
        return f"{code.co_filename}:{code.co_firstlineno}"


_RULES: dict[str, TemporalRule] = {}
RULES: Mapping[str, TemporalRule] = MappingProxyType(_RULES)  # name -> rule, in declaration order


def pattern(name: str, regex: str, *, triggers: Iterable[str], examples: Mapping[str, str | None]):
    """Declare the pattern `name` with the function it decorates as its handler.
    Several declarations may share one handler (stack the decorators)."""
    if isinstance(triggers, str):
        raise RegistryError(f"temporal pattern {name!r}: triggers must be a set of words, not a string")
    trig = frozenset(triggers)
    problems = []
    if not trig:
        problems.append("no trigger words")
    if not examples:
        problems.append("no examples")
    problems += [f"unknown piece {{{f}}}" for f in _fields(regex) if f not in PIECES]
    problems += [f"unknown word set {t}" for t in trig if t.startswith("{") and t[1:-1] not in WORD_SETS]
    problems += [f"trigger {t!r} is not lower case" for t in trig if t != t.lower()]
    if name in _RULES:
        problems.append(f"declared twice (first at {_RULES[name].where})")

    def register(fn: Callable) -> Callable:
        if problems:
            raise RegistryError(f"temporal pattern {name!r} ({fn.__module__}.{fn.__name__}): "
                                + "; ".join(problems))
        _RULES[name] = TemporalRule(name, regex, trig, fn, MappingProxyType(dict(examples)))
        fn.temporal_patterns = (*getattr(fn, "temporal_patterns", ()), name)
        return fn
    return register


def _fields(template: str) -> list[str]:
    try:
        return [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as e:
        raise RegistryError(f"a temporal pattern's regex is not a valid template ({e}): {template!r}") from None


def check_complete(families: Iterable[ModuleType], precedence: tuple[str, ...]) -> None:
    """Every handler has a pattern and every pattern a place in the precedence."""
    problems = []
    for mod in families:
        for attr, fn in vars(mod).items():
            if attr.startswith("h_") and callable(fn) and getattr(fn, "__module__", None) == mod.__name__ \
                    and not getattr(fn, "temporal_patterns", ()):
                problems.append(f"{mod.__name__}.{attr} looks like a handler but no @pattern declares it")
    missing = [n for n in _RULES if n not in precedence]
    unknown = [n for n in precedence if n not in _RULES]
    twice = sorted({n for n in precedence if precedence.count(n) > 1})
    if missing:
        problems.append(f"grammar.PRECEDENCE misses {', '.join(missing)}")
    if unknown:
        problems.append(f"grammar.PRECEDENCE names {', '.join(unknown)}, which no @pattern declares")
    if twice:
        problems.append(f"grammar.PRECEDENCE names {', '.join(twice)} twice")
    if problems:
        raise RegistryError("temporal patterns: " + "; ".join(problems))
