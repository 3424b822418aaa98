"""The reference layers' disk cache (factcheck/reference/cache.py) and the
database layer's rebuild rules (factcheck/reference/index.py)."""
from __future__ import annotations

import os
from datetime import date

import pytest
import sqlite_utils

from factcheck.reference import cache, store
from factcheck.reference.index import Layer, ReferenceIndex, _db_facts_index, build_layer, index_for
from factcheck.reference.model import Entity, Fact
from factcheck.settings import Settings

ALMATY = Entity("geonames:1526384", "Almaty", "city", "KZ", 1977011.0, ("Alma-Ata", "Алматы"))
KZ = Entity("iso:KZ", "Kazakhstan", "country", "KZ", 18_000_000.0, ("Republic of Kazakhstan",))
PARIS_TX = Entity("geonames:4717560", "Paris", "city", "US", 25_000.0, (), "US-TX")
CSTO = Entity("org:csto", "CSTO", "organisation", None, 0.0, ("Collective Security Treaty Organization",))


def _layer() -> Layer:
    facts = [Fact("geonames:1526384", "population", value=1977011.0, unit="people", as_of="2023",
                  source="GeoNames"),
             Fact("geonames:1526384", "population", value=1_800_000.0, as_of="2019", source="census"),
             Fact("iso:KZ", "area", value=2_724_900.0, unit="km2", tolerance=0.02),
             Fact("org:csto", "member", text="KZ", start="1994-04-20", aliases=("ODKB",))]
    return build_layer("test", facts, None, [ALMATY, KZ, PARIS_TX, CSTO])


def _build_counting(calls: list[int]):
    def build() -> Layer:
        calls.append(1)
        return _layer()
    return build


def test_cached_layer_answers_like_the_built_one(tmp_path):
    built = ReferenceIndex((_layer(),))
    frozen = ReferenceIndex((cache.cached_layer("test", "k1", _layer, tmp_path),))
    for name in ("Almaty", "alma-ata", "Алматы", "Kazakhstan", "the Republic of Kazakhstan", "Paris",
                 "ODKB", "CSTO", "Nowhere"):
        assert frozen.lookup(name) == built.lookup(name)
    for ent_id, attr in (("geonames:1526384", "population"), ("iso:KZ", "area"), ("org:csto", "member")):
        assert frozen.facts(ent_id, attr) == built.facts(ent_id, attr)
        assert frozen.fact(ent_id, attr) == built.fact(ent_id, attr)
    assert frozen.attributes("geonames:1526384") == built.attributes("geonames:1526384") == ["population"]
    assert frozen.organisations() == built.organisations() == [CSTO]
    assert frozen.members("org:csto", date(2022, 1, 13)) == ["KZ"]
    assert frozen.entity("geonames:4717560") == PARIS_TX


def test_second_use_reads_the_file_without_building(tmp_path):
    calls: list[int] = []
    cache.cached_layer("test", "k1", _build_counting(calls), tmp_path)
    again = cache.cached_layer("test", "k1", _build_counting(calls), tmp_path)
    assert calls == [1]
    assert ReferenceIndex((again,)).lookup("Alma-Ata") == [ALMATY]


def test_a_new_key_builds_again(tmp_path):
    calls: list[int] = []
    cache.cached_layer("test", "k1", _build_counting(calls), tmp_path)
    cache.cached_layer("test", "k2", _build_counting(calls), tmp_path)
    assert calls == [1, 1]


def test_old_versions_are_pruned(tmp_path):
    for n in range(cache.KEEP + 2):
        cache.cached_layer("test", f"k{n}", _layer, tmp_path)
    assert len(list(tmp_path.glob("reference-test-*.marshal"))) == cache.KEEP


def test_a_corrupt_file_is_rebuilt(tmp_path):
    calls: list[int] = []
    cache.cached_layer("test", "k1", _build_counting(calls), tmp_path)
    (path,) = tmp_path.glob("reference-test-k1.marshal")
    path.write_bytes(b"\x00not marshal")
    layer = cache.cached_layer("test", "k1", _build_counting(calls), tmp_path)
    assert calls == [1, 1]
    assert ReferenceIndex((layer,)).lookup("Almaty") == [ALMATY]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_means_no_cache_not_an_error(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        layer = cache.cached_layer("test", "k1", _layer, ro / "sub")
        assert ReferenceIndex((layer,)).lookup("Almaty") == [ALMATY]
    finally:
        ro.chmod(0o700)


def test_a_file_in_the_way_means_no_cache_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    layer = cache.cached_layer("test", "k1", _layer, blocker / "cache")
    assert ReferenceIndex((layer,)).lookup("Almaty") == [ALMATY]


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "c"))
    assert cache.cache_dir() == tmp_path / "c"
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache.cache_dir() == tmp_path / "x" / "factcheck"


def test_digest_changes_with_its_inputs():
    assert cache.digest(["a", b"b"]) == cache.digest(["a", b"b"])
    assert cache.digest(["a", b"b"]) != cache.digest(["a", b"c"])
    assert cache.digest(["ab"]) != cache.digest(["a", "b"])


def test_db_layer_is_kept_while_only_articles_change(tmp_path):
    db_path = str(tmp_path / "app.db")
    db = sqlite_utils.Database(db_path)
    store.add_fact(db, Fact("Almaty", "population", value=2_161_000, as_of="2023", country="KZ"))
    settings = Settings(db=db_path)
    first = index_for(settings)
    builds = _db_facts_index.cache_info().misses
    db["articles"].insert({"id": 1, "text": "saved"})
    second = index_for(settings)
    assert _db_facts_index.cache_info().misses == builds
    assert second.fact(second.lookup("Almaty")[0].id, "population").value == 2_161_000
    assert first.layers == second.layers


def test_db_layer_sees_a_new_fact(tmp_path):
    db_path = str(tmp_path / "app.db")
    db = sqlite_utils.Database(db_path)
    db["articles"].insert({"id": 1})
    settings = Settings(db=db_path)
    assert index_for(settings).lookup("Zzyzx Springs") == []
    store.add_fact(db, Fact("Zzyzx Springs", "population", value=10, kind="city", country="US"))
    assert [e.name for e in index_for(settings).lookup("Zzyzx Springs")] == ["Zzyzx Springs"]


def test_facts_table_name_matches_store():
    # index._db_facts spells the table name out to avoid importing store
    assert store.FACTS == "reference_facts"
