"""The cooperative time budget (factcheck/deadline.py)."""
import time

import pytest

from factcheck.deadline import CheckTimeout, budget, tick


def test_tick_without_budget_never_raises():
    tick()


def test_tick_raises_once_the_budget_has_run_out():
    with budget(0.01):
        tick()
        time.sleep(0.02)
        with pytest.raises(CheckTimeout, match="0.01 s"):
            tick()


def test_budget_ends_with_its_block():
    with budget(0.001):
        time.sleep(0.002)
    tick()


def test_zero_budget_means_none():
    with budget(0):
        time.sleep(0.001)
        tick()


def test_time_paused_does_not_count_against_the_budget():
    from factcheck.deadline import paused

    with budget(0.05):
        with paused():
            time.sleep(0.1)
        tick()
        time.sleep(0.06)
        with pytest.raises(CheckTimeout):
            tick()


def test_quantulum3s_one_off_load_is_paused(monkeypatch):
    """Its tables load on the first parse (seconds in a fresh process): never a timeout."""
    from quantulum3 import parser

    from factcheck.extract import units

    real = parser.parse
    monkeypatch.setattr(parser, "parse", lambda s, *a, **k: (time.sleep(0.1), real(s, *a, **k))[1])
    units._parser.cache_clear()
    try:
        with budget(0.05):
            assert units._parser() is parser
            tick()
    finally:
        units._parser.cache_clear()
