"""Renderers of linter results: GitHub annotations, SARIF 2.1.0, JUnit, text."""
from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

from factcheck.lint import FileResult, Problem
from factcheck.render import github, junit, sarif, text
from lint_helpers import ERR, cli

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())


def problem(i: int = 1, severity: str = "error", path: str = "news/a.md", **kw) -> Problem:
    base = dict(path=path, line=i, col=3, end_line=i, end_col=9, rule="temporal.deadline-order",
                severity=severity, message=f"finding {i}", fingerprint=f"fp{i}", snippet="A sentence.")
    base.update(kw)
    return Problem(**base)


def validate_sarif(body: str) -> dict:
    doc = json.loads(body)
    jsonschema.validate(doc, SCHEMA, cls=jsonschema.Draft4Validator,
                        format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return doc


# --- GitHub workflow commands -------------------------------------------------------


def test_github_escapes_message_data():
    assert github.escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"


def test_github_escapes_colon_and_comma_in_properties():
    line = github.annotation("error", "m", file="a,b:c.md", title="x: y, z")
    assert line == "::error file=a%2Cb%3Ac.md,title=x%3A y%2C z::m"


def test_github_annotation_carries_file_line_col_and_title():
    out = github.render([FileResult("news/a.md", (problem(4),))])
    assert out.splitlines()[0] == ("::error file=news/a.md,line=4,endLine=4,col=3,endColumn=9,"
                                   "title=factcheck temporal.deadline-order::finding 4")


def test_github_keeps_to_ten_annotations_per_level_and_says_how_many_more():
    probs = tuple(problem(i) for i in range(1, 14)) + tuple(problem(i, "warning") for i in range(20, 23))
    out = github.render([FileResult("news/a.md", probs)]).splitlines()
    assert sum(x.startswith("::error ") for x in out) == 10
    assert sum(x.startswith("::warning ") for x in out) == 3
    assert "news/a.md:13:3: error temporal.deadline-order finding 13" in out  # plain log line
    assert out[-1].startswith("factcheck: 16 findings; 3 not shown as annotations")


def test_github_info_is_a_notice():
    assert github.render([FileResult("a.md", (problem(1, "info"),))]).startswith("::notice ")


def test_github_skips_suppressed_findings():
    out = github.render([FileResult("a.md", (problem(1, status="suppressed", justification="why"),))])
    assert out == "factcheck: 0 findings"


# --- SARIF ------------------------------------------------------------------------


def test_sarif_is_valid_against_the_2_1_0_schema():
    probs = (problem(1, path="news/a b.md"), problem(2, "warning"), problem(3, "info"))
    results = [FileResult("news/a b.md", probs),
               FileResult("news/ok.txt"), FileResult("news/bad.txt", error="not UTF-8 text")]
    doc = validate_sarif(sarif.render(results, rules=[("temporal.deadline-order", "error", "Dates. More.")],
                                      version="0.1.0"))
    run = doc["runs"][0]
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    loc = run["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "news/a%20b.md"
    assert loc["region"] == {"startLine": 1, "startColumn": 3, "endLine": 1, "endColumn": 9,
                             "snippet": {"text": "A sentence."}}
    assert run["invocations"][0]["executionSuccessful"] is False


def test_sarif_rule_index_points_at_the_driver_rule():
    doc = json.loads(sarif.render([FileResult("a.md", (problem(1),))],
                                  rules=[("a.rule", "warning", ""), ("temporal.deadline-order", "error", "")]))
    run = doc["runs"][0]
    res = run["results"][0]
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def test_sarif_marks_suppressed_and_baseline_findings():
    probs = (problem(1, status="suppressed", justification="moved"), problem(2, status="baseline"))
    doc = validate_sarif(sarif.render([FileResult("a.md", probs)]))
    a, b = doc["runs"][0]["results"]
    assert a["suppressions"] == [{"kind": "inSource", "justification": "moved"}]
    assert b["suppressions"][0]["kind"] == "external" and b["baselineState"] == "unchanged"


def test_sarif_from_the_real_pipeline_is_valid(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text(ERR)
    r = cli("check", str(f), "--format", "sarif")
    doc = validate_sarif(r.stdout)
    res = doc["runs"][0]["results"][0]
    assert res["ruleId"] == "temporal.deadline-order" and res["partialFingerprints"]["factcheck/v1"]
    driver_ids = [x["id"] for x in doc["runs"][0]["tool"]["driver"]["rules"]]
    assert "temporal.deadline-order" in driver_ids and driver_ids == sorted(driver_ids)


# --- JUnit ------------------------------------------------------------------------


def test_junit_failures_follow_the_fail_level():
    results = [FileResult("a.md", (problem(1), problem(2, "warning")))]
    strict = ET.fromstring(junit.render(results, fail_level="warning"))
    lenient = ET.fromstring(junit.render(results, fail_level="error"))
    assert strict.get("failures") == "2" and lenient.get("failures") == "1"


def test_junit_unreadable_file_is_an_error_case():
    root = ET.fromstring(junit.render([FileResult("x.txt", error="not UTF-8 text")]))
    assert root.get("errors") == "1" and root.find("./testsuite/testcase/error").get("message") == "not UTF-8 text"


def test_junit_drops_control_characters_xml_cannot_hold():
    ET.fromstring(junit.render([FileResult("a.md", (problem(1, message="bad \x0b char"),))]))


# --- text -------------------------------------------------------------------------


@pytest.mark.parametrize("sev,colour", [("error", "\x1b[31m"), ("warning", "\x1b[33m"), ("info", "\x1b[36m")])
def test_text_colours_the_level(sev, colour):
    assert colour in text.render([FileResult("a.md", (problem(1, sev),))])


def test_statistics_sorts_by_count():
    from factcheck.lint import totals

    t = totals([FileResult("a.md", (problem(1), problem(2), problem(3, rule="x.y", severity="warning")))])
    assert text.statistics(t).splitlines() == ["     2  error   temporal.deadline-order",
                                               "     1  warning x.y"]


def test_absolute_paths_inside_the_checkout_become_relative(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inside = FileResult(str(tmp_path / "news" / "a.md"), (problem(1, path=str(tmp_path / "news" / "a.md")),))
    outside = FileResult("/elsewhere/b.md", (problem(2, path="/elsewhere/b.md"),))
    assert github.render([inside]).startswith("::error file=news/a.md,")
    doc = validate_sarif(sarif.render([inside, outside]))
    a, b = (r["locations"][0]["physicalLocation"]["artifactLocation"] for r in doc["runs"][0]["results"])
    assert a == {"uri": "news/a.md", "uriBaseId": "%SRCROOT%", "index": 0}
    assert b == {"uri": "file:///elsewhere/b.md", "index": 1}
