"""RFC 9457 problem details: every API error is JSON with type, title, status, detail.

The one `problem()` every blueprint (reference.api too) answers errors with, and the
Retry-After a check past its time budget is answered with.
"""
from __future__ import annotations

import math

from flask import jsonify

from ..deadline import CheckTimeout

TYPES = "urn:factcheck:problem:"


def problem(status: int, title: str, detail: str, **extra):
    slug = title.lower().replace(" ", "-")
    body = {"type": TYPES + slug, "title": title, "status": status, "detail": detail, **extra}
    resp = jsonify(body)
    resp.status_code = status
    resp.mimetype = "application/problem+json"
    return resp


def retry_after(e: CheckTimeout) -> str:
    """Retry-After for a check abandoned past its budget: the budget, in whole seconds."""
    return str(max(1, math.ceil(e.seconds)))
