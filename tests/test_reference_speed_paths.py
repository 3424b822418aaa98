"""The shortcuts that keep the reference rules cheap must not change what they find."""
from __future__ import annotations

from factcheck.reference import index as index_mod
from factcheck.reference import resolve
from factcheck.settings import Settings
from reference_helpers import quantity, run_rule


def test_names_in_a_text_are_scanned_once_per_span():
    settings = Settings(db="")
    t = "Almaty, a city of 2 million, is in Kazakhstan. Almaty was calm."
    idx = index_mod.index_for(settings)
    lex = settings.ruleset().lexicon("reference")
    from factcheck.pipeline import make_document

    doc = make_document(t, "2022-01-13", settings=settings)
    tm = resolve.text_mentions(doc, idx, lex)
    first = tm(0, 46)
    assert [m.text for m in first] == ["Almaty", "Kazakhstan"]
    assert tm(0, 46) is first  # the same list, not a second scan
    assert resolve.text_mentions(doc, idx, lex) is tm  # shared by the rules of a run


def test_reference_value_skips_attributes_no_fact_has(monkeypatch):
    t = "Kazakhstan covers 8.1 million square kilometres."
    c = quantity(t, "8.1 million", 8.1e6, category="area", unit="km2")
    assert run_rule("reference.value", t, [c]).findings  # wrong: flagged
    monkeypatch.setattr(index_mod.ReferenceIndex, "attribute_names",
                        lambda self: {"population", "area"}, raising=False)
    c2 = quantity(t, "8.1 million", 8.1e6, category="area", unit="km2")
    assert run_rule("reference.value", t, [c2]).findings  # still flagged: the index has areas
    monkeypatch.setattr(index_mod.ReferenceIndex, "attribute_names",
                        lambda self: {"population"}, raising=False)
    c3 = quantity(t, "8.1 million", 8.1e6, category="area", unit="km2")
    assert run_rule("reference.value", t, [c3]).findings == [] and c3.checks == []
