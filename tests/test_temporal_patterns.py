"""Every temporal pattern's own examples (registry.py): the text, read as published on
registry.EXAMPLE_PUBLISHED, gives that TIMEX3 value from a match of that pattern (None:
the pattern matches but gives no claim). And a declaration missing a part fails at load.
"""
from __future__ import annotations

import types

import pytest

from factcheck import rules
from factcheck.extract.temporal import example_problem, grammar, registry
from factcheck.extract.temporal.registry import RULES, RegistryError, pattern

EXAMPLES = [pytest.param(rule.name, text, want, id=f"{rule.name}: {text}")
            for rule in RULES.values() for text, want in rule.examples.items()]


@pytest.mark.parametrize("name, text, want", EXAMPLES)
def test_pattern_example(name, text, want):
    assert example_problem(name, text, want, rules.load()) is None


def test_every_pattern_has_its_place_and_examples():
    assert set(grammar.PRECEDENCE) == set(RULES)
    assert all(rule.examples and rule.triggers for rule in RULES.values())


def _declare(name="test_only", regex=r"\b{mon}\b", triggers=("{months}",), examples=None):
    return pattern(name, regex, triggers=triggers,
                   examples={"in March": "2022-03"} if examples is None else examples)(lambda m, cx, a, b: None)


@pytest.mark.parametrize("kw, says", [
    ({"examples": {}}, "no examples"),
    ({"triggers": ()}, "no trigger words"),
    ({"regex": r"\b{month}\b"}, "unknown piece {month}"),
    ({"triggers": ("{month}",)}, "unknown word set {month}"),
    ({"triggers": ("March",)}, "not lower case"),
    ({"name": "md"}, "declared twice"),
])
def test_an_incomplete_declaration_fails_at_load(kw, says):
    with pytest.raises(RegistryError, match=says):
        _declare(**kw)
    assert "test_only" not in RULES


def test_a_handler_without_a_pattern_fails_at_load():
    mod = types.ModuleType("factcheck.extract.temporal.patterns.fake")

    def h_forgotten(m, cx, a, b):
        return None
    h_forgotten.__module__ = mod.__name__
    mod.h_forgotten = h_forgotten
    with pytest.raises(RegistryError, match="h_forgotten looks like a handler but no @pattern declares it"):
        registry.check_complete([mod], grammar.PRECEDENCE)


def test_a_pattern_missing_from_the_precedence_fails_at_load():
    with pytest.raises(RegistryError, match="PRECEDENCE misses md"):
        registry.check_complete([], tuple(n for n in grammar.PRECEDENCE if n != "md"))
    with pytest.raises(RegistryError, match="names nowhere, which no @pattern declares"):
        registry.check_complete([], grammar.PRECEDENCE + ("nowhere",))

