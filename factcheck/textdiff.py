"""A compact diff of two versions of an article: the changed words with a little context.

Common leading and trailing words are cut first (linear), so a correction of a few words
in a long article compares only the changed stretch; a stretch too long to compare word
by word is told as one replacement, cut short.
"""
from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
MAX_TOKENS = 2000  # words and blanks on each side compared with difflib; past this, one hunk
CONTEXT = 6  # tokens of context either side of a change
MAX_SHOWN = 300  # characters of a deleted or inserted run shown
MAX_HUNKS = 20


def _cut(s: str, limit: int = MAX_SHOWN) -> str:
    return s if len(s) <= limit else s[:limit - 1] + "…"


def compact(old: str, new: str) -> dict:
    """{"hunks": [{"before", "deleted", "inserted", "after"}...], "more": n}: each hunk a
    change with up to CONTEXT tokens of unchanged text either side; `more` counts the
    hunks past MAX_HUNKS left out."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    s = 0
    while s < len(a) - p and s < len(b) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    a_mid, b_mid = a[p:len(a) - s], b[p:len(b) - s]
    if not a_mid and not b_mid:
        return {"hunks": [], "more": 0}
    if max(len(a_mid), len(b_mid)) > MAX_TOKENS:
        ops = [("replace", 0, len(a_mid), 0, len(b_mid))]
    else:
        ops = [op for op in difflib.SequenceMatcher(None, a_mid, b_mid, autojunk=False).get_opcodes()
               if op[0] != "equal"]
    a_all, b_all = a, b
    hunks = []
    for _tag, i1, i2, j1, j2 in ops:
        i1, i2, j1, j2 = i1 + p, i2 + p, j1 + p, j2 + p
        hunks.append({"before": "".join(a_all[max(0, i1 - CONTEXT):i1]),
                      "deleted": _cut("".join(a_all[i1:i2])),
                      "inserted": _cut("".join(b_all[j1:j2])),
                      "after": "".join(a_all[i2:i2 + CONTEXT])})
    return {"hunks": hunks[:MAX_HUNKS], "more": max(0, len(hunks) - MAX_HUNKS)}
