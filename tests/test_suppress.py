"""Inline suppressions and baselines."""
from __future__ import annotations

import json

from factcheck import inputs, suppress


def parse(src: str, kind: str = "markdown"):
    return suppress.parse(inputs.parse(src, "a.md", kind))


def test_suppression_covers_the_next_paragraph_only():
    src = "Intro.\n\n<!-- factcheck: ignore temporal.deadline-order -- moved -->\nLine one\nline two.\n\nNext para.\n"
    (s,), bad = parse(src)
    a = inputs.parse(src, "a.md", "markdown")
    assert not bad and s.reason == "moved" and s.rules == ("temporal.deadline-order",)
    assert a.text[s.start:s.end] == "Line one line two."
    assert (s.line, s.col) == (3, 1)


def test_several_rules_and_globs():
    (s,), _ = parse("<!-- factcheck: ignore temporal.*, reference.population -- ok -->\nPara.\n")
    assert s.covers("temporal.deadline-order", s.start) and s.covers("reference.population", s.start)
    assert not s.covers("arithmetic.sum", s.start) and not s.covers("temporal.x", s.end)


def test_missing_reason_is_reported_not_applied():
    sups, (bad,) = parse("<!-- factcheck: ignore temporal.deadline-order -->\nPara.\n")
    assert sups == [] and "no reason" in bad.message and (bad.line, bad.col) == (1, 1)


def test_empty_reason_after_separator_is_missing():
    sups, (bad,) = parse("<!-- factcheck: ignore temporal.deadline-order --   -->\nPara.\n")
    assert sups == [] and "no reason" in bad.message


def test_unreadable_directive_is_reported():
    _, (bad,) = parse("<!-- factcheck: ignroe temporal.x -- why -->\nPara.\n")
    assert "unreadable suppression" in bad.message


def test_ordinary_comments_are_not_directives():
    assert parse("<!-- editor: check this -->\nPara.\n") == ([], [])


def test_suppression_at_end_of_file_has_no_paragraph():
    _, (bad,) = parse("Para.\n\n<!-- factcheck: ignore a.b -- why -->\n")
    assert "no paragraph" in bad.message


def test_html_suppression_finds_the_next_paragraph_in_extracted_text():
    html = ("<html><body><article><h1>Troops pull out</h1>"
            "<p>First paragraph of the story, long enough to be kept by the extractor as text.</p>\n"
            "<!-- factcheck: ignore temporal.deadline-order -- moved -->\n"
            "<p>Second paragraph, with the deadline of January 12 that moved last week.</p>"
            "<p>Third paragraph, with other words that make the article body long enough.</p>"
            "</article></body></html>")
    a = inputs.parse(html, "a.html", "html")
    (s,), _ = suppress.parse(a)
    assert a.text[s.start:s.end].startswith("Second paragraph")


def test_fingerprint_ignores_whitespace_and_claim_order():
    a = suppress.fingerprint("r", ["January 12", "Wednesday"], "The  pullout\nends.")
    b = suppress.fingerprint("r", ["Wednesday", "January  12"], "The pullout ends.")
    assert a == b and len(a) == 20
    assert a != suppress.fingerprint("r2", ["January 12", "Wednesday"], "The pullout ends.")


def test_baseline_excuses_each_recorded_finding_once(tmp_path):
    f = tmp_path / "base.json"
    rows = [{"path": str(tmp_path / "a.md"), "rule": "r", "fingerprint": "fp", "message": "m"}]
    assert suppress.write_baseline(f, rows) == 1
    assert json.loads(f.read_text())["findings"][0]["path"] == "a.md"
    base = suppress.Baseline.load(f)
    assert base.take(str(tmp_path / "a.md"), "fp") is True
    assert base.take(str(tmp_path / "a.md"), "fp") is False  # a second identical finding is new


def test_baseline_that_is_not_json_is_an_error(tmp_path):
    f = tmp_path / "base.json"
    f.write_text("nope")
    try:
        suppress.Baseline.load(f)
    except suppress.BaselineError as e:
        assert "not a factcheck baseline" in str(e)
    else:
        raise AssertionError("no error")


def test_unknown_rule_in_a_suppression_is_a_warning():
    src = "<!-- factcheck: ignore temporal.dedline-order -- typo -->\nPara.\n"
    sups, (bad,) = suppress.parse(inputs.parse(src, "a.md", "markdown"), frozenset({"temporal.deadline-order"}))
    assert len(sups) == 1 and bad.severity == "warning" and "temporal.dedline-order" in bad.message
