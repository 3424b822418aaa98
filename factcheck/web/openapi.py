"""The OpenAPI 3.1 document for /api/v1, kept next to the views it describes."""
from __future__ import annotations

from functools import lru_cache

from .. import __version__
from ..settings import MAX_TEXT_CHARS


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _problem(description: str) -> dict:
    return {"description": description,
            "content": {"application/problem+json": {"schema": _ref("Problem")}}}


ERRORS = {"400": _problem("Malformed request"), "413": _problem("Body or text too large"),
          "422": _problem("Invalid article (for example an impossible date)")}
PAGE = [{"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}]


@lru_cache(maxsize=1)
def spec() -> dict:
    nullable_str = {"type": ["string", "null"]}
    nullable_num = {"type": ["number", "null"]}
    return {
        "openapi": "3.1.0",
        "info": {"title": "factcheck", "version": __version__,
                 "description": "Find and check the numbers and dates in news articles."},
        "paths": {
            "/api/v1/check": {"post": {
                "summary": "Check an article (stateless)",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ArticleInput")}}},
                "responses": {"200": _json(_ref("Report"), "The report"), **ERRORS}}},
            "/api/v1/articles": {
                "post": {"summary": "Check and store an article",
                         "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ArticleInput")}}},
                         "responses": {"201": _json(_ref("StoredReport"), "Stored; Location names it"),
                                       "200": _json(_ref("StoredReport"), "Already stored: the same text and date"),
                                       **ERRORS}},
                "get": {"summary": "Stored articles, newest first",
                        "parameters": PAGE + [
                            {"name": "flagged", "in": "query", "schema": {"type": "string", "enum": ["true", "false"]}},
                            {"name": "q", "in": "query", "schema": {"type": "string"}}],
                        "responses": {"200": _json({"type": "object", "required": ["articles", "total"], "properties": {
                            "articles": {"type": "array", "items": {"type": "object"}},
                            "page": {"type": "integer"}, "per_page": {"type": "integer"},
                            "total": {"type": "integer"}}}, "A page of articles"),
                            "400": ERRORS["400"]}}},
            "/api/v1/articles/{article_id}": {"get": {
                "summary": "A stored article's report",
                "parameters": [{"name": "article_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": _json(_ref("StoredReport"), "The report"), "404": _problem("No such article")}}},
            "/api/v1/findings": {"get": {
                "summary": "Findings, newest first",
                "parameters": PAGE + [{"name": "status", "in": "query",
                                       "schema": {"type": "string", "enum": ["open", "confirmed", "dismissed"]}}],
                "responses": {"200": _json({"type": "object", "required": ["findings", "total"], "properties": {
                    "findings": {"type": "array", "items": {"type": "object"}},
                    "page": {"type": "integer"}, "per_page": {"type": "integer"},
                    "total": {"type": "integer"}}}, "A page of findings"), "400": ERRORS["400"]}}},
            "/api/v1/findings/{finding_id}": {"get": {
                "summary": "A finding with its review history",
                "parameters": [{"name": "finding_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": _json({"type": "object"}, "The finding"), "404": _problem("No such finding")}}},
            "/api/v1/findings/{finding_id}/review": {"post": {
                "summary": "Confirm or dismiss a finding (or reopen it)",
                "parameters": [{"name": "finding_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ReviewInput")}}},
                "responses": {"200": _json({"type": "object"}, "The finding with its history"),
                              "400": ERRORS["400"], "404": _problem("No such finding")}}},
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": _json({"type": "object"}, "ok")}}},
            "/api/v1/openapi.json": {"get": {"summary": "This document",
                                             "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1")}}},
        },
        "components": {"schemas": {
            "ArticleInput": {"type": "object", "required": ["text"], "properties": {
                "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS},
                "published": {**nullable_str, "description": "ISO date, YYYY-MM-DD"},
                "title": nullable_str, "url": nullable_str}},
            "ReviewInput": {"type": "object", "required": ["status"], "properties": {
                "status": {"type": "string", "enum": ["open", "confirmed", "dismissed"]},
                "note": {"type": "string"}, "reviewer": {"type": "string"}}},
            "Claim": {"type": "object", "required": ["id", "kind", "text", "span", "sentence", "checks"], "properties": {
                "id": {"type": "string"},
                "kind": {"type": "string", "enum": ["quantity", "date", "time", "duration", "set"]},
                "text": {"type": "string"},
                "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
                "sentence": {"type": "integer"},
                "value": nullable_num, "low": nullable_num, "high": nullable_num,
                "hedge": {"type": "string", "enum": ["exact", "approx", "at_least", "at_most", "range"]},
                "unit": nullable_str, "category": nullable_str, "measure": nullable_str, "subject": nullable_str,
                "timex": nullable_str, "start": nullable_str, "end": nullable_str, "role": nullable_str,
                "checks": {"type": "array", "items": {"type": "object", "properties": {
                    "rule": {"type": "string"}, "outcome": {"type": "string", "enum": ["pass", "fail"]},
                    "detail": {"type": "string"}}}}}},
            "Finding": {"type": "object", "required": ["id", "rule", "severity", "message", "claims"], "properties": {
                "id": {"type": "string"}, "rule": {"type": "string"},
                "severity": {"type": "string", "enum": ["error", "warning", "info"]},
                "message": {"type": "string"}, "claims": {"type": "array", "items": {"type": "string"}},
                "details": {"type": "object"},
                "status": {"type": "string", "enum": ["open", "confirmed", "dismissed"]},
                "finding_id": {"type": "integer"}}},
            "Report": {"type": "object", "required": ["article", "claims", "findings", "coverage"], "properties": {
                "article": {"type": "object", "properties": {
                    "published": nullable_str, "title": nullable_str, "url": nullable_str,
                    "chars": {"type": "integer"}, "sha256": {"type": "string"}}},
                "claims": {"type": "array", "items": _ref("Claim")},
                "findings": {"type": "array", "items": _ref("Finding")},
                "coverage": {"type": "object", "properties": {
                    "numbers_seen": {"type": "integer"}, "numbers_parsed": {"type": "integer"},
                    "unparsed": {"type": "array", "items": {"type": "object"}}}},
                "notes": {"type": "array", "items": {"type": "string"}}}},
            "StoredReport": {"allOf": [_ref("Report"), {"type": "object", "required": ["id"],
                                                        "properties": {"id": {"type": "integer"}}}]},
            "Problem": {"type": "object", "required": ["type", "title", "status", "detail"], "properties": {
                "type": {"type": "string"}, "title": {"type": "string"},
                "status": {"type": "integer"}, "detail": {"type": "string"}}},
        }},
    }
