"""Population statements: extraction, entity resolution and the reference.population check.

For each statement in benchmarks/data/population.jsonl (>= 200, countries and
cities, newsroom phrasing, many with their own year):

- extracted: a quantity claim covering the figure, checked as a population
  (category "population" from the extractor, or "X's N citizens"), against the
  expected entity (claim JSON `reference.entity`);
- flagged x3: with the figure multiplied by 3, a reference.population finding
  of severity warning or error on it;
- false flags: accurate statements that got a warning or error;
- distractors: sentences naming a place and a figure of people that is not its
  population ("40,000 residents of Almaty were evacuated"), flagged (should be 0).

    .venv/bin/python benchmarks/population_bench.py [--limit N] [--show-misses]

Targets (issue 6): extracted >= 95%, flagged x3 >= 95%, false flags <= 5%.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from factcheck import check
from factcheck.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "population.jsonl"
DISTRACTORS = Path(__file__).resolve().parent / "data" / "population_distractors.txt"
FLAG = ("warning", "error")


def figure_claim(report, text: str, figure: str):
    start = text.find(figure)
    span = (start, start + len(figure)) if start >= 0 else None
    for c in report.claims:
        if c.kind != "quantity" or span is None:
            continue
        if c.span[0] < span[1] and span[0] < c.span[1]:
            return c
    return None


def flagged(report, claim) -> list:
    return [f for f in report.findings if f.rule == "reference.population"
            and f.severity in FLAG and (claim is None or claim.id in f.claims)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]
    if args.limit:
        rows = rows[:args.limit]
    settings = Settings(db="")
    check("Warm-up: Almaty has 2 million people.", published="2022-01-13", settings=settings)
    n = len(rows)
    extracted = right = x3_flagged = false_flags = by_category = 0
    misses: list[str] = []
    t0 = time.perf_counter()
    for r in rows:
        rep = check(r["text"], published=r["published"], settings=settings)
        c = figure_claim(rep, r["text"], r["figure"])
        ref = (c.extra.get("reference") or {}) if c is not None else {}
        cat_pop = c is not None and c.category == "population"
        is_pop = c is not None and (cat_pop or ref.get("attribute") == "population")
        ok = is_pop and ref.get("entity") == r["entity"]
        by_category += cat_pop
        extracted += is_pop
        right += ok
        if not ok:
            why = "no claim" if c is None else (
                f"category={c.category!r} measure={c.measure!r} subject={c.subject!r}"
                if not is_pop else f"entity={ref.get('entity')} ({ref.get('name')})")
            misses.append(f"[extract] {r['id']} {r['text']}  -> {why}")
        bad = flagged(rep, c)
        if bad:
            false_flags += 1
            misses.append(f"[false flag] {r['id']} {r['text']}  -> {bad[0].message}")
        rep3 = check(r["text_x3"], published=r["published"], settings=settings)
        if flagged(rep3, None):
            x3_flagged += 1
        else:
            misses.append(f"[x3 missed] {r['id']} {r['text_x3']}")
    secs = time.perf_counter() - t0
    distractors = [x.strip() for x in DISTRACTORS.read_text(encoding="utf-8").splitlines()
                   if x.strip() and not x.startswith("#")]
    d_flagged = 0
    for text in distractors:
        bad = flagged(check(text, published="2022-06-01", settings=settings), None)
        if bad:
            d_flagged += 1
            misses.append(f"[distractor flagged] {text}  -> {bad[0].message}")
    print(f"population statements: {n} ({sum(r['kind'] == 'city' for r in rows)} cities, "
          f"{sum(r['kind'] == 'country' for r in rows)} countries, "
          f"{sum(bool(r['year']) for r in rows)} with their own year)")
    print(f"extractor's category is population:   {by_category / n:6.1%}  ({by_category}/{n})")
    print(f"checked as a population claim:        {extracted / n:6.1%}  ({extracted}/{n})")
    print(f"  ... with the right entity:          {right / n:6.1%}  ({right}/{n})   target >= 95%")
    print(f"flagged when the figure is x3:        {x3_flagged / n:6.1%}  ({x3_flagged}/{n})   target >= 95%")
    print(f"accurate statements wrongly flagged:  {false_flags / n:6.1%}  ({false_flags}/{n})   target <= 5%")
    print(f"distractors flagged (not populations): {d_flagged}/{len(distractors)}")
    print(f"speed: {2 * n / secs:.1f} checks/s ({secs * 1000 / (2 * n):.1f} ms per statement)")
    if args.show_misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
