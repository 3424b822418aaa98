"""Read a TimeML news file (TimeBank, AQUAINT) as an article: title, date, plain text.

The benchmarks that check whole articles share this reader; the temporal scorer keeps
its own, which also needs the gold TIMEX3 offsets.
"""
from __future__ import annotations

import html
import re
from pathlib import Path


def read(path: Path) -> tuple[str | None, str | None, str]:
    """(title or None, DCT as YYYY-MM-DD or None, body text with blank-line paragraphs)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else ""))
    text = re.sub(r"&\w+;", " ", text)
    text = re.sub(r"#(?=\s?\d)", "\u00a3", text)  # the WSJ corpus writes pounds sterling as #
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip() + "\n"
    head = html.unescape(re.sub(r"<[^>]+>", "", title.group(1))).strip() if title else None
    return head or None, dct.group(1) if dct else None, text


def files(root: Path) -> list[Path]:
    """Every .tml file under root once (testpipeline/ repeats a TimeBank file)."""
    seen, out = set(), []
    for p in sorted(root.rglob("*.tml")):
        if p.stem not in seen:
            seen.add(p.stem)
            out.append(p)
    return out
