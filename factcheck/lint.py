"""`factcheck check` as a linter: collect files, check each (in parallel), place
findings at file:line:col, apply suppressions and baselines.

The per-file work (`check_file`) is a plain function of picklable arguments so
that a process pool can run it; its result (`FileResult`) is small and plain.
"""
from __future__ import annotations

import fnmatch
import os
import stat
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import repeat
from pathlib import Path, PurePath
from typing import Any, Callable, Iterable, Iterator

from . import inputs, scan, suppress
from .deadline import CheckTimeout
from .model import SEVERITY_RANK
from .settings import Settings
from .workers import one_at_a_time, process_pool

DEFAULT_INCLUDE = tuple(f"*{s}" for s in inputs.KNOWN_SUFFIXES)
SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}


@dataclass(frozen=True)
class Problem:
    """One finding, placed in its file."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    rule: str
    severity: str
    message: str
    fingerprint: str
    snippet: str = ""  # the sentence
    claims: tuple[str, ...] = ()  # the claims' texts
    finding_id: str = ""
    status: str = "new"  # new | suppressed | baseline
    justification: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = {"rule": self.rule, "severity": self.severity, "message": self.message,
             "path": self.path, "line": self.line, "col": self.col,
             "end_line": self.end_line, "end_col": self.end_col,
             "fingerprint": self.fingerprint, "status": self.status}
        if self.justification:
            d["justification"] = self.justification
        return d


@dataclass(frozen=True)
class FileResult:
    path: str
    problems: tuple[Problem, ...] = ()
    claims: int = 0
    numbers_seen: int = 0
    numbers_parsed: int = 0
    error: str | None = None  # the file could not be checked: why, in one line
    unreadable: bool = False  # error: the system would not give us the file (permission, loop, ...)
    report: dict[str, Any] | None = None  # Report.to_dict(), when asked for

    @property
    def active(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.status == "new")


@dataclass(frozen=True)
class Options:
    settings: Settings
    published: str | None = None
    title: str | None = None
    kind: str | None = None  # force a reader: text | markdown | html
    stdin_name: str | None = None
    want_report: bool = False


# --- collecting files -----------------------------------------------------------


def _matches(rel: str, globs: Iterable[str]) -> bool:
    """A glob matches the path, any trailing part of it ("drafts/*.md" matches
    "news/drafts/a.md"), or any folder on it ("drafts" excludes everything inside)."""
    parts = PurePath(rel).parts
    tails = ["/".join(parts[i:]) for i in range(len(parts))]
    for g in globs:
        g = g.rstrip("/").removeprefix("./")
        if any(fnmatch.fnmatch(t, g) for t in tails) or any(fnmatch.fnmatch(d, g) for d in parts[:-1]):
            return True
    return False


@dataclass(frozen=True)
class Collected:
    files: list[str]  # to check, in a stable order
    problems: list[FileResult]  # paths that do not exist or cannot be read
    scanned: frozenset[str] = frozenset()  # files (and problems) found inside folders, not named


def collect(paths: Iterable[str], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Collected:
    """Files to check, in a stable order, and what could not be read.

    Folders are walked recursively (hidden folders skipped, symlinked folders not
    followed) for files matching `include` (default: the known article suffixes);
    `exclude` applies to everything, named files included, matched against the path
    as given and relative to the folder walked. A folder the walk may not list, a
    symlink loop or a broken link met on the way is a problem (`unreadable`), never
    skipped silently.
    """
    include = tuple(include) or DEFAULT_INCLUDE
    exclude = tuple(exclude)
    files: list[str] = []
    problems: list[FileResult] = []
    scanned: set[str] = set()
    seen: set[str] = set()

    def add(name: str, rel: str) -> None:
        if name not in seen and not _matches(rel, exclude) and not _matches(name, exclude):
            seen.add(name)
            files.append(name)

    def prune(name: str, rel: str) -> bool:
        return name.startswith(".") or name in SKIP_DIRS or _matches(rel, exclude)

    for p in paths:
        if p == "-":
            files.append(p)
            continue
        st, why = scan.stat_path(p)
        if st is None:
            problems.append(FileResult(p, error=why, unreadable=why != "no such file or folder"))
        elif stat.S_ISDIR(st.st_mode):
            found = []
            for f in scan.walk(p, lambda rel: _matches(rel, include) and not _matches(rel, exclude), prune):
                if isinstance(f, scan.Unreadable):
                    problems.append(FileResult(f.path, error=f.reason, unreadable=True))
                    scanned.add(f.path)
                else:
                    found.append(f)
            for f in sorted(found):
                scanned.add(f)
                add(f, PurePath(os.path.relpath(f, p)).as_posix())
        else:
            add(p, PurePath(p).as_posix())
    scanned -= {p for p in paths}
    return Collected(files, problems, frozenset(scanned))


def skip_unreadable(results: list[FileResult], scanned: frozenset[str]) -> \
        tuple[list[FileResult], list[FileResult]]:
    """(results kept, the unreadable ones a folder scan met): for --skip-unreadable."""
    kept, skipped = [], []
    for r in results:
        (skipped if r.unreadable and r.path in scanned else kept).append(r)
    return kept, skipped


# --- checking one file ------------------------------------------------------------


def check_file(name: str, opts: Options, source: str | None = None) -> FileResult:
    """Check one file (or given source text); never raises for bad input."""
    from . import pipeline
    from .rules import RuleError

    display = opts.stdin_name if (name == "-" and opts.stdin_name) else name
    try:
        if source is not None:
            article = inputs.parse(source, display, opts.kind or inputs.kind_of(display))
        else:
            article = inputs.read(name, kind=opts.kind, display=display)
        published = opts.published or article.published
        title = opts.title or article.title
        try:
            report = pipeline.check(article.text, published=published, title=title, url=article.url,
                                    settings=opts.settings)
        except pipeline.InputError as e:
            if opts.published is None and published and "published" in str(e):
                raise pipeline.InputError(f"the file's date: {e} (or give --published)") from None
            raise
    except inputs.Unreadable as e:
        return FileResult(display, error=str(e), unreadable=True)
    except (inputs.InputProblem, pipeline.InputError, RuleError, CheckTimeout) as e:
        return FileResult(display, error=str(e))
    except Exception as e:  # a bug must not hide the other files' results
        return FileResult(display, error=f"internal error: {type(e).__name__}: {e}")
    known = frozenset(r.id for r in opts.settings.ruleset().rules)
    problems = sorted(place(article, report, known), key=lambda p: (p.line, p.col, p.rule, p.message))
    return FileResult(display, tuple(problems), len(report.claims),
                      report.coverage.numbers_seen, report.coverage.numbers_parsed,
                      report=report.to_dict() if opts.want_report else None)


def place(article: inputs.Article, report, known_rules: frozenset[str] | None = None) -> Iterator[Problem]:
    """The report's findings as Problems, with suppressions applied."""
    sups, misuses = suppress.parse(article, known_rules)
    by_id = {c.id: c for c in report.claims}
    doc = report.document
    for f in report.findings:
        claims = [by_id[c] for c in f.claims if c in by_id]
        start, end = report.finding_span(f)
        sentence = doc.sentence_at(start).text if doc.sentences else ""
        line, col = article.position(start)
        end_line, end_col = article.position(end) if article.base is not None else (line, col)
        if (end_line, end_col) < (line, col):
            end_line, end_col = line, col
        fp = report.fingerprint(f)
        p = Problem(article.path, line, col, end_line, end_col, f.rule, f.severity, f.message, fp,
                    sentence, tuple(c.text for c in claims), f.id)
        for s in sups:
            if s.covers(f.rule, start):
                p = replace(p, status="suppressed", justification=s.reason)
                break
        yield p
    for m in misuses:
        fp = suppress.fingerprint(suppress.SUPPRESSION_RULE, [], f"{m.message}")
        yield Problem(article.path, m.line, m.col, m.line, m.col, suppress.SUPPRESSION_RULE, m.severity,
                      m.message, fp)


# --- many files ---------------------------------------------------------------------


def warm_up(settings: Settings) -> None:
    """Load rules and the extractors' tables once, before a pool forks."""
    from . import pipeline

    try:
        pipeline.check("Warm-up\n\nAbout 3,000 people came to Almaty on Monday, January 3, 2022, for "
                       "2 days; the deal was worth $100 million (88 million euros).",
                       published="2022-01-05", settings=settings)
    except Exception:
        pass  # the real run reports problems per file


def run(names: list[str], opts: Options, jobs: int = 0,
        progress: Callable[[FileResult], None] | None = None) -> list[FileResult]:
    """Check the files, in parallel over `jobs` processes (0: all cores); results in input order."""
    jobs = jobs or (os.cpu_count() or 1)
    local = [n for n in names if n != "-"]
    results: dict[str, FileResult] = {}
    if "-" in names:
        src = _stdin()
        results["-"] = (check_file("-", opts, src) if src is not None
                        else FileResult(opts.stdin_name or "-", error="not UTF-8 text"))
        if progress:
            progress(results["-"])
    if jobs <= 1 or len(local) <= 1:
        for n in local:
            results[n] = check_file(n, opts)
            if progress:
                progress(results[n])
    else:
        warm_up(opts.settings)
        workers = min(jobs, len(local))
        chunk = max(1, min(16, len(local) // (workers * 8)))
        try:
            with process_pool(workers) as pool:  # workers die with this process
                for n, r in zip(local, pool.map(check_file, local, repeat(opts), chunksize=chunk)):
                    results[n] = r
                    if progress:
                        progress(r)
        except BrokenProcessPool:  # a worker died: the files not back yet, each alone
            for n, r in one_at_a_time(check_file, [n for n in local if n not in results], opts):
                results[n] = r or FileResult(n, error="the worker process died while checking this file "
                                                      "(a crash or out of memory)")
                if progress:
                    progress(results[n])
    return [results[n] for n in names]


def _stdin() -> str | None:
    import sys

    try:
        return sys.stdin.buffer.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def apply_baseline(results: list[FileResult], baseline: suppress.Baseline) -> list[FileResult]:
    out = []
    for r in results:
        probs = tuple(replace(p, status="baseline") if p.status == "new" and baseline.take(p.path, p.fingerprint)
                      else p for p in r.problems)
        out.append(replace(r, problems=probs))
    return out


def failing(results: list[FileResult], fail_level: str) -> bool:
    if fail_level == "never":
        return False
    rank = SEVERITY_RANK[fail_level]
    return any(SEVERITY_RANK.get(p.severity, 0) >= rank for r in results for p in r.active)


@dataclass
class Totals:
    files: int = 0
    errors_in_input: int = 0
    claims: int = 0
    numbers_seen: int = 0
    numbers_parsed: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    by_rule: dict[tuple[str, str], int] = field(default_factory=dict)
    suppressed: int = 0
    baseline: int = 0


def totals(results: list[FileResult]) -> Totals:
    t = Totals()
    for r in results:
        t.files += 1
        if r.error:
            t.errors_in_input += 1
            continue
        t.claims += r.claims
        t.numbers_seen += r.numbers_seen
        t.numbers_parsed += r.numbers_parsed
        for p in r.problems:
            if p.status == "suppressed":
                t.suppressed += 1
            elif p.status == "baseline":
                t.baseline += 1
            else:
                t.by_severity[p.severity] = t.by_severity.get(p.severity, 0) + 1
                t.by_rule[(p.rule, p.severity)] = t.by_rule.get((p.rule, p.severity), 0) + 1
    return t
