"""Slow clients against a real gunicorn (issue 18): do they hold the server?

    .venv/bin/python benchmarks/slow_clients.py                 # sync workers, then as configured
    .venv/bin/python benchmarks/slow_clients.py --mode conf     # only gunicorn.conf.py as it is

Starts gunicorn with the project's gunicorn.conf.py (2 workers) on 127.0.0.1 on a free
port, twice: once forced to sync workers (`-k sync --threads 1`, how it was served
before), once as configured. For each of two attacks it opens N slow clients and,
while they are open, times GET /healthz and POST /api/v1/check (a 3,000-char article):

  body     headers and half of a 2,000-byte body, then nothing
  headers  half of the request headers, then nothing

Then it reports what each slow client got (a status line, or the connection closed)
and after how long, and, without slow clients, 4 concurrent clients' POST latency
and throughput (threads must not cost the CPU-bound check much). Loopback only;
every wait is bounded (--patience).
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BODY_HEAD = (b"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
             b"Content-Length: 2000\r\n\r\n")
ATTACKS = {
    "body": BODY_HEAD + b'{"text": "' + b"x" * 990,
    "headers": b"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(mode: str, workers: int, db: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "FACTCHECK_DB": db, "FACTCHECK_RATE_LIMIT": "off", "HOST": "127.0.0.1",
           "PORT": str(port), "WORKERS": str(workers), "ACCESS_LOG": "/dev/null",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    extra = ["-k", "sync", "--threads", "1"] if mode == "sync" else []
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), *extra],
                            cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if requests.get(base + "/healthz", timeout=5).ok:
                return proc, base
        except requests.RequestException:
            time.sleep(0.1)
    stop(proc)
    raise RuntimeError(f"gunicorn ({mode}) did not start")


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    proc.wait(timeout=60)


def open_slow(base: str, payload: bytes, n: int) -> list[tuple[socket.socket, float]]:
    port = int(base.rsplit(":", 1)[1])
    out = []
    for _ in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(payload)
        out.append((s, time.monotonic()))
    return out


def fate(sock: socket.socket, opened: float, patience: float) -> tuple[str, float | None]:
    """What the server did with a slow client (its status line, or a close) and when."""
    sock.settimeout(max(0.1, opened + patience - time.monotonic()))
    try:
        data = sock.recv(200)
    except TimeoutError:
        return f"nothing within {patience:.0f} s", None
    except OSError as e:
        data, why = b"", type(e).__name__
    else:
        why = "connection closed"
    finally:
        sock.close()
    line = data.split(b"\r\n", 1)[0].decode("latin-1") if data else why
    return line, time.monotonic() - opened


def summary(fates: list[tuple[str, float | None]]) -> str:
    out = []
    for line in sorted({f[0] for f in fates}):
        times = [t for f, t in fates if f == line and t is not None]
        when = f" after {min(times):.1f}-{max(times):.1f} s" if times else ""
        out.append(f"{sum(f == line for f, _ in fates)}x {line}{when}")
    return "; ".join(out)


def timed(fn, patience: float) -> float | None:
    t0 = time.perf_counter()
    try:
        fn(patience)
    except requests.RequestException:
        return None
    return time.perf_counter() - t0


def fmt(lat: list[float | None], patience: float) -> str:
    done = sorted(x for x in lat if x is not None)
    missed = len(lat) - len(done)
    parts = [f"first {1000 * lat[0]:.0f} ms" if lat[0] is not None else f"first > {patience:.0f} s"]
    if done:
        parts.append(f"median {1000 * statistics.median(done):.0f} ms, max {1000 * done[-1]:.0f} ms")
    if missed:
        parts.append(f"{missed} of {len(lat)} unanswered within {patience:.0f} s")
    return "; ".join(parts)


def attack(base: str, kind: str, n: int, samples: int, patience: float, text: str) -> None:
    slow = open_slow(base, ATTACKS[kind], n)
    pool = ThreadPoolExecutor(len(slow))  # each slow client waits for its answer meanwhile
    fates = [pool.submit(fate, sock, opened, patience) for sock, opened in slow]
    time.sleep(0.5)  # let the workers pick them up
    health = [timed(lambda p: requests.get(base + "/healthz", timeout=p).raise_for_status(), patience)
              for _ in range(samples)]
    check = [timed(lambda p: requests.post(base + "/api/v1/check", json={"text": text, "published": "2022-01-13"},
                                           timeout=p).raise_for_status(), patience)
             for _ in range(samples)]
    print(f"  {n} slow clients ({kind}): /healthz {fmt(health, patience)}")
    print(f"  {' ' * (len(str(n)) + 24 + len(kind))}POST /api/v1/check {fmt(check, patience)}")
    pool.shutdown(wait=True)
    print(f"  {' ' * (len(str(n)) + 24 + len(kind))}slow clients got: {summary([f.result() for f in fates])}")


def load(base: str, texts: list[str], concurrency: int = 4) -> str:
    def one(t: str) -> float:
        t0 = time.perf_counter()
        requests.post(base + "/api/v1/check", json={"text": t, "published": "2022-01-13"}, timeout=60).raise_for_status()
        return time.perf_counter() - t0
    for t in texts[:8]:
        one(t)  # warm both workers
    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        lat = sorted(pool.map(one, texts[8:]))
    wall = time.perf_counter() - t0
    return (f"p50 {1000 * statistics.median(lat):.0f} ms, p99 {1000 * lat[int(0.99 * (len(lat) - 1))]:.0f} ms, "
            f"{len(lat) / wall:.0f} req/s ({len(lat)} requests, {concurrency} clients)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mode", choices=("both", "sync", "conf"), default="both")
    ap.add_argument("--clients", type=int, default=4, help="slow clients per attack")
    ap.add_argument("--samples", type=int, default=5, help="timed requests of each kind per attack")
    ap.add_argument("--patience", type=float, default=75.0, help="longest wait for any answer, seconds")
    ap.add_argument("--requests", type=int, default=200, help="requests in the no-attack load run")
    ap.add_argument("--load-only", action="store_true", help="skip the attacks: only the load run")
    ap.add_argument("--repeat", type=int, default=1, help="run the modes this many times, alternating")
    args = ap.parse_args()
    texts = articles(args.requests + 8, seed=23)
    modes = ("sync", "conf") if args.mode == "both" else (args.mode,)
    for mode in modes * args.repeat:
        label = "sync workers (before)" if mode == "sync" else "gunicorn.conf.py as configured"
        print(f"{label}, 2 workers:")
        with tempfile.TemporaryDirectory(prefix="fc-slow-") as tmp:
            proc, base = start(mode, 2, f"{tmp}/slow.db")
            try:
                for kind in () if args.load_only else ATTACKS:
                    attack(base, kind, args.clients, args.samples, args.patience, texts[0])
                print(f"  no slow clients: POST /api/v1/check {load(base, texts)}")
            finally:
                stop(proc)


if __name__ == "__main__":
    main()
