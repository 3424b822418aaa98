"""GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.

GitHub shows at most 10 error and 10 warning annotations per step (and we keep
notices to 10 too); past that we print the finding as a plain log line, and end
with a summary saying how many were not annotated.
Escaping follows the runner's rules: in the message % CR LF become %25 %0D %0A;
in property values also : and , become %3A and %2C.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import printable, quote_path, repo_path

if TYPE_CHECKING:
    from ..lint import FileResult

LIMIT = 10
COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """The runner's escaping of a property; other control characters (and file-name
    bytes that are not UTF-8) as \\xNN, so a name cannot write raw escapes to the log."""
    s = re.sub("[^\r\n]+", lambda m: printable(m.group()), s)
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(cmd: str, message: str, **props: object) -> str:
    body = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    message = escape_data(printable(message))  # one line: no control characters
    return f"::{cmd} {body}::{message}" if body else f"::{cmd}::{message}"


def render(results: list["FileResult"], **_: object) -> str:
    out: list[str] = []
    shown = {"error": 0, "warning": 0, "notice": 0}
    hidden = 0
    for r in results:
        if r.error:
            out.append(annotation("error", r.error, file=repo_path(r.path), title="factcheck: file not checked"))
            shown["error"] += 1
    for r in results:
        for p in r.active:
            cmd = COMMAND.get(p.severity, "notice")
            if shown[cmd] < LIMIT:
                shown[cmd] += 1
                out.append(annotation(cmd, p.message, file=repo_path(p.path), line=p.line, endLine=p.end_line,
                                      col=p.col, endColumn=p.end_col if p.end_line == p.line else None,
                                      title=f"factcheck {p.rule}"))
            else:
                hidden += 1
                out.append(f"{quote_path(p.path)}:{p.line}:{p.col}: {p.severity} {printable(p.rule)} "
                           f"{printable(p.message)}")
    total = sum(len(r.active) for r in results)
    line = f"factcheck: {total} finding{'s' if total != 1 else ''}"
    if hidden:
        line += (f"; {hidden} not shown as annotations (GitHub shows {LIMIT} errors and "
                 f"{LIMIT} warnings per step) - listed above in the log")
    out.append(line)
    return "\n".join(out)
