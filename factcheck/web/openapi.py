"""The OpenAPI 3.1 document for /api/v1, kept next to the views it describes."""
from __future__ import annotations

from functools import lru_cache

from .. import __version__
from ..settings import MAX_TEXT_CHARS
from ..store import MAX_NOTE, MAX_REVIEWER
from ..textinput import char_class

VISIBLE = f"[^\\s{char_class(bmp_only=True)}]"  # a character a reader can see (textinput.is_blank)


ID = {"type": "integer", "minimum": 0, "maximum": 2**63 - 1}  # SQLite's rowid range


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _problem(description: str) -> dict:
    return {"description": description,
            "content": {"application/problem+json": {"schema": _ref("Problem")}}}


ERRORS = {"400": _problem("Malformed request: not a JSON object, nested too deeply, a string "
                          "holding a lone surrogate, an empty text"),
          "413": _problem("Body, text or fetched page too large"),
          "422": _problem("Invalid article (for example an impossible date), or a URL that is invalid, "
                          "refused or not usable")}
WRITE_ERRORS = {"401": _problem("A token is needed (writes from beyond this machine)"),
                "403": _problem("Cross-site request refused, or a write on the desk's session "
                                "cookie without X-CSRF-Token or a same-origin Sec-Fetch-Site/Origin"),
                "429": _problem("Rate limit, or too many failed sign-ins (refused even with the right "
                                "password until the window ends); see Retry-After")}
TIMEOUT = {"503": {**_problem("The check ran past its time budget (setting check_budget, default "
                               "10 s) and was abandoned; retry after Retry-After seconds"),
                   "headers": {"Retry-After": {"description": "Seconds to wait before retrying",
                                               "schema": {"type": "integer", "minimum": 1}}}}}
FETCH_ERRORS = {"502": _problem("The URL could not be fetched (network error, timeout, the whole "
                                 "fetch past fetch_timeout, error status)")}
NOT_ALLOWED = {"405": _problem("Method not allowed")}
# a token, a desk account, the desk's session (+ CSRF proof), or none from loopback (require_auth=auto)
BEARER = [{"bearer": []}, {"basic": []}, {"session": []}, {}]
PAGE = [{"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10**9}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}]


_FACT = {"type": "object", "description": "A reference fact (see docs on reference data)"}
_FACT_ID = [{"name": "fact_id", "in": "path", "required": True, "schema": ID}]
_FACT_BODY = {"required": True, "content": {"application/json": {"schema": {
    "oneOf": [_FACT, {"type": "array", "items": _FACT},
              {"type": "object", "required": ["facts"], "properties": {"facts": {"type": "array", "items": _FACT}}}]}}}}
_REF_WRITE = {"400": _problem("Not a valid fact"), "401": _problem("A token is needed"),
              "403": _problem("Cross-site request refused"), "413": ERRORS["413"],
              "429": _problem("Rate limit reached; see Retry-After")}
REFERENCE_PATHS = {
    "/api/v1/reference": {
        "get": {"summary": "Stored reference facts (and what the index knows of ?entity=)",
                "parameters": [{"name": "entity", "in": "query", "schema": {"type": "string"}},
                               {"name": "attribute", "in": "query", "schema": {"type": "string"}}],
                "responses": {"200": _json({"type": "object", "required": ["facts"], "properties": {
                    "facts": {"type": "array", "items": _FACT},
                    "entities": {"type": "array", "items": {"type": "object"}}}}, "Facts")}},
        "post": {"summary": "Add facts", "security": [{"bearer": []}], "requestBody": _FACT_BODY,
                 "responses": {"201": _json({"type": "object", "properties": {
                     "ids": {"type": "array", "items": {"type": "integer"}}}}, "Added"), **_REF_WRITE}}},
    "/api/v1/reference/{fact_id}": {
        "get": {"summary": "One stored fact", "parameters": _FACT_ID,
                "responses": {"200": _json(_FACT, "The fact"), "404": _problem("No such fact")}},
        "put": {"summary": "Replace a stored fact", "security": [{"bearer": []}], "parameters": _FACT_ID,
                "requestBody": _FACT_BODY,
                "responses": {"200": _json(_FACT, "The fact"), "404": _problem("No such fact"), **_REF_WRITE}},
        "delete": {"summary": "Delete a stored fact", "security": [{"bearer": []}], "parameters": _FACT_ID,
                   "responses": {"204": {"description": "Deleted"}, "404": _problem("No such fact"),
                                 **{k: v for k, v in _REF_WRITE.items() if k != "400"}}}},
}


@lru_cache(maxsize=1)
def spec() -> dict:
    nullable_str = {"type": ["string", "null"]}
    nullable_num = {"type": ["number", "null"]}
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "/"}],
        "info": {"title": "factcheck", "version": __version__,
                 "description": "Find and check the numbers and dates in news articles."},
        "paths": {
            "/api/v1/check": {"post": {
                "summary": "Check an article (stateless)",
                "description": "Send the text, or a url to fetch the article from. No token needed; rate-limited.",
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ArticleInput")}}},
                "responses": {"200": _json(_ref("Report"), "The report"), **ERRORS,
                              "403": WRITE_ERRORS["403"], "429": WRITE_ERRORS["429"], **FETCH_ERRORS,
                              **TIMEOUT}}},
            "/api/v1/articles": {
                "post": {"summary": "Check and store an article",
                         "description": "Send the text, or a url: the page is fetched (http/https only, public "
                                        "addresses unless the operator's fetch_allow says otherwise) and its "
                                        "text, title and publication date extracted; fields sent win.",
                         "security": BEARER,
                         "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ArticleInput")}}},
                         "responses": {"201": _json(_ref("StoredReport"), "Stored; Location names it"),
                                       "200": _json(_ref("StoredReport"), "Already stored: the same text and date"),
                                       **ERRORS, **WRITE_ERRORS, **FETCH_ERRORS, **TIMEOUT}},
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
                "parameters": [{"name": "article_id", "in": "path", "required": True, "schema": ID}],
                "responses": {"200": _json(_ref("StoredReport"), "The report"), "404": _problem("No such article")}},
                "put": {
                "summary": "Correct a stored article's text or date in place, and re-check it",
                "description": "The replaced text and date are kept (GET .../versions); decisions on findings "
                               "that still stand are kept; editor flags follow their words.",
                "security": BEARER,
                "parameters": [{"name": "article_id", "in": "path", "required": True, "schema": ID}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("EditInput")}}},
                "responses": {"200": _json({"allOf": [_ref("StoredReport"), {"type": "object", "required": ["changes"],
                                            "properties": {"changes": _ref("Changes")}}]},
                                           "The new report and what changed"),
                              **ERRORS, "404": _problem("No such article"),
                              "409": _problem("Another stored article has this text and date"),
                              **WRITE_ERRORS, **TIMEOUT}}},
            "/api/v1/articles/{article_id}/versions": {"get": {
                "summary": "A stored article's earlier texts and dates, newest first, with what each edit changed",
                "parameters": [{"name": "article_id", "in": "path", "required": True, "schema": ID}],
                "responses": {"200": _json({"type": "object", "required": ["versions"], "properties": {
                    "versions": {"type": "array", "items": {"type": "object"}}}}, "The earlier versions"),
                    "404": _problem("No such article")}}},
            "/api/v1/articles/{article_id}/flags": {"post": {
                "summary": "Flag a span the checks missed (a finding of rule editor.flag, open)",
                "security": BEARER,
                "parameters": [{"name": "article_id", "in": "path", "required": True, "schema": ID}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("FlagInput")}}},
                "responses": {"201": _json({"type": "object"}, "The flag's finding; Location names it"),
                              "400": ERRORS["400"], "404": _problem("No such article"), "413": ERRORS["413"],
                              "422": _problem("The quote is not in the text or is there more than once, "
                                              "or the note or reviewer is missing"),
                              **WRITE_ERRORS}}},
            "/api/v1/findings": {"get": {
                "summary": "Findings, newest first",
                "parameters": PAGE + [{"name": "status", "in": "query",
                                       "schema": {"type": "string", "enum": ["open", "confirmed", "dismissed"]}}],
                "responses": {"200": _json({"type": "object", "required": ["findings", "total"], "properties": {
                    "findings": {"type": "array", "items": {"type": "object"}},
                    "page": {"type": "integer"}, "per_page": {"type": "integer"},
                    "total": {"type": "integer"}}}, "A page of findings"), "400": ERRORS["400"]}}},
            "/api/v1/activity": {"get": {
                "summary": "Review decisions, newest first: who decided what, when, and who undid it",
                "parameters": PAGE + [
                    {"name": "reviewer", "in": "query", "schema": {"type": "string"}},
                    {"name": "rule", "in": "query", "schema": {"type": "string"}},
                    {"name": "action", "in": "query",
                     "schema": {"type": "string", "enum": ["confirmed", "dismissed", "reopened", "undo"]}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}},
                    {"name": "until", "in": "query", "schema": {"type": "string", "format": "date"}}],
                "responses": {"200": _json({"type": "object", "required": ["decisions", "total"], "properties": {
                    "decisions": {"type": "array", "items": {"type": "object"}},
                    "page": {"type": "integer"}, "per_page": {"type": "integer"},
                    "total": {"type": "integer"}}}, "A page of decisions"), "400": ERRORS["400"]}}},
            "/api/v1/findings/{finding_id}": {"get": {
                "summary": "A finding with its review history",
                "parameters": [{"name": "finding_id", "in": "path", "required": True, "schema": ID}],
                "responses": {"200": _json({"type": "object"}, "The finding"), "404": _problem("No such finding")}}},
            "/api/v1/findings/{finding_id}/review": {"post": {
                "summary": "Confirm or dismiss a finding (or reopen it)",
                "security": BEARER,
                "parameters": [{"name": "finding_id", "in": "path", "required": True, "schema": ID}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ReviewInput")}}},
                "responses": {"200": _json({"type": "object"}, "The finding with its history"),
                              "400": ERRORS["400"], "404": _problem("No such finding"),
                              "413": ERRORS["413"], **WRITE_ERRORS}}},
            **REFERENCE_PATHS,
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": _json({"type": "object"}, "ok")}}},
            "/api/v1/openapi.json": {"get": {"summary": "This document",
                                             "responses": {"200": _json({"type": "object"}, "OpenAPI 3.1")}}},
        },
        "components": {
          "securitySchemes": {"bearer": {
              "type": "http", "scheme": "bearer",
              "description": "An API token from `factcheck token create NAME` (or the review desk's "
                             "token). Needed for writes unless the client is on this machine and the "
                             "service listens on loopback only (setting require_auth)."},
            "basic": {"type": "http", "scheme": "basic",
                      "description": "A review-desk account. Failed attempts count per client and per "
                                     "name (setting auth_fail_limit): past it, 429 with Retry-After."},
            "session": {"type": "apiKey", "in": "cookie", "name": "session",
                        "description": "The review desk's signed-in session. A write also needs the "
                                       "session's CSRF token in an X-CSRF-Token header, or "
                                       "Sec-Fetch-Site: same-origin (or a matching Origin); else 403."}},
          "schemas": {
            "ArticleInput": {"type": "object", "anyOf": [
                {"required": ["text"]},
                {"required": ["url"], "properties": {"url": {"type": "string", "pattern": "\\S"}}}],
                             "properties": {
                "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS, "pattern": VISIBLE,
                         "description": "The article; when absent, it is fetched from url. A text "
                                        "of only blanks and invisible characters is empty (400)"},
                "published": {**nullable_str, "examples": ["2022-01-13", "13 January 2022",
                                                           "Thursday, January 13, 2022", "13/01/2022"],
                              "description": "The publication date: ISO (2022-01-13, or a date-time), "
                                             "or as people write it (13 January 2022, Jan 13, 2022 10:32 "
                                             "GMT, Thursday, January 13, 2022, 13/01/2022). A partial "
                                             "(January 2022), relative (yesterday) or unreadable date, a "
                                             "weekday that contradicts it, or an all-number date whose "
                                             "day and month could swap (01/02/2022) without "
                                             "published_order is refused with 422"},
                "published_order": {"type": ["string", "null"], "enum": ["DMY", "MDY", None],
                                    "description": "How to read an all-number published date: DMY "
                                                   "(01/02/2022 is 1 February) or MDY (2 January); "
                                                   "default: the setting published_order (none)"},
                "title": nullable_str,
                "url": {"type": ["string", "null"],
                        "description": "Where the article is (http or https); fetched when text is absent "
                                       "(with text, an empty url means none)"}}},
            "ReviewInput": {"type": "object", "required": ["status"], "properties": {
                "status": {"type": "string", "enum": ["open", "confirmed", "dismissed"]},
                "note": {"type": "string", "maxLength": MAX_NOTE,
                         "description": "Internal note for the desk; never exported"},
                "correction": {"type": "string", "maxLength": MAX_NOTE,
                               "description": "Public correction (\"The deadline is January 22\"); "
                                              "the ClaimReview export publishes it"},
                "reviewer": {"type": "string", "maxLength": MAX_REVIEWER}}},
            "EditInput": {"type": "object", "required": ["text"], "properties": {
                "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS, "pattern": VISIBLE,
                         "description": "The article's whole corrected text"},
                "published": {**nullable_str, "description": "The publication date, as in ArticleInput "
                                                             "(null or absent: none)"},
                "published_order": {"type": ["string", "null"], "enum": ["DMY", "MDY", None]},
                "note": {"type": "string", "maxLength": MAX_NOTE, "description": "Why (internal)"},
                "reviewer": {"type": "string", "maxLength": MAX_REVIEWER}}},
            "FlagInput": {"type": "object", "required": ["quote", "note"], "properties": {
                "quote": {"type": "string", "maxLength": MAX_NOTE,
                          "description": "The words flagged, as in the text (runs of blanks match any blanks)"},
                "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2,
                         "description": "[start, end) of the quote in the text, when it occurs more than once"},
                "note": {"type": "string", "maxLength": MAX_NOTE, "description": "What is wrong (for the desk)"},
                "severity": {"type": "string", "enum": ["error", "warning", "info"], "default": "warning"},
                "correction": {"type": "string", "maxLength": MAX_NOTE,
                               "description": "Public correction; the ClaimReview export publishes it"},
                "reviewer": {"type": "string", "maxLength": MAX_REVIEWER,
                             "description": "Who flags (default: the token's name); needed"}}},
            "Changes": {"type": "object", "properties": {
                "version": {"type": ["integer", "null"], "description": "the earlier version kept (null: the "
                                                                        "text and date were unchanged)"},
                "published": {"type": "array", "items": nullable_str},
                "diff": {"type": "object"}, "gone": {"type": "array", "items": {"type": "object"}},
                "new": {"type": "array", "items": {"type": "object"}}, "kept": {"type": "integer"},
                "decided_kept": {"type": "array", "items": {"type": "object"}}}},
            "Claim": {"type": "object", "required": ["id", "kind", "text", "span", "sentence", "checks"], "properties": {
                "id": {"type": "string"},
                "kind": {"type": "string", "enum": ["quantity", "date", "time", "duration", "set"]},
                "text": {"type": "string"},
                "span": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
                "sentence": {"type": "integer", "description": "-1 for a claim in a title given apart"},
                "in": {"type": "string", "enum": ["title"],
                       "description": "present on a claim in a title given apart; its span is in the title"},
                "value": nullable_num, "low": nullable_num, "high": nullable_num,
                "hedge": {"type": "string", "enum": ["exact", "approx", "at_least", "at_most", "range"]},
                "unit": nullable_str, "category": nullable_str, "measure": nullable_str, "subject": nullable_str,
                "timex": nullable_str, "start": nullable_str, "end": nullable_str, "role": nullable_str,
                # the frame of a quantity (issue 13): what it counts, whose, when, how
                "counts": nullable_str, "counts_head": nullable_str, "counts_key": nullable_str,
                "subject_via": nullable_str,
                "instance": {"type": "string", "description": "which one of several things of its kind the "
                             "figure is of, when its phrase says: \"ordinal: second\", \"label: series a\", "
                             "\"owner: steelworkers union\"; two figures of different instances of one kind "
                             "are not compared"},
                # a quantity read in pieces or as a factor (issue 16)
                "duration": {"type": "string", "description": "ISO 8601 duration of a length of time said in "
                             "pieces or a race time (\"PT8M12.3S\"); the value is in the smallest unit said"},
                "odds": {"type": "string", "description": "betting odds as written (\"6/4\"); unit odds, value 1.5"},
                "multiplier": {"type": "number", "description": "the factor of a multiplier word (\"doubled\": 2)"},
                "period": {"type": ["object", "null"], "description": "the temporal claim the figure holds for "
                           "(claim null: the publication date), its days, and kind stock | flow",
                           "properties": {"claim": nullable_str, "text": nullable_str, "timex": nullable_str,
                                          "start": nullable_str, "end": nullable_str,
                                          "kind": {"type": "string", "enum": ["stock", "flow"]},
                                          "baseline": {"type": "boolean"},
                                          "since": {"type": "boolean", "description": "a time after \"since\": "
                                                    "the period runs from it to the publication date (end null "
                                                    "when undated)"},
                                          "running": {"type": "boolean", "description": "a running total "
                                                      "(\"announced so far\", \"to date\")"}}},
                "aspect": {"type": ["object", "null"], "description": "level | change (direction) | rate (per) | "
                           "share (of: the whole's claim id, whole: the whole's words, "
                           "'TWA') | part (of: the total's claim id) | target (modality); a level names "
                           "the change that reached it (after)",
                           "properties": {"kind": {"type": "string", "enum": ["level", "change", "rate", "share",
                                                                              "part", "target"]},
                                          "direction": nullable_str, "per": nullable_str, "of": nullable_str,
                                          "whole": nullable_str, "modality": nullable_str,
                                          "after": {"type": "object", "description": "a level a stated change "
                                                    "reached (\"rose 10 pct to 4,400\"): that change's claim, "
                                                    "value, unit and direction"}}},
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
                    "published": {**nullable_str, "description": "the publication date read, ISO (YYYY-MM-DD)"},
                    "published_text": {**nullable_str, "description": "the publication date as given"},
                    "title": nullable_str, "url": nullable_str,
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
