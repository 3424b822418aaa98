from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kazakhstan-csto-pullout.txt"
SEED_DATE = "2022-01-13"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(db=str(tmp_path / "test.db"))


@pytest.fixture
def app(settings):
    from factcheck.web import create_app

    app = create_app(settings)
    app.config["TESTING"] = True
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def fresh_minute():
    """Rate and sign-in limits count in fixed windows of a clock minute (web/limits.py): a
    test of a few requests that straddled a minute's turn would see its count reset. Wait
    past the turn when fewer than 10 s are left."""
    import time

    left = 60 - time.time() % 60
    if left < 10:
        time.sleep(left + 0.05)

