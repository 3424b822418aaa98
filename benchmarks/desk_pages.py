"""Server time of the desk's list pages on a seeded desk of 1,000 articles (issue 15).

    .venv/bin/python benchmarks/desk_pages.py                 # builds the desk first (~20 s)
    .venv/bin/python benchmarks/desk_pages.py --db desk.db    # an existing desk (desk_seed.py DB)

The desk comes from desk_seed.build (the one seeding script). Each page is fetched
through Flask's test client as a local reviewer sees it (forms included), once to warm
up and then --repeat times; the median wall and CPU milliseconds are printed (the
machine's cores are shared: CPU is the steadier figure). Issue 15's target is < 200 ms
of server time for the inbox, the queue and the rule-health page (timed too when the
app has the `health` blueprint).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = ("/", "/?status=open&severity=error", "/?page=25", "/?sort=errors", "/?sort=-received&page=25", "/findings", "/findings?sort=oldest&page=10",
         "/findings?status=any&reviewer=Ann+Ortiz", "/activity", "/activity?action=undo",
         "/inbox.csv", "/findings.csv", "/activity.csv")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="an existing desk database (default: build one in a temporary folder)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from desk_seed import build

    from factcheck.settings import Settings
    from factcheck.web import create_app

    with tempfile.TemporaryDirectory(prefix="fc-desk-pages-") as tmp:
        db = args.db or f"{tmp}/desk.db"
        if not args.db:
            t0 = time.perf_counter()
            counts = build(db, args.articles)
            print(", ".join(f"{v:,} {k}" for k, v in counts.items()) + f" (built in {time.perf_counter() - t0:.0f} s)")
        app = create_app(Settings(db=db, rate_limit="off"))
        client = app.test_client()
        paths = list(PATHS) + sorted({r.rule for r in app.url_map.iter_rules()  # the rule-health page
                                      if r.endpoint.startswith("health.") and "GET" in r.methods
                                      and not r.arguments})
        print(f"{'page':45} {'wall ms':>8} {'CPU ms':>8} {'KB':>7}")
        for path in paths:
            resp = client.get(path)
            assert resp.status_code == 200, (path, resp.status_code)
            size = len(resp.get_data())
            wall, cpu = [], []
            for _ in range(args.repeat):
                t0, c0 = time.perf_counter(), time.process_time()
                client.get(path).close()
                wall.append(1000 * (time.perf_counter() - t0))
                cpu.append(1000 * (time.process_time() - c0))
            print(f"{path:45} {statistics.median(wall):8.1f} {statistics.median(cpu):8.1f} {size / 1024:7.1f}")


if __name__ == "__main__":
    main()
