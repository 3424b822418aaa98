"""reference.value compares a figure with an entity's fact only when the figure
measures the entity itself (issue 14): not a part of it, a thing in it, or a count."""
from __future__ import annotations

import pytest

from factcheck import check
from factcheck.settings import Settings

SETTINGS = Settings(db="")


def value_findings(text: str):
    rep = check(text, published="2022-01-13", settings=SETTINGS)
    return [f for f in rep.findings if f.rule == "reference.value"]


@pytest.mark.parametrize("text", [
    # a part of the country, named by what the figure measures
    "Iran said its forces had liberated 155 square kilometers of enemy-occupied territory.",
    # another subject, located in the country
    "The firm was granted an extra 14.5 square kilometers in Teberebie, Ghana, to mine gold.",
    # the country named only in an earlier sentence
    "A quake struck New Zealand on Monday. It was felt over an area of 100 square km.",
    # a count of areas, not a measure of one
    "That is one area Kazakhstan would move into, the minister said.",
    # a measure in a phrase describing another noun ("blocks ... covering")
    "Kazakhstan signed six contracts for blocks in the Caspian Sea covering a total area of 31,200 sq km.",
])
def test_a_part_of_a_country_is_not_its_area(text):
    assert value_findings(text) == []


@pytest.mark.parametrize("text", [
    "Kazakhstan covers 8.1 million square kilometres.",
    "Kazakhstan, with an area of 8.1 million square kilometres, is landlocked.",
    "Kazakhstan has an area of 8.1 million square kilometres.",
    "Kazakhstan, covering 8.1 million square kilometres, is landlocked.",
])
def test_the_country_itself_is_still_checked(text):
    [f] = value_findings(text)
    assert "Kazakhstan" in f.message and "2,717,300" in f.message
