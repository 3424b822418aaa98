"""gunicorn.conf.py: workers and bind from the environment; token auth when bound beyond loopback."""
from __future__ import annotations

import runpy
from types import SimpleNamespace

import pytest

from conftest import ROOT

CONF = str(ROOT / "gunicorn.conf.py")


def _server(*binds: str):
    return SimpleNamespace(cfg=SimpleNamespace(bind=list(binds)), log=SimpleNamespace(info=lambda *a: None))


def test_workers_and_bind_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WORKERS", "5")
    monkeypatch.setenv("PORT", "9001")
    monkeypatch.delenv("FACTCHECK_BIND", raising=False)
    monkeypatch.delenv("HOST", raising=False)
    conf = runpy.run_path(CONF)
    assert conf["workers"] == 5 and conf["bind"] == "127.0.0.1:9001"


@pytest.mark.parametrize("bind,required", [("127.0.0.1:8000", False), ("localhost:8000", False),
                                           ("[::1]:8000", False), ("unix:/run/fc.sock", False),
                                           ("0.0.0.0:8000", True), ("192.0.2.10:8000", True),
                                           ("[::]:8000", True)])
def test_binding_beyond_loopback_requires_tokens(bind, required, monkeypatch):
    monkeypatch.setenv("FACTCHECK_REQUIRE_AUTH", "")  # unset, and restored after the test
    conf = runpy.run_path(CONF)
    conf["on_starting"](_server(bind))
    import os

    assert (os.environ["FACTCHECK_REQUIRE_AUTH"] == "true") is required


def test_an_explicit_operator_choice_is_kept(monkeypatch):
    monkeypatch.setenv("FACTCHECK_REQUIRE_AUTH", "false")
    conf = runpy.run_path(CONF)
    conf["on_starting"](_server("0.0.0.0:8000"))
    import os

    assert os.environ["FACTCHECK_REQUIRE_AUTH"] == "false"
