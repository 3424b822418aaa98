"""The time budget end to end: the setting, the pipeline's ticks, and every door's answer
to a check abandoned past it (API 503 with Retry-After, desk message, CLI exit 2, batch
record error), the worker going on serving."""
from __future__ import annotations

import json
import re
import sys
import time
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

import slow_step
from conftest import SEED_DATE
from factcheck import checks, deadline, pipeline
from factcheck.cli import main
from factcheck.deadline import CheckTimeout
from factcheck.settings import ConfigError, Settings, from_env, from_file
from factcheck.web import create_app

LATE = ("Troops pull out\n\nThe pullout would be completed by Wednesday next week, "
        "several days ahead of a January 12 deadline.\n")


# --- the setting ----------------------------------------------------------------


def test_the_budget_defaults_to_10_seconds():
    assert Settings().check_budget == 10.0


def test_the_environment_and_a_config_file_set_the_budget(tmp_path):
    assert from_env({"FACTCHECK_CHECK_BUDGET": "2.5"}).check_budget == 2.5
    cfg = tmp_path / ".factcheck.yaml"
    cfg.write_text("check-budget: 3\n")
    s = from_file(cfg)
    assert s.check_budget == 3.0 and s.sources["check_budget"] == str(cfg)


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf"])
def test_a_budget_that_is_no_number_of_seconds_is_a_config_error(value):
    with pytest.raises(ConfigError, match="FACTCHECK_CHECK_BUDGET"):
        from_env({"FACTCHECK_CHECK_BUDGET": value})


def test_factcheck_config_shows_the_budget_and_where_it_came_from(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CHECK_BUDGET", "4")
    r = CliRunner().invoke(main, ["config", str(tmp_path)])
    assert r.exit_code == 0
    assert "check_budget = 4.0  (environment)" in r.output


# --- the pipeline -------------------------------------------------------------------


def test_a_check_past_its_budget_raises_check_timeout(seed_text):
    with pytest.raises(CheckTimeout, match="time budget of 1e-09 s"):
        pipeline.check(seed_text, published=SEED_DATE, settings=Settings(check_budget=1e-9))


def test_what_is_built_once_per_process_does_not_count_against_the_budget():
    # a cached build (a grammar, a lexicon, the reference index) runs with the clock paused:
    # the first text of a fresh worker is not abandoned for the worker's own loading
    calls = []

    @deadline.one_off
    def build():
        calls.append(1)
        time.sleep(0.3)
        return "built"

    with deadline.budget(0.2):
        assert build() == "built"
        deadline.tick()  # 0.3 s spent, none of it counted
        time.sleep(0.25)
        with pytest.raises(CheckTimeout):
            deadline.tick()  # the text's own time still is
    assert calls == [1]


def test_a_zero_budget_means_no_limit(seed_text, monkeypatch):
    monkeypatch.setattr(deadline, "time", SimpleNamespace(monotonic=lambda: 1e12))  # ages later
    report = pipeline.check(seed_text, published=SEED_DATE, settings=Settings(check_budget=0))
    assert report.claims


def test_every_step_ticks_inside_its_loops(seed_text, monkeypatch):
    """A slow step notices the budget between small units of work: each sentence, temporal
    match and finder window, figure, claim to link, rule. Counted with a clock that
    records who asks it."""
    calls: dict[str, int] = {}
    real = time.monotonic

    def counting():
        caller = sys._getframe(2).f_code  # monotonic <- tick <- the step
        key = f"{caller.co_filename.rsplit('factcheck/', 1)[-1]}:{caller.co_name}"
        calls[key] = calls.get(key, 0) + 1
        return real()

    monkeypatch.setattr(deadline, "time", SimpleNamespace(monotonic=counting))
    report = pipeline.check(seed_text, published=SEED_DATE, settings=Settings(check_budget=60))
    sentences = len(report.document.sentences)
    quantities = sum(c.kind == "quantity" for c in report.claims)
    rules = len(Settings().ruleset().rules)

    def n(part: str) -> int:
        return sum(v for k, v in calls.items() if part in k)
    assert n("segment.py") >= sentences
    assert n("temporal/__init__.py") >= sum(c.kind != "quantity" for c in report.claims)
    assert n("temporal/finder.py") > 0
    assert n("extract/numbers/") >= quantities
    assert n("extract/link/") >= len(report.claims)
    assert n("checks/__init__.py") >= rules
    assert n("pipeline.py") >= 5  # between the steps


def test_a_check_type_cannot_swallow_the_timeout(seed_text, monkeypatch):
    """checks.run turns a broken check into an info finding; a timeout is no broken check."""
    rule = Settings().ruleset().rules[0]

    def out_of_time(ctx):
        raise CheckTimeout(1.0)
    monkeypatch.setitem(checks.CHECK_TYPES, rule.extends, out_of_time)
    with pytest.raises(CheckTimeout):
        pipeline.check(seed_text, published=SEED_DATE)


def test_a_slow_step_is_abandoned_soon_after_the_budget(monkeypatch):
    slow_step.install(monkeypatch)
    t = time.monotonic()
    with pytest.raises(CheckTimeout):
        pipeline.check(f"{slow_step.MARK}: 5 people.", settings=Settings(check_budget=0.2))
    assert time.monotonic() - t < 5  # the budget, plus a tick's unit of work; generous
    deadline.tick()  # and the budget ended with the check


# --- the API and the desk ---------------------------------------------------------------


@pytest.fixture
def slow_client(tmp_path, monkeypatch):
    slow_step.install(monkeypatch)
    app = create_app(Settings(db=str(tmp_path / "slow.db"), check_budget=0.3, rate_limit="off"))
    return app.test_client()


@pytest.mark.parametrize("path", ["/api/v1/check", "/api/v1/articles"])
def test_a_check_past_its_budget_is_a_503_problem_with_retry_after(slow_client, path):
    r = slow_client.post(path, json={"text": f"{slow_step.MARK}: 5 people.", "published": SEED_DATE})
    assert r.status_code == 503
    assert r.mimetype == "application/problem+json"
    assert r.headers["Retry-After"] == "1"
    body = r.get_json()
    assert body["type"] == "urn:factcheck:problem:check-timed-out"
    assert body["title"] == "Check timed out" and body["status"] == 503
    assert "time budget of 0.3 s" in body["detail"]


def test_nothing_is_stored_for_an_abandoned_check(slow_client):
    slow_client.post("/api/v1/articles", json={"text": f"{slow_step.MARK}: 5 people."})
    assert slow_client.get("/api/v1/articles").get_json()["total"] == 0


def test_the_app_serves_the_next_check_after_a_timeout(slow_client):
    assert slow_client.post("/api/v1/check", json={"text": f"{slow_step.MARK}: 5 people."}).status_code == 503
    r = slow_client.post("/api/v1/check", json={"text": LATE, "published": SEED_DATE})
    assert r.status_code == 200
    assert r.get_json()["findings"][0]["rule"] == "temporal.deadline-order"


def test_a_tiny_budget_times_out_and_leaves_nothing_behind_in_the_thread(tmp_path):
    tiny = create_app(Settings(db=str(tmp_path / "a.db"), check_budget=1e-9, rate_limit="off"))
    r = tiny.test_client().post("/api/v1/check", json={"text": LATE, "published": SEED_DATE})
    assert r.status_code == 503 and r.headers["Retry-After"] == "1"
    normal = create_app(Settings(db=str(tmp_path / "b.db"), rate_limit="off"))
    assert normal.test_client().post("/api/v1/check", json={"text": LATE}).status_code == 200


def _csrf(client, path="/submit") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_the_desk_submit_page_says_the_check_timed_out(slow_client):
    r = slow_client.post("/submit", data={"csrf_token": _csrf(slow_client),
                                          "text": f"{slow_step.MARK}: 5 people.", "title": "Kept"})
    assert r.status_code == 503 and r.headers["Retry-After"] == "1"
    html = r.get_data(as_text=True)
    assert "Not checked: the check ran past its time budget of 0.3 s" in html
    assert 'value="Kept"' in html  # the form is kept for another try


def test_the_desk_recheck_past_the_budget_says_so_and_keeps_the_article(tmp_path, monkeypatch):
    app = create_app(Settings(db=str(tmp_path / "r.db"), check_budget=0.3, rate_limit="off"))
    client = app.test_client()
    r = client.post("/api/v1/articles", json={"text": f"{slow_step.MARK}: 5 people.", "published": SEED_DATE})
    assert r.status_code == 201  # stored before the step turned slow
    slow_step.install(monkeypatch)
    aid = r.get_json()["id"]
    r = client.post(f"/articles/{aid}/recheck", data={"csrf_token": _csrf(client, f"/articles/{aid}")},
                    follow_redirects=True)
    assert r.status_code == 200
    assert "Not re-checked: the check ran past its time budget" in r.get_data(as_text=True)


# --- the CLI and batch ---------------------------------------------------------------------


def test_cli_reports_a_timed_out_file_in_one_line_and_checks_the_others(tmp_path, monkeypatch):
    slow_step.install(monkeypatch)
    slow, late = tmp_path / "slow.txt", tmp_path / "late.txt"
    slow.write_text(f"{slow_step.MARK}: 5 people.\n")
    late.write_text(LATE)
    r = CliRunner().invoke(main, ["check", "-j", "1", "--check-budget", "0.3", "--published", SEED_DATE,
                                  str(slow), str(late)])
    assert r.exit_code == 2, r.output
    assert f"{slow}: the check ran past its time budget of 0.3 s and was abandoned\n" in r.stderr
    assert "Traceback" not in r.output
    assert f"{late}:3:" in r.stdout and "temporal.deadline-order" in r.stdout


def test_batch_records_a_timeout_as_that_records_error_and_goes_on(tmp_path, monkeypatch):
    from factcheck.batch import run

    slow_step.install(monkeypatch)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"text": f"{slow_step.MARK}: 5 people."}) + "\n"
                   + json.dumps({"text": LATE, "published": SEED_DATE}) + "\n")
    counts = run([str(src)], str(out), Settings(check_budget=0.3), workers=1)
    assert counts == {"total": 2, "skipped": 0, "checked": 2, "errors": 1}
    first, second = [json.loads(x) for x in out.read_text().splitlines()]
    assert first == {"key": f"{src}:1", "error": "CheckTimeout: the check ran past its time budget "
                                                  "of 0.3 s and was abandoned"}
    assert second["findings"][0]["rule"] == "temporal.deadline-order"


def test_batch_takes_the_budget_from_its_flag(tmp_path):
    from factcheck.commands import batch

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"text": LATE}) + "\n")
    r = CliRunner().invoke(batch, [str(src), "--out", str(out), "--workers", "1",
                                   "--check-budget", "0.000000001"])
    assert r.exit_code == 1
    assert "time budget of 1e-09 s" in json.loads(out.read_text())["error"]


def test_check_timeout_crosses_a_process_boundary():
    # a pool worker's timeout reaches the parent as itself (benchmarks run checks in pools)
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.deadline import CheckTimeout

    again = pickle.loads(pickle.dumps(CheckTimeout(2.5)))
    assert isinstance(again, CheckTimeout) and again.seconds == 2.5 and "2.5 s" in str(again)
    with ProcessPoolExecutor(1) as pool:
        err = pool.submit(_raise_timeout).exception()
    assert isinstance(err, CheckTimeout) and err.seconds == 0.5


def _raise_timeout():
    from factcheck.deadline import CheckTimeout

    raise CheckTimeout(0.5)
