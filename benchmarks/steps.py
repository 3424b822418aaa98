"""CPU milliseconds per step of the full check, on the 3,000-character articles of
benchmarks/throughput.py: where the time goes.

    .venv/bin/python benchmarks/steps.py [--n 300] [--profile]

--profile prints the 40 functions with the most cumulative time under cProfile instead
(cProfile roughly doubles every cost; use it for proportions, not for figures).
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

PUBLISHED = date(2022, 1, 13)


def steps(texts: list[str]) -> dict[str, float]:
    """CPU ms per article for each step, run the way pipeline.check runs them."""
    from factcheck import checks, pipeline
    from factcheck.extract import coverage, dates, frame, link, numbers
    from factcheck.settings import from_env

    settings = from_env()
    ruleset = settings.ruleset()
    total: dict[str, float] = {}

    def timed(name, fn, *a):
        t = time.process_time()
        out = fn(*a)
        total[name] = total.get(name, 0.0) + time.process_time() - t
        return out

    for text in texts:
        t0 = time.process_time()
        doc = timed("document", pipeline.make_document, text, PUBLISHED, None, None, settings)
        temporal = timed("temporal", dates.extract, doc, ruleset, settings)
        quantities, ignored = timed("numbers", numbers.extract, doc, ruleset)

        claims = timed("merge", pipeline.merge, doc, quantities, temporal)
        timed("link", link.link, doc, claims, ruleset)
        timed("frame", frame.frame, doc, claims, ruleset, link.money_units(ruleset))
        timed("checks", checks.run, doc, claims, ruleset, settings)
        timed("coverage", coverage.measure, doc, claims, ignored)
        total["whole"] = total.get("whole", 0.0) + time.process_time() - t0
    return {k: v * 1000 / len(texts) for k, v in total.items()}


def main() -> None:
    import throughput
    from factcheck import check

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    texts = throughput.articles(args.n)
    for t in texts[:20]:
        check(t, published=PUBLISHED)  # load rules, lexicons, reference index
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        for t in texts:
            check(t, published=PUBLISHED)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
        return
    t = time.process_time()
    for x in texts:
        check(x, published=PUBLISHED)
    whole = (time.process_time() - t) * 1000 / len(texts)
    for name, ms in steps(texts).items():
        print(f"{name:10s} {ms:6.3f} ms")
    print(f"check()    {whole:6.3f} ms  (pipeline.check end to end, incl. sorting and ids)")


if __name__ == "__main__":
    main()
