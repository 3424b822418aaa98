"""The full check's speed against another revision, paired in one process: a shared
machine's load moves every absolute figure by 10-30%, but both versions run the same
batch of articles back to back in each round (order alternating), so their ratio holds.

    .venv/bin/python benchmarks/speed_ab.py --base b3ce830 [--rounds 40 --batch 25]

The base revision's `factcheck` package, `rules/`, `seeds/` and `pyproject.toml` are taken with
`git archive` into a temporary folder and renamed `factcheck_base` (its imports and the
module path of its check types rewritten), so both import side by side. Articles: the
3,000-character variants of benchmarks/throughput.py. Prints each version's median and
fastest round (ms of CPU time per article) and the median ratio new/base with quartiles.
"""
from __future__ import annotations

import argparse
import importlib
import io
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import throughput  # noqa: E402

PUBLISHED = date(2022, 1, 13)
_IMPORTS = re.compile(r"\b(from|import)\s+factcheck\b(?!_)")


def base_package(rev: str, into: Path) -> None:
    """`rev`'s package as `factcheck_base` under `into`, with its rules beside it."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "factcheck", "rules", "seeds", "pyproject.toml"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    (into / "factcheck").rename(into / "factcheck_base")
    for path in (into / "factcheck_base").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        new = _IMPORTS.sub(r"\1 factcheck_base", text).replace('"factcheck.checks"', '"factcheck_base.checks"')
        if new != text:
            path.write_text(new, encoding="utf-8")


def runner(package: str):
    """The steps of the full check, as benchmarks/steps.py runs them, of `package`."""
    m = lambda name: importlib.import_module(f"{package}.{name}")  # noqa: E731
    checks, pipeline = m("checks"), m("pipeline")
    coverage, dates, frame, link, numbers = (m(f"extract.{n}") for n in ("coverage", "dates", "frame", "link", "numbers"))
    settings = m("settings").from_env()
    ruleset = settings.ruleset()
    units = link.money_units(ruleset)

    def whole(texts: list[str]) -> float:
        t0 = time.process_time()
        for text in texts:
            doc = pipeline.make_document(text, PUBLISHED, None, None, settings)
            temporal = dates.extract(doc, ruleset, settings)
            quantities, ignored = numbers.extract(doc, ruleset)
            claims = pipeline.merge(doc, quantities, temporal)
            link.link(doc, claims, ruleset)
            frame.frame(doc, claims, ruleset, units)
            checks.run(doc, claims, ruleset, settings)
            coverage.measure(doc, claims, ignored)
        return (time.process_time() - t0) * 1000 / len(texts)
    return whole


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", required=True, help="the git revision to compare with (a hash, a tag, main~3)")
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--batch", type=int, default=25, help="articles per round")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        base_package(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        base, new = runner("factcheck_base"), runner("factcheck")
        texts = throughput.articles(300)
        base(texts[:20]), new(texts[:20])  # (warm both: caches, compiled patterns)
        ratios, b_ms, n_ms = [], [], []
        for r in range(args.rounds):
            start = (r * args.batch) % len(texts)
            batch = texts[start:start + args.batch] or texts[:args.batch]
            if r % 2 == 0:
                b, w = base(batch), new(batch)
            else:
                w, b = new(batch), base(batch)
            ratios.append(w / b), b_ms.append(b), n_ms.append(w)
    q = statistics.quantiles(ratios, n=4)
    print(f"base {args.base}: median {statistics.median(b_ms):.3f} ms, fastest round {min(b_ms):.3f} ms")
    print(f"this checkout: median {statistics.median(n_ms):.3f} ms, fastest round {min(n_ms):.3f} ms")
    print(f"new/base, paired by round ({args.rounds} x {args.batch} articles): median {statistics.median(ratios):.3f} "
          f"(quartiles {q[0]:.3f}-{q[2]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
