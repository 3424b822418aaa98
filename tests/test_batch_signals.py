"""Killing `factcheck batch` (or `check --jobs 2`) leaves no worker processes behind.

Real processes: the command is started, its workers are found in /proc once they
run, the parent is signalled, and the workers must be gone within seconds - for
SIGKILL too, which the parent cannot act on (the workers notice on their own).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEED

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")


def _stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # fields after "pid (comm)": state, ppid, ...


def children(pid: int) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            st = _stat(int(d))
            if st and int(st[1]) == pid:
                out.append(int(d))
    return out


def alive(pid: int) -> bool:
    st = _stat(pid)
    return st is not None and st[0] != "Z"


def wait_for(cond, seconds: float):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = cond()
        if value:
            return value
        time.sleep(0.1)
    return cond()


def _default_sigint() -> None:
    # a shell's background job inherits SIGINT ignored, and Python then never raises
    # KeyboardInterrupt: give the command the default, as a terminal would
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(args: list[str]) -> tuple[subprocess.Popen, list[int]]:
    proc = subprocess.Popen([sys.executable, "-m", "factcheck.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=_default_sigint)
    workers = wait_for(lambda: len(children(proc.pid)) >= 2 and children(proc.pid), 90)
    if not workers:
        proc.kill()
        pytest.fail(f"no workers started: {proc.communicate()}")
    time.sleep(1.0)  # well into the work
    return proc, workers


@pytest.fixture
def archive(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    src = tmp_path / "big.jsonl"
    src.write_text("".join(json.dumps({"text": text, "published": "2022-01-13"}) + "\n"
                           for _ in range(3000)), encoding="utf-8")
    return src


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_killing_batch_leaves_no_workers(archive, tmp_path, sig):
    out = tmp_path / "out.jsonl"
    proc, workers = start(["batch", str(archive), "--out", str(out), "--workers", "2", "--no-progress"])
    try:
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=30)
        assert wait_for(lambda: not any(alive(w) for w in workers), 5), \
            [(w, _stat(w)) for w in workers if alive(w)]
    finally:
        _kill(proc, workers)
    assert proc.returncode == -sig if sig == signal.SIGKILL else proc.returncode == 128 + sig
    if sig != signal.SIGKILL:  # the parent closed the output: whole lines, and says how to resume
        assert "run the same command again to resume" in err and "Traceback" not in err
        for line in out.read_text(encoding="utf-8").splitlines():
            json.loads(line)


def test_killing_check_with_jobs_leaves_no_workers(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    for i in range(400):
        (tmp_path / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    proc, workers = start(["check", str(tmp_path), "--jobs", "2", "-q"])
    try:
        proc.kill()
        proc.communicate(timeout=30)
        assert wait_for(lambda: not any(alive(w) for w in workers), 5)
    finally:
        _kill(proc, workers)


def _kill(proc: subprocess.Popen, workers: list[int]) -> None:
    """Whatever the test left running."""
    if proc.poll() is None:
        proc.kill()
        proc.communicate()
    for w in workers:
        if alive(w):
            os.kill(w, signal.SIGKILL)


STUCK = """
import sys, time
from factcheck.workers import exit_after_interrupt, process_pool, stop
with process_pool(2) as pool:
    futures = [pool.submit(time.sleep, 30) for _ in range(6)]
    time.sleep(0.5)
    futures[-1]._condition.acquire()  # as an interrupt inside as_completed's taking of its locks leaves it
    stop(pool, grace=1.0)
    print("written before the exit", flush=False)
    exit_after_interrupt(143)
    sys.exit(0)
"""


def test_an_interrupted_command_exits_though_the_pool_thread_is_stuck(tmp_path):
    # the manager thread blocks on the future's lock; the interpreter's exit would join it
    # for ever: the command flushes what it wrote and ends with its code instead
    proc = subprocess.run([sys.executable, "-c", STUCK], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 143, proc.stderr
    assert proc.stdout == "written before the exit\n"


def test_after_a_clean_stop_the_command_exits_as_usual():
    from factcheck.workers import exit_after_interrupt, process_pool, stop
    with process_pool(2) as pool:
        pool.submit(int, "1").result()
        stop(pool)
    assert exit_after_interrupt(143) is None  # returned: nothing holds the exit
