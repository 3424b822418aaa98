"""Rule levels an admin sets from the review desk, kept in the settings file.

The desk writes one key of the config file, `levels:` (rule id: error, warning, info or
off), the key `factcheck config` prints as `rule_levels` and every door reads, so a
level set on the desk is a level set for the CLI too. The file is the config file in
force (`.factcheck.yaml`), else a new `.factcheck.yaml` beside the database. Only the
`levels:` block is rewritten: the rest of the file, comments included, is kept.

A running desk reads the file again when it changes (`in_force`, one stat a request),
so the next check of every worker uses the new level without a restart.
"""
from __future__ import annotations

import fcntl
import functools
import os
import re
import tempfile
from pathlib import Path

import yaml

from .model import SEVERITIES
from .settings import ConfigError, Settings, from_file, read_file

LEVELS = (*SEVERITIES, "off")
_TOP_KEY = re.compile(r"^levels\s*:")


class LevelsError(ValueError):
    """The desk cannot set levels in this configuration; the message says why."""


def levels_path(settings: Settings) -> Path:
    if settings.config_file:
        return Path(settings.config_file)
    return Path(settings.db).resolve().parent / ".factcheck.yaml"


def _overridden(settings: Settings) -> str | None:
    """Why the settings file's levels are not the ones in force, or None."""
    src = settings.sources.get("rule_levels", "default")
    if src == "environment":
        return "FACTCHECK_RULE_LEVELS is set, and it overrides the settings file"
    if src not in ("default", settings.config_file):
        return f"rule levels were given by the {src}, which overrides the settings file"
    return None


def writable(settings: Settings) -> str | None:
    """Why the desk cannot set levels here, or None when it can."""
    why = _overridden(settings)
    if why:
        return why
    if levels_path(settings).name == "pyproject.toml":
        return ("the settings are in pyproject.toml, which the desk does not rewrite: move them "
                "to a .factcheck.yaml beside it")
    return None


def file_levels(path: Path) -> dict[str, str]:
    """The `levels:` table of the settings file, {} when there is no file or key."""
    if not path.is_file():
        return {}
    data = read_file(path).get("levels") or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: levels: must be a table of rule id = level")
    return {str(k): str(v) for k, v in data.items()}


def set_level(settings: Settings, rule_id: str, level: str | None) -> dict[str, str]:
    """Set `rule_id`'s level in the settings file (None: remove the desk's entry, so the
    rule's own level holds again). Returns the file's levels after the change."""
    why = writable(settings)
    if why:
        raise LevelsError(why)
    if level is not None and level not in LEVELS:
        raise LevelsError(f"level must be one of {', '.join(LEVELS)}; got {level!r}")
    path = levels_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    folder = os.open(path.parent, os.O_RDONLY)  # locked: two admins at once go one after the other
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        levels = file_levels(path)
        if level is None:
            levels.pop(rule_id, None)
        else:
            levels[rule_id] = level
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        text = _with_levels(old, levels)
        _write(path, text)
        try:
            from_file(path)  # the file still loads, or it goes back as it was
        except ConfigError:
            _write(path, old)
            raise
    finally:
        os.close(folder)  # and the lock with it
    return levels


def _with_levels(text: str, levels: dict[str, str]) -> str:
    """`text` with its top-level `levels:` block replaced by `levels` (dropped when empty)."""
    lines, out, skipping = text.splitlines(keepends=True), [], False
    for line in lines:
        if _TOP_KEY.match(line):
            skipping = True
            continue
        if skipping and (not line.strip() or line[0] in " \t"):
            continue  # the block's own lines (indented) and blank lines inside it
        skipping = False
        out.append(line)
    body = "".join(out)
    if body and not body.endswith("\n"):
        body += "\n"
    if levels:
        body += yaml.safe_dump({"levels": dict(sorted(levels.items()))}, sort_keys=False,
                               allow_unicode=True, default_flow_style=False)
    return body


def _write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    if path.exists():
        os.chmod(tmp, path.stat().st_mode & 0o777)
    os.replace(tmp, path)


def in_force(settings: Settings) -> Settings:
    """`settings` with the rule levels the settings file holds now (it may have changed
    since the app started), unless the levels come from somewhere that overrides it."""
    if _overridden(settings):
        return settings
    path = levels_path(settings)
    try:
        st = path.stat()
    except OSError:
        key = None
    else:
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
    return _overlay(settings, str(path), key)


@functools.lru_cache(maxsize=32)
def _overlay(settings: Settings, path: str, key: tuple | None) -> Settings:
    try:
        levels = tuple(sorted(file_levels(Path(path)).items())) if key else ()
    except ConfigError:
        return settings  # a broken file is reported where it is loaded; keep what ran
    if levels == settings.rule_levels:
        return settings
    return settings.with_(path, rule_levels=levels)
