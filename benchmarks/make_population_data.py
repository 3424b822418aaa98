"""Generate benchmarks/data/population.jsonl: population statements in newsroom phrasing.

Each statement names a real country or city and gives a figure that is accurate
against the embedded reference (cities: GeoNames; countries: the World Bank's value
for the statement's year, else its publication year, issue 14), rounded and hedged the ways newsrooms
do ("1.98 million", "nearly 2m", "more than 1.9 million", "1,977,000"). Statements
with their own year ("in 2012", "the 2015 census") carry a figure scaled back or
forward from the reference's 2019 at 1.5%/year (cities) or 1%/year (countries),
a plausible growth rate. `text_x3` is the same statement with the figure
multiplied by 3, rendered in the same style.

The figures are derived from the reference itself, so the benchmark measures
extraction, entity resolution and tolerance logic, not GeoNames' accuracy.

    .venv/bin/python benchmarks/make_population_data.py   # rewrites the data file
"""
from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta
from pathlib import Path

from factcheck.reference import default_index

OUT = Path(__file__).resolve().parent / "data" / "population.jsonl"

CITIES = """Almaty Astana Tashkent Bishkek Dushanbe Tbilisi Yerevan Baku Minsk Kharkiv Moscow
Novosibirsk Yekaterinburg Kazan Warsaw Krakow Prague Budapest Vienna Berlin Hamburg Munich
Cologne Paris Marseille Lyon Madrid Barcelona Lisbon Rome Milan Naples Turin Athens Istanbul
Ankara Izmir Cairo Lagos Kano Ibadan Nairobi Mombasa Addis_Ababa Kinshasa Luanda Johannesburg
Cape_Town Durban Casablanca Algiers Tunis Khartoum Dakar Accra Abidjan Tehran Mashhad Baghdad
Basra Riyadh Jeddah Dubai Karachi Lahore Faisalabad Mumbai Kolkata Chennai Bangalore Dhaka
Chittagong Kathmandu Yangon Bangkok Hanoi Manila Jakarta Surabaya Kuala_Lumpur Shanghai Beijing
Chongqing Guangzhou Shenzhen Wuhan Chengdu Seoul Busan Tokyo Osaka Yokohama Sydney Melbourne
Brisbane Auckland Toronto Montreal Chicago Houston Los_Angeles Mexico_City Guadalajara Bogota
Medellin Lima Buenos_Aires Quito Guayaquil Montevideo Havana Birmingham Glasgow Dublin
Rotterdam Brussels Stockholm Oslo Copenhagen Helsinki Bucharest Sofia Belgrade Zagreb Riga
Vilnius Tallinn London""".split()

COUNTRIES = """Kazakhstan Uzbekistan Kyrgyzstan Tajikistan Armenia Azerbaijan Belarus Ukraine Russia
Poland Germany France Italy Spain Portugal Greece Turkey Egypt Nigeria Kenya Ethiopia
South_Africa Morocco Algeria Ghana Iran Iraq Saudi_Arabia Pakistan India Bangladesh Nepal
Sri_Lanka Myanmar Thailand Vietnam Philippines Indonesia Malaysia China Japan South_Korea
Australia Canada Brazil Argentina Colombia Peru Chile Venezuela Romania Hungary Sweden Norway
Finland Denmark Belgium Austria Switzerland Serbia""".split()

# (text, has its own year); {place} {fig} {year} {country}
CITY_TEMPLATES = [
    ("{place}, a city of {fig} people, has been without power since Sunday.", False),
    ("The city of {place} in {country} is home to {fig} people.", False),
    ("{place}, home to {fig} residents, was hit by floods on Monday.", False),
    ("{place} has a population of {fig}, according to official estimates.", False),
    ("The population of {place} stood at {fig} in {year}.", True),
    ("In {year}, {place} had {fig} inhabitants, according to the census.", True),
    ("{place} ({fig} inhabitants) is one of the largest cities in {country}.", False),
    ("Officials in {place}, a metropolis of {fig}, declared a state of emergency.", False),
    ("{place}'s {fig} residents were told to stay indoors.", False),
    ("According to the {year} census, {place} had a population of {fig}.", True),
    ("Protests spread to {place} on Tuesday. The city of {fig} people was placed under curfew.", False),
    ("The mayor of {place}, a city of {fig}, resigned on Friday.", False),
    ("{place}, with a population of {fig}, is the economic heart of {country}.", False),
    ("By {year}, the population of {place} had grown to {fig}.", True),
    ("Some {fig} people live in {place}, the capital of the region.", False),
    ("{country}'s largest city, {place}, has {fig} residents.", False),
    ("Home to {fig} people, {place} is the commercial capital of {country}.", False),
    ("{place}, {country} - The city's {fig} residents woke up to snow on Monday.", False),
    ("More than {fig} people call {place} home.", False),
    ("{place}, population {fig}, lies on the banks of a river.", False),
    ("With {fig} inhabitants in {year}, {place} was among the largest cities in {country}.", True),
    ("{place} is a sprawling city of {fig}.", False),
]
COUNTRY_TEMPLATES = [
    ("{place}, a country of {fig} people, holds elections on Sunday.", False),
    ("{place} has a population of {fig}.", False),
    ("{place}'s {fig} citizens go to the polls next month.", False),
    ("Talks were held in {place} on Monday. The nation of {fig} people is facing a fuel shortage.", False),
    ("In {year}, {place} had {fig} inhabitants.", True),
    ("{place} is home to {fig} people.", False),
    ("With a population of {fig}, {place} is among the largest countries in its region.", False),
    ("The population of {place} reached {fig} in {year}, the statistics office said.", True),
    ("{place}, home to {fig} people, declared a national emergency.", False),
    ("According to {year} figures, {place} had {fig} residents.", True),
    ("{place}, a nation of {fig}, has closed its borders.", False),
    ("The {fig} people of {place} face rising prices.", False),
    ("More than {fig} people live in {place}.", False),
    ("{place}, population {fig}, borders several countries.", False),
    ("At the {year} census, {place} counted {fig} inhabitants.", True),
]

# style: (prefix, how to round, how to print)
STYLES = ["million1", "million2", "m_abbrev", "comma", "about", "nearly", "more_than", "some"]


def round_sig(v: float, n: int) -> float:
    if v <= 0:
        return v
    k = n - 1 - int(math.floor(math.log10(v)))
    return round(v, k)


def render(v: float, style: str) -> str:
    """The figure in a newsroom style; v is the display value (already rounded)."""
    if style == "comma":
        return f"{v:,.0f}"
    if v >= 1e9:
        num, word, abbr = v / 1e9, "billion", "bn"
    elif v >= 1e6:
        num, word, abbr = v / 1e6, "million", "m"
    else:
        return f"{v:,.0f}"
    txt = f"{num:.2f}".rstrip("0").rstrip(".")
    if style == "m_abbrev":
        return f"{txt}{abbr}"
    return f"{txt} {word}"


def display(v: float, style: str, kind: str) -> tuple[float, str]:
    """Round a true value the way the style does; (display value, hedge word)."""
    sig = 3 if kind == "country" else 2
    if style == "million2":
        sig = 3
    if style == "comma":
        return round(v, -3), ""
    if style == "about":
        return round_sig(v, sig), "about "
    if style == "some":
        return round_sig(v, sig), "some "
    if style == "nearly":
        k = sig - 1 - int(math.floor(math.log10(v)))
        return math.ceil(v * 10 ** k) / 10 ** k, "nearly "
    if style == "more_than":
        k = sig - 1 - int(math.floor(math.log10(v)))
        return math.floor(v * 10 ** k) / 10 ** k, "more than "
    return round_sig(v, sig), ""


def main() -> None:
    rng = random.Random(6)
    idx = default_index()
    rows = []
    # 190 city and 110 country statements: cycle the places, rotate templates and styles
    jobs = [("city", CITIES[i % len(CITIES)]) for i in range(190)] + \
           [("country", COUNTRIES[i % len(COUNTRIES)]) for i in range(110)]
    for i, (kind, raw) in enumerate(jobs):
        name = raw.replace("_", " ")
        ents = [e for e in idx.lookup(name) if e.kind == kind]
        ent = ents[0]
        ref = idx.fact(ent.id, "population").value
        templates = CITY_TEMPLATES if kind == "city" else COUNTRY_TEMPLATES
        tmpl, has_year = templates[i % len(templates)]
        style = STYLES[(i // len(templates) + i) % len(STYLES)]
        year = rng.randint(2010, 2023) if has_year else None
        growth = 0.015 if kind == "city" else 0.01
        true = ref * (1 + growth * ((year or 2019) - 2019))
        # drawn here, as before, so every other draw (and each city statement) stays the same
        published = date(2021, 1, 1) + timedelta(days=rng.randint(0, 4 * 365))
        if kind == "country":  # the World Bank's value for the year it speaks of (issue 14)
            series = {f.as_of_year: f.value for f in idx.facts(ent.id, "population")}
            want = year or published.year
            ref = true = series[min(series, key=lambda y: (abs(y - want), -y))]
        shown, hedge = display(true, style, kind)
        fig = hedge + render(shown, style)
        fig3 = hedge + render(shown * 3, style)
        country = idx.country(ent.country).name if ent.country else ""
        fig_c, fig3_c = fig, fig3
        if tmpl.startswith(("Some {fig}", "More than {fig}")):  # the template has its own hedge
            fig_c, fig3_c = render(shown, style), render(shown * 3, style)
        text = tmpl.format(place=name, fig=fig_c, year=year, country=country)
        text3 = tmpl.format(place=name, fig=fig3_c, year=year, country=country)
        rows.append({"id": f"pop{i + 1:03d}", "kind": kind, "entity": ent.id, "name": name,
                     "reference": ref, "year": year, "figure": fig_c, "text": text,
                     "text_x3": text3, "published": published.isoformat()})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} statements to {OUT}")


if __name__ == "__main__":
    main()
