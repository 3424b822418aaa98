"""RFC 9457 problem details: every API error is JSON with type, title, status, detail."""
from __future__ import annotations

from flask import jsonify

TYPES = "urn:factcheck:problem:"


def problem(status: int, title: str, detail: str, **extra):
    slug = title.lower().replace(" ", "-")
    body = {"type": TYPES + slug, "title": title, "status": status, "detail": detail, **extra}
    resp = jsonify(body)
    resp.status_code = status
    resp.mimetype = "application/problem+json"
    return resp
