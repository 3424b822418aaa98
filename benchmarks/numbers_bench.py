"""Accuracy and speed of the news-numerics extractor against quantulum3 alone.

    .venv/bin/python benchmarks/numbers_bench.py            # accuracy + speed
    .venv/bin/python benchmarks/numbers_bench.py --errors   # also list our misreadings

Data: benchmarks/data/numbers.jsonl, one sentence a line with its figures
labelled (text, value, low, high, unit, hedge) and the numbers in it that are
not quantities ("ignore"). Rows tb* are TimeBank news sentences (labels
reviewed by hand), rows nw* newsroom sentences written and labelled by hand
(benchmarks/newsroom_figures.py). numbers_heldout.jsonl (rows ho*) are 109
further TimeBank sentences labelled after the extractor was tuned on the first
set: the honest figure for unseen text.

numbers_units.jsonl (benchmarks/units_figures.py, issue 16) holds figures from sport,
technology, science, markets, TimeBank and Reuters wire copy, each row with its
"family"; its Reuters rows are a document id and offsets only, read from the corpus
given with --reuters. Rows with a family are reported per family and per half
(halves.py, by document), beside quantulum3 on the same figures.

A figure is "exactly right" when a claim covers the same words and value,
low, high, unit and hedge all agree. quantulum3 is scored on the same fields
with a looser span rule (its quantity only has to overlap the figure), as it
has no notion of hedges' words.
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from factcheck.extract import numbers  # noqa: E402
from factcheck.pipeline import make_document  # noqa: E402
from factcheck.settings import Settings  # noqa: E402

DATA = Path(__file__).parent / "data" / "numbers.jsonl"
FIELDS = ("value", "low", "high", "unit", "hedge")

# quantulum3 unit names -> this project's codes, for a fair comparison
Q_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "japanese yen": "JPY", "yen": "JPY", "indian rupee": "INR", "russian ruble": "RUB",
    "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
    "swiss franc": "CHF", "renminbi": "CNY", "chinese yuan": "CNY", "kazakhstani tenge": "KZT",
    "cent": "USD", "penny": "GBP", "percentage": "percent", "percentage point": "percentage_point",
    "basis point": "basis_point", "kilometre": "km", "metre": "m", "millimetre": "mm",
    "mile": "mi", "foot": "ft", "tonne": "t", "hectare": "ha", "gallon": "gal",
    "mile per hour": "mph", "barrel per day": "bbl/d", "day": "day", "week": "week",
    "month": "month", "year": "year", "hour": "hour", "minute": "minute", "second": "second",
    "dimensionless": None,
}


def load(path: Path = DATA, reuters: Path | None = None) -> list[dict]:
    """The labelled rows; a Reuters row (text None, doc and offsets) gets its sentence
    from the corpus at `reuters`, or is left out without it."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {r["doc"] for r in rows if r.get("text") is None}
    if not wanted:
        return rows
    texts: dict[str, str] = {}
    if reuters is not None:
        with open(reuters, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in wanted:
                    texts[rec["id"]] = rec["text"]
    out = []
    for r in rows:
        if r.get("text") is None:
            if r["doc"] not in texts:
                continue
            r = dict(r, text=texts[r["doc"]][r["start"]:r["end"]])
            missing = [f["text"] for f in r["figures"] if f["text"] not in r["text"]]
            if missing:
                raise SystemExit(f"{r['id']}: {missing} not in {r['doc']}[{r['start']}:{r['end']}]: "
                                 "is this the corpus the offsets were taken from?")
        out.append(r)
    return out


def half_of(r: dict) -> str:
    from halves import half  # benchmarks/halves.py: by document

    src = r.get("source", "")
    return half(r.get("doc") or (src if src.startswith("timebank") else r["id"]))


def same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return math.isclose(float(a), float(b), rel_tol=1e-4, abs_tol=1e-9)


def ours(rows: list[dict]) -> list[list[dict]]:
    settings = Settings()
    rs = settings.ruleset()
    out = []
    for r in rows:
        doc = make_document(r["text"], None, settings=settings)
        claims, _ = numbers.extract(doc, rs)
        out.append([{"text": c.text, "span": c.span, "value": c.value, "low": c.low,
                     "high": c.high, "unit": c.unit, "hedge": c.hedge} for c in claims])
    return out


def quantulum(rows: list[dict]) -> list[list[dict]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser
    out = []
    for r in rows:
        found = []
        try:
            qs = parser.parse(r["text"])
        except Exception:  # quantulum3 raises on some inputs
            qs = []
        for q in qs:
            unc = getattr(q, "uncertainty", None)
            v = float(q.value)
            name = getattr(q.unit, "name", "dimensionless")
            unit = Q_UNITS.get(name, name)
            if name == "cent":
                v /= 100
            if unc:
                low, high, value, hedge = v - unc, v + unc, None, "range"
            else:
                low = high = value = v
                hedge = "exact"
            found.append({"text": q.surface, "span": tuple(q.span), "value": value, "low": low,
                          "high": high, "unit": unit, "hedge": hedge})
        out.append(found)
    return out


def score(rows, predictions, exact_span: bool, errors: list | None = None) -> dict:
    right = total = fp_ignored = 0
    for r, preds in zip(rows, predictions):
        for f in r["figures"]:
            total += 1
            start = r["text"].find(f["text"])
            span = (start, start + len(f["text"]))
            if exact_span:
                cands = [p for p in preds if p["text"] == f["text"]]
            else:
                cands = [p for p in preds if p["span"][0] < span[1] and span[0] < p["span"][1]]
            ok = any(all(same(p[k], f[k]) for k in FIELDS) for p in cands)
            right += ok
            if not ok and errors is not None:
                errors.append((r["id"], r["text"], f, cands))
        for tok in r["ignore"]:
            at = r["text"].find(tok)
            if any(p["span"][0] <= at < p["span"][1] for p in preds):
                fp_ignored += 1
                if errors is not None:
                    errors.append((r["id"], r["text"], {"not_a_quantity": tok}, preds))
    n_ignore = sum(len(r["ignore"]) for r in rows)
    return {"figures": total, "right": right, "accuracy": right / total if total else 0.0,
            "non_quantities": n_ignore, "non_quantities_claimed": fp_ignored}


def speed(rows: list[dict], rounds: int = 3) -> dict:
    """Sentences joined into articles of 20; both tools warmed up first."""
    texts = [r["text"] for r in rows]
    articles = ["\n".join(texts[i:i + 20]) for i in range(0, len(texts), 20)]
    settings = Settings()
    rs = settings.ruleset()
    docs = [make_document(a, None, settings=settings) for a in articles]
    t0 = time.perf_counter()
    numbers.extract(docs[0], rs)  # compiles the grammar
    ours_cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            numbers.extract(d, rs)
    ours_t = (time.perf_counter() - t0) / rounds
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        from quantulum3 import parser
        parser.parse(articles[0])
        q_cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        for a in articles:
            parser.parse(a)
        q_t = time.perf_counter() - t0
    return {"articles": len(articles), "chars": sum(map(len, articles)),
            "ours_s": ours_t, "quantulum_s": q_t, "speedup": q_t / ours_t if ours_t else float("inf"),
            "ours_first_call_s": ours_cold, "quantulum_first_call_s": q_cold}


SEED = "seeds/kazakhstan-csto-pullout.txt"
COLD = {
    "factcheck.check() (whole pipeline)":
        f"import factcheck; factcheck.check(open('{SEED}').read(), published='2022-01-13')",
    "numbers.extract + link (this extractor)":
        "from factcheck.pipeline import make_document; from factcheck.settings import Settings; "
        "from factcheck.extract import numbers, link; s = Settings(); rs = s.ruleset(); "
        f"d = make_document(open('{SEED}').read(), '2022-01-13', settings=s); "
        "c, _ = numbers.extract(d, rs); link.link(d, c, rs)",
    "quantulum3.parse":
        "import warnings; warnings.simplefilter('ignore'); from quantulum3 import parser; "
        f"parser.parse(open('{SEED}').read())",
}


def cold(code: str) -> float:
    """Seconds from process start to result, best of two runs."""
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", action="store_true", help="list the figures we misread")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--data", type=Path, default=DATA,
                    help="labelled set (default: numbers.jsonl; numbers_heldout.jsonl is the held-out one)")
    ap.add_argument("--reuters", type=Path, help="reuters21578-train/articles.jsonl (for rows given by offsets)")
    ap.add_argument("--half", choices=("tune", "held-out"),
                    help="with --errors: list the misreadings of this half only (tune on 'tune')")
    args = ap.parse_args()
    rows = load(args.data, args.reuters)
    if any(r.get("text") is None for r in load(args.data)) and not args.reuters:
        print("no --reuters: the Reuters rows are left out", file=sys.stderr)
    errs: list = []
    mine, theirs = ours(rows), quantulum(rows)
    o = score(rows, mine, exact_span=True, errors=errs)
    q = score(rows, theirs, exact_span=False)
    print(f"data: {len(rows)} sentences, {o['figures']} figures, {o['non_quantities']} non-quantities")
    for name, s in (("factcheck", o), ("quantulum3", q)):
        print(f"{name:>11}: {s['right']}/{s['figures']} exactly right = {s['accuracy']:.1%}; "
              f"non-quantities claimed {s['non_quantities_claimed']}/{s['non_quantities']}")
    if any("family" in r for r in rows):
        groups: dict[str, list[int]] = {}
        for i, r in enumerate(rows):
            for key in (r.get("family", "-"), f"half {half_of(r)}"):
                groups.setdefault(key, []).append(i)
        print(f"{'':>16} {'factcheck':>20} {'quantulum3':>20}")
        for key, idx in sorted(groups.items(), key=lambda kv: (kv[0].startswith("half"), kv[0])):
            sub = [rows[i] for i in idx]
            so = score(sub, [mine[i] for i in idx], exact_span=True)
            sq = score(sub, [theirs[i] for i in idx], exact_span=False)
            print(f"{key:>16} {so['right']:>5}/{so['figures']:<4} {so['accuracy']:6.1%}    "
                  f"{sq['right']:>5}/{sq['figures']:<4} {sq['accuracy']:6.1%}"
                  f"   non-quantities claimed {so['non_quantities_claimed']}/{so['non_quantities']}")
    if args.errors:
        by_id = {r["id"]: r for r in rows}
        for rid, text, f, cands in errs:
            if args.half and half_of(by_id[rid]) != args.half:
                continue
            print(f"  {rid}: {text}\n     want {f}\n     got  {cands}")
    if not args.no_speed:
        sp = speed(rows)
        print(f"speed on {sp['articles']} articles ({sp['chars']} chars), warm: "
              f"factcheck {sp['ours_s'] * 1000:.1f} ms, quantulum3.parse {sp['quantulum_s'] * 1000:.0f} ms "
              f"-> {sp['speedup']:.0f}x faster")
        print(f"first call in a warm process: factcheck {sp['ours_first_call_s'] * 1000:.0f} ms "
              f"(grammar compile)")
        for name, code in COLD.items():
            print(f"seed article, process start to result: {name}: {cold(code):.2f} s")


if __name__ == "__main__":
    main()
