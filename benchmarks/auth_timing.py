"""Can a reviewer's name be told apart by timing? Median time of a failed sign-in for a
known name with a wrong password vs an unknown name, on the API (Basic auth on a write)
and on the desk's /signin form, through Flask's test client.

    .venv/bin/python benchmarks/auth_timing.py            # 15 requests per case
    .venv/bin/python benchmarks/auth_timing.py -n 41

The failure limit is switched off (where the setting exists) and every request comes from
its own documentation address, so no 429 cuts the run short.
"""
from __future__ import annotations

import argparse
import base64
import dataclasses
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from werkzeug.security import generate_password_hash  # noqa: E402

from factcheck.settings import Settings  # noqa: E402
from factcheck.web import create_app  # noqa: E402
from factcheck.web.auth import ReviewAccess  # noqa: E402

ARTICLE = {"text": "Officials said 12 people were hurt on Thursday.", "published": "2022-01-13"}


def make_app(folder: str):
    opts = {"db": str(Path(folder) / "bench.db"), "rate_limit": "off", "require_auth": "true"}
    if "auth_fail_limit" in {f.name for f in dataclasses.fields(Settings)}:
        opts["auth_fail_limit"] = "off"
    app = create_app(Settings(**opts))
    app.config["REVIEW_ACCESS"] = ReviewAccess(accounts={"ann": generate_password_hash("right-pw")})
    return app


class Addresses:
    """A fresh client address per request (198.51.100.0/24 and on), so per-client limits never bite."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"198.51.{100 + self.n // 250}.{1 + self.n % 250}"


def api_attempt(client, addr: str, name: str) -> int:
    cred = base64.b64encode(f"{name}:wrong-pw".encode()).decode()
    return client.post("/api/v1/articles", json=ARTICLE, environ_base={"REMOTE_ADDR": addr},
                       headers={"Authorization": f"Basic {cred}"}).status_code


def signin_attempt(client, addr: str, name: str) -> int:
    env = {"REMOTE_ADDR": addr}
    html = client.get("/signin", environ_base=env).get_data(as_text=True)
    tok = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    return client.post("/signin", environ_base=env, data={"csrf_token": tok, "name": name,
                                                           "secret": "wrong-pw"}).status_code


def median_ms(fn, client, addrs: Addresses, name: str, n: int) -> tuple[float, set[int]]:
    times, codes = [], set()
    for _ in range(n):
        addr = addrs()
        t = time.perf_counter()
        codes.add(fn(client, addr, name))
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, codes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=15, help="requests per case (default 15)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(folder)
        client, addrs = app.test_client(), Addresses()
        api_attempt(client, addrs(), "ann"), api_attempt(client, addrs(), "nobody")  # warm up
        print(f"{'door':<8} {'known name, wrong pw':>22} {'unknown name':>14} {'ratio':>7}  statuses")
        for door, fn in (("API", api_attempt), ("/signin", signin_attempt)):
            known, c1 = median_ms(fn, client, addrs, "ann", args.n)
            unknown, c2 = median_ms(fn, client, addrs, "nobody-here", args.n)
            print(f"{door:<8} {known:>19.1f} ms {unknown:>11.1f} ms {known / unknown:>7.2f}  "
                  f"{sorted(c1 | c2)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
