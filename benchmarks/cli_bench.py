"""Speed of `factcheck check` over a folder of ~1,000 real news articles.

Corpus: the 256 TimeML documents of TimeBank 1.2 + AQUAINT (TBAQ-cleaned;
the `testpipeline` folder, a duplicate, is skipped). Each document's <TEXT> is
stripped of its tags and entities; its DCT (document creation time) becomes the
publication date and its <TITLE> (or first line) the title. Every document is
written COPIES times (default 4, so 1,024 files) under different names, as
Markdown with YAML front matter (title, date) - the same article text each time,
so the figure is for 256 distinct articles checked four times over. With
--mix, the copies rotate through .md, .html (published date in a meta tag,
read by trafilatura/htmldate) and .txt (no date) instead.

Then it runs the real command line, as CI would:

    factcheck check DIR --quiet --fail-level never --jobs N

and prints files/s and the total wall time (process start included).

    .venv/bin/python benchmarks/cli_bench.py /work/shared/data/timebank
    .venv/bin/python benchmarks/cli_bench.py /work/shared/data/timebank --jobs 1 --copies 1
    .venv/bin/python benchmarks/cli_bench.py /work/shared/data/timebank --profile 60
"""
from __future__ import annotations

import argparse
import html
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import timeml  # noqa: E402


def read_timeml(path: Path) -> tuple[str, str, str]:
    """(title, publication date, plain text) of a TimeML file; the title falls back to
    the first line."""
    head, dct, text = timeml.read(path)
    return head or text.strip().splitlines()[0][:120], dct or "", text


def build(src: Path, out: Path, copies: int, mix: bool) -> int:
    docs = sorted(p for sub in ("TimeBank", "AQUAINT") for p in (src / sub).glob("*.tml"))
    if not docs:
        raise SystemExit(f"no .tml files under {src}/TimeBank or {src}/AQUAINT")
    n = 0
    for i in range(copies):
        folder = out / f"copy{i + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        for j, doc in enumerate(docs):
            title, dct, text = read_timeml(doc)
            kind = ("md", "html", "txt")[(i + j) % 3] if mix else "md"
            name = folder / f"{doc.stem}.{kind}"
            if kind == "md":
                name.write_text(f"---\ntitle: {title!r}\ndate: {dct}\n---\n\n{text}", encoding="utf-8")
            elif kind == "html":
                paras = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())
                name.write_text(f"<html><head><title>{html.escape(title)}</title>"
                                f"<meta property=\"article:published_time\" content=\"{dct}\"></head>"
                                f"<body><article><h1>{html.escape(title)}</h1>\n{paras}\n</article></body></html>\n",
                                encoding="utf-8")
            else:
                name.write_text(f"{title}\n\n{text}", encoding="utf-8")
            n += 1
    return n


def profile(folder: Path, limit: int) -> None:
    """Where the time goes: cProfile of the in-process check of `limit` files, one core."""
    import cProfile
    import pstats

    from factcheck import lint
    from factcheck.settings import load

    files = sorted(str(p) for p in folder.rglob("*.*"))[:limit]
    opts = lint.Options(load(folder))
    lint.check_file(files[0], opts)  # warm-up: lazy tables load once
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    for f in files:
        lint.check_file(f, opts)
    prof.disable()
    dt = time.perf_counter() - t
    print(f"profile: {len(files)} files in {dt:.2f} s on one core ({dt / len(files) * 1000:.1f} ms/file)")
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(r"factcheck|dateparser|quantulum|trafilatura|htmldate", 25)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("timebank", type=Path, help="folder with TimeBank/ and AQUAINT/ (*.tml)")
    ap.add_argument("--copies", type=int, default=4, help="times each document is written (default 4)")
    ap.add_argument("--mix", action="store_true", help="rotate copies through .md, .html and .txt")
    ap.add_argument("--jobs", type=int, default=0, help="factcheck check --jobs (default 0: all cores)")
    ap.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    ap.add_argument("--profile", type=int, metavar="N", help="also profile N files in process (one core)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-")) if args.keep is None else args.keep
    try:
        n = build(args.timebank, tmp, args.copies, args.mix)
        exe = [sys.executable, "-m", "factcheck.cli"]
        cmd = [*exe, "check", str(tmp), "--quiet", "--fail-level", "never", "--jobs", str(args.jobs),
               "--statistics"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if r.returncode not in (0, 1):
            print(r.stderr[-2000:], file=sys.stderr)
            raise SystemExit(f"factcheck check exited {r.returncode}")
        findings = sum(int(line.split()[0]) for line in r.stderr.splitlines() if line.strip()[:1].isdigit())
        print(f"corpus: {n} files ({'md/html/txt' if args.mix else 'md'}; 256 TimeBank+AQUAINT docs x {args.copies})")
        print(f"jobs: {args.jobs or os.cpu_count()} (cores: {os.cpu_count()})")
        print(f"total: {dt:.2f} s  ->  {n / dt:.1f} files/s  ({findings} findings)")
        # the machine may be shared: CPU seconds (all processes) do not depend on other load
        print(f"cpu: {cpu:.2f} s in all processes ({cpu / n * 1000:.1f} ms/file); "
              f"load average before/after: {os.getloadavg()[0]:.1f}")
        if args.profile:
            profile(tmp, args.profile)
    finally:
        if args.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
