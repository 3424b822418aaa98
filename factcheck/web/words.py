"""Rules in an editor's words: a rule's `title:` and `help:` from its YAML, shown in the
desk instead of its code id (the id stays on hover and in exports).

Titles come from every rule the desk's packs define, switched off or not: a stored
finding of a rule switched off since still deserves its name."""
from __future__ import annotations

import functools

from .. import rules
from .context import get_settings


def _rules() -> dict[str, rules.Rule]:
    return _by_id(tuple(get_settings().rules_dirs))


@functools.lru_cache(maxsize=16)
def _by_id(dirs: tuple[str, ...]) -> dict[str, rules.Rule]:
    try:
        return {r.id: r for r in rules.load(dirs).rules}
    except rules.RuleError:  # a broken pack is reported where rules run; here the id will do
        return {}


# findings no rule pack raises: (title, help)
DESK_RULES = {"editor.flag": ("Flagged by an editor",
                              "an editor marked this passage where the automatic checks found nothing")}


def rule_title(rule_id: str) -> str:
    r = _rules().get(rule_id)
    return r.title if r is not None and r.title else DESK_RULES.get(rule_id, (rule_id,))[0]


def rule_help(rule_id: str) -> str:
    r = _rules().get(rule_id)
    return r.help if r is not None else DESK_RULES.get(rule_id, ("", ""))[1]


def why_level(rule_id: str, severity: str) -> str:
    """Why a finding of this rule has this severity: the desk's own setting when it moved
    the rule off its level, else the rule's `why_level:` line for that severity."""
    r = _rules().get(rule_id)
    if r is None:
        return "The editor who flagged it chose this level." if rule_id in DESK_RULES else ""
    set_to = rules.level_for(r, get_settings().rule_levels)
    if set_to != r.level and severity == set_to:
        return f"This desk set the rule to {set_to} (its own level is {r.level})."
    return r.why_level.get(severity, "")
