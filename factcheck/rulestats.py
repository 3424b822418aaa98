"""How each rule fares with the desk's reviewers: findings raised, confirmed, dismissed.

Read by the rule-health page (web/health.py). Two grouped queries over `findings` and
`reviews`, whatever the desk's size: no query per rule or per finding.

A finding counts in the period it was first raised (`findings.created_at`), with its
status now; findings a re-check has since retired (active = 0) count too, since the
decision on them still says how the rule did. The share confirmed is of the decided
findings (confirmed + dismissed), None when none is decided.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

PERIODS = {"7": 7, "30": 30, "90": 90, "all": None}  # ?period= value -> days (None: all time)
NOTES_PER_RULE = 3


@dataclass
class RuleStats:
    rule: str
    raised: int = 0
    confirmed: int = 0
    dismissed: int = 0
    notes: list[dict] = field(default_factory=list)  # latest dismissal notes, newest first

    @property
    def open(self) -> int:
        return self.raised - self.confirmed - self.dismissed

    @property
    def share_confirmed(self) -> float | None:
        decided = self.confirmed + self.dismissed
        return self.confirmed / decided if decided else None


def since(period: str, now: datetime | None = None) -> str | None:
    """The ISO time a period starts at (None: all time), comparable with the stored stamps."""
    days = PERIODS[period]
    if days is None:
        return None
    now = now or datetime.now(timezone.utc)
    return (now - timedelta(days=days)).isoformat(timespec="seconds")


def rule_stats(db, start: str | None = None) -> list[RuleStats]:
    """Every rule with a finding raised since `start`, the most dismissed first (then the
    lowest share confirmed, then the most raised, then the id)."""
    where, params = ("created_at >= ?", [start]) if start else ("1", [])
    stats: dict[str, RuleStats] = {}
    for rule, status, n in db.execute(
            f"select rule, status, count(*) from findings where {where} group by 1, 2", params):
        s = stats.setdefault(rule, RuleStats(rule))
        s.raised += n
        if status in ("confirmed", "dismissed"):
            setattr(s, status, getattr(s, status) + n)
    for note in dismissal_notes(db, start):
        if note["rule"] in stats:
            stats[note["rule"]].notes.append(note)
    share = lambda s: s.share_confirmed if s.share_confirmed is not None else 2.0  # noqa: E731
    return sorted(stats.values(), key=lambda s: (-s.dismissed, share(s), -s.raised, s.rule))


def dismissal_notes(db, start: str | None = None, per_rule: int = NOTES_PER_RULE) -> list[dict]:
    """The latest dismissals with a note, `per_rule` a rule, of findings raised since `start`
    (the findings the counts are of). A dismissal an undo took back is left out (its note
    no longer stands)."""
    cond = "and f.created_at >= ?" if start else ""
    rows = db.execute(f"""
        select rule, note, reviewer, created_at, article_id from (
          select f.rule, r.note, r.reviewer, r.created_at, f.article_id,
                 row_number() over (partition by f.rule order by r.id desc) as n
          from reviews r join findings f on f.id = r.finding_id
          where r.status = 'dismissed' and r.undoes is null and coalesce(r.note, '') != ''
            and r.note not like 'undo: %' {cond}
            and r.id not in (select undoes from reviews where undoes is not null))
        where n <= ? order by rule, n""", ([start] if start else []) + [per_rule])
    cols = ("rule", "note", "reviewer", "created_at", "article_id")
    return [dict(zip(cols, r)) for r in rows]
