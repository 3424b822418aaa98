"""The data that flows through the pipeline: documents, claims, findings, reports.

Claims are mutable while the pipeline runs (linking and checks fill them in);
the Report handed to callers is final. `Report.to_dict()` is the JSON contract.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

KINDS = ("quantity", "date", "time", "duration", "set")
HEDGES = ("exact", "approx", "at_least", "at_most", "range")
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
IN_TITLE = "title"  # claim.extra["in"] of a claim in a title given apart (titled.py)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    headline: bool = False


@dataclass(frozen=True)
class Document:
    """The submitted article and what the pipeline knows before extraction."""

    text: str
    published: date | None
    title: str | None
    url: str | None
    sentences: tuple[Sentence, ...]
    headline: Sentence | None = None  # the first line, when it is a headline
    published_text: str | None = None  # the publication date as given ("Thursday, January 13, 2022")

    def sentence_at(self, offset: int) -> Sentence:
        starts = self._starts
        if starts is not None:  # in order, not overlapping: the last one starting at or before
            i = bisect_right(starts, offset)
            return self.sentences[i - 1] if i else self.sentences[0]
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        # offsets in whitespace between sentences belong to the one before
        before = [s for s in self.sentences if s.start <= offset]
        return before[-1] if before else self.sentences[0]

    @cached_property
    def shared(self) -> dict[str, Any]:
        """What one step reads from the text and a later step can reuse instead of
        reading it again, each entry under a key its owning module names; filled in as
        the pipeline runs, never part of the output."""
        return {}

    @cached_property
    def notes(self) -> list[str]:
        """What a step could not do on this text and the reader should know (a temporal
        expression whose normalisation failed): the pipeline puts them in Report.notes."""
        return []

    @cached_property
    def _starts(self) -> list[int] | None:
        """The sentences' starts when they are in order and do not overlap (as
        segment.split makes them), so sentence_at can bisect; else None."""
        ss = self.sentences
        if all(ss[k].end <= ss[k + 1].start and ss[k].start <= ss[k].end for k in range(len(ss) - 1)):
            return [s.start for s in ss]
        return None


@dataclass(frozen=True)
class CheckResult:
    """One check a claim went through, and how it came out."""

    rule: str
    outcome: str  # "pass" | "fail"
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "outcome": self.outcome, "detail": self.detail}


@dataclass
class Claim:
    kind: str
    text: str
    span: tuple[int, int]
    sentence: int = 0
    id: str = ""
    # quantities
    value: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str = "exact"
    unit: str | None = None
    category: str | None = None
    measure: str | None = None
    subject: str | None = None
    modality: str | None = None
    # the frame (extract/frame): what it counts, how the subject was found, when, how
    counts: str | None = None
    counts_head: str | None = None
    subject_via: str | None = None
    period: dict[str, Any] | None = None
    aspect: dict[str, Any] | None = None
    # temporal
    timex: str | None = None
    start: str | None = None
    end: str | None = None
    anchor: str | None = None
    role: str | None = None
    # extras an extractor wants to pass on to checks (multiplier, scale word, ...)
    extra: dict[str, Any] = field(default_factory=dict)
    checks: list[CheckResult] = field(default_factory=list)

    @property
    def is_temporal(self) -> bool:
        return self.kind != "quantity"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "span": list(self.span),
            "sentence": self.sentence,
        }
        if self.kind == "quantity":
            d.update(value=_num(self.value), low=_num(self.low), high=_num(self.high),
                     hedge=self.hedge, unit=self.unit, category=self.category,
                     measure=self.measure, subject=self.subject, modality=self.modality,
                     counts=self.counts, counts_head=self.counts_head, subject_via=self.subject_via,
                     period=self.period, aspect=self.aspect)
        else:
            d.update(timex=self.timex, start=self.start, end=self.end,
                     anchor=self.anchor, role=self.role)
            if self.value is not None:
                d["value"] = _num(self.value)
        for k, v in sorted(self.extra.items()):
            d.setdefault(k, v)
        d["checks"] = [c.to_dict() for c in self.checks]
        return d


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    claims: tuple[str, ...]
    details: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "rule": self.rule, "severity": self.severity,
                "message": self.message, "claims": list(self.claims),
                "details": self.details}


@dataclass(frozen=True)
class Unparsed:
    text: str
    span: tuple[int, int]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(frozen=True)
class Coverage:
    numbers_seen: int
    numbers_parsed: int
    unparsed: tuple[Unparsed, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"numbers_seen": self.numbers_seen, "numbers_parsed": self.numbers_parsed,
                "unparsed": [u.to_dict() for u in self.unparsed]}


@dataclass(frozen=True)
class Report:
    document: Document
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    coverage: Coverage
    notes: tuple[str, ...] = ()

    @property
    def max_severity(self) -> str | None:
        if not self.findings:
            return None
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)

    def claim(self, claim_id: str) -> Claim:
        return self._by_id[claim_id][0]

    @cached_property
    def _by_id(self) -> dict[str, list[Claim]]:
        """The claims by id: a finding's claims are looked up, not sought among
        thousands of claims for each finding."""
        out: dict[str, list[Claim]] = {}
        for c in self.claims:
            out.setdefault(c.id, []).append(c)
        return out

    def _claims_of(self, finding: Finding) -> list[Claim]:
        """The claims a finding names (in the order it names them)."""
        by_id = self._by_id
        return [c for i in dict.fromkeys(finding.claims) for c in by_id.get(i, ())]

    def finding_span(self, finding: Finding) -> tuple[int, int]:
        """Where a finding points: its claims' extent, else the span a check gave in
        details (an impossible date, a country named as a member), else the start."""
        spans = [c.span for c in self._claims_of(finding) if c.extra.get("in") != IN_TITLE]
        if spans:
            return min(a for a, _ in spans), max(b for _, b in spans)
        span = finding.details.get("span")
        if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
            return span[0], span[1]
        return 0, 0

    def fingerprint(self, finding: Finding) -> str:
        """Who a finding is across re-checks and edits elsewhere in the text: its rule,
        the texts it is about and the sentence where it starts; no offsets. Review
        decisions (store) and CI baselines (lint) both match findings by it."""
        start, end = self.finding_span(finding)
        claims = self._claims_of(finding)
        texts = [c.text for c in claims] or [self.document.text[start:end]]
        doc = self.document
        if claims and all(c.extra.get("in") == IN_TITLE for c in claims):  # about the title alone
            return fingerprint(finding.rule, texts, doc.title or "")
        return fingerprint(finding.rule, texts, doc.sentence_at(start).text if doc.sentences else "")

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        return {
            "article": {
                "published": doc.published.isoformat() if doc.published else None,
                "published_text": doc.published_text,
                "title": doc.title,
                "url": doc.url,
                "chars": len(doc.text),
                "sha256": sha256(doc.text),
                "headline": list((doc.headline.start, doc.headline.end)) if doc.headline else None,
            },
            "claims": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
            "coverage": self.coverage.to_dict(),
            "notes": list(self.notes),
        }


def fingerprint(rule: str, texts: list[str] | tuple[str, ...], sentence: str) -> str:
    """A short stable hash of a rule, the texts a finding is about (any order) and its
    sentence, with runs of white space folded."""
    def fold(t: str) -> str:
        return " ".join(t.split())

    key = "\x1f".join([rule, "\x1e".join(sorted(fold(t) for t in texts)), fold(sentence)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _num(x: float | None) -> float | int | None:
    """Whole numbers print as ints in JSON (12000, not 12000.0)."""
    if x is None:
        return None
    if x in (float("inf"), float("-inf")):
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return x
