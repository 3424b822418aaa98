"""Check types. Each is a function registered under a name that rule files `extends:`.

A check type receives a Context: the document, the linked claims, the rule
(its params, level and message template) and the rule set's lexicons. It calls
`ctx.fail(...)` for each contradiction and `ctx.passed(...)` for each claim it
verified, and returns nothing.

    @check_type("weekday-date", defaults={"window": 40})
    def weekday_date(ctx: Context) -> None:
        ...
        ctx.fail([claim], weekday="Thursday", date="2022-01-14", actual="Friday")

Severity: the rule's `level` is the most a finding of that rule can be. A check
may ask for less (`severity="warning"` when the text probably, not certainly,
contradicts itself); configuration that lowers a rule's level lowers all its
findings with it.
"""
from __future__ import annotations

import functools
import logging
import math
from dataclasses import dataclass, field
from typing import Any, Callable

from ..deadline import CheckTimeout, paused, tick
from ..model import SEVERITY_RANK, CheckResult, Claim, Document, Finding, Sentence
from ..cachekeys import Same as _Same
from ..checktypes import CHECK_TYPES, DEFAULTS, check_type, load_check_modules
from ..rules import Rule, RuleSet

__all__ = ["CHECK_TYPES", "DEFAULTS", "Context", "check_type", "load_check_modules", "per_claim", "run"]

log = logging.getLogger(__name__)


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
    # what the rules of one check run work out once and share (see `once`)
    shared: dict[str, Any] = field(default_factory=dict, repr=False)
    # what this rule works out once in this run (see `per_claim`)
    local: dict[Any, Any] = field(default_factory=dict, repr=False)
    # what the rule works out once while its rule set is in use (see `derived`);
    # found from the rule when not given
    memo: dict[Any, Any] | None = field(default=None, repr=False)
    # the check type's defaults, overridden by the rule file's params. Read only.
    params: dict[str, Any] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.memo is None:
            self.memo = _rule_memo(_Same(self.rule), _Same(self.ruleset))
        params = self.memo.get(_PARAMS)
        if params is None:
            # merged once per rule: checks read them for every claim
            base = DEFAULTS.get(self.rule.extends)
            params = self.memo[_PARAMS] = {**base, **self.rule.params} if base else self.rule.params
        self.params = params

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        """`make()`, worked out once per check run (all rules of a run share the
        result): for what depends only on the document, claims and settings."""
        if key not in self.shared:
            self.shared[key] = make()
        return self.shared[key]

    def derived(self, key: Any, make: Callable[[], Any]) -> Any:
        """`make()`, worked out once per rule of a rule set and kept while the rule set
        is in use: for what depends only on the rule's params and the lexicons (word
        sets and patterns a check reads for every claim of every text)."""
        memo = self.memo
        try:
            return memo[key]
        except KeyError:
            with paused():  # built once per rule set and kept: not this text's time
                value = memo[key] = make()
            return value

    def lexicon(self, name: str) -> Any:
        return self.ruleset.lexicon(name)

    def people_nouns(self) -> frozenset[str]:
        """categories.yaml people_nouns, lower-cased: the one list of nouns that count people."""
        return self.derived("people_nouns", lambda: frozenset(
            str(w).lower() for w in (self.lexicon("categories") or {}).get("people_nouns") or []))

    # reading the text around claims
    def sentence(self, claim: Claim) -> Sentence:
        return self.doc.sentence_at(claim.span[0])

    def before(self, claim: Claim, chars: int = 60, *, in_sentence: bool = True) -> str:
        """The text just before the claim (within its sentence by default)."""
        a = claim.span[0]
        lo = a - chars if a > chars else 0
        if in_sentence:
            start = self.doc.sentence_at(a).start
            if start > lo:
                lo = start
        return self.doc.text[lo:a]

    def after(self, claim: Claim, chars: int = 60, *, in_sentence: bool = True) -> str:
        b = claim.span[1]
        hi = b + chars
        if in_sentence:
            end = self.doc.sentence_at(claim.span[0]).end
            if end < hi:
                hi = end
        return self.doc.text[b:hi]

    def between(self, a: Claim, b: Claim) -> str:
        """The text between two claims, in whichever order they stand."""
        first, second = (a, b) if a.span[0] <= b.span[0] else (b, a)
        return self.doc.text[first.span[1]:max(first.span[1], second.span[0])]

    def fail(self, claims: list[Claim], *, severity: str | None = None,
             message: str | None = None, **details: Any) -> None:
        """Record a finding. The rule's message template is filled from details."""
        claims = list({id(c.checks): c for c in claims}.values())  # a claim once, even as two ends
        text = _fill(message or self.rule.message, details)
        text = text[0].upper() + text[1:] if text else text
        tick()
        sev = _capped(severity or self.rule.level, self.rule.level)
        self.findings.append(Finding(rule=self.rule.id, severity=sev,
                                     message=text, claims=tuple(c.id for c in claims),
                                     details=_jsonable(details)))
        for c in claims:
            c.checks.append(CheckResult(self.rule.id, "fail", text))

    def passed(self, claim: Claim, detail: str) -> None:
        if not any(k.rule == self.rule.id and k.detail == detail for k in claim.checks):
            claim.checks.append(CheckResult(self.rule.id, "pass", detail))


def per_claim(fn: Callable[["Context", Claim], Any]) -> Callable[["Context", Claim], Any]:
    """`fn(ctx, claim)` worked out once per claim in a rule's run (a check comparing
    claims pair by pair asks again for each pair). The value is shared: read only."""
    @functools.wraps(fn)
    def memo(ctx: "Context", claim: Claim) -> Any:
        found = ctx.local.get(fn)
        if found is None:
            found = ctx.local[fn] = {}
        key = id(claim)  # the claims live as long as the run
        try:
            return found[key]
        except KeyError:
            tick()
            value = found[key] = fn(ctx, claim)
            return value
    return memo


@functools.lru_cache(maxsize=1024)
def _rule_memo(rule: _Same, ruleset: _Same) -> dict[Any, Any]:
    """What Context.derived keeps for one rule of one rule set."""
    return {}


@functools.lru_cache(maxsize=64)
def _rule_memos(ruleset: _Same) -> dict[int, dict[Any, Any]]:
    """_rule_memo of each rule of a rule set, by the rule's id (the set keeps its rules),
    found once per check run rather than once per rule."""
    return {id(rule): _rule_memo(_Same(rule), ruleset) for rule in ruleset.obj.rules}


_PARAMS = object()  # Context.memo's key for the merged params


def run(doc: Document, claims: list[Claim], ruleset: RuleSet, settings: Any = None) -> list[Finding]:
    """Run every rule of the set. A check that breaks on odd input costs its own
    findings, never the report: it leaves an info finding saying so."""
    load_check_modules()
    findings: list[Finding] = []
    shared: dict[str, Any] = {}
    memos = _rule_memos(_Same(ruleset))
    for rule in ruleset.rules:
        tick()
        ctx = Context(doc, claims, rule, ruleset, settings, shared=shared, memo=memos[id(rule)])
        try:
            CHECK_TYPES[rule.extends](ctx)
        except CheckTimeout:
            raise  # the budget is the whole check's, not this rule's
        except Exception as e:  # noqa: BLE001 - one broken check must not sink the report
            log.exception("check %s failed", rule.id)
            ctx.findings.append(Finding(rule=rule.id, severity="info", claims=(),
                                        message=f"Check {rule.id} could not run on this text "
                                                f"({type(e).__name__}: {e})",
                                        details={"internal_error": True}))
        findings.extend(ctx.findings)
    return findings


def _capped(requested: str, level: str) -> str:
    if requested not in SEVERITY_RANK:
        return level
    return requested if SEVERITY_RANK[requested] <= SEVERITY_RANK[level] else level


def _fill(template: str, details: dict[str, Any]) -> str:
    try:
        return template.format_map(_Missing(details))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        # a format spec the details cannot meet: show the template and the facts
        facts = ", ".join(f"{k}={v}" for k, v in details.items())
        return f"{template} ({facts})"


def _jsonable(details: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in details.items():
        if isinstance(v, float) and not math.isfinite(v):
            out[k] = None
        elif isinstance(v, (str, int, float, bool)) or v is None:
            out[k] = v
        elif isinstance(v, (list, tuple)):
            out[k] = [x if isinstance(x, (str, int, float, bool)) or x is None else str(x) for x in v]
        elif isinstance(v, dict):
            out[k] = _jsonable(v)
        else:
            out[k] = str(v)
    return out
