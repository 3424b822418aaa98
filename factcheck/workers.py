"""Worker processes that never outlive the command that started them.

`process_pool(n)` is a ProcessPoolExecutor whose workers
- die with their parent, even when it is killed with SIGKILL and cannot clean up
  (Linux: prctl(PR_SET_PDEATHSIG); elsewhere a thread watching os.getppid()),
- leave SIGINT to the parent (a Ctrl-C reaches the whole process group; the parent
  decides, then stops them),
and which, when the body raises (Ctrl-C, SIGTERM via `sigterm_raises()`, an error),
cancels what is queued and stops its workers instead of waiting for the queue to drain.
`one_at_a_time` re-runs what a pool lost when a worker died, to find the item that killed it.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator, TypeVar

A = TypeVar("A")
T = TypeVar("T")

PR_SET_PDEATHSIG = 1  # linux/prctl.h


class Terminated(BaseException):
    """SIGTERM arrived (raised in the main thread, like KeyboardInterrupt for SIGINT)."""


@contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(os.getpid(),))
    try:
        yield pool
    except BaseException:
        stop(pool)
        raise
    pool.shutdown(wait=True)


def stop(pool: ProcessPoolExecutor, grace: float = 3.0) -> None:
    """Cancel the queue and end the workers now (SIGTERM, then SIGKILL after `grace` s)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(grace)
        if p.is_alive():
            p.kill()
            p.join(grace)
    if manager is not None:
        manager.join(grace)  # it ends once it sees its workers gone, unless it is stuck


def exit_after_interrupt(code: int) -> None:
    """Return if the process can exit normally; else flush stdout and stderr and end it
    now with `code`. An interrupt raised in the main thread while it ran the pool's own
    code (as_completed holding its futures' locks, a submit mid-way) can leave the
    pool's manager thread blocked for ever on a lock the main thread will never
    release, and the interpreter's exit joins that thread: the process printed its
    message, then hung. The caller has closed its output and stopped the workers first."""
    from concurrent.futures.process import _ExecutorManagerThread

    if not any(isinstance(t, _ExecutorManagerThread) and t.is_alive() for t in threading.enumerate()):
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


@contextmanager
def sigterm_raises() -> Iterator[None]:
    """Within the body, SIGTERM raises Terminated in the main thread (so `finally`
    blocks close outputs and stop workers); elsewhere a no-op."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise Terminated()

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def _init_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    if not _die_with_parent():
        threading.Thread(target=_watch, args=(parent,), daemon=True, name="factcheck-parent-watch").start()
    if os.getppid() != parent:  # the parent died before we could ask
        os._exit(1)


def _die_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int, every: float = 1.0) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def one_at_a_time(fn: Callable[..., T], items: Iterable[A], *args: Any) -> Iterator[tuple[A, T | None]]:
    """(item, fn(item, *args)) for each item, each run alone in a worker process, one
    after another; None when the worker died on it (a crash in C code, the OOM killer),
    after which a fresh worker takes the rest. For the work a broken pool left: the
    article that took a worker down is found and named, the others still checked."""
    from concurrent.futures.process import BrokenProcessPool

    todo = deque(items)
    while todo:
        with process_pool(1) as pool:
            while todo:
                item = todo.popleft()
                try:
                    result: T | None = pool.submit(fn, item, *args).result()
                except BrokenProcessPool:
                    result = None
                yield item, result
                if result is None:
                    break  # this pool is broken: a fresh one for the rest
