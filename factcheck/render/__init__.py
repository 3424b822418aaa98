"""Renderers: one Report (or its dict), many output formats.

`factcheck check` renders a list of lint.FileResult with one of FORMATS; each
module has `render(results, **context) -> str`.
"""
from __future__ import annotations

import re

FORMATS = ("text", "json", "sarif", "github", "junit")


def renderer(fmt: str):
    from importlib import import_module

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    return import_module(f"{__name__}.{'json_' if fmt == 'json' else fmt}").render


def repo_path(path: str) -> str:
    """A path as CI tools want it: relative to the current folder (the checkout)
    when it lies inside it, with forward slashes; others unchanged."""
    import os
    from pathlib import Path, PurePath

    if path == "-" or not os.path.isabs(path):
        return PurePath(path).as_posix()
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return PurePath(path).as_posix()


# --- names and messages that cannot break a line -------------------------------------------
# C0 and C1 controls, DEL, line/paragraph separators, bidi controls, and surrogates (a lone one
# cannot be written as UTF-8; the file system gives bytes that are not UTF-8 as \udc80-\udcff).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                     "\ud800-\udfff]")
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(ch: str) -> str:
    n = ord(ch)
    if ch in _SHORT:
        return _SHORT[ch]
    if 0xDC80 <= n <= 0xDCFF:  # a byte of a file name that is not UTF-8
        return f"\\x{n - 0xDC00:02x}"
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def printable(s: str) -> str:
    """`s` on one line, safe on a terminal and in a CI log: control characters,
    separators and bidi controls as escapes (\\n, \\x1b, \\u202e)."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), s)


def quote_path(path: str) -> str:
    """A file name as text output shows it: unchanged when plain, else in double
    quotes with C-style escapes (as git's core.quotePath does), so a name holding a
    newline cannot start a line of its own (a forged `::error` annotation)."""
    if not _UNSAFE.search(path):
        return path
    return '"' + printable(path.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def encodable(s: str) -> str:
    """JSON text with any lone surrogate written as its \\uXXXX escape (valid JSON that
    reads back as the same string), so it can be written as UTF-8."""
    return re.sub("[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", s)
