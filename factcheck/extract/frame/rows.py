"""Wire-table rows: "Shr 1.20 dlrs vs 1.05 dlrs" / "Net 5.3 mln vs 4.1 mln". A line that
opens with a row label (rules/lexicons/row_labels.yaml) and then its figures, joined
by "vs", gives each figure on it what the label counts ("shr": per-share earnings),
as a column heading does; the clause has no noun of its own to say it."""
from __future__ import annotations

import functools
import re

from ...model import Claim
from ...regexwords import alternation
from ...rules import LexiconKey

# what may stand between two figures of a row: "vs", "vs profit", "prior", "and"
# (each blank run is followed by a word it cannot match: no backtracking between them)
_BETWEEN = re.compile(r"[ \t]*(?:(?:prior|\(\w*\)|,)[ \t]*)?(?:(?:vs\.?|versus|against)[ \t]*)?"
                      r"(?:(?:loss|profit|nil)[ \t]*)?", re.I)
_MOST_BETWEEN = 40


@functools.lru_cache(maxsize=8)
def _labels(key: LexiconKey) -> tuple[re.Pattern | None, dict[str, dict]]:
    lx = key.ruleset.lexicon("row_labels") or {}
    labels = {" ".join(str(k).lower().split()): v for k, v in (lx.get("labels") or {}).items()}
    if not labels:
        return None, {}
    quals = [str(w).lower() for w in lx.get("qualifiers") or []]
    q = rf"(?:[ \t]+(?:{alternation(quals)})\b)*" if quals else ""
    return re.compile(rf"[ \t]*(?P<label>{alternation(list(labels))}){q}[ \t]+", re.I), labels


def label_rows(text: str, quantities: list[Claim], key: LexiconKey) -> None:
    """Give the figures of each labelled row the label's counts, in place."""
    rx, labels = _labels(key)
    if rx is None:
        return
    i, line_start, seen, m = 0, 0, 0, None
    while i < len(quantities):
        c = quantities[i]
        nl = text.rfind("\n", seen, c.span[0])  # each stretch of text searched once
        if nl >= 0 or i == 0:  # a new line: its label, once
            line_start = nl + 1 if nl >= 0 else 0
            m = rx.match(text, line_start)
        seen = max(seen, c.span[0])
        if not m or m.end() != c.span[0]:
            i += 1
            continue
        row = [c]
        j = i + 1
        while j < len(quantities) and quantities[j].span[0] - row[-1].span[1] <= _MOST_BETWEEN \
                and _BETWEEN.fullmatch(text, row[-1].span[1], quantities[j].span[0]):
            row.append(quantities[j])
            j += 1
        rest = text[row[-1].span[1]:row[-1].span[1] + _MOST_BETWEEN + 1].split("\n", 1)
        if (len(rest) > 1 or len(rest[0]) <= _MOST_BETWEEN) and _BETWEEN.fullmatch(rest[0].rstrip(" .")):
            entry = labels[" ".join(m["label"].lower().split())]
            for q in row:
                q.counts, q.counts_head = str(entry["counts"]), str(entry["head"])
                q.extra["counts_via"] = "row label"
        i = j
