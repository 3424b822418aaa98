"""The review desk across articles: the findings queue and the activity log (issue 15).

Read-only queries over store.py's tables. The queue lists active findings of every
article with the sentence each is about; the activity log lists the `reviews` table,
which already is the append-only history of every decision (an undo is a row of its
own naming the decision it takes back, `undoes`), with who undid what and when.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from .extract import segment
from .store import finding_filter, published_filter

SORTS = {  # name -> ORDER BY; every order ends on the finding id, so pages never overlap
    "severity": "case f.severity when 'error' then 0 when 'warning' then 1 else 2 end, "
                "coalesce(a.published, '') desc, f.article_id desc, f.id",
    "newest": "coalesce(a.published, '') desc, f.article_id desc, f.id",
    "oldest": "a.published = '' or a.published is null, a.published, f.article_id, f.id",
    "rule": "f.rule, coalesce(a.published, '') desc, f.article_id desc, f.id",
    "raised": "f.created_at desc, f.id desc",
}
SORT_LABEL = {"severity": "errors first", "newest": "newest article first",
              "oldest": "oldest article first", "rule": "rule", "raised": "latest raised first"}
DECISIONS = ("confirmed", "dismissed", "reopened", "undo")
ACTIONS = DECISIONS + ("edit", "flag")  # edit: a text/date correction (versions); flag: an editor flag made
WINDOW = 600  # characters read either side of a claim to find its sentence
CHUNK = 500  # values per `in (...)`: an export of every finding stays under SQLite's variable limit


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(values), CHUNK):
        yield values[i:i + CHUNK]


def _where(status: str | None, severity: str | None, rule: str | None, reviewer: str | None,
           since: str | None, until: str | None) -> tuple[str, list[Any]]:
    where, params = finding_filter(status, severity, rule)
    where.insert(0, "f.active = 1")
    if reviewer:
        where.append("exists (select 1 from reviews r where r.finding_id = f.id and r.reviewer = ?)")
        params.append(reviewer)
    dcond, dparams = published_filter("a.published", since, until)
    return " and ".join(where + dcond), params + dparams


def queue(db, *, status: str | None = "open", severity: str | None = None, rule: str | None = None,
          reviewer: str | None = None, since: str | None = None, until: str | None = None,
          sort: str = "severity", page: int = 1, per_page: int | None = 20
          ) -> tuple[list[dict[str, Any]], int]:
    """Active findings of all articles matching every filter given, and how many match.

    `reviewer` keeps findings that reviewer has decided (or undone) at least once;
    `since`/`until` bound the article's publication date (inclusive, ISO). Each row
    has the article's title and date, the finding's claims with their spans, its
    latest decision (if any), and `sentence`: the sentence of its first claim cut
    into (text, is_claim) pieces. per_page=None gives every match (the CSV export)."""
    where, params = _where(status, severity, rule, reviewer, since, until)
    frm = "findings f join articles a on a.id = f.article_id"
    total = db.execute(f"select count(*) from {frm} where {where}", params).fetchone()[0]
    cols = ("id", "fid", "rule", "severity", "message", "claims", "details", "status", "article_id",
            "created_at", "title", "published", "url")
    limit = "" if per_page is None else f" limit {int(per_page)} offset {int((page - 1) * per_page)}"
    rows = [dict(zip(cols, r)) for r in db.execute(
        f"""select f.id, f.fid, f.rule, f.severity, f.message, f.claims, f.details, f.status, f.article_id,
                   f.created_at, a.title, a.published, a.url
            from {frm} where {where} order by {SORTS.get(sort, SORTS['severity'])}{limit}""", params)]
    for r in rows:
        r["claims"] = json.loads(r["claims"] or "[]")
        r["details"] = json.loads(r["details"] or "{}")
    _add_spans(db, rows)
    _add_last_decisions(db, rows)
    for r in rows:
        r["sentence"] = _sentence(db, r)
    return rows, total


def _add_spans(db, rows: list[dict[str, Any]]) -> None:
    """Each row's claims as (cid, start, end, text), in text order; one query per article.
    An editor's flag names no claim: its own quoted span stands for one."""
    wanted: dict[int, set[str]] = {}
    for r in rows:
        wanted.setdefault(r["article_id"], set()).update(r["claims"])
    spans: dict[tuple[int, str], tuple[int, int, str]] = {}
    for aid, cids in wanted.items():
        for part in _chunks(sorted(cids)):
            marks = ",".join("?" * len(part))
            for cid, a, b, text in db.execute(
                    # (sentence -1: a claim in a title given apart, its span in the title, not the text)
                    f"select cid, span_start, span_end, text from claims where article_id = ? and cid in ({marks})"
                    " and sentence >= 0",
                    [aid, *part]):
                spans[(aid, cid)] = (a, b, text)
    for r in rows:
        found = [(cid, *spans[(r["article_id"], cid)]) for cid in r["claims"] if (r["article_id"], cid) in spans]
        span, quote = r["details"].get("span"), r["details"].get("text")
        if not found and span and quote:
            found = [("", span[0], span[1], quote)]
        r["spans"] = sorted(found, key=lambda s: (s[1], s[2]))


def _add_last_decisions(db, rows: list[dict[str, Any]]) -> None:
    """The latest review row of each finding (an undo included), or None."""
    last: dict[int, dict[str, Any]] = {}
    cols = ("finding_id", "status", "reviewer", "created_at", "undoes", "note")
    for ids in _chunks([r["id"] for r in rows]):
        marks = ",".join("?" * len(ids))
        for row in db.execute(
                f"""select {', '.join(cols)} from reviews where id in
                    (select max(id) from reviews where finding_id in ({marks}) group by finding_id)""", ids):
            d = dict(zip(cols, row))
            last[d["finding_id"]] = d
    for r in rows:
        r["last"] = last.get(r["id"])


def _sentence(db, r: dict[str, Any]) -> list[tuple[str, bool]]:
    """The sentence holding the finding's first claim, as the pipeline would split it,
    cut into (piece, is one of this finding's claims). Only a window of the text around
    the claim is read (an article may be 200,000 characters); [] when it has no claim."""
    if not r["spans"]:
        return []
    _, a, b, _ = r["spans"][0]
    lo = max(0, a - WINDOW)
    window = db.execute("select substr(text, ?, ?) from articles where id = ?",
                        [lo + 1, b - lo + WINDOW, r["article_id"]]).fetchone()[0] or ""
    line_start = window.rfind("\n", 0, a - lo) + 1
    nl = window.find("\n", b - lo)
    line = window[line_start:nl if nl != -1 else len(window)]
    offset = lo + line_start
    start, end = offset, offset + len(line)
    for s in segment.split(line):
        if s.start + offset <= a < s.end + offset or s.start + offset >= a:
            start, end = s.start + offset, s.end + offset
            break
    pieces, pos = [], start
    for _, ca, cb, _ in r["spans"]:
        if ca < pos or cb > end:
            continue  # nested in one shown, or in another sentence
        if ca > pos:
            pieces.append((window[pos - lo:ca - lo], False))
        pieces.append((window[ca - lo:cb - lo], True))
        pos = cb
    if pos < end:
        pieces.append((window[pos - lo:end - lo], False))
    return pieces


def reviewers(db) -> list[str]:
    return [r[0] for r in db.execute("select distinct reviewer from reviews where reviewer != '' order by 1")]


def _action_sql(action: str) -> str:
    undo = "(r.undoes is not null or r.note like 'undo: %')"
    if action == "undo":
        return undo
    status = {"confirmed": "confirmed", "dismissed": "dismissed", "reopened": "open"}[action]
    return f"r.status = '{status}' and not {undo}"


ACTIVITY_COLS = ("kind", "id", "created_at", "reviewer", "status", "note", "correction", "undoes",
                 "finding_id", "fid", "rule", "severity", "article_id", "title",
                 "undone_by_id", "undone_by", "undone_at", "extra")
# one select per kind of entry, each giving ACTIVITY_COLS; `extra` is an edit's changes
# (JSON) or a flag's quoted text. {who}, {when} and {rule} name the columns filters read.
_KINDS = {
    "decision": ("""select 'decision', r.id, r.created_at, r.reviewer, r.status, r.note, r.correction,
                    r.undoes, f.id, f.fid, f.rule, f.severity, f.article_id, a.title,
                    u.id, u.reviewer, u.created_at, null
                  from reviews r join findings f on f.id = r.finding_id join articles a on a.id = f.article_id
                  left join reviews u on u.id = (select min(x.id) from reviews x where x.undoes = r.id)""",
                 "r.reviewer", "r.created_at", "f.rule"),
    "edit": ("""select 'edit', v.id, v.edited_at, v.edited_by, null, v.note, null, null, null, null, null,
                null, v.article_id, a.title, null, null, null, v.changes
              from versions v join articles a on a.id = v.article_id""",
             "v.edited_by", "v.edited_at", None),
    "flag": (f"""select 'flag', f.id, f.created_at, coalesce(json_extract(f.details, '$.by'), ''), f.status,
                 f.message, json_extract(f.details, '$.correction'), null, f.id, f.fid, f.rule, f.severity,
                 f.article_id, a.title, null, null, null, json_extract(f.details, '$.text')
               from findings f join articles a on a.id = f.article_id""",
             "coalesce(json_extract(f.details, '$.by'), '')", "f.created_at", "f.rule"),
}
_KIND_RANK = "case kind when 'decision' then 2 when 'edit' then 1 else 0 end"


def activity(db, *, reviewer: str | None = None, rule: str | None = None, action: str | None = None,
             since: str | None = None, until: str | None = None, page: int = 1,
             per_page: int | None = 50) -> tuple[list[dict[str, Any]], int]:
    """What was done on the desk, newest first: review decisions (with the finding, its
    article, and who undid each, if anyone), corrections of a text or date (`edit`, from
    the versions table, with `summary`: what changed) and editor flags made (`flag`, the
    note and quoted text). `since`/`until` bound the entry's day (inclusive, ISO, UTC);
    `rule` keeps decisions on (and flags of) that rule, so no edits."""
    parts, params = [], []
    for kind, (select, who, when, rule_col) in _KINDS.items():
        if action in DECISIONS and kind != "decision" or action in ("edit", "flag") and kind != action:
            continue
        if rule and rule_col is None:
            continue
        where = [f"{FLAG_SQL}" if kind == "flag" else "1"]
        if kind == "decision" and action in DECISIONS:
            where.append(_action_sql(action))
        for cond, value in ((f"{who} = ?", reviewer), (f"{rule_col} = ?", rule),
                            (f"substr({when}, 1, 10) >= ?", since), (f"substr({when}, 1, 10) <= ?", until)):
            if value:
                where.append(cond)
                params.append(value)
        parts.append(f"{select} where {' and '.join(where)}")
    if not parts:
        return [], 0
    union = f"with act({', '.join(ACTIVITY_COLS)}) as ({' union all '.join(parts)})"
    total = db.execute(f"{union} select count(*) from act", params).fetchone()[0]
    limit = "" if per_page is None else f" limit {int(per_page)} offset {int((page - 1) * per_page)}"
    rows = [dict(zip(ACTIVITY_COLS, r)) for r in db.execute(
        f"""{union} select * from act order by created_at desc, {_KIND_RANK} desc, id desc{limit}""", params)]
    for r in rows:
        extra = r.pop("extra")
        if r["kind"] == "edit":
            r["action"], r["summary"] = "edit", edit_summary(json.loads(extra or "null"))
        elif r["kind"] == "flag":
            r["action"], r["summary"] = "flag", f"flagged “{extra or ''}”"
        else:
            r["summary"] = ""
            r["action"] = ("undo" if r["undoes"] is not None or (r["note"] or "").startswith("undo: ")
                           else "reopened" if r["status"] == "open" else r["status"])
    return rows, total


FLAG_SQL = "f.rule = 'editor.flag'"


def edit_summary(changes: dict[str, Any] | None) -> str:
    """What an edit changed, in a line: the date, the first changed words, the findings."""
    if not changes:
        return "edited"
    out = []
    old, new = changes.get("published") or [None, None]
    if old != new:
        out.append(f"date {old or 'none'} → {new or 'none'}")
    hunks = (changes.get("diff") or {}).get("hunks", [])
    if hunks:
        h = hunks[0]
        said = f"“{' '.join(h['deleted'].split())}” → “{' '.join(h['inserted'].split())}”"
        more = len(hunks) - 1 + (changes.get("diff") or {}).get("more", 0)
        out.append(f"text {said}" + (f" and {more} more change{'s' if more != 1 else ''}" if more else ""))
    out.append(f"findings: {len(changes.get('gone', []))} gone, {len(changes.get('new', []))} new, "
               f"{changes.get('kept', 0)} kept")
    return "; ".join(out)
