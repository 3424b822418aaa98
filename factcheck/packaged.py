"""Where the data that ships with factcheck is found: the rule packs and lexicons
(`rules/`) and the seed articles and reference data (`seeds/`).

People read and edit them in the repository's top-level `rules/` and `seeds/`
folders. An installed package (a wheel, `pip install .`, pipx, a pre-commit hook)
carries the same files inside itself as `factcheck/_rules` and `factcheck/_seeds`:
setup.py maps those subpackages onto the top-level folders, so the repository
holds one copy and every build ships it.

- Run from a checkout (an editable install, or the checkout on PYTHONPATH), the
  folders beside the package are read: the copy that belongs to the code running,
  whichever checkout that is.
- Installed, the package's own copy is read through importlib.resources.

(Importing `factcheck._rules` itself would not do: setuptools' editable finder
cannot import a data-only subpackage mapped onto another folder.)
"""
from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

FOLDERS = ("rules", "seeds")


@functools.cache
def folder(name: str) -> Path:
    """The packaged folder `name` ("rules" or "seeds")."""
    return locate(name, Path(__file__).resolve().parent, resources.files(__package__))


def locate(name: str, package: Path, installed: Traversable) -> Path:
    """`name` beside the package folder when that is a checkout (pyproject.toml next
    to it), else `_name` in the installed package; FileNotFoundError naming both
    places when neither has it, so a broken install is loud."""
    if name not in FOLDERS:
        raise ValueError(f"no packaged folder {name!r}; there are {', '.join(FOLDERS)}")
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / name).is_dir():
        return checkout / name
    shipped = installed / f"_{name}"
    if isinstance(shipped, Path) and shipped.is_dir():
        return shipped
    raise FileNotFoundError(
        f"packaged {name} not found next to the factcheck package: neither {checkout / name} "
        f"(a checkout) nor {shipped} (an installed package) is a folder; reinstall factcheck-news")
