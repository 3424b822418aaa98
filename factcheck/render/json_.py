"""JSON: each file's Report.to_dict() with its path, each finding placed
(line, col, fingerprint, status); one object for one file, else a list."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import encodable

if TYPE_CHECKING:
    from ..lint import FileResult


def file_dict(r: "FileResult") -> dict[str, Any]:
    if r.error:
        return {"path": r.path, "error": r.error}
    body: dict[str, Any] = {"path": r.path, **(r.report or {})}
    placed = {p.finding_id: p for p in r.problems if p.finding_id}
    findings = []
    for f in body.get("findings", []):
        p = placed.get(f.get("id"))
        findings.append({**f, **({k: v for k, v in p.to_dict().items()
                                  if k not in ("rule", "severity", "message")} if p else {})})
    for p in r.problems:  # the linter's own findings (malformed suppressions)
        if not p.finding_id:
            findings.append({"id": "", "claims": [], "details": {}, **p.to_dict()})
    body["findings"] = findings
    return body


def render(results: list["FileResult"], **_: object) -> str:
    payload = [file_dict(r) for r in results]
    return encodable(json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2))
