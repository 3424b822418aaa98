"""A real gunicorn on 127.0.0.1 for tests: the project's gunicorn.conf.py, a free port,
its own process group (so stopping it stops its workers)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db: Path, workers: int = 3, args: tuple[str, ...] = (), **env: str) -> tuple[subprocess.Popen, str]:
    """`args`: more gunicorn arguments (e.g. another app: "--pythonpath", DIR, "module:factory()")."""
    port = free_port()
    env = {**os.environ, "FACTCHECK_DB": str(db), "FACTCHECK_RATE_LIMIT": "off", "HOST": "127.0.0.1",
           "PORT": str(port), "WORKERS": str(workers), "ACCESS_LOG": "/dev/null", **env}
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), *args],
                            cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60  # for the workers to boot and warm up
    while time.time() < deadline:
        try:
            if requests.get(base + "/healthz", timeout=5).ok:
                return proc, base
        except requests.RequestException:  # not listening or still warming up
            time.sleep(0.1)
    stop(proc)
    raise RuntimeError("gunicorn did not start: " + proc.stderr.read().decode()[-2000:])


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    try:
        os.killpg(proc.pid, sig)  # our own process group: the master and its workers
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)
