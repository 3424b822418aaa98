"""Renderers: one Report (or its dict), many output formats.

`factcheck check` renders a list of lint.FileResult with one of FORMATS; each
module has `render(results, **context) -> str`.
"""
from __future__ import annotations

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
