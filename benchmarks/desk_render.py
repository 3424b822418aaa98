"""The review desk's article page for a big article (issue 18): time and size.

    .venv/bin/python benchmarks/desk_render.py                  # about a minute
    .venv/bin/python benchmarks/desk_render.py --dump DIR       # also write the pages' HTML

Builds a synthetic 200,000-character article whose blocks each hold a weekday that
does not match its date, a completion after its deadline and a wrong percentage
change (so thousands of findings over thousands of claims), checks it once (the check
is not what is timed, and runs without a time budget), stores it in a temporary SQLite database, dismisses every
tenth finding, and times GET /articles/<id> through Flask's test client as a local
reviewer sees it (review forms included), in wall and CPU seconds (the machine's 2
cores are shared: CPU time is the steadier figure). The seed article, and the seed with its
deadline moved to January 12 (one finding, dismissed), are rendered too: with
--dump, their HTML (CSRF tokens and review times masked) can be compared before and after a change.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kazakhstan-csto-pullout.txt"
BLOCK = ("On Monday, January {d}, 2022, officials said the pullout would be completed by Wednesday "
         "next week, several days ahead of a January {d2} deadline. Repairs rose 50% to ${a} million "
         "from ${b} million. Of the {t} people detained, {p1} were released and {p2} were charged. ")


def big_article(chars: int) -> str:
    parts, n, i = ["Big test article\n\n"], 18, 0
    while n < chars:
        s = BLOCK.format(d=3 + i % 20, d2=4 + i % 9, a=3 + i % 7, b=2 + i % 5, t=1000 + i, p1=700 + i, p2=500 + i)
        s += "\n\n" if i % 5 == 4 else ""
        parts.append(s)
        n, i = n + len(s), i + 1
    return "".join(parts)[:chars]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3, help="timed GETs of the big page")
    ap.add_argument("--dump", type=Path, help="write the rendered pages (CSRF tokens and times masked) here")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from factcheck import check, store
    from factcheck.settings import Settings
    from factcheck.web import create_app

    seed = SEED.read_text(encoding="utf-8")
    texts = {"seed": seed, "seed-jan12": seed.replace("January 22 deadline", "January 12 deadline"),
             "big": big_article(args.chars)}
    with tempfile.TemporaryDirectory(prefix="fc-desk-") as tmp:
        db_path = f"{tmp}/desk.db"
        settings = Settings(db=db_path, rate_limit="off", check_budget=0)  # the big check may take a while
        app = create_app(settings)
        db = store.connect(db_path)
        ids = {}
        for name, text in texts.items():
            t0 = time.perf_counter()
            report = check(text, published="2022-01-13", settings=settings)
            ids[name], _ = store.save(db, report)
            if name == "big":
                print(f"big article: {len(text):,} characters, {len(report.claims):,} claims, "
                      f"{len(report.findings):,} findings (checked and stored in {time.perf_counter() - t0:.1f} s)")
            for i, f in enumerate(store.article_findings(db, ids[name])):
                if name != "seed" and i % 10 == 0:
                    store.review(db, f["id"], "dismissed", "benchmark", "bench")
        client = app.test_client()
        pages = {}
        for name in texts:
            resp = client.get(f"/articles/{ids[name]}")
            assert resp.status_code == 200, resp.status_code
            pages[name] = resp.get_data()
        times, cpu = [], []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            client.get(f"/articles/{ids['big']}").close()
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        print(f"desk page of the big article: median {statistics.median(times):.2f} s wall, "
              f"{statistics.median(cpu):.2f} s CPU (wall min {min(times):.2f}, max {max(times):.2f}; "
              f"{args.repeat} GETs), {len(pages['big']) / 2**20:.1f} MB of HTML; this process had "
              f"{100 * sum(cpu) / sum(times):.0f}% of a core meanwhile (alone, wall = CPU)")
        print(f"desk page of the seed article: {len(pages['seed']):,} bytes")
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            for name, html in pages.items():
                masked = re.sub(rb'name="csrf_token" value="[^"]*"', b'name="csrf_token" value="..."', html)
                masked = re.sub(rb'<time datetime="[^"]*">[^<]*</time>', b"<time>...</time>", masked)
                (args.dump / f"{name}.html").write_bytes(masked)
            print(f"pages written to {args.dump}/")


if __name__ == "__main__":
    main()
