"""Rule health: how each rule fares with the desk's reviewers, and the admin's levers.

GET /rules shows, per rule and over a chosen period (?period=7, 30, 90 or all), the
findings raised, confirmed and dismissed and the share confirmed, as a server-rendered
SVG chart and a table, the most dismissed first with their latest dismissal notes
(rulestats.py). POST /rules/level lets an admin (auth.may_administer) change a rule's
level or switch it off for this desk, or give it back its own level: written to the
settings file (desk_levels.py), read by the next check.
"""
from __future__ import annotations

import fnmatch

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from .. import desk_levels, rules, rulestats
from ..settings import ConfigError
from .auth import admin_required, current_reviewer
from .context import get_db, get_settings
from .words import rule_title

bp = Blueprint("health", __name__, template_folder="templates")

DEFAULT_PERIOD = "30"
CHART_ROWS = 12  # the chart shows the most dismissed; the table lists every rule


@bp.get("/rules")
def rule_health():
    period = request.args.get("period", DEFAULT_PERIOD)
    if period not in rulestats.PERIODS:
        return redirect(url_for("health.rule_health"), 302)
    settings = get_settings()
    stats = rulestats.rule_stats(get_db(), rulestats.since(period))
    known = _known_rules(settings)
    seen = {s.rule for s in stats}
    quiet = [rulestats.RuleStats(rid) for rid in sorted(known) if rid not in seen]
    rows = [(s, _level_row(known.get(s.rule), settings)) for s in stats + quiet]
    charted = [s for s in stats if s.raised][:CHART_ROWS]
    return render_template("rules.html", rows=rows, period=period, periods=rulestats.PERIODS,
                           chart=chart(charted), levels=desk_levels.LEVELS,
                           cannot_write=desk_levels.writable(settings),
                           settings_path=desk_levels.levels_path(settings))


@bp.post("/rules/level")
@admin_required
def set_level():
    settings = get_settings()
    rule_id, level = request.form.get("rule", ""), request.form.get("level", "")
    period = request.form.get("period", DEFAULT_PERIOD)
    period = period if period in rulestats.PERIODS else DEFAULT_PERIOD
    if rule_id not in _known_rules(settings):
        abort(400, f"no rule {rule_id!r} in this desk's rule packs")
    if level != "own" and level not in desk_levels.LEVELS:
        abort(400, f"level must be one of {', '.join(desk_levels.LEVELS)}, or own")
    try:
        desk_levels.set_level(settings, rule_id, None if level == "own" else level)
    except (desk_levels.LevelsError, ConfigError, OSError) as e:
        abort(409, f"the level was not changed: {e}")
    who = current_reviewer() or "this machine"
    words = {"own": "its own level again", "off": "off for this desk"}.get(level, f"set to {level}")
    flash(f"{rule_title(rule_id)} ({rule_id}) is {words}, by {who}; the next check uses it "
          f"(saved in {desk_levels.levels_path(settings)}).", "ok")
    return redirect(url_for("health.rule_health", period=period, _anchor=f"rule-{rule_id}"), 303)


def _known_rules(settings) -> dict[str, rules.Rule]:
    """Every rule of the desk's packs with its own level (before any configured level)."""
    try:
        return {r.id: r for r in rules.load(tuple(settings.rules_dirs)).rules}
    except rules.RuleError:
        return {}


def _level_row(rule: rules.Rule | None, settings) -> dict:
    """A rule's own level, the level in force, and whether the settings file set it."""
    if rule is None:  # a rule no pack defines any more (or the editors' own flags)
        return {"own": None, "now": None, "set_here": False}
    off = any(fnmatch.fnmatchcase(rule.id, p) for p in settings.disabled_rules)
    now = "off" if off else rules.level_for(rule, settings.rule_levels)
    set_here = any(rid == rule.id for rid, _ in settings.rule_levels)
    return {"own": rule.level, "now": now, "set_here": set_here, "ignored": off}


# --- the chart: one stacked bar a rule (confirmed, dismissed, open), drawn on the server ---

BAR_H, GAP, LABEL_W, BAR_W, TOP = 18, 8, 260, 360, 24
PARTS = (("confirmed", "Confirmed"), ("dismissed", "Dismissed"), ("open", "Open"))


def chart(stats: list[rulestats.RuleStats]) -> dict:
    """Geometry for templates/rules.html's SVG: bars scaled to the most raised."""
    most = max((s.raised for s in stats), default=0) or 1
    bars = []
    for i, s in enumerate(stats):
        y, x, parts = TOP + i * (BAR_H + GAP), LABEL_W, []
        for key, label in PARTS:
            n = getattr(s, key)
            w = round(BAR_W * n / most, 1)
            if n:
                parts.append({"key": key, "label": label, "n": n, "x": x, "w": max(w, 1)})
            x += w
        bars.append({"rule": s.rule, "title": rule_title(s.rule), "y": y, "parts": parts,
                     "end": x, "raised": s.raised, "share": s.share_confirmed})
    return {"bars": bars, "width": LABEL_W + BAR_W + 170,
            "height": TOP + len(stats) * (BAR_H + GAP) + 4, "bar_h": BAR_H, "label_w": LABEL_W,
            "parts": PARTS}
