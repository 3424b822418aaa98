"""Reference data: loading files, the embedded defaults, the index, SQLite, exchange rates."""
from __future__ import annotations

import json
from datetime import date

import pytest
import sqlite_utils

from factcheck.reference import ReferenceError, default_index, index_for, load_path, rate, rate_range
from factcheck.reference import store
from factcheck.reference.model import Fact
from factcheck.settings import Settings


@pytest.fixture(scope="module")
def idx():
    return default_index()


def test_geonames_population_of_almaty(idx):
    almaty = idx.lookup("Almaty")[0]
    fact = idx.fact(almaty.id, "population")
    assert (almaty.country, fact.value, fact.as_of) == ("KZ", 1_977_011, "2019")
    assert fact.source.startswith("GeoNames")


def test_aliases_find_the_same_city(idx):
    ids = {idx.lookup(n)[0].id for n in ("Almaty", "Alma-Ata", "Алматы")}
    assert len(ids) == 1


def test_same_named_places_most_populous_first(idx):
    london = idx.lookup("London")
    assert [e.country for e in london[:2]] == ["GB", "CA"]


def test_country_aliases_from_pycountry_and_seeds(idx):
    assert idx.lookup("Russian Federation")[0].id == "iso:RU"
    assert idx.lookup("Britain")[0].id == "iso:GB"
    assert idx.lookup("U.S.")[0].id == "iso:US"


def test_csto_members_on_the_seed_date(idx):
    assert idx.members("org:csto", date(2022, 1, 13)) == ["AM", "BY", "KG", "KZ", "RU", "TJ"]


def test_membership_follows_joining_and_leaving_dates(idx):
    assert "UZ" in idx.members("org:csto", date(2010, 1, 1))
    assert "UZ" not in idx.members("org:csto", date(2013, 1, 1))
    assert "GB" in idx.members("org:eu", date(2020, 1, 31))
    assert "GB" not in idx.members("org:eu", date(2020, 2, 1))
    assert len(idx.members("org:nato", date(2022, 1, 13))) == 30
    assert len(idx.members("org:nato", date(2024, 6, 1))) == 32


def test_mentions_skip_sentence_words_and_find_possessives(idx):
    text = "During his first visit to Kazakhstan’s main city Almaty, Tokayev praised the CSTO."
    found = [(m.text, m.entities[0].id) for m in idx.mentions(text, stop=frozenset({"during"}))]
    assert found == [("Kazakhstan", "iso:KZ"), ("Almaty", "geonames:1526384"), ("CSTO", "org:csto")]


def test_yaml_file_with_defaults_and_organisation(tmp_path):
    f = tmp_path / "facts.yaml"
    f.write_text("source: City statistics office\nas_of: 2023-01-01\nfacts:\n"
                 "  - {entity: Almaty, country: KZ, attribute: population, value: 2161000}\n"
                 "organisations:\n  - organisation: Test Pact\n    id: tp\n    aliases: [TP]\n"
                 "    members: [{country: KZ, joined: 2020-01-01}]\n", encoding="utf-8")
    facts = load_path(f)
    assert facts[0] == Fact("Almaty", "population", value=2161000.0, as_of="2023-01-01",
                            source="City statistics office", country="KZ")
    assert [x.attribute for x in facts[1:]] == ["name", "member"]


def test_csv_and_json_files(tmp_path):
    (tmp_path / "a.csv").write_text("entity,attribute,value,unit,as_of,aliases\n"
                                    "Springfield,area,115.3,km2,2020,Springfield IL;Spfld\n",
                                    encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"entity": "Springfield", "attribute": "deaths",
                                                   "value": 12, "as_of": "2024-05-01"}]),
                                     encoding="utf-8")
    facts = load_path(tmp_path)
    assert [(f.attribute, f.value, f.aliases) for f in facts] == [
        ("area", 115.3, ("Springfield IL", "Spfld")), ("deaths", 12.0, ())]


def test_malformed_files_say_which_and_why(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("facts:\n  - {attribute: population, value: 3}\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match="bad.yaml.*entity"):
        load_path(bad)
    bad.write_text("facts:\n  - {entity: X, attribute: population, value: lots}\n", encoding="utf-8")
    with pytest.raises(ReferenceError, match="must be a number"):
        load_path(bad)
    with pytest.raises(ReferenceError, match="not found"):
        load_path(tmp_path / "missing.yaml")


def test_user_folder_overrides_the_default(tmp_path):
    (tmp_path / "almaty.yaml").write_text(
        "facts:\n  - {entity: Almaty, attribute: population, value: 2161000, as_of: 2023}\n",
        encoding="utf-8")
    idx = index_for(Settings(db="", reference_dirs=(str(tmp_path),)))
    almaty = idx.lookup("Almaty")[0]
    assert idx.fact(almaty.id, "population").value == 2_161_000
    assert default_index().fact(almaty.id, "population").value == 1_977_011


def test_unknown_entity_in_a_file_becomes_a_user_entity(tmp_path):
    (tmp_path / "x.yaml").write_text("facts:\n  - {entity: Zorgville, attribute: area, value: 7, "
                                     "aliases: [Zorg]}\n", encoding="utf-8")
    idx = index_for(Settings(db="", reference_dirs=(str(tmp_path),)))
    ent = idx.lookup("Zorg")[0]
    assert (ent.id, idx.fact(ent.id, "area").value) == ("user:zorgville", 7.0)


def test_store_round_trip(tmp_path):
    db = sqlite_utils.Database(tmp_path / "t.db")
    fid = store.add_fact(db, Fact("Almaty", "population", value=2.1e6, as_of="2023",
                                  aliases=("Alma Ata",)))
    assert store.get_fact(db, fid).aliases == ("Alma Ata",)
    assert store.update_fact(db, fid, Fact("Almaty", "population", value=2.2e6))
    assert store.get_fact(db, fid).value == 2.2e6 and store.get_fact(db, fid).aliases == ()
    assert [f.id for f in store.list_facts(db, entity="almaty")] == [fid]
    assert store.delete_fact(db, fid) and store.get_fact(db, fid) is None
    assert not store.delete_fact(db, fid)


def test_index_sees_facts_added_to_the_database(tmp_path):
    path = str(tmp_path / "app.db")
    settings = Settings(db=path)
    db = sqlite_utils.Database(path)
    store.ensure_tables(db)
    almaty = default_index().lookup("Almaty")[0]
    assert index_for(settings).fact(almaty.id, "population").value == 1_977_011
    store.add_fact(db, Fact("Almaty", "population", value=2_161_000, as_of="2023"))
    db.conn.commit()
    assert index_for(settings).fact(almaty.id, "population").value == 2_161_000


def test_rate_on_a_day():
    r = rate("USD", "EUR", on=date(2022, 1, 13))
    assert r == pytest.approx(0.8724, abs=1e-3)
    assert rate("EUR", "EUR", on=date(2022, 1, 13)) == 1.0


def test_rate_unknown_currency_or_day_is_none():
    assert rate("USD", "KZT", on=date(2022, 1, 13)) is None
    assert rate("USD", "EUR", on=date(1980, 1, 1)) is None


def test_rate_range_over_a_week():
    lo, hi = rate_range("USD", "EUR", date(2022, 1, 10), date(2022, 1, 14))
    assert lo < hi and lo == pytest.approx(0.87, abs=0.02)


def test_convert_an_amount():
    from factcheck.reference import convert

    assert convert(100, "USD", "EUR", on=date(2022, 1, 13)) == pytest.approx(87.24, abs=0.1)
    assert convert(100, "USD", "KZT", on=date(2022, 1, 13)) is None
