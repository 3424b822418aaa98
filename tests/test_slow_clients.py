"""Slow clients do not hold the server (issue 18): a real gunicorn (gunicorn.conf.py,
2 workers) on 127.0.0.1 keeps answering while 4 clients hold half-sent requests, and
each stalled client gets 408 once the read deadline passes. Functional bounds, not a
benchmark (benchmarks/slow_clients.py measures)."""
from __future__ import annotations

import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from gunicorn_helpers import start, stop

HALF_BODY = (b"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
             b"Content-Length: 2000\r\n\r\n" + b'{"text": "' + b"x" * 990)
HALF_HEADERS = b"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"
READ_TIMEOUT = 3


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    proc, base = start(tmp_path_factory.mktemp("slow") / "slow.db", workers=2, READ_TIMEOUT=str(READ_TIMEOUT))
    yield base
    stop(proc)


def _open(base: str, payload: bytes) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=5)
    s.sendall(payload)
    return s


def _answer(sock: socket.socket, within: float) -> bytes:
    """Everything the server sends until it closes (or `within` seconds pass)."""
    sock.settimeout(within)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except (TimeoutError, ConnectionResetError):
        pass
    finally:
        sock.close()
    return data


def test_healthz_and_checks_answer_while_4_slow_clients_hold_connections(served):
    slow = [_open(served, HALF_BODY if i % 2 else HALF_HEADERS) for i in range(4)]
    try:
        time.sleep(0.3)  # the workers have picked them up
        health = requests.get(served + "/healthz", timeout=5)
        check = requests.post(served + "/api/v1/check", json={"text": "At least 12 people were hurt."}, timeout=5)
        assert health.json() == {"status": "ok"}
        assert check.status_code == 200
    finally:
        for s in slow:
            s.close()


@pytest.mark.parametrize("payload", [HALF_BODY, HALF_HEADERS], ids=["half a body", "half the headers"])
def test_a_stalled_client_gets_408_and_is_closed(served, payload):
    t0 = time.monotonic()
    with ThreadPoolExecutor(1) as pool:
        data = pool.submit(_answer, _open(served, payload), READ_TIMEOUT + 12).result()
    assert data.startswith(b"HTTP/1.1 408"), data[:200]
    assert time.monotonic() - t0 < READ_TIMEOUT + 12  # closed by the server, not by our patience
