"""Hostile text shapes: does the full check stay linear in the text?

    .venv/bin/python benchmarks/hostile.py                 # every shape at 20k and 200k chars
    .venv/bin/python benchmarks/hostile.py --sizes 2000 20000 --only blank
    .venv/bin/python benchmarks/hostile.py --steps --size 20000 --only digits   # where the time goes

Each shape is a short unit repeated (or a pair of ends with a long middle) up to the size
asked. Every measurement runs `factcheck.check` in a forked child of a warmed-up parent,
with no check budget (check_budget=0) and a time limit (--limit, default 60 s): a shape that runs past it is shown as `>60`
and its larger sizes are skipped. The growth exponent is log(t_big / t_small) /
log(size_big / size_small) over the two largest sizes measured (times under 5 ms are
floored to 5 ms, so tiny times do not fake a steep exponent). Target (issue 18): every
shape within 2 s at 200,000 characters, exponent <= 1.2.

The shapes are in `shapes()`, importable (tests/test_hostile.py uses them).
"""
from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

PUBLISHED = "2022-01-13"
FLOOR = 0.005


def _repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _ends(left: str, middle: str, right: str):
    return lambda n: left + (middle * n)[: max(0, n - len(left) - len(right))] + right


def _tokens(seed: int, vocab: list[str], sep: str = " "):
    def make(n: int) -> str:
        rnd = random.Random(seed)
        out, size = [], 0
        while size < n:
            t = rnd.choice(vocab) + rnd.choice([sep, sep, sep, ", ", ". ", "\n", "-", ""])
            out.append(t)
            size += len(t)
        return "".join(out)[:n]
    return make


NUMBERISH = ["1", "12", "1,000", "3.5", "$2", "€3.5bn", "2-3", "5%", "per cent", "million",
             "billion", "two", "dozen", "hundred", "January", "Jan.", "12", "2022", "Monday",
             "next", "week", "at", "least", "about", "up", "from", "to", "(", ")", "people",
             "killed", "including", "of", "whom", "and", "members", "population", "1/2",
             "12:30", "1990s", "—", "–", "-", "'", '"', "%", "$", "£", "pct", "dlrs", "mln"]


def shapes() -> dict[str, callable]:
    """name -> make(n): a text of n characters (about) of that shape."""
    s: dict[str, callable] = {}
    # runs of digits, with and without separators
    s["digits"] = _repeat("1")
    s["digits-spaced"] = _repeat("1 ")
    s["digits-comma"] = _repeat("1,")
    s["digits-dot"] = _repeat("1.")
    s["digits-thousands"] = _repeat("1,000,")
    s["digits-thinspace"] = _repeat("1\u202f000 ")
    s["digits-hyphen"] = _repeat("1-")
    s["digits-slash"] = _repeat("1/")
    s["digits-colon"] = _repeat("12:")
    s["digits-dash"] = _repeat("1\u2013")
    s["year-runs"] = _repeat("2022 ")
    s["iso-dates"] = _repeat("2022-01-")
    # blanks between two figures
    s["blank"] = _ends("1", " ", "1")
    s["blank-tab"] = _ends("1", "\t", "1")
    s["blank-newline"] = _ends("1", "\n", "1")
    s["blank-nbsp"] = _ends("1", "\u00a0", "1")
    s["blank-money"] = _ends("$1", " ", "1 million")
    s["blank-percent"] = _ends("up 5", " ", "% to 3")
    s["blank-month"] = _ends("January", " ", "12")
    s["blank-words"] = _ends("12 ", "a ", "people")
    # dots and punctuation
    s["dots"] = _repeat(".")
    s["dots-spaced"] = _repeat(". ")
    s["ellipsis-digits"] = _repeat("1...")
    s["commas"] = _repeat(",")
    s["parens"] = _repeat("(")
    s["parens-figure"] = _repeat("(1 ")
    s["quotes"] = _repeat('"')
    s["dashes"] = _repeat("-")
    s["em-dashes"] = _repeat("\u2014 ")
    s["apostrophes"] = _repeat("'9")
    s["colons"] = _repeat(": ")
    s["lead-blanks"] = _ends(" ", " ", "x")  # a headline candidate after a long run of blanks
    s["abbrevs"] = _repeat("Mr. ")  # periods that end no sentence, on one line
    s["initials"] = _repeat("A. ")
    # repeated month, weekday and number words
    s["month"] = _repeat("January ")
    s["month-day"] = _repeat("January 1 ")
    s["month-abbr"] = _repeat("Jan. ")
    s["month-lower"] = _repeat("may ")
    s["weekday"] = _repeat("Monday ")
    s["next-week"] = _repeat("next week ")
    s["deadline"] = _repeat("by Wednesday next week, ahead of a January 12 deadline ")
    s["range-days"] = _repeat("March 3 to 5 ")
    s["ahead-of"] = _repeat("several days ahead of ")
    s["clock-times"] = _repeat("at 10:35 a.m. ")
    s["ago"] = _repeat("two years ago ")
    s["decade"] = _repeat("the 1990s ")
    s["number-word"] = _repeat("one ")
    s["hundred"] = _repeat("hundred ")
    s["hundred-and"] = _repeat("one hundred and ")
    s["dozen"] = _repeat("two dozen ")
    s["scale-words"] = _repeat("million billion ")
    s["fraction-words"] = _repeat("a half ")
    # currency and percent storms
    s["dollar-signs"] = _repeat("$")
    s["dollars"] = _repeat("$1 ")
    s["euro-bn"] = _repeat("\u20ac3.5bn ")
    s["money-range"] = _repeat("$2-3 billion ")
    s["conversion"] = _repeat("1,000 euros ($1,100) ")
    s["percent-signs"] = _repeat("%")
    s["percents"] = _repeat("5% ")
    s["per-cent"] = _repeat("5 per cent ")
    s["pct-change"] = _repeat("rose 50% to $3m from $2m ")
    s["dlrs"] = _repeat("2.40 billion dlrs ")
    # figures in sentences the checks read
    s["hedges"] = _repeat("at least ")
    s["hedged-figures"] = _repeat("at least 12,000 ")
    s["ranges"] = _repeat("between 1 and 2 ")
    s["parts-list"] = _repeat("1, 2 and ")
    s["including"] = _repeat("including 119 police and ")
    s["of-whom"] = _repeat("of whom 3, ")
    s["people-killed"] = _repeat("12 people were killed ")
    s["detained"] = _repeat("At least 12,000 people have been detained. ")
    s["population"] = _repeat("Almaty, a city of 1.8 million ")
    s["members"] = _repeat("six member countries ")
    s["places"] = _repeat("Almaty New York Kazakhstan ")
    s["capitals"] = _repeat("A ")
    # unicode digits and marks
    s["arabic-digits"] = _repeat("\u0661\u0662\u0663 ")
    s["fullwidth-digits"] = _repeat("\uff11\uff12\uff13")
    s["superscripts"] = _repeat("1\u00b2")
    s["zero-width"] = _ends("1", "\u200b", "1")
    s["zero-width-digits"] = _repeat("1\u200b")
    s["rtl-marks"] = _repeat("\u202e1\u202c ")
    s["combining"] = _repeat("1\u0301")
    s["nul"] = _repeat("\x00")
    s["nul-digits"] = _repeat("1\x00")
    s["odd-case"] = _repeat("\u0130 1 ")
    # long lines and words
    s["one-word"] = _repeat("a")
    s["one-capital-word"] = _repeat("A")
    s["long-line"] = _repeat("word ")
    s["newlines"] = _repeat("\n")
    s["paragraphs"] = _repeat("1\n\n")
    s["headline-body"] = _ends("Floods force 12,000 from their homes\n\n", "about 8,000 people were forced from their homes. ", "")
    # random number-ish token soups (seeded)
    for i in range(4):
        s[f"soup-{i}"] = _tokens(i, NUMBERISH)
    s["soup-nospace"] = _tokens(7, NUMBERISH, sep="")
    return s


def _child(make, n: int, q) -> None:
    import factcheck
    from dataclasses import replace

    from factcheck.settings import from_env

    settings = replace(from_env(), check_budget=0)  # the raw time: no budget to stop it
    text = make(n)
    clock = time.process_time if os.environ.get("HOSTILE_CPU") else time.perf_counter
    t = clock()
    try:
        factcheck.check(text, published=PUBLISHED, settings=settings)
    except factcheck.pipeline.InputError:  # refused quickly ("text is empty") is a fine outcome
        pass
    q.put(clock() - t)


def measure(make, n: int, limit: float) -> float | None:
    """Seconds for one check of make(n) in a forked child; None past the limit."""
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_child, args=(make, n, q))
    p.start()
    p.join(limit)
    if p.is_alive():
        p.kill()
        p.join()
        return None
    if p.exitcode != 0:
        raise RuntimeError(f"check crashed (exit {p.exitcode})")
    return q.get()


def exponent(sizes: list[int], times: list[float | None]) -> float | None:
    done = [(n, t) for n, t in zip(sizes, times) if t is not None]
    if len(done) < 2:
        return None
    (n1, t1), (n2, t2) = done[-2:]
    return math.log(max(t2, FLOOR) / max(t1, FLOOR)) / math.log(n2 / n1)


def run(names: list[str], sizes: list[int], limit: float) -> list[tuple]:
    import factcheck

    factcheck.check("Warm-up: 5 people on 2 January 2022, up 3% from $2 million.", published=PUBLISHED)
    table = shapes()
    rows = []
    head = "shape".ljust(20) + "".join(f"{n:>10,}" for n in sizes) + "   exponent"
    print(head)
    for name in names:
        times: list[float | None] = []
        for n in sizes:
            if times and times[-1] is None:
                times.append(None)
                continue
            times.append(measure(table[name], n, limit))
        e = exponent(sizes, times)
        cells = "".join(f"{t:>10.3f}" if t is not None else f"{'>' + str(int(limit)):>10}" for t in times)
        flag = "" if (times[-1] is not None and times[-1] <= 2 and (e is None or e <= 1.2)) else "   <- over target"
        print(name.ljust(20) + cells + (f"{e:>11.2f}" if e is not None else f"{'?':>11}") + flag, flush=True)
        rows.append((name, times, e))
    return rows


def show_steps(names: list[str], size: int) -> None:
    sys.path.insert(0, str(HERE))
    import steps

    table = shapes()
    for name in names:
        per = steps.steps([table[name](size)])
        print(name.ljust(20) + "  ".join(f"{k} {v:,.0f}" for k, v in per.items()) + "  (CPU ms)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000])
    ap.add_argument("--only", nargs="*", help="shapes whose name contains any of these")
    ap.add_argument("--limit", type=float, default=60.0, help="seconds before a measurement is abandoned")
    ap.add_argument("--steps", action="store_true", help="CPU ms per pipeline step instead (at --size)")
    ap.add_argument("--size", type=int, default=20_000)
    ap.add_argument("--list", action="store_true", help="list the shape names")
    ap.add_argument("--cpu", action="store_true",
                    help="CPU seconds of the checking process instead of wall time (for a shared, loaded machine)")
    a = ap.parse_args(argv)
    if a.cpu:
        os.environ["HOSTILE_CPU"] = "1"
    names = list(shapes())
    if a.only:
        names = [n for n in names if any(o in n for o in a.only)]
    if a.list:
        print("\n".join(names))
        return 0
    if a.steps:
        show_steps(names, a.size)
        return 0
    rows = run(names, a.sizes, a.limit)
    over = [r for r in rows if r[1][-1] is None or r[1][-1] > 2 or (r[2] is not None and r[2] > 1.2)]
    print(f"\n{len(rows) - len(over)} of {len(rows)} shapes within 2 s at {a.sizes[-1]:,} chars with exponent <= 1.2")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
