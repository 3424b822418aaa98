"""Rule packs: YAML files that configure the check types written in code.

A rule pack is a folder. `checks/**/*.yaml` are rule instances, one per file:

    id: temporal.deadline-order      # stable, namespaced
    extends: deadline-order          # a check type in factcheck/checks/
    level: error                     # error | warning | info
    message: "completion {completion} is {gap} days after the {deadline} deadline"
    params: {...}                    # the check type's parameters
    examples: {pass: [...], fail: [...]}

`lexicons/*.yaml` are word lists the extractors and checks read. Packs given
later override earlier ones: a rule with the id of an earlier one is laid over it
(the fields it gives replace the earlier ones, its params are merged key by key onto
the earlier params, so it need only name what it changes); a lexicon's keys are
merged (lists extended, mappings updated). A user's lexicon file must name a packaged
lexicon and use its keys, each with the same kind of value.

Every rule's params are checked against what its check type declares
(factcheck/checktypes.py): an unknown or mistyped parameter is an error naming the
file and line; so is an unknown key of a rule file.

Configuration can switch rules off or re-level them by id or by pattern
(`disabled=("sanity.*",)`, `levels=(("temporal.tense", "info"),)`); a rule's
level is the most its findings can be (see factcheck.checks).
"""
from __future__ import annotations

import dataclasses

import fnmatch
import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from . import checktypes, packaged
from .model import SEVERITIES


class RuleError(ValueError):
    """A rule pack is malformed; the message says which file and why."""


@dataclass(frozen=True)
class Rule:
    id: str
    extends: str
    level: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, list] = field(default_factory=dict)
    description: str = ""
    source: str = ""
    title: str = ""  # plain words for an editor ("Completion after its deadline")
    help: str = ""  # one line: what the rule looks for and why it matters
    # severity -> one line: why a finding of that severity is one ("the dates are certain")
    why_level: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    lexicons: dict[str, Any]
    dirs: tuple[str, ...]

    def lexicon(self, name: str) -> Any:
        return self.lexicons.get(name, {})

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


class LexiconKey:
    """A hashable handle on a rule set, for caching what is derived from its lexicons
    (compiled patterns, word tables): rule sets loaded from the same folders have the
    same lexicons, so they share those caches."""

    def __init__(self, ruleset: RuleSet):
        self.ruleset = ruleset

    def __hash__(self) -> int:
        return hash(self.ruleset.dirs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LexiconKey) and other.ruleset.dirs == self.ruleset.dirs


def default_rules_dir() -> Path:
    """The packaged rules: the checkout's rules/, or the installed package's copy."""
    try:
        return packaged.folder("rules")
    except FileNotFoundError as e:
        raise RuleError(str(e)) from None


@functools.lru_cache(maxsize=16)
def load(extra_dirs: tuple[str, ...] = (), disabled: tuple[str, ...] = (),
         levels: tuple[tuple[str, str], ...] = ()) -> RuleSet:
    """Load the packaged rules, then each extra folder; cached per arguments."""
    dirs = (str(default_rules_dir()),) + tuple(str(Path(d)) for d in extra_dirs)
    rules: dict[str, Rule] = {}
    lexicons: dict[str, Any] = {}
    for d in dirs:
        path = Path(d)
        if not path.is_dir():
            raise RuleError(f"rules folder not found: {d}")
        lexicon_files = sorted(path.glob("lexicons/**/*.yaml"))
        rule_files = sorted(path.glob("checks/**/*.yaml"))
        if d != dirs[0] and not lexicon_files and not rule_files:
            _no_rules(path)
        for f in lexicon_files:
            data = _read(f)
            if d != dirs[0]:  # a user's lexicon overrides a packaged one: same name, keys, kinds
                _check_override(f, lexicons.get(f.stem), data)
            _merge_lexicon(lexicons, f.stem, data)
        seen: dict[str, Path] = {}
        for f in rule_files:
            data = _read(f)
            rid = str(data.get("id")) if isinstance(data, dict) and "id" in data else None
            rule = _rule(f, data, rules.get(rid))
            if rule.id in seen:
                raise RuleError(f"{f}: rule id {rule.id} is also used by {seen[rule.id]}")
            seen[rule.id] = f
            rules[rule.id] = rule
    for item in levels:
        if len(item) != 2:
            raise RuleError(f"a rule level must be written id=level; got {'='.join(item)!r}")
        rid, lvl = item
        if lvl not in SEVERITIES and lvl != "off":
            raise RuleError(f"level for {rid} must be one of error, warning, info, off; got {lvl!r}")
    out = []
    for r in sorted(rules.values(), key=lambda r: r.id):
        lvl = level_for(r, levels)
        if any(fnmatch.fnmatchcase(r.id, pat) for pat in disabled) or lvl == "off":
            continue
        if lvl != r.level:
            r = replace(r, level=lvl)
        out.append(r)
    return RuleSet(tuple(out), lexicons, dirs)


def _no_rules(path: Path) -> None:
    """A rule pack folder with nothing where rules are read: most likely files put one
    level too high ("house/late.yaml" for "house/checks/late.yaml"); an error, not a
    pack that silently changes nothing."""
    stray = sorted(p.relative_to(path).as_posix() for p in path.rglob("*.y*ml"))[:3]
    where = f" (it has {', '.join(stray)})" if stray else ""
    raise RuleError(f"{path}: no rule files in checks/*.yaml and no lexicons in lexicons/*.yaml{where}: "
                    "a rule pack keeps rule files under checks/ and lexicons under lexicons/")


def level_for(rule: Rule, levels: tuple[tuple[str, str], ...]) -> str:
    """The configured level: an exact id wins over a pattern ("sanity.*"); later patterns win."""
    exact = [lvl for rid, lvl in levels if rid == rule.id]
    if exact:
        return exact[-1]
    matched = [lvl for rid, lvl in levels if fnmatch.fnmatchcase(rule.id, rid)]
    return matched[-1] if matched else rule.level


# libyaml's loader when PyYAML was built with it: ten times as fast, same results
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except (OSError, yaml.YAMLError) as e:
        raise RuleError(f"{path}: cannot read YAML: {e}") from None


def _rule(path: Path, data: Any, base: Rule | None = None) -> Rule:
    """A rule from its file; `base` is the rule of an earlier pack with the same id,
    which this file is laid over."""
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a rule file must be a mapping")
    for key in data:
        if key not in RULE_KEYS:
            raise RuleError(f"{_where(path, str(key))}: unknown key {key!r}; known: {', '.join(sorted(RULE_KEYS))}")
    if base is not None:
        if data.get("extends", base.extends) != base.extends:
            raise RuleError(f"{_where(path, 'extends')}: rule {base.id} extends {base.extends!r} "
                            f"in {base.source}; an override cannot change its check type")
        data = {"extends": base.extends, "level": base.level, "message": base.message,
                "description": base.description, "examples": base.examples,
                "title": base.title, "help": base.help,
                **data, "params": {**base.params, **(data.get("params") or {})},
                "why_level": {**base.why_level, **_mapping(data.get("why_level"), path)}}
    missing = [k for k in ("id", "extends", "level", "message") if k not in data]
    if missing:
        raise RuleError(f"{path}: missing {', '.join(missing)}")
    if data["level"] not in SEVERITIES:
        raise RuleError(f"{_where(path, 'level')}: level must be error, warning or info")
    checktypes.load_check_modules()
    if data["extends"] not in checktypes.CHECK_TYPES:
        raise RuleError(f"{_where(path, 'extends')}: unknown check type {data['extends']!r}; "
                        f"known: {', '.join(sorted(checktypes.CHECK_TYPES))}")
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise RuleError(f"{_where(path, 'params')}: params must be a mapping")
    for key, problem in checktypes.param_problems(data["extends"], params):
        raise RuleError(f"{_where(path, 'params', key)}: {problem}")
    for key, most in WORDS_LIMITS.items():
        problem = _words_problem(data.get(key, ""), most)
        if problem:
            raise RuleError(f"{_where(path, key)}: {key} {problem}")
    why = _mapping(data.get("why_level"), path)
    for sev, line in why.items():
        problem = (f"names {sev!r}, not a level (error, warning, info)" if sev not in SEVERITIES
                   else _words_problem(line, WORDS_LIMITS["help"]))
        if problem:
            raise RuleError(f"{_where(path, 'why_level', sev)}: why_level {problem}")
    return Rule(id=str(data["id"]), extends=data["extends"], level=data["level"],
                message=str(data["message"]), params=dict(params),
                examples=dict(data.get("examples") or {}),
                description=str(data.get("description", "")), source=str(path),
                title=data.get("title", "").strip(), help=data.get("help", "").strip(),
                why_level={str(k): str(v).strip() for k, v in why.items()})


RULE_KEYS = frozenset({"id", "extends", "level", "message", "params", "examples", "description",
                       "title", "help", "why_level"})


def _mapping(value: Any, path: Path) -> dict:
    """A rule's why_level as given: a mapping of level -> line ({} when absent)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise RuleError(f"{_where(path, 'why_level')}: why_level must be a mapping of level: one line")
    return value


WORDS_LIMITS = {"title": 60, "help": 200}  # characters: a title fits a finding's header


def _words_problem(value: Any, most: int) -> str | None:
    """Why a rule's title or help is unusable, or None (both are optional: empty is fine)."""
    if not isinstance(value, str):
        return f"must be text, not {type(value).__name__}"
    if "\n" in value.strip():
        return "must be one line"
    if len(value.strip()) > most:
        return f"is {len(value.strip())} characters; at most {most}"
    return None


def _where(path: Path, *keys: str) -> str:
    """`path:line` of the deepest of the nested keys found in the file (the error path
    only: the file is parsed again, keeping positions)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return str(path)
    line = None
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        for k, v in node.value:
            if k.value == key:
                line, node = k.start_mark.line + 1, v
                break
        else:
            break
    return f"{path}:{line}" if line else str(path)


def _kind(value: Any) -> str:
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else "a single value"


PACKAGED_ONLY = {"sentences": "the split into sentences comes before any rule pack is chosen"}


def _check_override(path: Path, base: Any, data: Any) -> None:
    """A user's lexicon file names a packaged lexicon, and each of its keys is a key of
    that lexicon holding the same kind of value (merged onto it, so a typo would be
    silently ignored otherwise)."""
    if base is None:
        raise RuleError(f"{path}: unknown lexicon {path.stem!r}: a lexicon file is named after "
                        f"one of the packaged lexicons (rules/lexicons/*.yaml)")
    if path.stem in PACKAGED_ONLY:
        raise RuleError(f"{path}: lexicon {path.stem!r} is read from the package only "
                        f"({PACKAGED_ONLY[path.stem]}); a rule pack cannot change it")
    if _kind(data) != _kind(base):
        raise RuleError(f"{path}: lexicon {path.stem!r} must be {_kind(base)}, not {_kind(data)}")
    if not isinstance(base, dict):
        return
    for key, value in data.items():
        if key not in base:
            raise RuleError(f"{_where(path, str(key))}: unknown key {key} of lexicon {path.stem}; "
                            f"known: {', '.join(sorted(map(str, base)))}")
        if base[key] is not None and value is not None and _kind(value) != _kind(base[key]):
            raise RuleError(f"{_where(path, str(key))}: {key!r} must be {_kind(base[key])} "
                            f"(as in the packaged lexicon), not {_kind(value)}")


def _merge_lexicon(lexicons: dict[str, Any], name: str, data: Any) -> None:
    if name not in lexicons:
        lexicons[name] = data
        return
    base = lexicons[name]
    if isinstance(base, dict) and isinstance(data, dict):
        for k, v in data.items():
            if isinstance(base.get(k), list) and isinstance(v, list):
                base[k] = base[k] + [x for x in v if x not in base[k]]
            elif isinstance(base.get(k), dict) and isinstance(v, dict):
                base[k] = {**base[k], **v}
            else:
                base[k] = v
    elif isinstance(base, list) and isinstance(data, list):
        lexicons[name] = base + [x for x in data if x not in base]
    else:
        lexicons[name] = data
