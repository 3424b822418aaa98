"""Time of the reference.* rules, the other rules and all rules, per article.

    python benchmarks/reference_speed.py ../shared/data/timebank [--warm] [--profile]

Checks alone (extraction excluded) on up to 30 TimeBank articles of 2,500-3,500
characters, the median of 10 runs per article. By default each run is cold: the
per-text memo of names (resolve.TextMentions) is cleared first, as for an article
checked once; --warm keeps it, as benchmarks/seeded_errors.py --speed does
(it re-checks the same text 20 times).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import seeded_errors as se  # noqa: E402
from factcheck import checks as checks_pkg  # noqa: E402
from factcheck.pipeline import extract_claims, make_document  # noqa: E402
from factcheck.reference import resolve  # noqa: E402
from factcheck.settings import Settings  # noqa: E402


def prepared(arts, settings, ruleset):
    for a in arts:
        doc = make_document(a.text, a.published, None if a.title else a.name, None, settings)
        claims, _ = extract_claims(doc, ruleset, settings)
        yield doc, claims


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--warm", action="store_true", help="keep the per-text memo between runs")
    ap.add_argument("--profile", action="store_true", help="cProfile the reference rules")
    args = ap.parse_args(argv)
    settings = Settings()
    ruleset = settings.ruleset()
    sets = {
        "reference.*": type(ruleset)(tuple(r for r in ruleset.rules if r.id.startswith("reference.")),
                                     ruleset.lexicons, ruleset.dirs),
        "other rules": type(ruleset)(tuple(r for r in ruleset.rules if not r.id.startswith("reference.")),
                                     ruleset.lexicons, ruleset.dirs),
        "all rules": ruleset,
    }
    arts = [a for a in se.load(args.corpus) if 2500 <= len(a.text) <= 3500][:30]
    if not arts:
        print(f"no articles of 2,500-3,500 chars under {args.corpus}", file=sys.stderr)
        return 2
    prof = None
    if args.profile:
        import cProfile
        prof = cProfile.Profile()
    times: dict[str, list[float]] = {k: [] for k in sets}
    for doc, claims in prepared(arts, settings, ruleset):
        for name, rs in sets.items():
            checks_pkg.run(doc, claims, rs, settings)  # the index and rules loaded
            runs = []
            for _ in range(10):
                for c in claims:
                    c.checks.clear()
                if not args.warm:
                    resolve._text_mentions.cache_clear()
                if prof and name == "reference.*":
                    prof.enable()
                t0 = time.perf_counter()
                checks_pkg.run(doc, claims, rs, settings)
                runs.append((time.perf_counter() - t0) * 1000)
                if prof and name == "reference.*":
                    prof.disable()
            times[name].append(statistics.median(runs))
    print(f"checks alone on {len(arts)} articles of 2,500-3,500 chars "
          f"({'warm' if args.warm else 'cold'}: median of 10 runs each):")
    for name, ts in times.items():
        print(f"  {name:<12} median {statistics.median(ts):.2f} ms, max {max(ts):.2f} ms")
    if prof:
        import pstats
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
