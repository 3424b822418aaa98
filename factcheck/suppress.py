"""Suppressions and baselines: adopting the linter on an existing archive.

Inline, in any article file (an HTML comment, so Markdown and HTML hide it):

    <!-- factcheck: ignore temporal.deadline-order -- the deadline moved on Jan 10 -->

silences the named rules (comma-separated; `*` globs allowed) for the next
paragraph. The reason after ` -- ` is required: a suppression without one
suppresses nothing and is itself reported (rule `factcheck.suppression`).

A baseline file records the findings present when it was written; later runs
report only findings not in it. Findings are matched by a fingerprint of the
rule, the claims' texts and the sentence, so editing other paragraphs (which
moves line numbers) does not bring old findings back.
"""
from __future__ import annotations

import fnmatch
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePath

from .inputs import Article, html_paragraph_after, line_col, normalise
from .model import fingerprint  # noqa: F401  (baselines and suppression problems use it)

SUPPRESSION_RULE = "factcheck.suppression"

_DIRECTIVE = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.S | re.I)
_RULE_ID = r"[A-Za-z0-9_.*?]+(?:-[A-Za-z0-9_.*?]+)*"
_IGNORE = re.compile(rf"\s*ignore\s+(?P<rules>{_RULE_ID}(?:\s*,\s*{_RULE_ID})*)\s*(?:--(?P<reason>.*))?\Z", re.S)


@dataclass(frozen=True)
class Suppression:
    rules: tuple[str, ...]
    reason: str
    line: int  # where the comment is, in the file
    col: int
    start: int  # the paragraph it covers, as offsets into the checked text
    end: int

    def covers(self, rule: str, offset: int) -> bool:
        return self.start <= offset < self.end and any(fnmatch.fnmatchcase(rule, r) for r in self.rules)


@dataclass(frozen=True)
class Misuse:
    """A malformed suppression comment, reported as a finding."""

    line: int
    col: int
    message: str
    severity: str = "error"


def parse(article: Article, known_rules: frozenset[str] | None = None) -> tuple[list[Suppression], list[Misuse]]:
    """The suppression comments in an article file, and the malformed ones.

    With `known_rules`, naming a rule that matches none of them is a warning
    (a typo would otherwise silence nothing, quietly).
    """
    found: list[Suppression] = []
    bad: list[Misuse] = []
    for m in _DIRECTIVE.finditer(article.source):
        line, col = line_col(article.source, m.start())
        d = _IGNORE.match(m.group("body"))
        if not d:
            bad.append(Misuse(line, col, "unreadable suppression: write "
                              "<!-- factcheck: ignore RULE[, RULE] -- reason -->"))
            continue
        rules = tuple(r.strip() for r in d.group("rules").split(","))
        reason = (d.group("reason") or "").strip()
        if not reason:
            bad.append(Misuse(line, col, f"suppression of {', '.join(rules)} has no reason: "
                              f"write <!-- factcheck: ignore {', '.join(rules)} -- why -->"))
            continue
        span = _paragraph_after(article, m.end())
        if span is None:
            bad.append(Misuse(line, col, f"suppression of {', '.join(rules)} has no paragraph after it"))
            continue
        if known_rules is not None:
            for r in rules:
                if r != SUPPRESSION_RULE and not any(fnmatch.fnmatchcase(k, r) for k in known_rules):
                    bad.append(Misuse(line, col, f"suppression names {r}, which matches no rule in force",
                                      "warning"))
        found.append(Suppression(rules, reason, line, col, *span))
    return found, bad


def _paragraph_after(article: Article, pos: int) -> tuple[int, int] | None:
    if article.base is not None:
        text = article.text
        at = pos - article.base
        if at < 0:
            return None
        m = re.compile(r"\S").search(text, at)
        if not m:
            return None
        end = re.compile(r"\n[ \t]*\n").search(text, m.start())
        return m.start(), end.start() if end else len(text)
    words = html_paragraph_after(article.source, pos)
    if not words:
        return None
    probe = words[:60]
    start = 0
    for para in article.text.split("\n"):
        if para.strip() and probe in normalise(para):
            return start, start + len(para)
        start += len(para) + 1
    return None


# --- fingerprints and baselines -------------------------------------------------


class BaselineError(ValueError):
    pass


@dataclass
class Baseline:
    """A multiset of (path, fingerprint): each entry excuses one finding."""

    folder: Path
    entries: Counter

    @classmethod
    def empty(cls, file: str | Path) -> "Baseline":
        return cls(Path(file).resolve().parent, Counter())

    @classmethod
    def load(cls, file: str | Path) -> "Baseline":
        path = Path(file)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{file}: no such baseline file") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise BaselineError(f"{file}: not a factcheck baseline: {e}") from None
        if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{file}: not a factcheck baseline (no findings list)")
        base = cls.empty(path)
        for item in data["findings"]:
            if isinstance(item, dict) and "path" in item and "fingerprint" in item:
                base.entries[(str(item["path"]), str(item["fingerprint"]))] += 1
        return base

    def key(self, path: str) -> str:
        """A checked path as the baseline records it: relative to the baseline's folder."""
        if path == "-":
            return path
        p = Path(path).resolve()
        try:
            return PurePath(p.relative_to(self.folder)).as_posix()
        except ValueError:
            return p.as_posix()

    def take(self, path: str, fp: str) -> bool:
        """True (and one entry used up) when the finding is in the baseline."""
        k = (self.key(path), fp)
        if self.entries[k] > 0:
            self.entries[k] -= 1
            return True
        return False


def write_baseline(file: str | Path, findings: list[dict]) -> int:
    """Write [{path, rule, fingerprint, message}] (paths as given); returns the count."""
    base = Baseline.empty(file)
    rows = sorted(({"path": base.key(f["path"]), "rule": f["rule"], "fingerprint": f["fingerprint"],
                    "message": f["message"]} for f in findings),
                  key=lambda r: (r["path"], r["rule"], r["fingerprint"], r["message"]))
    payload = {"tool": "factcheck", "version": 1,
               "comment": "Findings accepted when this baseline was written; "
                          "factcheck check --baseline FILE reports only new ones.",
               "findings": rows}
    Path(file).write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(rows)
