"""reference.population: an area around a place, a thing that is home to people, and where
people live, are not what a reference place counts (sets G and F: G155, F128, G047)."""
from __future__ import annotations

import re

import pytest

from factcheck import check
from factcheck.reference import resolve
from factcheck.settings import Settings

SETTINGS = Settings(db="")


def population_findings(text: str, published: str | None = "2022-01-13"):
    report = check(text, published=published, settings=SETTINGS)
    return [f for f in report.findings if f.rule == "reference.population"]


def flags(text: str, published: str | None = "2022-01-13"):
    return [f for f in population_findings(text, published) if f.severity in ("warning", "error")]


# --- an area named after a place is not the place --------------------------------------

@pytest.mark.parametrize("text,area", [
    # G155: the conurbation, not the city proper's 282,448
    ("Most of the fire included the coastal region of Valparaíso, home to almost a million "
     "inhabitants, seat of Congress and one of the country's main ports.", "region of Valparaíso"),
    ("Fires burned across Greater Valparaíso, home to almost a million people.", "Greater Valparaíso"),
    ("Fires burned across the Valparaíso metropolitan area, home to almost a million people.",
     "Valparaíso metropolitan area"),
    ("Some 950,000 people live in Valparaíso and its suburbs.", "Valparaíso and its suburbs"),
    ("Almost a million people live in and around Valparaíso.", "in and around Valparaíso"),
    ("The Gaza Strip is home to 2.3 million people.", "Gaza Strip"),
    ("The Kurdistan region of Iraq is home to 6 million people.", "region of Iraq"),
])
def test_an_area_named_after_a_place_is_not_compared_with_the_place(text, area):
    [f] = population_findings(text)
    assert f.severity == "info" and f.details["area"] == area
    assert "not compared" in f.message and f"\"{area}\"" in f.message


def test_the_place_itself_is_still_compared():
    [f] = flags("Valparaíso, a city of 2.8 million, burned.")
    assert f.severity == "error" and "282,448" in f.message


def test_a_region_of_n_is_an_areas_population():
    # "a region of" was read as the population of the country named after it
    [f] = population_findings("Tigray, a region of 6 million people in Ethiopia, is at war.")
    assert f.severity == "info" and f.details["entity"] == "Ethiopia"


def test_area_words_give_the_name_with_its_area():
    lex = SETTINGS.ruleset().lexicon("reference")
    idx = __import__("factcheck.reference.index", fromlist=["index_for"]).index_for(SETTINGS)
    for text, want in [("the Lagos metropolitan area", "Lagos metropolitan area"),
                       ("Valparaíso's coastal region", "Valparaíso's coastal region"),
                       ("Greater London", "Greater London"),
                       ("Lagos, the capital", None),
                       ("Warsaw, the capital of the region", None)]:
        [m] = [m for m in idx.mentions(text) if m.text in ("Lagos", "Valparaíso", "London", "Warsaw")]
        assert resolve.area_words(text, m, lex) == want, text


def test_a_pattern_naming_no_word_list_is_an_error():
    with pytest.raises(ValueError, match="no word list"):
        resolve.expand(r"\b(?:{plaec_nouns})\s+of", {"place_nouns": ["city"]})
    assert resolve.expand(r"(?:{place_nouns}){0,2}", {"place_nouns": ["city", "metro area"]}) == \
        r"(?:(?:metro\s+area|city)){0,2}"


# --- a thing that is home to people, and a place noun that refers back --------------------

@pytest.mark.parametrize("text", [
    # F128: the block's people, not Magnitogorsk's (nor Russia's)
    "A gas explosion tore through a building in Magnitogorsk, Russia, on Monday. "
    "The apartment block was home to about 1,100 people.",
    "A gas explosion hit Magnitogorsk, Russia. The building in Magnitogorsk had 1,100 residents.",
    "Rain hit Almaty on Monday. The stadium, home to 30,000 people on match days, flooded.",
])
def test_a_common_noun_subject_is_that_things_population(text):
    assert population_findings(text) == []


@pytest.mark.parametrize("text,stated", [
    ("A gas explosion hit Magnitogorsk, Russia. The city is home to about 4 million people.", "4,000,000"),
    ("Kazakhstan asked for help. The country is home to 57 million people.", "57,000,000"),
    ("Rescuers searched Almaty. The city of Almaty is home to 18 million people.", "18,000,000"),
])
def test_a_place_noun_subject_refers_back_to_the_place_named(text, stated):
    [f] = flags(text)
    assert f.severity == "error" and stated in f.message


def test_place_nouns_are_one_list_for_both_patterns():
    lex = SETTINGS.ruleset().lexicon("reference")
    cues = resolve.patterns(lex, "population_cues_before", re.IGNORECASE)
    assert any(p.search("Almaty, a megacity of ") for p in cues)
    widened = {**lex, "place_nouns": [*lex["place_nouns"], "emirate"]}
    assert any(p.search("Dubai, an emirate of ") for p in resolve.patterns(widened, "population_cues_before",
                                                                          re.IGNORECASE))
    assert not any(p.search("Dubai, an emirate of ") for p in cues)


# --- where people live: a floor above a city's own count --------------------------------

def test_a_floor_of_where_people_live_above_a_citys_count_is_info():
    # G047: "more than 1 million people live in Mbandaka"; GeoNames counts 455,011 in the city
    [f] = population_findings("More than 1 million people live in Mbandaka, which is located along the "
                              "Congo River.", "2018-05-26")
    assert f.severity == "info" and "455,011" in f.message and "suburbs" in f.message


@pytest.mark.parametrize("text", [
    "About 3 million people live in Mbandaka.",              # a size, not a floor
    "Mbandaka, a city of more than 3 million, lies on the river.",  # what the city counts
    "The city of Mbandaka is home to more than 3 million people.",
])
def test_a_size_or_the_citys_own_count_is_still_flagged(text):
    [f] = flags(text)
    assert f.severity == "error"


def test_an_areas_gdp_is_not_the_countrys():
    # the same reading of the name serves every attribute resolve.place is asked for
    def gdp(text):
        return [f for f in check(text, published="2022-01-13", settings=SETTINGS).findings
                if f.rule == "reference.gdp"]
    assert gdp("The Kurdistan region of Iraq has a GDP of $900 billion.") == []
    assert gdp("Iraq has a GDP of $900 billion.")


def test_the_base_of_a_rate_is_no_population():
    # "per 100,000 inhabitants": a denominator, whatever place is named
    text = ("Colima led in the first half of the year. The small Pacific coast state recorded "
            "40.7 homicides per 100,000 inhabitants between January and June.")
    assert not [f for f in check(text, published="2023-07-20").findings if f.rule == "reference.population"]


def test_the_country_of_n_after_a_city_is_that_citys_country():
    # "The country of N" names a country's population; the city named before says which
    quake = ("Earthquakes are frequent across the archipelago, but rarely felt in Jakarta. The "
             "country of more than 270 million people is often struck by earthquakes.")
    assert not [f for f in check(quake, published="2022-11-21").findings if f.rule == "reference.population"]
    wrong = "Protests spread to Almaty. The country of 90 million people was calm."
    f = [f for f in check(wrong, published="2022-01-13").findings if f.rule == "reference.population"]
    assert f and "Kazakhstan" in f[0].message


# --- sets Y, Z (Y078, Z096): a figure kept from a place, while a control still compares ----

@pytest.mark.parametrize("text,control,published", [
    # a country in a speaker's title is not the figure's owner; as the clause's subject it is
    ("Gaston Browne, the prime minister of Antigua and Barbuda, said the island of 1,600 "
     "people was barely habitable.", "Antigua and Barbuda, a country of 1,600 people, was hit.", "2017-09-07"),
    # a word of a country's name the text gives is that country's part, no namesake elsewhere
    ("Gaston Browne is the prime minister of Antigua and Barbuda. He spoke on Wednesday. Browne said "
     "Antigua, with a population of around 80,000 people, escaped major damage.",
     "Antigua, with a population of around 800,000 people, escaped major damage.", "2017-09-07"),
    # inhabitants an event befell are that event's count, not the population
    ("At least 103 people were injured in Taiwan by the typhoon. More than 8,700 inhabitants of the "
     "island were evacuated to safe places.", "Taiwan, an island of 8,700 inhabitants, was hit by the typhoon.",
     "2017-07-30"),
    # set AB: a place in a distance phrase only locates the town that is counted
    ("Edson, about 215 kilometres west of Edmonton, has a population of more than 8,000.",
     "Edmonton has a population of more than 8,000.", "2023-05-05"),
    # a city within a factor of two of its reference count: another bound (metro area)
    ("In Lima, the quake was felt with less intensity. The capital, of 10 million inhabitants, was shaken.",
     "In Lima, the quake was felt with less intensity. The capital, of 30 million inhabitants, was shaken.",
     "2021-11-29"),
    # set AD: a place after a colon is another clause's, not the figure's
    ("The snowstorm cut a wide swath across the state of 30 million people: some fatalities were "
     "nearly as far north as Oklahoma.",
     "The snowstorm cut a wide swath across Oklahoma, a state of 30 million people.", "2021-03-25"),
    # set AF: an island its sentence speaks of is not the country named in the sentence before
    ("The canoes set sail from Senegal. This Tuesday, the westernmost island of the archipelago, with "
     "11,423 inhabitants, received three boats.",
     "The canoes set sail from Senegal. This Tuesday, the country, with 11,423 inhabitants, received three "
     "boats.", "2023-10-03"),
    # set AF: initials in capitals name a body or a country's code, never the town "Un" (India)
    ("Somalia's drought deepens, and the UN projects that the uprooted population could reach 300,000.",
     "Somalia's drought deepens, and Un projects that its population could reach 300,000.", "2023-03-01"),
    # a country's census near the World Bank's modelled figure (-7%): another source
    ("KNBS said Kenya's population is 47,564,296, with 23,548,056 males.",
     "KNBS said Kenya's population is 37,564,296, with 23,548,056 males.", "2019-11-04"),
])
def test_a_reading_keeps_the_figure_from_the_place(text, control, published):
    assert flags(text, published) == []
    assert flags(control, published)


def test_an_island_is_no_city_of_its_name():
    # set Z (Z123): the Tongan island, not Mango in India
    text = "Every home on Mango island, home to about 50 people, had been destroyed in Tonga."
    assert flags(text, "2022-01-18") == []
    assert flags("Mango, home to about 50 people, was hit.", "2022-01-18")
    assert flags("Mango island, home to about 50 people, was hit.", "2022-01-18") == []
    assert flags("The island of Mango, home to about 50 people, was hit.", "2022-01-18") == []


def test_one_word_of_a_longer_name_is_no_city():
    # set AA (AA089): "Fort" of Fort Nelson resolved to Augusta
    assert flags("Some 3,400 people live in Fort Nelson and the Fort Nelson Indian Reserve.", "2024-05-15") == []


def test_a_city_its_sentence_speaks_of_is_not_the_country_the_resolver_finds_before():
    # set AH: "BAM, Iran -- ... this city of mud-brick buildings ... a reliable death toll in
    # the city of 80,000 was still unavailable": Bam's people, not Iran's
    text = ("BAM, Iran -- Rescuers dug through this city of mud-brick buildings on Saturday.\n\n"
            "The destruction was so all-encompassing that a reliable death toll in the city of 80,000 "
            "was still unavailable.")
    assert not [f for f in check(text, published="2003-12-28").findings
                if f.rule == "reference.population" and f.severity != "info"]


def test_a_compass_word_before_a_country_names_a_region():
    # set AH: "triple that of all of Central America, and only about 2% of a GDP of $1.1
    # trillion": Mexico's, not the United States'
    text = ("Mexican remittances last year were $23 billion, a modest amount given Mexico's population, "
            "which is triple that of all of Central America, and only about 2% of a GDP of $1.1 trillion.")
    assert not [f for f in check(text, published="2016-05-06").findings
                if f.rule == "reference.gdp" and "United States" in f.message]
