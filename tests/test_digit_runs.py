"""extract.digits: the runs of digits a document's steps share."""
from __future__ import annotations

import re

from factcheck.extract import digits


def test_runs_are_the_spans_of_every_run_of_digits():
    text = "On 3 January, 12,000 people; \u0661\u0662 in Arabic digits, x99y"
    assert digits.runs(text) == [m.span() for m in re.finditer(r"\d+", text)]


def test_runs_are_found_once_per_text_and_kept_in_the_shared_dict():
    shared: dict = {}
    first = digits.runs("12 and 34", shared)
    assert digits.runs("12 and 34", shared) is first
    assert digits.runs("56", shared) == [(0, 2)]  # another text: found anew


def test_the_weekday_date_scan_finds_the_same_dates_from_the_runs():
    from factcheck.checks.temporal import _calendar_words

    months = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "may": 5}
    weekdays = {"monday": 1, "thursday": 4, "thu": 4}
    _, _, _, scan = _calendar_words(tuple(sorted(months.items())), tuple(sorted(weekdays.items())))
    for text in ("On Thursday, January 14, 2021 and 3rd of March.", "Feb 29 2015, 12 Jan, May 45 people",
                 "Jan 1 Jan 2 3 Jan 4th of Feb", "no dates 12 here", "\u0661\u0662 January"):
        want = [m.span() for m in scan.finditer(text)]
        assert [m.span() for m in scan.finditer(text, digits.runs(text))] == want, text
