"""Letters that case-blind patterns take for ASCII ones ("ſ" for s, "ı" for i, "İ",
the Kelvin sign): the pipeline reads them as those letters, so a word a pattern
matched is a word the lexicons know (a KeyError on "Revſ" once ended check())."""
from __future__ import annotations

import factcheck

WIRE = ("ACME CORP <ACM> 1ST QTR NET\n\n"
        "Shr 40 cts vs 32 cts\nNet 4.1 mln vs 3.2 mln\nRevs 51.8 mln vs 49.6 mln\n"
        "Sales rose 25 pct to 5.0 mln dlrs from 4.8 mln dlrs, the company said on "
        "Thursday, March 13, 1987. The second tranche of 50 mln dlrs is due on Friday.\n")


def _seen(report):
    return [(f.rule, f.severity, [c.span for c in report.claims if c.id in f.claims]) for f in report.findings]


def test_long_s_and_dotless_i_are_read_as_s_and_i_with_the_same_findings():
    plain = factcheck.check(WIRE, published="1987-03-13")
    odd = WIRE.replace("s", "\u017f").replace("i", "\u0131").replace("K", "\u212a")
    read = factcheck.check(odd, published="1987-03-13")
    assert _seen(read) == _seen(plain)
    assert {f.rule for f in plain.findings} >= {"arithmetic.percent-change", "temporal.weekday-date"}
    assert read.document.text == odd  # the report keeps the text as given


def test_dotted_capital_i_keeps_offsets():
    text = "\u0130STANBUL, March 13 - Turkey said on Thursday, March 13, 1987, that 12 people died."
    report = factcheck.check(text, published="1987-03-13")
    assert [f.rule for f in report.findings] == ["temporal.weekday-date"]
    died = next(c for c in report.claims if c.text.startswith("12"))
    assert text[died.span[0]:died.span[1]].startswith("12")
