"""JUnit XML, which most CI systems show as a test report.

One <testsuite> per file; one <testcase> per finding (classname = the path,
name = rule and line). Findings at or above the fail level are <failure>s, the
others pass with the message in <system-out>; a clean file is one passing
case; a file that could not be checked is an <error>.
"""
from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from ..model import SEVERITY_RANK
from . import printable, quote_path

if TYPE_CHECKING:
    from ..lint import FileResult


def _fails(severity: str, fail_level: str) -> bool:
    return fail_level != "never" and SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK[fail_level]


def _clean(s: str) -> str:
    """XML 1.0 cannot carry most control characters, and a CI log should not get a
    line break from a name or message: control characters as escapes."""
    return printable(s)


def render(results: list["FileResult"], fail_level: str = "error", **_: object) -> str:
    root = ET.Element("testsuites", name="factcheck")
    total = fails = errs = 0
    for r in results:
        path = quote_path(r.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        n = f = e = 0
        if r.error:
            case = ET.SubElement(suite, "testcase", classname=path, name="factcheck")
            ET.SubElement(case, "error", message=_clean(r.error), type="input").text = _clean(r.error)
            n, e = 1, 1
        elif not r.active:
            ET.SubElement(suite, "testcase", classname=path, name="factcheck")
            n = 1
        for p in r.active:
            n += 1
            case = ET.SubElement(suite, "testcase", classname=path, name=_clean(f"{p.rule} (line {p.line})"))
            text = f"{quote_path(p.path)}:{p.line}:{p.col}: {p.severity} {p.rule} {p.message}"
            if _fails(p.severity, fail_level):
                f += 1
                ET.SubElement(case, "failure", message=_clean(p.message), type=p.severity).text = _clean(text)
            else:
                ET.SubElement(case, "system-out").text = _clean(text)
        suite.set("tests", str(n))
        suite.set("failures", str(f))
        suite.set("errors", str(e))
        total, fails, errs = total + n, fails + f, errs + e
    root.set("tests", str(total))
    root.set("failures", str(fails))
    root.set("errors", str(errs))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
