"""Check types. Each is a function registered under a name that rule files `extends:`.

A check type receives a Context: the document, the linked claims, the rule
(its params, level and message template) and the rule set's lexicons. It calls
`ctx.fail(...)` for each contradiction and `ctx.passed(...)` for each claim it
verified, and returns nothing.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Callable

from ..model import CheckResult, Claim, Document, Finding
from ..rules import Rule, RuleSet

CHECK_TYPES: dict[str, Callable[["Context"], None]] = {}


def check_type(name: str):
    def register(fn: Callable[["Context"], None]):
        CHECK_TYPES[name] = fn
        return fn
    return register


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Context:
    doc: Document
    claims: list[Claim]
    rule: Rule
    ruleset: RuleSet
    settings: Any = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def params(self) -> dict[str, Any]:
        return self.rule.params

    def lexicon(self, name: str) -> Any:
        return self.ruleset.lexicon(name)

    def fail(self, claims: list[Claim], *, severity: str | None = None,
             message: str | None = None, **details: Any) -> None:
        """Record a finding. The rule's message template is filled from details."""
        text = (message or self.rule.message).format_map(_Missing(details))
        text = text[0].upper() + text[1:] if text else text
        self.findings.append(Finding(rule=self.rule.id, severity=severity or self.rule.level,
                                     message=text, claims=tuple(c.id for c in claims),
                                     details=_jsonable(details)))
        for c in claims:
            c.checks.append(CheckResult(self.rule.id, "fail", text))

    def passed(self, claim: Claim, detail: str) -> None:
        claim.checks.append(CheckResult(self.rule.id, "pass", detail))


def run(doc: Document, claims: list[Claim], ruleset: RuleSet, settings: Any = None) -> list[Finding]:
    load_check_modules()
    findings: list[Finding] = []
    for rule in ruleset.rules:
        ctx = Context(doc, claims, rule, ruleset, settings)
        CHECK_TYPES[rule.extends](ctx)
        findings.extend(ctx.findings)
    return findings


def load_check_modules() -> None:
    """Import every module in this package so their check types register."""
    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")


def _jsonable(details: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in details.items():
        if isinstance(v, (str, int, float, bool)) or v is None:
            out[k] = v
        elif isinstance(v, (list, tuple)):
            out[k] = [x if isinstance(x, (str, int, float, bool)) or x is None else str(x) for x in v]
        elif isinstance(v, dict):
            out[k] = _jsonable(v)
        else:
            out[k] = str(v)
    return out
