"""The Flask app: create_app() wires settings, the database and the blueprints."""
from __future__ import annotations

import sqlite3

from flask import Flask, g, request
from werkzeug.exceptions import HTTPException, ServiceUnavailable

from .. import store
from ..deadline import CheckTimeout
from ..settings import Settings, load as load_settings
from .bodies import JSON, ChunkedLimit
from .problems import problem, retry_after

MAX_BODY_BYTES = 2 * 1024 * 1024


def create_app(settings: Settings | None = None, **overrides) -> Flask:
    settings = (settings or load_settings()).with_("argument", **overrides)
    app = Flask(__name__)
    app.config["FACTCHECK"] = settings
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.wsgi_app = ChunkedLimit(app.wsgi_app, MAX_BODY_BYTES)  # the cap holds for chunked bodies too
    app.json = JSON(app)  # too deep or a lone surrogate: a 400, not a 500
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    store.connect(settings.db).close()  # create tables once, before any request
    settings.ruleset()  # a broken rule pack stops the server here, not every check after

    from .api import bp as api_bp
    from .corrections import bp as corrections_bp
    from .pages import bp as pages_bp

    app.register_blueprint(api_bp)
    app.register_blueprint(pages_bp)
    app.register_blueprint(corrections_bp)  # it renders pages' article view, so pages can't register it
    from .queue import bp as queue_bp  # the findings queue and activity log, across articles
    app.register_blueprint(queue_bp)
    from ..reference.api import bp as reference_bp
    app.register_blueprint(reference_bp)

    @app.teardown_appcontext
    def _close(_exc):
        db = g.pop("db", None)
        if db is not None:
            db.close()

    @app.errorhandler(HTTPException)
    def _http_error(e: HTTPException):
        if _wants_json():
            resp = problem(e.code or 500, e.name, e.description or e.name)
            for name, value in e.get_headers():  # e.g. Allow on a 405 (RFC 9110)
                if name.lower() != "content-type":
                    resp.headers[name] = value
            return resp
        return e

    @app.errorhandler(CheckTimeout)
    def _timed_out(e: CheckTimeout):
        """A check past its budget was abandoned; this worker goes on serving."""
        retry = retry_after(e)
        detail = (f"{e}: the text may have a shape this service reads slowly; "
                  f"retry later, or send a shorter text")
        if not _wants_json():
            return ServiceUnavailable(detail, retry_after=int(retry))
        resp = problem(503, "Check timed out", detail)
        resp.headers["Retry-After"] = retry
        return resp

    @app.errorhandler(sqlite3.OperationalError)
    def _db_busy(e):
        return problem(503, "Database unavailable", f"the database could not be used: {e}")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz" or \
        request.accept_mimetypes.best == "application/json"
