"""Plain text: `path:line:col: level rule message`, one finding per line."""
from __future__ import annotations

from ..model import Report


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def render(report: Report, path: str) -> str:
    out = []
    text = report.document.text
    for f in report.findings:
        start = min((report.claim(c).span[0] for c in f.claims), default=0)
        line, col = line_col(text, start)
        out.append(f"{path}:{line}:{col}: {f.severity} {f.rule} {f.message}")
    return "\n".join(out)


def summary(report: Report, path: str) -> str:
    n = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    return (f"{path}: {len(report.claims)} claims, {n['error']} errors, {n['warning']} warnings, "
            f"{n['info']} notes; {report.coverage.numbers_parsed}/{report.coverage.numbers_seen} numbers read")
