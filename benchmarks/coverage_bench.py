"""Coverage on Reuters: the share of figures that end as a claim, a date or a deliberate
not-a-quantity (the report's `coverage`), per half, and the commonest shapes left unparsed.

    .venv/bin/python benchmarks/coverage_bench.py \
        --reuters ../shared/data/reuters21578-train/articles.jsonl [--jobs 2] [--top 40]
        [--limit N] [--show SHAPE]

Each article is read as false_alarms.py reads it (title, blank line, text) and goes
through the pipeline's extraction (pipeline.extract_claims) and coverage.measure, as
in a check. "digit runs" counts the figures written with digits; "all" adds number
words ("three", "million"). A shape is the unparsed figure with its digits written 9,
between the word before and the word after it ("dlrs 9.99 vs"), lower-cased; `--show
SHAPE` prints document ids and offsets of that shape (the text is never stored).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import halves  # noqa: E402

_WORD_BEFORE = re.compile(r"([A-Za-z][\w.'-]*|[^\w\s])\s*$")
_WORD_AFTER = re.compile(r"^\s*([A-Za-z][\w.'-]*|[^\w\s])")


def shape(text: str, a: int, b: int) -> str:
    before = _WORD_BEFORE.search(text[max(0, a - 30):a])
    after = _WORD_AFTER.search(text[b:b + 30])
    fig = re.sub(r"\d", "9", text[a:b])
    return " ".join(x for x in ((before.group(1) if before else "^"), fig, (after.group(1) if after else "$"))).lower()


def _one(job):
    doc_id, text, published = job
    from factcheck import pipeline
    from factcheck.extract import coverage
    from factcheck.settings import Settings

    settings = Settings()
    doc = pipeline.make_document(text, published, None, None, settings)
    claims, ignored = pipeline.extract_claims(doc, settings.ruleset(), settings)
    cov = coverage.measure(doc, claims, ignored)
    digits_unparsed = [u for u in cov.unparsed if u.text[:1].isdigit()]
    digits_seen = sum(1 for m in coverage.NUMBER.finditer(text) if m.group()[:1].isdigit())
    return (doc_id, cov.numbers_seen, cov.numbers_parsed, digits_seen,
            [(u.span[0], u.span[1], shape(text, *u.span)) for u in digits_unparsed],
            len(cov.unparsed) - len(digits_unparsed))


def jobs_of(path: Path, limit: int | None):
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                return
            rec = json.loads(line)
            yield rec["id"], f"{rec['title']}\n\n{rec['text']}", rec["published"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reuters", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--show", help="print where the unparsed figures of this shape are")
    args = ap.parse_args()
    t0 = time.time()
    seen, parsed, dseen, dmiss = Counter(), Counter(), Counter(), Counter()
    shapes: Counter = Counter()
    where = defaultdict(list)
    with ProcessPoolExecutor(args.jobs) as pool:
        for doc_id, s, p, ds, miss, _words in pool.map(_one, jobs_of(args.reuters, args.limit), chunksize=20):
            h = halves.half(doc_id)
            seen[h] += s
            parsed[h] += p
            dseen[h] += ds
            dmiss[h] += len(miss)
            for a, b, sh in miss:
                shapes[sh] += 1
                if args.show and sh == args.show:
                    where[sh].append((doc_id, a, b))
    print(f"Reuters coverage ({time.time() - t0:.0f} s)")
    print(f"{'half':10} {'digit runs':>11} {'covered':>8} {'share':>8}   {'all figures':>11} {'share':>8}")
    for h in ("tune", "held-out"):
        d = dseen[h]
        print(f"{h:10} {d:11,} {d - dmiss[h]:8,} {100 * (d - dmiss[h]) / max(d, 1):7.2f}%   "
              f"{seen[h]:11,} {100 * parsed[h] / max(seen[h], 1):7.2f}%")
    d, m = sum(dseen.values()), sum(dmiss.values())
    print(f"{'both':10} {d:11,} {d - m:8,} {100 * (d - m) / max(d, 1):7.2f}%   "
          f"{sum(seen.values()):11,} {100 * sum(parsed.values()) / max(sum(seen.values()), 1):7.2f}%")
    print(f"\ncommonest unparsed digit shapes (of {m:,}):")
    for sh, n in shapes.most_common(args.top):
        print(f"{n:6}  {sh}")
    for sh, rows in where.items():
        print(f"\n{sh}:")
        for doc_id, a, b in rows[:50]:
            print(f"  {doc_id} [{a}, {b})")


if __name__ == "__main__":
    main()
