"""Issue 15, rules that learn from decisions (Flask test client, real database and settings
file; the clicks are in test_browser_health.py): the rule-health page's counts, order,
periods and dismissal notes; an admin's level change written to the settings file, shown
by `factcheck config`, used by the next check and reversible; why a finding has its level."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from factcheck import rules, store
from factcheck.cli import main
from factcheck.settings import Settings
from factcheck.web import create_app
from test_review import PLANTED, decide, findings, submit, token

WARNED = "Talks resume\n\nThe ministers will meet on January 3 to settle the matter."  # tense: a warning
DEADLINE = "temporal.deadline-order"


@pytest.fixture
def desk(tmp_path):
    """A desk whose settings file is a .factcheck.yaml in its own folder, with a comment."""
    cfg = tmp_path / ".factcheck.yaml"
    cfg.write_text("# the newsroom's settings\ndate-order: DMY\n", encoding="utf-8")
    app = create_app(Settings(db=str(tmp_path / "desk.db"), config_file=str(cfg)))
    app.config["TESTING"] = True
    return app, cfg


def rows(html: str) -> list[tuple[str, list[str]]]:
    """(rule id, cell texts) of the rule-health table, in page order."""
    out = []
    for rid, body in re.findall(r'<tr id="rule-[^"]+" data-rule="([^"]+)">(.*?)</tr>', html, re.S):
        cells = re.findall(r'<td data-label="[^"]+"[^>]*>(.*?)</td>', body, re.S)
        out.append((rid, [re.sub(r"<[^>]+>|\s+", " ", c).strip() for c in cells]))
    return out


def health(client, period: str = "all") -> str:
    r = client.get(f"/rules?period={period}")
    assert r.status_code == 200
    return r.get_data(as_text=True)


def set_level(client, rule: str, level: str):
    return client.post("/rules/level", data={"csrf_token": token(client), "rule": rule,
                                             "level": level, "period": "all"})


def test_counts_raised_confirmed_dismissed_and_share_most_dismissed_first(client):
    aid = submit(client)  # two deadline errors
    wid = submit(client, WARNED)  # one tense warning
    first, second = findings(client, aid)
    decide(client, first, "confirmed")
    decide(client, second, "dismissed", note="the January 12 deadline is a different one")
    decide(client, findings(client, wid)[0], "dismissed", note="a plan, not a report")
    decide(client, findings(client, wid)[0], "dismissed", note="still a plan")
    table = rows(health(client))
    assert [r for r, _ in table[:2]] == ["temporal.tense", DEADLINE]  # most dismissed, then lower share
    tense, deadline = table[0][1], table[1][1]
    assert tense[:5] == ["1", "0", "1", "0", "0%"]  # raised, confirmed, dismissed, open, share
    assert deadline[:5] == ["2", "1", "1", "0", "50%"]
    assert "still a plan" in tense[6] and "a plan, not a report" in tense[6]
    assert tense[6].index("still a plan") < tense[6].index("a plan, not a report")  # newest first
    assert any(r == "sanity.negative-count" and c[0] == "0" for r, c in table)  # every rule listed


def test_a_period_counts_findings_raised_in_it(client, app):
    aid = submit(client)
    db = store.connect(app.config["FACTCHECK"].db)
    old = findings(client, aid)[0]["finding_id"]
    db.execute("update findings set created_at = '2001-01-01T00:00:00+00:00' where id = ?", [old])
    db.conn.commit()
    assert dict(rows(health(client, "30")))[DEADLINE][0] == "1"
    assert dict(rows(health(client, "all")))[DEADLINE][0] == "2"
    assert client.get("/rules?period=12").status_code == 302  # not a period: the default


def test_an_undone_dismissal_leaves_its_note_out(client):
    aid = submit(client)
    f = findings(client, aid)[0]
    decide(client, f, "dismissed", note="wrong call")
    client.post(f"/findings/{f['finding_id']}/undo", data={"csrf_token": token(client), "reviewer": "Ann"})
    html = health(client)
    assert "wrong call" not in html
    assert dict(rows(html))[DEADLINE][:3] == ["2", "0", "0"]


def test_the_chart_draws_one_bar_a_rule_with_findings(client):
    aid = submit(client)
    decide(client, findings(client, aid)[0], "confirmed")
    html = health(client)
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg
    assert svg.count('class="bar-row"') == 1
    assert "Completion after its deadline: 1 confirmed" in svg and "1 open" in svg


def test_an_admin_sets_a_level_the_next_check_uses_and_takes_it_back(desk):
    app, cfg = desk
    client = app.test_client()
    assert {f["severity"] for f in findings(client, submit(client))} == {"error"}
    r = set_level(client, DEADLINE, "warning")
    assert r.status_code == 303
    text = cfg.read_text(encoding="utf-8")
    assert text.startswith("# the newsroom's settings\ndate-order: DMY\n")  # the rest is kept
    assert "levels:\n  temporal.deadline-order: warning\n" in text
    r = client.post("/api/v1/check", json={"text": PLANTED, "published": "2022-01-13"})
    assert {f["severity"] for f in r.get_json()["findings"]} == {"warning"}
    out = CliRunner().invoke(main, ["config", str(cfg.parent)]).output
    assert "rule_levels = (('temporal.deadline-order', 'warning'),)" in out and str(cfg) in out
    table = dict(rows(health(client)))
    assert "warning" in table[DEADLINE][5] and "own level error" in table[DEADLINE][5]

    set_level(client, DEADLINE, "off")
    r = client.post("/api/v1/check", json={"text": PLANTED, "published": "2022-01-13"})
    assert r.get_json()["findings"] == []
    set_level(client, DEADLINE, "own")
    assert "levels" not in cfg.read_text(encoding="utf-8")
    r = client.post("/api/v1/check", json={"text": PLANTED, "published": "2022-01-13"})
    assert {f["severity"] for f in r.get_json()["findings"]} == {"error"}


def test_a_level_set_elsewhere_is_kept_when_the_desk_sets_another(desk):
    app, cfg = desk
    cfg.write_text("levels:\n  sanity.*: warning  # quieter sanity checks\nfail-level: warning\n")
    client = app.test_client()
    set_level(client, DEADLINE, "info")
    from factcheck.settings import from_file
    s = from_file(cfg)
    assert dict(s.rule_levels) == {"sanity.*": "warning", DEADLINE: "info"}
    assert s.fail_level == "warning"


def test_levels_need_an_admin_when_sign_in_is_configured(tmp_path):
    from factcheck.web.auth import ReviewAccess

    cfg = tmp_path / ".factcheck.yaml"
    app = create_app(Settings(db=str(tmp_path / "d.db"), config_file=str(cfg)))
    app.config["REVIEW_ACCESS"] = ReviewAccess(token="review-secret", admin_token="admin-secret")
    client = app.test_client()

    def sign_in(secret):
        client.post("/signin", data={"csrf_token": token(client, "/signin"), "name": "Ann", "secret": secret})
    sign_in("review-secret")
    assert set_level(client, DEADLINE, "info").status_code == 403  # a reviewer, not an admin
    assert not cfg.exists()
    assert "Only an admin can change" in health(client) and 'name="level"' not in health(client)
    sign_in("admin-secret")
    assert set_level(client, DEADLINE, "info").status_code == 303
    assert "temporal.deadline-order: info" in cfg.read_text()


@pytest.mark.parametrize("form, status", [
    ({"rule": "no.such-rule", "level": "info"}, 400),
    ({"rule": DEADLINE, "level": "loud"}, 400),
])
def test_a_bad_level_change_is_refused_plainly(desk, form, status):
    app, cfg = desk
    client = app.test_client()
    r = client.post("/rules/level", data={"csrf_token": token(client), **form},
                    headers={"Accept": "application/json"})
    assert r.status_code == status and r.get_json()["detail"]
    assert "levels" not in cfg.read_text()


def test_a_level_change_without_the_csrf_token_is_refused(desk):
    app, cfg = desk
    r = app.test_client().post("/rules/level", data={"rule": DEADLINE, "level": "off"})
    assert r.status_code == 400 and "levels" not in cfg.read_text()


def test_levels_from_the_environment_are_not_overwritten(tmp_path, monkeypatch):
    from factcheck.settings import from_env

    cfg = tmp_path / ".factcheck.yaml"
    s = from_env({"FACTCHECK_RULE_LEVELS": "temporal.tense=info"},
                 base=Settings(db=str(tmp_path / "d.db"), config_file=str(cfg)))
    client = create_app(s).test_client()
    assert "FACTCHECK_RULE_LEVELS is set" in health(client)
    r = set_level(client, DEADLINE, "info")
    assert r.status_code == 409 and not cfg.exists()


def test_without_a_config_file_the_levels_go_beside_the_database(tmp_path):
    client = create_app(Settings(db=str(tmp_path / "d.db"))).test_client()
    assert set_level(client, DEADLINE, "warning").status_code == 303
    assert (tmp_path / ".factcheck.yaml").read_text() == "levels:\n  temporal.deadline-order: warning\n"
    r = client.post("/api/v1/check", json={"text": PLANTED, "published": "2022-01-13"})
    assert {f["severity"] for f in r.get_json()["findings"]} == {"warning"}


# --- why a finding is an error and not a warning (or the reverse) ---

def test_every_level_a_packaged_rule_gives_in_its_examples_has_a_why_line():
    from factcheck import check

    for r in rules.load().rules:
        assert r.level in r.why_level, f"{r.id}: no why_level for its own level {r.level}"
        for ex in r.examples.get("fail", []):
            report = check(ex["text"], published=ex.get("published"), title=ex.get("title"))
            for f in report.findings:
                if f.rule == r.id:
                    assert f.severity in r.why_level, f"{r.id}: no why_level for {f.severity}"


@pytest.mark.parametrize("body, why", [
    ("why_level: {loud: because}", "names 'loud', not a level"),
    ("why_level: {error: \"two\\nlines\"}", "must be one line"),
    ("why_level: [error]", "must be a mapping"),
])
def test_a_bad_why_level_is_refused_naming_the_file(tmp_path, body, why):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "x.yaml").write_text(
        f"id: house.x\nextends: weekday-date\nlevel: error\nmessage: m\n{body}\n")
    with pytest.raises(rules.RuleError, match=why) as e:
        rules.load((str(tmp_path),))
    assert "x.yaml" in str(e.value)


def test_a_finding_says_why_it_is_an_error_or_a_warning(client):
    html = client.get(f"/articles/{submit(client)}").get_data(as_text=True)
    assert "Why an error, not a warning: The completion and its deadline are tied" in html
    html = client.get(f"/articles/{submit(client, WARNED)}").get_data(as_text=True)
    assert "Why a warning, not an error: A verb" in html


def test_a_level_the_desk_set_is_the_reason_given(desk):
    app, _ = desk
    client = app.test_client()
    set_level(client, DEADLINE, "warning")
    html = client.get(f"/articles/{submit(client)}").get_data(as_text=True)
    assert "Why a warning, not an error: This desk set the rule to warning (its own level is error)." in html
