"""SARIF 2.1.0 (the format GitHub code scanning and most review tools read).

One run; the driver lists every rule in force; each result carries its
region (1-based line and column, in Unicode code points), a partial
fingerprint that survives edits elsewhere in the file, and - for findings
silenced inline or by the baseline - a `suppressions` entry saying why.
"""
from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from . import encodable, repo_path

if TYPE_CHECKING:
    from ..lint import FileResult

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _location(path: str) -> dict[str, Any]:
    """artifactLocation: relative to %SRCROOT% (the folder factcheck ran in) when
    inside it, else an absolute file: URI."""
    rel = repo_path(path)
    raw = os.fsencode(rel)  # the name's bytes, UTF-8 or not, percent-encoded
    if rel.startswith("/"):
        return {"uri": "file://" + quote(raw, safe="/-._~")}
    return {"uri": quote(raw.removeprefix(b"./"), safe="/-._~!$&'()*+,;=@"), "uriBaseId": "%SRCROOT%"}


def render(results: list["FileResult"], rules: list[tuple[str, str, str]] | None = None,
           version: str = "", **_: object) -> str:
    """`rules`: (id, level, description) of every rule in force."""
    known = {rid: (lvl, desc) for rid, lvl, desc in (rules or [])}
    known.setdefault("factcheck.suppression", ("error", "An inline suppression must name rules and give a reason."))
    for r in results:
        for p in r.problems:
            known.setdefault(p.rule, (p.severity, ""))
    ids = sorted(known)
    index = {rid: i for i, rid in enumerate(ids)}
    driver_rules = []
    for rid in ids:
        lvl, desc = known[rid]
        entry: dict[str, Any] = {"id": rid, "defaultConfiguration": {"level": LEVEL.get(lvl, "warning")}}
        if desc:
            entry["shortDescription"] = {"text": " ".join(desc.split()).split(". ")[0].rstrip(".") + "."}
            entry["fullDescription"] = {"text": " ".join(desc.split())}
        driver_rules.append(entry)
    out_results = []
    notifications = []
    artifacts: dict[str, tuple[int, dict[str, Any]]] = {}
    for r in results:
        if r.error:
            notifications.append({"level": "error", "message": {"text": f"{r.path}: {r.error}"},
                                  "locations": [{"physicalLocation": {"artifactLocation": _location(r.path)}}]})
            continue
        for p in r.problems:
            loc = _location(p.path)
            uri = loc["uri"]
            artifacts.setdefault(uri, (len(artifacts), loc))
            region: dict[str, Any] = {"startLine": p.line, "startColumn": p.col,
                                      "endLine": p.end_line,
                                      "endColumn": p.end_col if p.end_line > p.line else max(p.end_col, p.col)}
            if p.snippet:
                region["snippet"] = {"text": p.snippet}
            res: dict[str, Any] = {
                "ruleId": p.rule, "ruleIndex": index[p.rule], "level": LEVEL.get(p.severity, "warning"),
                "message": {"text": p.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {**loc, "index": artifacts[uri][0]},
                    "region": region}}],
                "partialFingerprints": {"factcheck/v1": p.fingerprint},
            }
            if p.status == "suppressed":
                res["suppressions"] = [{"kind": "inSource", "justification": p.justification}]
            elif p.status == "baseline":
                res["suppressions"] = [{"kind": "external", "justification": "in the baseline file"}]
                res["baselineState"] = "unchanged"
            out_results.append(res)
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "factcheck", "semanticVersion": version or "0.0.0",
                            "rules": driver_rules}},
        "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder factcheck was run in."}}},
        "artifacts": [{"location": loc} for _, loc in sorted(artifacts.values(), key=lambda x: x[0])],
        "columnKind": "unicodeCodePoints",
        "results": out_results,
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
    }
    return encodable(json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False,
                                indent=2))
