"""gunicorn settings for factcheck (read automatically from the project folder;
elsewhere pass `-c gunicorn.conf.py`). Every value can be changed from the environment:

  HOST, PORT (or FACTCHECK_BIND=host:port)  where to listen      default 127.0.0.1:8000
  WORKERS                                   worker processes     default 2 (one per core here)
  THREADS                                   threads per worker   default 8
  READ_TIMEOUT                              seconds for a request's headers and body to arrive  default 10
  TIMEOUT                                   seconds a silent worker lives; a stalled write  default 30

Binding beyond loopback (0.0.0.0, a LAN address) turns on token auth for API writes
(FACTCHECK_REQUIRE_AUTH=true) unless the operator set FACTCHECK_REQUIRE_AUTH already.
"""
from __future__ import annotations

import ipaddress
import os
import sys

bind = os.environ.get("FACTCHECK_BIND") or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS", "2"))
# gthread plus a per-request read deadline: a slow client holds one thread for at most
# READ_TIMEOUT seconds, never a whole process (docs/production.md, "Slow clients")
worker_class = "factcheck.web.serving.Worker"
threads = int(os.environ.get("THREADS", "8"))
READ_TIMEOUT = float(os.environ.get("READ_TIMEOUT", "10"))
timeout = int(os.environ.get("TIMEOUT", "30"))
graceful_timeout = 10
keepalive = 5
max_requests = 2000  # recycle workers now and then: bounds memory growth
max_requests_jitter = 200
limit_request_line = 8190  # request-size limits before Flask sees anything
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = os.environ.get("ACCESS_LOG", "-")
wsgi_app = "factcheck.web:create_app()"


def _loopback(address: str) -> bool:
    if address.startswith("unix:"):
        return True
    host = address.rsplit(":", 1)[0].strip("[]") if ":" in address else address
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def on_starting(server) -> None:
    """Runs in the master with the final bind (flags included), before workers fork.
    Settings or a rule pack that cannot be read stop the server here with one line
    (exit 2), not every worker at boot or every check after."""
    from factcheck.rules import RuleError
    from factcheck.settings import ConfigError, load

    try:
        load().ruleset()
    except (ConfigError, RuleError) as e:
        server.log.error("factcheck: cannot start: %s", e)
        sys.exit(2)
    if not os.environ.get("FACTCHECK_REQUIRE_AUTH") and not all(_loopback(b) for b in server.cfg.bind):
        os.environ["FACTCHECK_REQUIRE_AUTH"] = "true"
        server.log.info("factcheck: listening beyond loopback, API writes need a token")


def post_worker_init(worker) -> None:
    """Load the rules, lexicons and extractors before the first request, not during it
    (the first check in a fresh process costs seconds); and give the worker its deadlines."""
    from factcheck import check
    from factcheck.settings import from_env

    worker.read_timeout, worker.send_timeout = READ_TIMEOUT, float(worker.cfg.timeout)

    check("Warm-up: 5 people on 2 January 2022, up 3% from $2 million; 12 furlongs.", published="2022-01-13",
          settings=from_env().with_(check_budget=0))  # loading may take seconds: never a timeout here
