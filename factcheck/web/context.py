"""The request's database and settings, for every blueprint.

Below `web/__init__.py` (create_app puts the settings in app.config) and the
blueprints that use them (api, pages, review, exports, reference.api), so a
blueprint never imports the package that registers it.
"""
from __future__ import annotations

import sqlite_utils
from flask import current_app, g

from .. import desk_levels, store
from ..settings import Settings


def get_db() -> sqlite_utils.Database:
    """This request's connection to the app's database (opened once, closed at teardown)."""
    if "db" not in g:
        g.db = store.connect(current_app.config["FACTCHECK"].db, create=False)
    return g.db


def get_settings() -> Settings:
    """The settings the app was created with, with the rule levels its settings file holds
    now (an admin may have changed them on the rule-health page: see desk_levels.py)."""
    if "settings" not in g:  # one look at the file a request
        g.settings = desk_levels.in_force(current_app.config["FACTCHECK"])
    return g.settings
