"""factcheck installs as a package, not only from its checkout.

These build the distribution the way a release or pip would, install it into a
fresh virtual environment in a temporary folder outside the checkout, and run
the installed `factcheck` command there; and they run the pre-commit hook through
a real `pre-commit run`, which installs this project with its own `pip install .`.
They take a minute or two (fresh environments install every dependency, from the
pip cache when it has them), share one build and one environment per session, and
are marked `install` (`pytest -m "not install"` leaves them out while iterating);
`make test` and CI run them.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kazakhstan-csto-pullout.txt"
DEADLINE = "error temporal.deadline-order Completion 2022-01-19"

pytestmark = pytest.mark.install


def _env(tmp: Path) -> dict[str, str]:
    """The environment minus whatever would put the checkout (or this test run's
    settings) in front of the installed package; factcheck's cache in `tmp`."""
    drop = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "GIT_DIR", "GIT_WORK_TREE",
            "GIT_INDEX_FILE")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("FACTCHECK_")}
    # FACTCHECK_CHECK_BUDGET=0: the first check in a fresh environment loads everything
    # (no bytecode yet, the reference index built), which on a busy machine can take
    # longer than the default budget; these tests are about installing, not speed.
    env.update(FACTCHECK_CACHE_DIR=str(tmp / "factcheck-cache"), FACTCHECK_CHECK_BUDGET="0",
               PIP_DISABLE_PIP_VERSION_CHECK="1",
               GIT_AUTHOR_NAME="factcheck tests", GIT_AUTHOR_EMAIL="tests@example.org",
               GIT_COMMITTER_NAME="factcheck tests", GIT_COMMITTER_EMAIL="tests@example.org")
    return env


def _run(args: list[str | Path], cwd: Path, env: dict[str, str], timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def _ok(p: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert p.returncode == 0, f"{' '.join(p.args)} exited {p.returncode}\n{p.stdout[-4000:]}\n{p.stderr[-4000:]}"
    return p


def _source_files() -> list[str]:
    """What a clone of the checkout holds (plus files not committed yet, so the
    tests see the work in progress); without git, the checkout less its build
    and environment folders."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, capture_output=True, check=True).stdout
        return [f for f in out.decode().split("\0") if f and (ROOT / f).is_file()]
    except (OSError, subprocess.CalledProcessError):
        skip = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis"}
        return [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
                if p.is_file() and not skip & set(p.relative_to(ROOT).parts)
                and not any(part.endswith(".egg-info") for part in p.parts) and p.suffix != ".db"]


@pytest.fixture(scope="session")
def source(tmp_path_factory) -> Path:
    """A copy of the checkout, so that building leaves nothing in it."""
    dest = tmp_path_factory.mktemp("source")
    for f in _source_files():
        (dest / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, dest / f)
    return dest


@pytest.fixture(scope="session")
def wheel_tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("wheel")


@pytest.fixture(scope="session")
def env(wheel_tmp) -> dict[str, str]:
    """One factcheck cache for the session: the reference index is built once."""
    return _env(wheel_tmp)


@pytest.fixture(scope="session")
def installed(source, wheel_tmp, env) -> Path:
    """A fresh virtual environment, outside the checkout, with the wheel built from
    the sdist (as `python -m build` does for a release) installed in it; its bin/."""
    tmp = wheel_tmp
    _ok(_run([sys.executable, "-m", "build", "--outdir", tmp / "dist", source], tmp, env))
    wheels = list((tmp / "dist").glob("factcheck_news-*.whl"))
    assert len(wheels) == 1, list((tmp / "dist").iterdir())
    _ok(_run([sys.executable, "-m", "venv", tmp / "venv"], tmp, env))
    # --no-compile: no bytecode for all of dask and co. up front; what runs compiles itself
    _ok(_run([tmp / "venv" / "bin" / "python", "-m", "pip", "install", "-q", "--no-compile", wheels[0]],
             tmp, env))
    return tmp / "venv" / "bin"


@pytest.fixture
def articles(tmp_path) -> Path:
    """The seed article as published, and a copy with a deadline it misses."""
    text = SEED.read_text(encoding="utf-8")
    assert "a January 22 deadline" in text
    (tmp_path / "pullout.txt").write_text(text, encoding="utf-8")
    (tmp_path / "missed.txt").write_text(text.replace("a January 22 deadline", "a January 12 deadline"),
                                        encoding="utf-8")
    return tmp_path


def test_the_installed_package_is_not_the_checkout(installed, env, articles):
    code = ("import factcheck, factcheck.packaged as p; "
            "print(factcheck.__file__); print(p.folder('rules')); print(p.folder('seeds'))")
    out = _ok(_run([installed / "python", "-c", code], articles, env)).stdout.split()
    site = installed.parent / "lib"
    assert all(Path(line).is_relative_to(site) for line in out), out
    assert out[1].endswith("factcheck/_rules") and out[2].endswith("factcheck/_seeds")


def test_the_wheel_ships_rules_and_seeds_as_they_are_in_the_checkout(installed):
    package = next((installed.parent / "lib").glob("python3*/site-packages/factcheck"))
    for name in ("rules", "seeds"):
        ours = {p.relative_to(ROOT / name): p.read_bytes() for p in (ROOT / name).rglob("*")
                if p.is_file() and p.suffix in {".yaml", ".txt"}}
        shipped = {p.relative_to(package / f"_{name}"): p.read_bytes()
                   for p in (package / f"_{name}").rglob("*") if p.is_file()}
        assert ours and shipped == ours


def test_the_installed_command_passes_the_seed_article(installed, env, articles):
    p = _run([installed / "factcheck", "check", "pullout.txt", "--published", "2022-01-13"], articles,
             env)
    assert p.returncode == 0, p.stdout + p.stderr
    assert " error " not in p.stdout
    assert "0 errors" in p.stderr and "claims" in p.stderr


def test_the_installed_command_fails_a_missed_deadline(installed, env, articles):
    p = _run([installed / "factcheck", "check", "missed.txt", "--published", "2022-01-13"], articles,
             env)
    assert p.returncode == 1, p.stdout + p.stderr
    assert f"missed.txt:8:85: {DEADLINE}" in p.stdout
    assert "is 7 days after the 2022-01-12 deadline" in p.stdout


def test_the_installed_command_reads_packaged_reference_data(installed, env, articles):
    """seeds/reference (organisation member lists) ships too."""
    p = _ok(_run([installed / "factcheck", "reference", "show", "CSTO"], articles, env))
    assert "Collective Security Treaty Organization" in p.stdout and "members today" in p.stdout


def test_the_installed_command_loads_the_seed_articles(installed, env, articles):
    p = _ok(_run([installed / "factcheck", "seed", "--db", "seed.db"], articles, env))
    assert "kazakhstan-csto-pullout.txt" in p.stdout


def test_a_user_rules_folder_still_overrides_the_installed_rules(installed, env, articles):
    rule = (ROOT / "rules" / "checks" / "temporal" / "deadline-order.yaml").read_text(encoding="utf-8")
    mine = articles / "house" / "checks"
    mine.mkdir(parents=True)
    (mine / "deadline.yaml").write_text(rule.split("\nexamples:")[0].replace("level: error", "level: warning"),
                                        encoding="utf-8")
    p = _run([installed / "factcheck", "--rules", "house", "check", "missed.txt", "--published", "2022-01-13"],
             articles, env)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "warning temporal.deadline-order" in p.stdout


def test_the_pre_commit_hook_installs_and_runs(source, env, tmp_path_factory):
    """pre-commit clones this project as the hook repository, installs it with
    `pip install .` into an environment of its own and runs the hook."""
    tmp = tmp_path_factory.mktemp("pre-commit")
    env = env | {"PRE_COMMIT_HOME": str(tmp / "pre-commit-home")}
    git = ["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"]
    hooks = tmp / "hooks"
    shutil.copytree(source, hooks)
    _ok(_run([*git, "init", "-q"], hooks, env))
    _ok(_run([*git, "add", "-A"], hooks, env))
    _ok(_run([*git, "commit", "-q", "-m", "factcheck as a hook repository"], hooks, env))
    rev = _ok(_run(["git", "rev-parse", "HEAD"], hooks, env)).stdout.strip()

    news = tmp / "news"
    news.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (news / "pullout.txt").write_text(text, encoding="utf-8")
    (news / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n"
        "      - id: factcheck\n        args: [--published, '2022-01-13']\n", encoding="utf-8")
    _ok(_run([*git, "init", "-q"], news, env))
    _ok(_run([*git, "add", "-A"], news, env))
    pre_commit = [sys.executable, "-m", "pre_commit", "run", "--color", "never"]

    passed = _run(pre_commit, news, env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "factcheck (numbers and dates in articles)" in passed.stdout and "Passed" in passed.stdout

    (news / "pullout.txt").write_text(text.replace("a January 22 deadline", "a January 12 deadline"),
                                      encoding="utf-8")
    _ok(_run([*git, "add", "-A"], news, env))
    failed = _run(pre_commit, news, env)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout and f"pullout.txt:8:85: {DEADLINE}" in failed.stdout
