"""Run every benchmark in turn and print its figures (`make bench`).

    .venv/bin/python benchmarks/run_all.py [CORPUS]   # CORPUS: the TimeBank folder,
                                                      # default ../shared/data/timebank
Benchmarks that need the corpus are skipped with a note when it is absent.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = [  # (script, needs the corpus, extra arguments)
    ("numbers_bench.py", False, []),
    ("numbers_bench.py", False, ["--data", str(HERE / "data" / "numbers_heldout.jsonl")]),
    ("population_bench.py", False, []),
    ("timebank_score.py", True, ["--speed"]),
    ("seeded_errors.py", True, ["--speed"]),
    ("cli_bench.py", True, []),
    ("throughput.py", False, ["--quick"]),
    ("steps.py", False, []),
    ("slow_clients.py", False, ["--mode", "conf", "--requests", "100"]),
    ("desk_render.py", False, []),
    ("desk_pages.py", False, []),
]


def main() -> int:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else HERE.parent.parent / "shared" / "data" / "timebank")
    failed = 0
    for script, needs_corpus, extra in RUNS:
        args = ([str(corpus)] if needs_corpus else []) + extra
        print(f"\n=== {script} {' '.join(args)}", flush=True)
        if needs_corpus and not corpus.is_dir():
            print(f"skipped: corpus not found at {corpus}")
            continue
        failed += subprocess.run([sys.executable, str(HERE / script), *args]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
