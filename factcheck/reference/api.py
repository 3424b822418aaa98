"""The reference-data API (blueprint `bp`, under /api/v1/reference).

    GET    /api/v1/reference                  stored facts (?entity=NAME&attribute=A)
    GET    /api/v1/reference?entity=Almaty    ... plus what the whole index knows of Almaty
    GET    /api/v1/reference/<id>             one stored fact
    POST   /api/v1/reference                  add a fact, a list, or {"facts": [...]}  -> 201
    PUT    /api/v1/reference/<id>             replace a stored fact                    -> 200
    DELETE /api/v1/reference/<id>                                                      -> 204

Writes need `Authorization: Bearer <token>`: an API token (`factcheck token create NAME`)
or FACTCHECK_REFERENCE_TOKEN (app.config["REFERENCE_TOKEN"]); otherwise 401.
Facts written here are seen by the next check against the same database.
"""
from __future__ import annotations

import hmac
import os

from flask import Blueprint, current_app, request

from ..web.context import get_db, get_settings
from ..web.problems import problem
from .loader import ReferenceError, fact_from_dict
from .model import Fact

bp = Blueprint("reference", __name__, url_prefix="/api/v1/reference")


def _token() -> str | None:
    return current_app.config.get("REFERENCE_TOKEN") or os.environ.get("FACTCHECK_REFERENCE_TOKEN")


def _authorised():
    """None when the request may write, else the problem response.

    A write needs `Authorization: Bearer <token>`: an API token made with
    `factcheck token create NAME` (factcheck.tokens), or FACTCHECK_REFERENCE_TOKEN.
    """
    from .. import tokens

    auth = request.authorization
    sent = auth.token if auth is not None and auth.type == "bearer" else None
    if sent:
        fixed = _token()
        if fixed and hmac.compare_digest(sent.encode(), fixed.encode()):
            return None
        db = get_db()
        if tokens.verify(db, sent):
            return None
    return problem(401, "Unauthorized", "reference writes need 'Authorization: Bearer <token>' "
                                        "with an API token (`factcheck token create NAME`)")


def _body_facts() -> list[Fact]:
    data = request.get_json(silent=True)
    if data is None:
        raise ReferenceError("the body must be JSON: a fact, a list of facts, or {\"facts\": [...]}")
    if isinstance(data, dict) and "facts" in data:
        data = data["facts"]
    items = data if isinstance(data, list) else [data]
    if not items:
        raise ReferenceError("no facts in the body")
    out = []
    for i, d in enumerate(items, 1):
        if not isinstance(d, dict):
            raise ReferenceError(f"fact {i} is not a JSON object")
        out.append(fact_from_dict({k: v for k, v in d.items() if k != "id"}, f"fact {i}"))
    return out


@bp.get("")
def list_facts():
    from . import index_for, store
    from .resolve import label

    entity = request.args.get("entity") or None
    attribute = request.args.get("attribute") or None
    db = get_db()
    facts = store.list_facts(db, attribute=attribute)
    body: dict = {}
    if entity:
        idx = index_for(get_settings())
        ents = idx.entities_named(entity)
        ids = {e.id for e in ents}
        body["entities"] = [{"id": e.id, "name": label(idx, e), "kind": e.kind,
                             "facts": [f.to_dict() for a in idx.attributes(e.id)
                                       if not attribute or a == attribute
                                       for f in idx.facts(e.id, a)]} for e in ents]
        facts = [f for f in facts if f.entity.lower() == entity.lower() or f.entity in ids
                 or any(a.lower() == entity.lower() for a in f.aliases)]
    body["facts"] = [f.to_dict() for f in facts]
    return body


@bp.get("/<int:fact_id>")
def get_fact(fact_id: int):
    from . import store

    db = get_db()
    fact = store.get_fact(db, fact_id)
    if fact is None:
        return problem(404, "Not Found", f"no reference fact {fact_id}")
    return fact.to_dict()


@bp.post("")
def add_facts():
    from . import store

    denied = _authorised()
    if denied:
        return denied
    try:
        facts = _body_facts()
    except ReferenceError as e:
        return problem(400, "Bad Request", str(e))
    db = get_db()
    ids = store.add_facts(db, facts)
    return {"ids": ids}, 201


@bp.put("/<int:fact_id>")
def put_fact(fact_id: int):
    from . import store

    denied = _authorised()
    if denied:
        return denied
    try:
        facts = _body_facts()
    except ReferenceError as e:
        return problem(400, "Bad Request", str(e))
    if len(facts) != 1:
        return problem(400, "Bad Request", "PUT takes exactly one fact")
    db = get_db()
    ok = store.update_fact(db, fact_id, facts[0])
    fact = store.get_fact(db, fact_id) if ok else None
    if not ok or fact is None:
        return problem(404, "Not Found", f"no reference fact {fact_id}")
    return fact.to_dict()


@bp.delete("/<int:fact_id>")
def delete_fact(fact_id: int):
    from . import store

    denied = _authorised()
    if denied:
        return denied
    db = get_db()
    ok = store.delete_fact(db, fact_id)
    if not ok:
        return problem(404, "Not Found", f"no reference fact {fact_id}")
    return "", 204
