"""The settings a CLI command runs with, and the one-line input error every command raises.

Below both `cli.py` (the root group and `check`, `serve`, `seed`, `config`) and
`commands.py` (`batch`, `token`), so neither imports the other for them.
"""
from __future__ import annotations

import click

from .settings import ConfigError, Settings, load


class InputProblem(click.UsageError):
    """Shown as one line, exit code 2."""


def settings_for(ctx: click.Context, start: str | None = None, **changes) -> Settings:
    """Settings in force: defaults < config file (found upward from `start`, else the
    current folder) < environment < command line (the root group's --rules, then
    `changes`)."""
    if start is None and ctx.obj is not None:
        base = ctx.obj
    else:
        try:
            base = load(start)
        except ConfigError as e:
            raise InputProblem(str(e)) from None
        rules_dirs = ctx.meta.get("factcheck.rules_dirs", ())
        if rules_dirs:
            base = base.with_("command line", rules_dirs=base.rules_dirs + tuple(rules_dirs))
    return base.with_("command line", **changes)
