"""factcheck.packaged: the rules and seed data are found in a checkout and in an
installed package, and a missing copy is an error that names where it looked."""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import packaged
from factcheck.reference import defaults
from factcheck.rules import default_rules_dir

ROOT = Path(__file__).resolve().parent.parent


def test_a_checkout_reads_its_own_top_level_folders():
    assert packaged.folder("rules") == ROOT / "rules"
    assert packaged.folder("seeds") == ROOT / "seeds"
    assert default_rules_dir() == ROOT / "rules"
    assert defaults.seeds_dir() == ROOT / "seeds" / "reference"


def test_an_installed_package_reads_its_own_copy(tmp_path):
    site = tmp_path / "site-packages"
    (site / "factcheck" / "_rules" / "checks").mkdir(parents=True)
    (site / "rules").mkdir()  # someone else's top-level folder: no pyproject.toml beside it
    assert packaged.locate("rules", site / "factcheck", site / "factcheck") == site / "factcheck" / "_rules"


def test_a_checkout_wins_over_a_stale_installed_copy(tmp_path):
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "factcheck" / "_seeds").mkdir(parents=True)
    assert packaged.locate("seeds", tmp_path / "factcheck", tmp_path / "factcheck") == tmp_path / "seeds"


def test_a_missing_copy_names_both_places(tmp_path):
    (tmp_path / "factcheck").mkdir()
    with pytest.raises(FileNotFoundError, match="packaged rules not found") as e:
        packaged.locate("rules", tmp_path / "factcheck", tmp_path / "factcheck")
    assert str(tmp_path / "rules") in str(e.value) and str(tmp_path / "factcheck" / "_rules") in str(e.value)


def test_only_the_packaged_folders_are_asked_for():
    with pytest.raises(ValueError, match="there are rules, seeds"):
        packaged.folder("tests")
