"""Settings, from one place: defaults < config file < environment (FACTCHECK_*) < explicit arguments.

The config file is `.factcheck.yaml` or the `[tool.factcheck]` table of a
pyproject.toml, whichever is found first walking upward from a folder (the
checked files' folder, or the current one). Relative paths in it are relative
to the file. `factcheck config` prints what is in force and where each value
came from.
"""
from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Callable

MAX_TEXT_CHARS = 200_000  # documented limit for one article
FAIL_LEVELS = ("error", "warning", "info", "never")
CONFIG_NAMES = (".factcheck.yaml", ".factcheck.yml", "pyproject.toml")


class ConfigError(ValueError):
    """A config file or setting is malformed; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    db: str = "factcheck.db"
    rules_dirs: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    rule_levels: tuple[tuple[str, str], ...] = ()
    date_order: str = "MDY"  # how to read 1/2/2022: MDY or DMY
    published_order: str = ""  # how to read a publication date 01/02/2022: DMY, MDY or "" (refused)
    max_text_chars: int = MAX_TEXT_CHARS
    reference_dirs: tuple[str, ...] = ()
    fail_level: str = "error"  # `factcheck check` exits 1 at or above this level
    include: tuple[str, ...] = ()  # file globs checked inside folders (empty: the known article types)
    exclude: tuple[str, ...] = ()  # path globs never checked
    fetch_allow: tuple[str, ...] = ()  # CIDR networks / host names URL fetching may reach anyway
    fetch_timeout: float = 15.0  # seconds for a whole URL fetch, redirects included (then 502)
    require_auth: str = "auto"  # auto: API writes need a token unless bound to and called from loopback
    rate_limit: str = "60/minute"  # per client, for POST /api/...; "off" disables
    auth_fail_limit: str = "10/minute"  # failed sign-ins (API Basic/Bearer, /signin) per client and per name
    secure_cookies: bool = False  # mark the desk's session cookie Secure (served over HTTPS)
    check_budget: float = 10.0  # seconds one check may run before it is abandoned; 0: no limit
    max_figures: int = 20_000  # digit runs read in one text; past it the rest is not checked (a note says so)
    config_file: str | None = None
    sources: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def ruleset(self):
        from . import rules

        return rules.load(self.rules_dirs, self.disabled_rules, self.rule_levels)

    def with_(self, source: str = "argument", **changes: Any) -> "Settings":
        changes = {k: v for k, v in changes.items() if v is not None}
        srcs = dict(self.sources)
        srcs.update({k: source for k in changes})
        return replace(self, sources=srcs, **changes)

    def describe(self) -> list[tuple[str, Any, str]]:
        return [(f.name, getattr(self, f.name), self.sources.get(f.name, "default"))
                for f in fields(self) if f.name != "sources"]


def _split(v: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in v.split(os.pathsep if os.pathsep in v else ",") if x.strip())


def _fail_level(v: str) -> str:
    v = str(v).strip().lower()
    if v not in FAIL_LEVELS:
        raise ConfigError(f"fail level must be one of {', '.join(FAIL_LEVELS)}; got {v!r}")
    return v


def _date_order(v: str) -> str:
    v = str(v).strip().upper()
    if v not in ("MDY", "DMY"):
        raise ConfigError(f"date order must be MDY or DMY; got {v!r}")
    return v


def _published_order(v: Any) -> str:
    """DMY, MDY, or "" (none: an all-number publication date whose day and month could swap is refused)."""
    v = "" if v is None else str(v).strip().upper()
    if v in ("", "NONE"):
        return ""
    return _date_order(v)


def _seconds(v: Any) -> float:
    """A time budget in seconds: a finite number >= 0 (0: no limit)."""
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise ConfigError(f"must be a number of seconds (0: no limit); got {v!r}") from None
    if not math.isfinite(x) or x < 0:
        raise ConfigError(f"must be a number of seconds >= 0 (0: no limit); got {v!r}")
    return x


def _positive_seconds(v: Any) -> float:
    """A timeout in seconds: a finite number > 0."""
    x = _seconds(v)
    if x == 0:
        raise ConfigError(f"must be a number of seconds > 0; got {v!r}")
    return x


def from_env(env: dict[str, str] | None = None, base: Settings | None = None) -> Settings:
    """`base` (default: the defaults) overlaid with FACTCHECK_* variables."""
    env = os.environ if env is None else env
    # the FACTCHECK_ variables in one pass (check() reads them on every call when given no
    # settings; os.environ raises and catches KeyError inside .get for each one missing)
    env = {k: env[k] for k in env if k.startswith("FACTCHECK_")}
    s = base or Settings()
    conv: dict[str, Callable[[str], Any]] = {
        "db": str,
        "rules_dirs": _split,
        "disabled_rules": _split,
        "date_order": _date_order,
        "published_order": _published_order,
        "max_text_chars": int,
        "reference_dirs": _split,
        "fail_level": _fail_level,
        "include": _split,
        "exclude": _split,
        "fetch_allow": _split,
        "fetch_timeout": _positive_seconds,
        "require_auth": lambda v: v.strip().lower(),
        "rate_limit": str,
        "auth_fail_limit": str,
        "secure_cookies": lambda v: v.strip().lower() in ("1", "true", "yes", "on"),
        "check_budget": _seconds,
        "max_figures": int,
    }
    changes = {}
    for name, fn in conv.items():
        key = "FACTCHECK_" + name.upper()
        if env.get(key):
            try:
                changes[name] = fn(env[key])
            except ValueError as e:
                raise ConfigError(f"{key}: {e}") from None
    if env.get("FACTCHECK_RULE_LEVELS"):  # "temporal.tense=warning,sanity.negative=off"
        changes["rule_levels"] = tuple(tuple(x.split("=", 1)) for x in _split(env["FACTCHECK_RULE_LEVELS"]))
    if not changes and base is None:
        return s  # the defaults as they are (check() reads the environment on every call)
    return s.with_("environment", **changes)


def load(start: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults < the config file found upward from `start` (default: cwd) < environment."""
    found = discover(Path.cwd() if start is None else Path(start))
    s = from_file(found) if found else Settings()
    return from_env(env, base=s)


def discover(start: Path) -> Path | None:
    """The nearest .factcheck.yaml, or pyproject.toml with a [tool.factcheck] table, at or above start."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            cand = folder / name
            if not cand.is_file():
                continue
            if name != "pyproject.toml" or _has_tool_table(cand):
                return cand
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "factcheck" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


# config-file key -> (Settings field, converter(value, folder))
def _paths(v: Any, folder: Path) -> tuple[str, ...]:
    return tuple(str((folder / p).resolve()) if not Path(p).is_absolute() else str(p) for p in _strings(v))


def _strings(v: Any, folder: Path | None = None) -> tuple[str, ...]:
    if isinstance(v, str):
        return (v,)
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return tuple(v)
    raise ConfigError("must be a string or a list of strings")


def _levels(v: Any, folder: Path) -> tuple[tuple[str, str], ...]:
    if not isinstance(v, dict):
        raise ConfigError("must be a table of rule id = level")
    return tuple(sorted((str(k), str(x)) for k, x in v.items()))


FILE_KEYS: dict[str, tuple[str, Callable[[Any, Path], Any]]] = {
    "rules": ("rules_dirs", _paths),
    "reference": ("reference_dirs", _paths),
    "ignore": ("disabled_rules", _strings),
    "levels": ("rule_levels", _levels),
    "fail-level": ("fail_level", lambda v, f: _fail_level(v)),
    "include": ("include", _strings),
    "exclude": ("exclude", _strings),
    "date-order": ("date_order", lambda v, f: _date_order(v)),
    "published-order": ("published_order", lambda v, f: _published_order(v)),
    "db": ("db", lambda v, f: str(f / v) if not Path(str(v)).is_absolute() else str(v)),
    "max-text-chars": ("max_text_chars", lambda v, f: int(v)),
    "fetch-allow": ("fetch_allow", _strings),
    "fetch-timeout": ("fetch_timeout", lambda v, f: _positive_seconds(v)),
    "require-auth": ("require_auth", lambda v, f: str(v).strip().lower()),
    "rate-limit": ("rate_limit", lambda v, f: str(v)),
    "check-budget": ("check_budget", lambda v, f: _seconds(v)),
    "max-figures": ("max_figures", lambda v, f: int(v)),
}


def _plain_fields() -> dict[str, Any]:
    """Settings fields a config file may set under their own name (with - or _)."""
    taken = {name for name, _ in FILE_KEYS.values()} | {"sources", "config_file"}
    return {f.name: f.default for f in fields(Settings) if f.name not in taken}


def _by_type(default: Any) -> Callable[[Any, Path], Any]:
    if isinstance(default, tuple):
        return lambda v, f: _strings(v)
    if isinstance(default, bool):
        return lambda v, f: v if isinstance(v, bool) else str(v).lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return lambda v, f: int(v)
    return lambda v, f: str(v)


def read_file(path: Path) -> dict[str, Any]:
    """The factcheck table of a config file, as written (keys with - or _)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read: {e}") from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(raw).get("tool", {}).get("factcheck", {})
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{path}: not valid TOML: {e}") from None
    else:
        import yaml

        try:
            data = yaml.safe_load(raw) or {}
        except yaml.YAMLError as e:
            raise ConfigError(f"{path}: not valid YAML: {str(e).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the factcheck settings must be a mapping")
    return data


def from_file(path: Path, base: Settings | None = None) -> Settings:
    """`base` (default: the defaults) overlaid with the settings in a config file."""
    data = read_file(path)
    folder = path.resolve().parent
    changes: dict[str, Any] = {}
    for key, value in data.items():
        norm = str(key).replace("_", "-")
        if norm in FILE_KEYS:
            name, conv = FILE_KEYS[norm]
        elif norm.replace("-", "_") in _plain_fields():
            name, conv = norm.replace("-", "_"), _by_type(_plain_fields()[norm.replace("-", "_")])
        else:
            known = sorted(set(FILE_KEYS) | {f.replace("_", "-") for f in _plain_fields()})
            raise ConfigError(f"{path}: unknown setting {key!r}; known: {', '.join(known)}")
        try:
            changes[name] = conv(value, folder)
        except (ConfigError, ValueError, TypeError) as e:
            raise ConfigError(f"{path}: {key}: {e}") from None
    s = (base or Settings()).with_(str(path), **changes)
    return s.with_(str(path), config_file=str(path))
