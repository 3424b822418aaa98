"""Seeded errors in Reuters (and TimeBank) news, at every site, per half of each corpus.

    .venv/bin/python benchmarks/seeded_reuters.py \
        --reuters ../shared/data/reuters21578-train/articles.jsonl [--timebank ../shared/data/timebank] \
        [--kinds a,b] [--limit-docs N | --sample N [--seed S]] [--jobs 2] [--show KIND]

Each Reuters record is checked as f"{title}\\n\\n{text}" with its date as publication
date, so the title is the headline (TimeBank as in seeded_errors.py). Every article is
checked unchanged first; then, at every site a kind's finder (seeded_sites.py and
seeded_mentions.py: patterns
on the raw text, never the checks) finds, one error is planted and the article checked
again, one variant per site. A plant is caught when a warning or error finding touches
the changed characters and the unchanged article had none there (else the site is
skipped, not counted). Figures are printed per half (halves.py: tune / held-out).

Kinds: headline, swap, scale, repeated, parts, sum, percent, direction, amount, share, conversion, weekday, deadline. Groups
within a kind are printed on their own rows (conversion "alone": a 1987 currency
conversion with no other between the same currencies in the article; no rate of the
day is known to the checks before 1999, so only a fixed factor or another conversion in
the article can judge one). `--show KIND` prints the missed plants of KIND (or "all")
with 200 characters of context, the change marked [[old -> new]].
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import halves  # noqa: E402
import seeded_direction as direction  # noqa: E402
import seeded_mentions as mentions  # noqa: E402
import seeded_sites as sites  # noqa: E402
from seeded_errors import BAD, Article, caught, load, run  # noqa: E402

KINDS = {
    "headline": mentions.plant_headline,
    "swap": mentions.plant_swap,
    "scale": mentions.plant_scale,
    "repeated": mentions.plant_repeated,
    "parts": sites.plant_parts,
    "sum": sites.plant_sum,
    "percent": sites.plant_change,
    "direction": direction.plant_direction,
    "amount": direction.plant_amount,
    "share": sites.plant_share,
    "conversion": sites.plant_conversion,
    "weekday": mentions.plant_weekday,
    "deadline": mentions.plant_deadline,
}


def articles(reuters: Path | None, timebank: Path | None):
    """(corpus, Article) for every article; Reuters read where it lies."""
    if reuters:
        with open(reuters, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                yield "reuters", Article(rec["id"], rec["published"], rec["title"],
                                         f"{rec['title']}\n\n{rec['text']}")
    if timebank:
        for a in load(timebank):
            yield "timebank", a


def context(a: Article, p, width: int = 100) -> str:
    before = a.text[max(0, p.start - width):p.start]
    after = a.text[p.end:p.end + width]
    return " ".join(f"{before}[[{a.text[p.start:p.end]} -> {p.new}]]{after}".split())


def check_article(job):
    """Check one article unchanged, then one variant per site of each kind."""
    corpus, a, kinds, show = job
    original = run(a)
    bad = [f for f in original.findings if f.severity in BAD]
    internal = sum(not f.rule.startswith("reference.") for f in bad)
    rows, rejected = [], Counter()
    for kind in kinds:
        plants = KINDS[kind](a, rejected)
        for p in {(p.start, p.end): p for p in plants}.values():
            try:
                ok, _ = caught(a, p, original)
            except Exception as e:  # a check that raises on a variant: counted and shown, the run goes on
                rows.append((kind, p.group, "raised", f"{context(a, p)} -- {type(e).__name__}: {e}"))
                continue
            status = "skipped" if ok is None else "caught" if ok else "missed"
            shown = context(a, p) if status == "missed" and (show in (kind, "all")) else None
            rows.append((kind, p.group, status, shown))
    return corpus, a.name, internal, len(bad), rows, rejected


def jobs_of(args):
    by_corpus = defaultdict(list)
    for corpus, a in articles(args.reuters, args.timebank):
        by_corpus[corpus].append(a)
    for corpus, arts in by_corpus.items():
        if args.sample:
            arts = random.Random(args.seed).sample(arts, min(args.sample, len(arts)))
        elif args.limit_docs:
            arts = arts[:args.limit_docs]
        for a in arts:
            yield corpus, a, args.kinds, args.show


def run_all(jobs, workers: int):
    if workers <= 1:
        yield from map(check_article, jobs)
        return
    with ProcessPoolExecutor(workers) as pool:
        yield from pool.map(check_article, jobs, chunksize=16)


def pct(hit: int, n: int) -> str:
    return f"{100 * hit / n:.1f}%" if n else "-"


def report(results, kinds) -> None:
    docs, alarms, alarms_all = Counter(), Counter(), Counter()
    tally = defaultdict(Counter)  # (corpus, kind, group) -> Counter of (half, status)
    rejected = defaultdict(Counter)
    misses, raised = [], []
    for corpus, name, internal, n_bad, rows, rej in results:
        h = halves.half(name)
        docs[corpus, h] += 1
        alarms[corpus, h] += internal
        alarms_all[corpus, h] += n_bad
        rejected[corpus].update(rej)
        for kind, group, status, shown in rows:
            for g in ("", group) if group else ("",):
                tally[corpus, kind, g][h, status] += 1
            if shown and status == "raised":
                raised.append((corpus, kind, name, shown))
            elif shown:
                misses.append((corpus, kind, group, name, h, shown))
    for corpus in sorted({c for c, _ in docs}):
        n = {h: docs[corpus, h] for h in ("tune", "held-out")}
        print(f"\n== {corpus}: {sum(n.values())} articles (tune {n['tune']}, held-out {n['held-out']})")
        print("unchanged articles, warning-or-error findings (internal-consistency rules; "
              "all rules incl. reference.*):")
        for h in ("tune", "held-out"):
            if n[h]:
                print(f"  {h:<9} {alarms[corpus, h]:>4} = {100 * alarms[corpus, h] / n[h]:.2f} per 100 articles"
                      f"  ({alarms_all[corpus, h]} all rules)")
        table({key[1:]: v for key, v in tally.items() if key[0] == corpus}, kinds, rejected[corpus])
    if raised:
        print(f"\n{len(raised)} planted variants made the check raise (not counted as sites):")
        for corpus, kind, name, shown in raised:
            print(f"  RAISED {kind} {corpus} {name}: {shown}")
    if misses:
        print("\nmissed plants:")
        for corpus, kind, group, name, h, shown in misses:
            print(f"  MISS {kind}{'/' + group if group else ''} {corpus} {name} ({h}): {shown}")


def table(tally, kinds, rejected: Counter) -> None:
    """Sites, caught and share caught per kind (and group) on each half and both."""
    print(f"\n{'':<24}{'tune':^21}{'held-out':^21}{'both halves':^21}")
    print(f"{'kind':<12}{'group':<12}" + f"{'sites':>7}{'caught':>7}{'%':>7}" * 3 + f"{'skipped':>9}")
    for kind in kinds:
        for g in sorted(g for k, g in tally if k == kind) or [""]:
            t = tally.get((kind, g), Counter())
            row = f"{kind if not g else '':<12}{g:<12}"
            for hs in (("tune",), ("held-out",), ("tune", "held-out")):
                s = sum(t[h, st] for h in hs for st in ("caught", "missed"))
                c = sum(t[h, "caught"] for h in hs)
                row += f"{s:>7}{c:>7}{pct(c, s):>7}"
            print(row + f"{t['tune', 'skipped'] + t['held-out', 'skipped']:>9}")
    print("skipped: the unchanged article already had a warning or error there (not counted as a site)")
    if "headline" in kinds:
        restated = sum(tally.get(("headline", ""), Counter()).values())
        unsaid = rejected["headline: a title figure the body does not state again"]
        print(f"headline: {restated + unsaid} title figures (years, dates, fractions, labels left out), "
              f"{restated} stated again in the body: the sites")
    if "conversion" in kinds:
        print("conversion/alone: a currency conversion with no other between the same currencies in the "
              "article; before 1999 no rate of the day is known, so the text alone cannot prove it wrong")
    if rejected:
        print("\ncandidates not planted (the text's own figures do not bear the error out, or no site):")
        for reason, k in sorted(rejected.items()):
            print(f"  {reason:<70}{k:>6}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reuters", type=Path, help="articles.jsonl: {id, published, title, text} a line")
    ap.add_argument("--timebank", type=Path, help="the TimeBank folder (optional)")
    ap.add_argument("--kinds", default="", help=f"comma-separated, of: {', '.join(KINDS)} (default: all)")
    ap.add_argument("--limit-docs", type=int, default=0, help="only the first N articles of each corpus")
    ap.add_argument("--sample", type=int, default=0, help="a random N articles of each corpus (--seed)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--show", default="", metavar="KIND", help="print the missed plants of KIND (or all)")
    args = ap.parse_args(argv)
    if not (args.reuters or args.timebank):
        ap.error("give --reuters and/or --timebank")
    args.kinds = [k for k in args.kinds.split(",") if k] or list(KINDS)
    unknown = [k for k in args.kinds + ([args.show] if args.show not in ("", "all") else []) if k not in KINDS]
    if unknown:
        ap.error(f"unknown kinds: {', '.join(unknown)}; known: {', '.join(KINDS)}")
    report(run_all(jobs_of(args), args.jobs), args.kinds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
