"""Which files the distribution ships; everything else is in pyproject.toml.

The packaged rule packs, lexicons, seed articles and reference data are read and
edited in the top-level rules/ and seeds/ folders, and ship inside the package as
factcheck/_rules and factcheck/_seeds: package_dir maps those subpackages onto the
folders, so the repository keeps one copy and every wheel, `pip install .`, pipx
or pre-commit install carries it (factcheck/packaged.py finds them).
This lives here because pyproject.toml can either find packages or list them, and
a package mapped onto another folder is never found; finding the rest keeps new
subpackages of factcheck/ shipped without anyone listing them.
"""
from pathlib import Path

from setuptools import find_packages, setup

# package -> (folder, the files it ships); each folder below one is a subpackage,
# so setuptools ships the data as packages rather than warning about it.
DATA = {
    "factcheck._rules": ("rules", ["*.yaml"]),
    "factcheck._seeds": ("seeds", ["*.yaml", "*.txt"]),
    "factcheck.web.templates": ("factcheck/web/templates", ["*.html"]),
    "factcheck.web.static": ("factcheck/web/static", ["*"]),
}


def data_packages() -> tuple[dict[str, str], dict[str, list[str]]]:
    folders: dict[str, str] = {}
    files: dict[str, list[str]] = {}
    for package, (folder, globs) in DATA.items():
        root = Path(folder)
        for d in [root, *sorted(p for p in root.rglob("*") if p.is_dir() and p.name != "__pycache__")]:
            name = ".".join([package, *d.relative_to(root).parts])
            folders[name] = d.as_posix()
            files[name] = globs
    return folders, files


folders, files = data_packages()
setup(
    packages=find_packages(include=["factcheck", "factcheck.*"]) + list(folders),
    package_dir=folders,
    package_data=files,
)
