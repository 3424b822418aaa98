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
