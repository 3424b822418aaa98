"""Does a change leave every report as it was? Writes the full JSON report of a seeded
sample of Reuters articles, every TimeBank article and the 3,000-character articles
of throughput.py, one line each; or compares them with a file written before.

    .venv/bin/python benchmarks/same_output.py --reuters $R --timebank $T [--jsonl F] --write /tmp/before.jsonl
    ... change the code ...
    .venv/bin/python benchmarks/same_output.py --reuters $R --timebank $T --compare /tmp/before.jsonl

--compare exits 1 and names the first differing articles (and the first key that
differs in each) when any report is not byte-identical. Meant for changes that must
not change output: speed work, refactors.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def articles(reuters: Path | None, timebank: Path | None, n: int, seed: int, jsonl: Path | None = None):
    """(id, text, published, title): n Reuters articles drawn with `seed` (title as the
    first line, as false_alarms.py reads them), all of TimeBank, every article of
    `jsonl` (read as false_alarms.py reads it), 50 padded articles."""
    if reuters:
        with open(reuters, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f]
        for rec in sorted(random.Random(seed).sample(recs, min(n, len(recs))), key=lambda r: r["id"]):
            yield f"reuters/{rec['id']}", f"{rec['title']}\n\n{rec['text']}", rec["published"], None
    if timebank:
        import timeml
        for p in timeml.files(timebank):
            title, dct, body = timeml.read(p)
            yield f"timebank/{p.stem}", body, dct, title
    if jsonl:
        from false_alarms import records
        for _, key, text, published, title, _url in records(jsonl, "jsonl"):
            yield f"jsonl/{key}", text, published, title
    import throughput
    for i, text in enumerate(throughput.articles(50)):
        yield f"padded/{i}", text, "2022-01-13", None


def _report(job) -> str:
    from factcheck import check
    key, text, published, title = job
    d = check(text, published=published, title=title).to_dict()
    return json.dumps({"id": key, "report": d}, sort_keys=True, ensure_ascii=False)


def lines(args) -> list[str]:
    jobs = list(articles(args.reuters, args.timebank, args.n, args.seed, args.jsonl))
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as ex:
            return list(ex.map(_report, jobs, chunksize=20))
    return [_report(j) for j in jobs]


def first_difference(a, b, path="") -> str:
    """Where two JSON values first differ, as a path ("claims[3].period")."""
    if type(a) is not type(b):
        return path or "."
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b or a[k] != b[k]:
                return first_difference(a.get(k), b.get(k), f"{path}.{k}")
    elif isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path} (length {len(a)} vs {len(b)})"
    return path or "."


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reuters", type=Path)
    ap.add_argument("--timebank", type=Path)
    ap.add_argument("--jsonl", type=Path, help="another set: JSON lines {id, published, title, text}")
    ap.add_argument("--n", type=int, default=1000, help="Reuters articles in the sample")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=1)
    out = ap.add_mutually_exclusive_group(required=True)
    out.add_argument("--write", type=Path)
    out.add_argument("--compare", type=Path)
    args = ap.parse_args(argv)
    now = lines(args)
    if args.write:
        args.write.write_text("".join(x + "\n" for x in now), encoding="utf-8")
        print(f"{len(now)} reports written to {args.write}")
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    if len(before) != len(now):
        print(f"{len(before)} reports before, {len(now)} now: not the same articles")
        return 1
    differ = [(x, y) for x, y in zip(before, now) if x != y]
    for x, y in differ[:10]:
        a, b = json.loads(x), json.loads(y)
        print(f"{b['id']}: differs at {first_difference(a['report'], b['report'])}")
    print(f"{len(now) - len(differ)} of {len(now)} reports identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
