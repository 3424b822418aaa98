"""The runs of digits in a text, found once per document and shared.

The temporal finder, the number reader and two checks (weekday-date, digit-groups)
all start from where the digits are. A scan for \\d tests every character of the text
against the Unicode digits (~25 us on a 3,000-character article), so it is done once
and the list kept in Document.shared for the text it was read from.

    runs("On 3 January, 12,000 people")  ->  [(3, 4), (14, 16), (17, 20)]
"""
from __future__ import annotations

import re

# a run of digits (\d+), opening with a class so that the engine skips to the next digit
# in a tight loop
_DIGITS = re.compile(r"\d\d*")
KEY = "digits.runs"  # Document.shared: (the text, its runs)


def runs(text: str, shared: dict | None = None) -> list[tuple[int, int]]:
    """[start, end) of every maximal run of \\d in `text`, in text order: what
    re.finditer(r"\\d+", text) spans. `shared`: a document's shared dict, where the list
    is kept for the text it was found in (read only: callers must not change it)."""
    if shared is not None:
        found = shared.get(KEY)
        if found is not None and (found[0] is text or found[0] == text):
            return found[1]
    out = [m.span() for m in _DIGITS.finditer(text)]
    if shared is not None:
        shared[KEY] = (text, out)
    return out
