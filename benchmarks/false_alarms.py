"""What fires on unchanged news: warning-or-error findings per 100 articles, per rule,
on each half of each corpus, and a seeded sample to label by hand.

    .venv/bin/python benchmarks/false_alarms.py \
        --reuters ../shared/data/reuters21578-train/articles.jsonl \
        --timebank ../shared/data/timebank [--jobs 2] [--dump /tmp/findings.jsonl]
        [--jsonl /tmp/unseen/a.jsonl --name unseen]
        [--sample 100 --seed 13 --labels benchmarks/data/false_alarm_labels.jsonl]

Each corpus is read where it lies (Reuters: the title as the first line, so the
headline checks run; `--jsonl`: any other set of JSON lines {id, published, title,
text}, named by `--name`, read the same way, published may be null). Articles are split in two halves by a hash of their id
("tune" and "held-out"; the same split in every benchmark: halves.py). Every
warning or error on an unchanged article is counted; `--dump` writes each one (id,
rule, severity, claim texts and offsets, message) for reading.

`--labels` reads hand labels (one JSON line each: doc, rule, claims as [start, end]
offsets, "span" for a finding found by scanning that names no claim, verdict "real" |
"false", reason) and prints precision per rule over the findings that still fire and
carry a label; `--sample N` prints N findings that have
no label yet, drawn with a fixed seed so every rule is represented, as lines to
label (the article text is never stored: offsets only).

`--with-url` passes a --jsonl record's `url` to the check as the API takes it (an
address under .au makes a bare "$" the Australian dollar); without it the text alone
is read, as sets L-AN were measured.

`--undated` checks every article twice, with its date and with the date removed
(issue 14: an undated article is judged in the window reference.window gives),
and prints the undated findings per 100 articles per rule beside the dated ones,
and the share of the undated findings that also fire with the date (same rule,
same claims). The labels and the sample are then about the undated findings.
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

BAD = ("warning", "error")


def articles(reuters: Path | None, timebank: Path | None, jsonl: Path | None = None,
             name: str = "jsonl"):
    """(corpus, id, text, published, title, url) for every article."""
    if jsonl:
        yield from records(jsonl, name)
    if reuters:
        with open(reuters, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                yield "reuters", rec["id"], f"{rec['title']}\n\n{rec['text']}", rec["published"], None, None
    if timebank:
        import timeml
        for p in timeml.files(timebank):
            title, dct, body = timeml.read(p)
            yield "timebank", p.stem, body, dct, title, None


def records(path: Path, name: str):
    """A set of other news read like Reuters: JSON lines {id, published, title, text};
    a non-empty title is the first line, so the headline checks run; published may be
    null (the undated window, issue 14)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            title = (rec.get("title") or "").strip()
            text = f"{title}\n\n{rec['text']}" if title else rec["text"]
            yield name, rec["id"], text, rec.get("published"), None, rec.get("url")


def _findings(job):
    corpus, doc, text, published, title, url, *undated = job
    if undated and undated[0]:
        _, _, dated = _findings((corpus, doc, text, published, title, url))
        _, _, out = _findings((corpus, doc, text, None, title, url))
        seen = {key(r) for r in dated}
        for r in out:
            r["also_dated"] = key(r) in seen
        return corpus, doc, out + [{**r, "dated": True} for r in dated]
    from factcheck import check
    report = check(text, published=published, title=title, url=url)
    by_id = {c.id: c for c in report.claims}
    out = []
    for f in report.findings:
        if f.severity not in BAD:
            continue
        cs = [by_id[i] for i in f.claims if i in by_id]
        rec = {"corpus": corpus, "doc": doc, "rule": f.rule, "severity": f.severity,
               "claims": [list(c.span) for c in cs], "texts": [c.text for c in cs],
               "message": f.message}
        if not cs and f.details.get("span"):  # found by scanning: its own offsets tell it apart
            rec["span"] = list(f.details["span"])
        out.append(rec)
    return corpus, doc, out


def run(jobs_iter, workers: int):
    if workers <= 1:
        yield from map(_findings, jobs_iter)
        return
    with ProcessPoolExecutor(workers) as pool:
        yield from pool.map(_findings, jobs_iter, chunksize=32)


def key(rec) -> tuple:
    return rec["doc"], rec["rule"], tuple(tuple(s) for s in rec["claims"]), tuple(rec.get("span") or ())


def label_of(labels: dict, rec):
    """The label of a finding; a label written without the span of a claim-less finding
    (before spans were recorded) still fits it."""
    return labels.get(key(rec)) or labels.get(key({**rec, "span": None}))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reuters", type=Path)
    ap.add_argument("--timebank", type=Path)
    ap.add_argument("--jsonl", type=Path, help="another set: JSON lines {id, published, title, text}")
    ap.add_argument("--name", default="jsonl", help="the --jsonl set's name in the tables")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--with-url", action="store_true",
                    help="pass each --jsonl record's url to the check, as the API receives it (an outlet's own dollar)")
    ap.add_argument("--dump", type=Path, help="write every warning/error finding as JSON lines")
    ap.add_argument("--labels", type=Path, default=HERE / "data" / "false_alarm_labels.jsonl")
    ap.add_argument("--sample", type=int, default=0, help="print N unlabelled findings to label")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--undated", action="store_true",
                    help="also check every article with its date removed, and compare")
    a = ap.parse_args(argv)
    if not (a.reuters or a.timebank or a.jsonl):
        ap.error("give --reuters, --timebank and/or --jsonl")

    docs = Counter()  # (corpus, half) -> articles
    fired = defaultdict(Counter)  # (corpus, half) -> rule -> findings
    every = []
    dated = defaultdict(Counter)  # with --undated: the dated run's findings
    also = Counter()  # (corpus, half) -> undated findings that also fire dated
    jobs = ((*j[:5], j[5] if a.with_url else None, a.undated) for j in articles(a.reuters, a.timebank, a.jsonl, a.name))
    for corpus, doc, out in run(jobs, a.jobs):
        part = (corpus, halves.half(doc))
        docs[part] += 1
        for rec in out:
            if rec.pop("dated", False):
                dated[part][rec["rule"]] += 1
                continue
            fired[part][rec["rule"]] += 1
            also[part] += rec.pop("also_dated", False)
            every.append(rec)
    if a.dump:
        a.dump.write_text("".join(json.dumps(r) + "\n" for r in every), encoding="utf-8")

    rules = sorted({r for c in fired.values() for r in c})
    parts = sorted(docs)
    print("warning-or-error findings per 100 articles")
    print(f"{'rule':28}" + "".join(f"{c + '/' + h:>18}" for c, h in parts))
    for rule in rules + ["ALL"]:
        row = f"{rule:28}"
        for p in parts:
            n = sum(fired[p].values()) if rule == "ALL" else fired[p][rule]
            row += f"{100 * n / docs[p]:>12.2f} ({n:>3})"
        print(row)
    print("articles:", ", ".join(f"{c}/{h} {docs[(c, h)]}" for c, h in parts))
    if a.undated:
        print("\nthe same articles WITH their dates (per 100), and the undated findings' share "
              "that also fire dated")
        for rule in sorted({r for c in dated.values() for r in c} | set(rules)) + ["ALL"]:
            row = f"{rule:28}"
            for p in parts:
                n = sum(dated[p].values()) if rule == "ALL" else dated[p][rule]
                row += f"{100 * n / docs[p]:>12.2f} ({n:>3})"
            print(row)
        row = f"{'undated - dated per 100':28}"
        for p in parts:
            row += f"{100 * (sum(fired[p].values()) - sum(dated[p].values())) / docs[p]:>+18.2f}"
        print(row)
        row = f"{'undated also fire dated':28}"
        for p in parts:
            n = sum(fired[p].values())
            row += f"{100 * also[p] / n if n else 0:>17.1f}%"
        print(row)

    labels = {}
    if a.labels and a.labels.exists():
        for line in a.labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("severity") != "info":  # info labels are read, not counted here
                    labels[key(rec)] = rec
    if labels:
        real, seen = Counter(), Counter()
        for rec in every:
            lab = label_of(labels, rec)
            if lab:
                seen[rec["rule"]] += 1
                real[rec["rule"]] += lab["verdict"] == "real"
        gone = len(labels) - sum(seen.values())
        print(f"\nprecision on labelled findings still firing ({sum(seen.values())} of {len(labels)} labels;"
              f" {gone} labelled findings no longer fire)")
        for rule in sorted(seen):
            print(f"  {rule:28} {real[rule]:>3} real of {seen[rule]:>3} = {100 * real[rule] / seen[rule]:5.1f}%")
        tot_r, tot = sum(real.values()), sum(seen.values())
        print(f"  {'ALL':28} {tot_r:>3} real of {tot:>3} = {100 * tot_r / max(tot, 1):5.1f}%")
        n_docs = sum(docs.values())
        est_false = sum(fired[p][r] * (1 - real[r] / seen[r]) for p in parts for r in seen if seen[r])
        print(f"  estimated false findings per 100 articles (per-rule precision x count): {100 * est_false / n_docs:.2f}")

    if a.sample:
        todo = [r for r in every if not label_of(labels, r)]
        rng = random.Random(a.seed)
        rng.shuffle(todo)
        by_rule = defaultdict(list)
        for r in todo:
            by_rule[r["rule"]].append(r)
        pick = [v[0] for v in by_rule.values()]  # every rule represented
        rest = [r for r in todo if r not in pick]
        pick += rest[:max(0, a.sample - len(pick))]
        for r in pick:
            print(json.dumps(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
