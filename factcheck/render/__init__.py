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
