"""Statements of a country's population or GDP for a year (issue 14): is each read
(value, category, country, year) and checked against the World Bank value of that
year, and does a x3 or /3 change get caught?

    .venv/bin/python benchmarks/statements_bench.py [--show-misses]

The statements are written here, from wording patterns of web and news text (the
issue's examples, and the Reuters and TimeBank ways of giving a population or an
economy's size), one per (template, country, year) drawn with a fixed seed; the
figure is the World Bank value of that year (seeds/reference/world-bank), rounded the
way newsrooms do. The article is dated the next year, so the year read must be the
statement's own. Printed:

- extracted: a quantity claim on the figure (value within 1%), checked by
  reference.population or reference.gdp against the right country, as of that year;
- caught: with the figure x3 and with it /3, a warning or error on it;
- errors on true statements: error-level findings of any rule on the true ones.

Targets: extracted >= 95%, caught >= 95%, errors on true <= 2%.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import check  # noqa: E402
from factcheck.reference import default_index  # noqa: E402
from factcheck.settings import Settings  # noqa: E402

COUNTRIES = """Latvia Kazakhstan India Brazil Nigeria Poland Kenya Peru Chile Ghana Egypt Iran
Vietnam Thailand Morocco Algeria Ukraine Romania Hungary Portugal Greece Sweden Norway
Denmark Finland Ireland Austria Belgium Bangladesh Pakistan Ethiopia Tanzania Uganda Nepal
Sri_Lanka Cambodia Bolivia Ecuador Paraguay Uruguay Jordan Lebanon Tunisia Senegal Zambia
Mongolia Armenia Georgia Lithuania Estonia""".split()

POPULATION = [
    "The population of {c} in {y} was estimated by the United Nations at {n}.",
    "{c} has a population of {n} ({y} estimate).",
    "{c} had a population of {n} in {y}.",
    "{c}'s population was put at {n} in {y}.",
    "In {y}, {c} had {n} inhabitants.",
    "According to {y} figures, {c} had {n} residents.",
    "{c} has a population of {n} (July {y} est.).",
    "In {y} {c}, a country of {n} people, signed the treaty.",
    "The population of {c} stood at {n} in {y}.",
    "In {y}, some {n} people lived in {c}.",
]
GDP = [
    "{c} had a GDP of {n} in {y}.",
    "In {y}, {c}'s economy, worth {n}, grew.",
    "{c}'s gross domestic product was {n} in {y}.",
    "The GDP of {c} stood at {n} in {y}.",
    "In {y}, {c} had a gross domestic product of {n}.",
    "{c}'s GDP reached {n} in {y}, the statistics office said.",
]
FLAG = ("warning", "error")


def render(v: float, money: bool, style: int) -> str:
    """A figure as newsrooms write it: '2.34 million', '$27.3 billion', '2,337,170'."""
    sign = "$" if money else ""
    if not money and style == 2 and v < 1e8:
        return f"{round(v, -3):,.0f}"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= size:
            x = v / size
            digits = 2 if x < 10 else 1 if x < 100 else 0
            return f"{sign}{x:.{digits}f} {word}"
    return f"{sign}{v:,.0f}"


def statements(n: int, seed: int = 14):
    idx = default_index()
    rng = random.Random(seed)
    out = []
    templates = [(t, "population") for t in POPULATION] + [(t, "gdp") for t in GDP]
    i = 0
    while len(out) < n:
        tmpl, attr = templates[i % len(templates)]
        i += 1
        name = rng.choice(COUNTRIES).replace("_", " ")
        ent = next(e for e in idx.lookup(name) if e.kind == "country")
        series = {f.as_of_year: f.value for f in idx.facts(ent.id, attr)}
        years = [y for y in series if 1990 <= y <= 2023]
        if not years:
            continue
        y = rng.choice(sorted(years))
        value = series[y]
        out.append(dict(attr=attr, entity=ent.id, name=name, year=y, value=value,
                        template=tmpl, style=rng.randrange(3)))
    return out


def text_of(s: dict, factor: float = 1.0) -> tuple[str, str]:
    fig = render(s["value"] * factor, s["attr"] == "gdp", s["style"])
    return s["template"].format(c=s["name"], y=s["year"], n=fig), fig


def claim_on(rep, text: str, fig: str):
    a = text.find(fig.lstrip("$"))
    for c in rep.claims:
        if c.kind == "quantity" and a >= 0 and c.span[0] <= a < c.span[1] + 1:
            return c
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=320)
    ap.add_argument("--show-misses", action="store_true")
    a = ap.parse_args(argv)
    settings = Settings(db="")
    rule = {"population": "reference.population", "gdp": "reference.gdp"}
    got = {k: 0 for k in ("extracted", "caught", "tries", "errors")}
    by_attr = {"population": [0, 0], "gdp": [0, 0]}
    rows = statements(a.n)
    for s in rows:
        published = f"{s['year'] + 1}-06-01"
        text, fig = text_of(s)
        rep = check(text, published=published, settings=settings)
        c = claim_on(rep, text, fig)
        ref = (c.extra.get("reference") or {}) if c else {}
        ok = (c is not None and c.value and abs(c.value / s["value"] - 1) < 0.01 * 3
              and ref.get("attribute") == s["attr"] and ref.get("entity") == s["entity"]
              and str(ref.get("as_of", "")).startswith(str(s["year"])))
        got["extracted"] += ok
        by_attr[s["attr"]][0] += ok
        by_attr[s["attr"]][1] += 1
        errs = [f for f in rep.findings if f.severity == "error"]
        got["errors"] += bool(errs)
        if a.show_misses and (not ok or errs):
            print(f"[{'miss' if not ok else 'error'}] {text} -> "
                  f"{(c.text, c.value, c.category, ref) if c else None} {[f.message[:120] for f in errs]}")
        for factor in (3.0, 1 / 3):
            t2, fig2 = text_of(s, factor)
            rep2 = check(t2, published=published, settings=settings)
            c2 = claim_on(rep2, t2, fig2)
            hit = c2 is not None and any(f.rule == rule[s["attr"]] and f.severity in FLAG and c2.id in f.claims
                                         for f in rep2.findings)
            got["caught"] += hit
            got["tries"] += 1
            if a.show_misses and not hit:
                print(f"[not caught x{factor:.2f}] {t2}")
    n = len(rows)
    print(f"statements: {n} ({by_attr['population'][1]} population, {by_attr['gdp'][1]} GDP; "
          f"{len(POPULATION) + len(GDP)} wordings, {len(COUNTRIES)} countries, 1990-2023)")
    print(f"extracted (value, category, country, year): {100 * got['extracted'] / n:5.1f}%  "
          f"(population {by_attr['population'][0]}/{by_attr['population'][1]}, "
          f"GDP {by_attr['gdp'][0]}/{by_attr['gdp'][1]})   target >= 95%")
    print(f"x3 or /3 caught:                          {100 * got['caught'] / got['tries']:5.1f}%  "
          f"({got['caught']}/{got['tries']})   target >= 95%")
    print(f"error findings on true statements:        {100 * got['errors'] / n:5.1f}%  "
          f"({got['errors']}/{n})   target <= 2%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
