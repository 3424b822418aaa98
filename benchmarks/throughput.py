"""Throughput on this machine: the full check vs a quantulum3 + dateparser baseline,
the HTTP API under gunicorn, memory per worker, and batch (local vs Dask).

    .venv/bin/python benchmarks/throughput.py            # about 2 minutes
    .venv/bin/python benchmarks/throughput.py --quick    # about 40 seconds

Articles: variants of the seed article padded to 3,000 characters, each with its
own numbers and dates (so no cache sees the same text twice). The machine's 2 cores
are shared: CPU seconds are reported next to wall time where it matters.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kazakhstan-csto-pullout.txt"
PAD = ("Separately, the ministry said {a:,} households had lost power on {day} January and that "
       "repairs costing about ${b} million would take {c} days. Prices rose {d}% in the week to "
       "January {e}, against {f}% a year earlier, and {g} flights were cancelled at Almaty airport. ")


def articles(n: int, size: int = 3000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    base = SEED.read_text(encoding="utf-8")
    out = []
    for _ in range(n):
        text = base.replace("12,000", f"{rng.randint(9, 20) * 1000:,}").replace(
            "1.8 million", f"{rng.randint(11, 25) / 10} million")
        while len(text) < size:
            text += PAD.format(a=rng.randint(1000, 90000), day=rng.randint(3, 12), b=rng.randint(2, 90),
                               c=rng.randint(2, 9), d=rng.randint(1, 30) / 10, e=rng.randint(5, 12),
                               f=rng.randint(1, 30) / 10, g=rng.randint(5, 200))
        out.append(text[:size].rsplit(" ", 1)[0] + ".")
    return out


def rate(fn, items) -> tuple[float, float]:
    """(items per second, CPU seconds per item) over the whole list."""
    cpu0, t0 = time.process_time(), time.perf_counter()
    for x in items:
        fn(x)
    wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    return len(items) / wall, cpu / len(items)


def bench_core(n_check: int, n_base: int) -> dict:
    from factcheck import check

    warnings.filterwarnings("ignore")
    import dateparser.search
    import quantulum3.parser

    texts = articles(max(n_check, n_base) + 2)
    check(texts[-1], published="2022-01-13")  # warm: loads the lexicons once
    quantulum3.parser.parse(texts[-2])
    dateparser.search.search_dates(texts[-2])
    ours, ours_cpu = rate(lambda t: check(t, published="2022-01-13"), texts[:n_check])
    base, base_cpu = rate(lambda t: (quantulum3.parser.parse(t), dateparser.search.search_dates(t)),
                          texts[:n_base])
    return {"chars": len(texts[0]), "check_per_s": ours, "check_cpu_ms": ours_cpu * 1000,
            "baseline_per_s": base, "baseline_cpu_ms": base_cpu * 1000,
            "ratio_wall": ours / base, "ratio_cpu": base_cpu / ours_cpu}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bench_http(n: int, concurrency: int, workers: int) -> dict:
    import psutil
    import requests

    tmp = tempfile.mkdtemp(prefix="fc-bench-")
    port = _free_port()
    env = {**os.environ, "FACTCHECK_DB": f"{tmp}/bench.db", "FACTCHECK_RATE_LIMIT": "off",
           "HOST": "127.0.0.1", "PORT": str(port), "WORKERS": str(workers), "ACCESS_LOG": "/dev/null"}
    proc = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py")],
                            cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if requests.get(base + "/healthz", timeout=5).ok:
                    break
            except requests.RequestException:  # not listening or still warming up
                time.sleep(0.1)
        texts = articles(n + workers * 2, seed=11)
        session = requests.Session()
        for t in texts[n:]:  # warm every worker
            session.post(base + "/api/v1/check", json={"text": t, "published": "2022-01-13"}, timeout=60)

        def one(t: str) -> float:
            t0 = time.perf_counter()
            r = requests.post(base + "/api/v1/check", json={"text": t, "published": "2022-01-13"}, timeout=60)
            r.raise_for_status()
            return time.perf_counter() - t0

        t0 = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            lat = sorted(pool.map(one, texts[:n]))
        wall = time.perf_counter() - t0
        master = psutil.Process(proc.pid)
        kids = master.children()
        rss = [k.memory_info().rss / 2**20 for k in kids]
        uss = [k.memory_full_info().uss / 2**20 for k in kids]
        return {"requests": n, "concurrency": concurrency, "workers": workers,
                "p50_ms": 1000 * statistics.median(lat), "p99_ms": 1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))],
                "req_per_s": n / wall, "worker_rss_mb": max(rss), "worker_uss_mb": max(uss),
                "master_rss_mb": master.memory_info().rss / 2**20}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def _warm() -> None:
    from factcheck import check

    check("Warm-up: 5 people on 2 January 2022.", published="2022-01-13")


def bench_batch(n: int, workers: int) -> dict:
    from factcheck import batch
    from factcheck.settings import Settings

    tmp = Path(tempfile.mkdtemp(prefix="fc-batch-"))
    src = tmp / "in.jsonl"
    src.write_text("".join(json.dumps({"text": t, "published": "2022-01-13"}) + "\n"
                           for t in articles(n, seed=23)), encoding="utf-8")
    settings = Settings(db=str(tmp / "x.db"))
    out = {}
    t0 = time.perf_counter()
    batch.run([str(src)], str(tmp / "local.jsonl"), settings, workers=workers)
    out["local_per_s"] = n / (time.perf_counter() - t0)

    from distributed import Client, LocalCluster

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        with Client(cluster.scheduler_address) as client:  # warm the workers, as the local pool is
            client.run(_warm)
        started = time.perf_counter()
        batch.run([str(src)], str(tmp / "dask.jsonl"), settings, scheduler=cluster.scheduler_address)
        done = time.perf_counter()
    out["dask_per_s"] = n / (done - started)
    out["dask_cluster_start_s"] = started - t0  # processes started and warmed
    out["articles"], out["workers"] = n, workers
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    q = args.quick
    res = {"cpus": os.cpu_count()}
    res["core"] = bench_core(n_check=30 if q else 100, n_base=10 if q else 30)
    c = res["core"]
    print(f"full check, {c['chars']}-char articles: {c['check_per_s']:.1f}/s ({c['check_cpu_ms']:.1f} ms CPU each)")
    print(f"quantulum3.parse + dateparser.search_dates: {c['baseline_per_s']:.1f}/s ({c['baseline_cpu_ms']:.1f} ms CPU each)")
    print(f"ratio: {c['ratio_wall']:.1f}x by wall time, {c['ratio_cpu']:.1f}x by CPU time (target >= 20x)")
    res["http"] = bench_http(n=100 if q else 400, concurrency=4, workers=2)
    h = res["http"]
    print(f"POST /api/v1/check under gunicorn ({h['workers']} workers, {h['concurrency']} clients, "
          f"{h['requests']} requests): p50 {h['p50_ms']:.0f} ms, p99 {h['p99_ms']:.0f} ms, {h['req_per_s']:.1f} req/s")
    print(f"memory per worker: {h['worker_rss_mb']:.0f} MB RSS ({h['worker_uss_mb']:.0f} MB unshared); "
          f"master {h['master_rss_mb']:.0f} MB")
    res["batch"] = bench_batch(n=60 if q else 300, workers=2)
    b = res["batch"]
    print(f"batch of {b['articles']} articles, {b['workers']} workers: local processes {b['local_per_s']:.1f}/s, "
          f"Dask LocalCluster {b['dask_per_s']:.1f}/s (+{b['dask_cluster_start_s']:.1f} s to start and warm the cluster)")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
