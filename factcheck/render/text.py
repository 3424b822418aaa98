"""Plain text: `path:line:col: level rule message`, one finding per line.

Coloured when the output is a terminal (click strips the colour otherwise).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..model import Report
from . import printable, quote_path

if TYPE_CHECKING:
    from ..lint import FileResult, Totals

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def render_report(report: Report, path: str) -> str:
    """One Report, positions counted in its own text."""
    out = []
    text = report.document.text
    for f in report.findings:
        start, _ = report.finding_span(f)
        line, col = line_col(text, start)
        out.append(f"{quote_path(path)}:{line}:{col}: {f.severity} {printable(f.rule)} {printable(f.message)}")
    return "\n".join(out)


def summary(report: Report, path: str) -> str:
    n = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    return (f"{quote_path(path)}: {len(report.claims)} claims, {n['error']} errors, {n['warning']} warnings, "
            f"{n['info']} notes; {report.coverage.numbers_parsed}/{report.coverage.numbers_seen} numbers read")


def render(results: list["FileResult"], **_: object) -> str:
    """Every active finding of every file, styled (click.echo drops the style off a terminal);
    file names with control characters quoted, messages escaped: one finding, one line."""
    out = []
    for r in results:
        for p in r.active:
            out.append(click.style(f"{quote_path(p.path)}:{p.line}:{p.col}:", bold=True) + " "
                       + click.style(p.severity, fg=COLOURS.get(p.severity), bold=True) + " "
                       + click.style(printable(p.rule), dim=True) + " " + printable(p.message))
    return "\n".join(out)


def errors(results: list["FileResult"]) -> list[str]:
    """One line per file that could not be checked."""
    return [f"{quote_path(r.path)}: {printable(r.error)}" for r in results if r.error]


def totals_line(t: "Totals") -> str:
    files = f"{t.files} file{'s' if t.files != 1 else ''}"
    s = t.by_severity
    line = (f"factcheck: {files}, {_n(t.claims, 'claim')}: {_n(s.get('error', 0), 'error')}, "
            f"{_n(s.get('warning', 0), 'warning')}, {_n(s.get('info', 0), 'note')}")
    extra = []
    if t.suppressed:
        extra.append(f"{t.suppressed} suppressed")
    if t.baseline:
        extra.append(f"{t.baseline} in baseline")
    if t.errors_in_input:
        extra.append(f"{t.errors_in_input} not checked")
    if extra:
        line += " (" + ", ".join(extra) + ")"
    return line + f"; {t.numbers_parsed}/{t.numbers_seen} numbers read"


def _n(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def statistics(t: "Totals") -> str:
    """Findings per rule, most frequent first (like ruff/flake8 --statistics)."""
    rows = sorted(t.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    return "\n".join(f"{n:6d}  {sev:<7} {printable(rule)}" for (rule, sev), n in rows)
