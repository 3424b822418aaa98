"""Vendor the World Bank series (population, GDP in current US dollars, 1960-2024)
as packaged reference data: seeds/reference/world-bank/{population,gdp}.yaml.

    .venv/bin/python benchmarks/make_world_bank.py [--src ../shared/data/reference]

The source files (World Bank, World Development Indicators: SP.POP.TOTL and
NY.GDP.MKTP.CD; licence PDDL 1.0) have one row per country and year. Only rows of
a country the embedded index knows (ISO 3166 alpha-3 -> alpha-2) are kept:
aggregates ("World", "Euro area", "Arab World") are dropped. Each country becomes
one record with a `series` (year -> value), which the loader reads as one fact per
year (as_of the year).
"""
from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "seeds" / "reference" / "world-bank"
FILES = {
    "population": ("world-bank-population.csv", "SP.POP.TOTL (population, total)", "people"),
    "gdp": ("world-bank-gdp.csv", "NY.GDP.MKTP.CD (GDP, current US$)", "USD"),
}
EXTRA = {"XKX": "XK"}  # Kosovo: a World Bank code, not ISO 3166


def alpha2(code: str) -> str | None:
    if code in EXTRA:
        return EXTRA[code]
    c = pycountry.countries.get(alpha_3=code)
    return c.alpha_2 if c else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=str(ROOT.parent / "shared" / "data" / "reference"))
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for attr, (name, indicator, unit) in FILES.items():
        series: dict[str, dict[int, float]] = defaultdict(dict)
        names: dict[str, str] = {}
        with open(Path(args.src) / name, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                iso = alpha2(row["Country Code"])
                if iso is None or not row["Value"]:
                    continue
                series[iso][int(row["Year"])] = float(row["Value"])
                names[iso] = row["Country Name"]
        years = sorted({y for s in series.values() for y in s})
        lines = [
            f"# World Bank, World Development Indicators, {indicator}, {years[0]}-{years[-1]},",
            f"# by country (aggregates dropped). Licence: PDDL 1.0. Made from {name} by",
            "# benchmarks/make_world_bank.py; provenance also in seeds/reference/sources.yaml.",
            f'source: "World Bank WDI {indicator.split()[0]} (PDDL 1.0)"',
            f"attribute: {attr}",
            f"unit: {unit}",
            "facts:",
        ]
        for iso in sorted(series):
            s = series[iso]
            vals = ", ".join(f"{y}: {v:.0f}" for y, v in sorted(s.items()))
            lines.append(f"  - {{entity: \"iso:{iso}\", series: {{{vals}}}}}  # {names[iso]}")
        (OUT / f"{attr}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(attr, len(series), "countries", sum(map(len, series.values())), "values")


if __name__ == "__main__":
    main()
