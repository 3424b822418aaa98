"""A time budget for one check: the second line of defence behind linear-time steps.

Every step of the pipeline is meant to be linear in the text; if one is not (a
pattern that backtracks on a shape nobody tried), the check must still end. The
budget is cooperative: `pipeline.check` opens it with `budget(seconds)`, and the
steps call `tick()` between units of work (a sentence, a rule, a pattern). Past the
budget, `tick()` raises CheckTimeout, which every door turns into a clean answer
(HTTP 503 with Retry-After, a CLI error with exit 2, a batch record's error).

It lives in a context variable, so each thread of a threaded server has its own.

    with budget(10.0):
        ...
        tick()   # raises CheckTimeout once 10 s have passed
"""
from __future__ import annotations

import contextvars
import functools
import time
from contextlib import contextmanager
from typing import Any, Callable, Iterator, TypeVar

T = TypeVar("T")

_DEADLINE: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "factcheck_deadline", default=None)


class CheckTimeout(RuntimeError):
    """The check ran past its time budget and was abandoned."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"the check ran past its time budget of {seconds:g} s and was abandoned")

    def __reduce__(self):
        # rebuilt from its seconds, not its message, when it crosses a process boundary
        # (a worker of a pool raising it to the parent)
        return CheckTimeout, (self.seconds,)


@contextmanager
def budget(seconds: float | None) -> Iterator[None]:
    """Run the body with a budget of `seconds` (None or <= 0: no budget)."""
    value = (time.monotonic() + seconds, seconds) if seconds and seconds > 0 else None
    token = _DEADLINE.set(value)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


@contextmanager
def paused() -> Iterator[None]:
    """Time spent in the body does not count against the budget in force: for one-off
    loads (a library's tables on first use) that cost seconds once per process, so the
    first such text in a fresh worker is not abandoned for them."""
    value = _DEADLINE.get()
    start = time.monotonic()
    try:
        yield
    finally:
        if value is not None:
            _DEADLINE.set((value[0] + time.monotonic() - start, value[1]))


def one_off(fn: Callable[..., T]) -> Callable[..., T]:
    """fn's time does not count against the budget (see paused): for what is built once
    per process or rule set (compiled grammars, lexicons, the reference index) and kept,
    under an lru_cache placed above this, so a cached call does not come here."""
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> T:
        with paused():
            return fn(*args, **kwargs)
    return run


def tick() -> None:
    """Raise CheckTimeout when the budget in force has run out; cheap otherwise."""
    value = _DEADLINE.get()
    if value is not None and time.monotonic() > value[0]:
        raise CheckTimeout(value[1])
