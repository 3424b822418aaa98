"""The JSON API, /api/v1. Every error is a problem-details body; no input gives a 500."""
from __future__ import annotations

from datetime import date
from typing import Any

from flask import Blueprint, current_app, g, request, url_for

from .. import desk, edits, fetch, store, tokens
from ..flags import QuoteError
from ..pipeline import InputError, TextTooLong, check
from ..textinput import is_blank
from . import auth, limits
from .context import get_db, get_settings
from .openapi import spec
from .problems import problem

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MAX_PAGE = 10**9  # keeps the SQL offset inside SQLite's integers
OPEN_POSTS = ("/api/v1/check",)  # stateless: rate-limited, but no token needed
SELF_GUARDED = ("/api/v1/reference",)  # blueprints that demand a token on every write themselves


@bp.record_once
def _setup(state) -> None:
    """Check the settings once, create the token table, and guard every API write."""
    settings = state.app.config["FACTCHECK"]
    limits.parse(settings.rate_limit)  # a malformed limit fails at start, not per request
    if settings.require_auth not in ("auto", "true", "false"):
        raise ValueError(f"require_auth must be auto, true or false, not {settings.require_auth!r}")
    db = store.connect(settings.db)
    try:
        tokens.ensure(db)
    finally:
        db.close()
    state.app.before_request(_guard_writes)
    state.app.register_error_handler(OverflowError, _id_out_of_range)


def _id_out_of_range(e: OverflowError):
    """An id past SQLite's 64-bit range (/articles/99999999999999999999) names nothing."""
    return problem(404, "Not Found", "no such resource: the id is out of range")


def _guard_writes():
    """Every POST/PUT/PATCH/DELETE under /api/ (any blueprint): auth, then the rate limit.
    A request that matches no route gets its 404/405 first, before any other guard."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    if request.routing_exception is not None:
        raise request.routing_exception
    if not request.path.startswith("/api/"):
        return None
    settings = get_settings()
    who = _token_user()
    if request.path not in OPEN_POSTS and not request.path.startswith(SELF_GUARDED) \
            and who is None and auth_required(settings):
        denied = auth.api_write_denied()  # the desk's credentials, failure limit, cookie CSRF
        if denied is not None:
            return denied
    limit = limits.parse(settings.rate_limit)
    if limit is None:
        return None
    client = f"token:{who}" if who else f"ip:{request.remote_addr or '-'}"
    allowed, remaining, reset = limits.hit(limits.limits_path(settings.db), client, limit)
    if not allowed:
        resp = problem(429, "Too Many Requests",
                       f"rate limit of {settings.rate_limit} per client reached; retry in {reset} s")
        resp.headers["Retry-After"] = str(reset)
        return resp
    g.rate_remaining = remaining
    return None


def _token_user() -> str | None:
    auth = request.authorization
    if auth is None or auth.type != "bearer":
        return None
    return tokens.verify(get_db(), auth.token)


def is_local() -> bool:
    return auth.is_local_request()


def auth_required(settings) -> bool:
    """true/false as set; auto: unless the request came over loopback (gunicorn.conf.py and
    `factcheck serve` set it to true when they bind beyond loopback)."""
    if settings.require_auth == "true":
        return True
    if settings.require_auth == "false":
        return False
    return not is_local()


class BadRequest(Exception):
    def __init__(self, detail: str, status: int = 400, title: str = "Invalid request"):
        super().__init__(detail)
        self.detail, self.status, self.title = detail, status, title


@bp.errorhandler(BadRequest)
def _bad(e: BadRequest):
    return problem(e.status, e.title, e.detail)


@bp.errorhandler(InputError)
def _input(e: InputError):
    if isinstance(e, TextTooLong):
        return problem(413, "Text too long", str(e))
    return problem(422, "Invalid article", str(e))


@bp.errorhandler(fetch.FetchError)
def _fetch(e: fetch.FetchError):
    return problem(e.status, e.title, str(e))


@bp.errorhandler(store.NotFound)
def _missing(e: store.NotFound):
    return problem(404, "Not Found", str(e))


def _json_body() -> dict[str, Any]:
    data = request.get_data()  # a 413 past the body limit
    try:
        body = current_app.json.loads(data)
    except ValueError as e:  # malformed, too deep, a lone surrogate: bodies.JSON says which
        raise BadRequest(f"the body is not a usable JSON object: {e}") from None
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object, e.g. {\"text\": \"...\"}")
    return body


def _article_input() -> dict[str, Any]:
    body = _json_body()
    text = body.get("text")
    if text is None and body.get("url") is not None:
        return _fetched_input(body)
    if text is None:
        raise BadRequest("missing field: text (or url, to fetch the article)")
    if not isinstance(text, str):
        raise BadRequest(f"text must be a string, not {type(text).__name__}")
    if is_blank(text):
        raise BadRequest("text is empty")
    out = {"text": text, "settings": _settings_for(body)}
    for key in ("published", "title", "url"):
        val = body.get(key)
        if val is not None and not isinstance(val, str):
            raise BadRequest(f"{key} must be a string or null, not {type(val).__name__}")
        out[key] = val or None
    return out


def _settings_for(body: dict[str, Any]):
    """The service's settings, with the body's published_order (DMY or MDY) laid over them."""
    settings, order = get_settings(), body.get("published_order")
    if order is None:
        return settings
    if not isinstance(order, str):
        raise BadRequest(f"published_order must be a string or null, not {type(order).__name__}")
    if order.strip().upper() not in ("DMY", "MDY"):
        raise BadRequest(f"published_order must be DMY (13/01/2022) or MDY (01/13/2022), not {order!r}",
                         422, "Invalid article")
    return settings.with_("request", published_order=order.strip().upper())


def _fetched_input(body: dict[str, Any]) -> dict[str, Any]:
    """{"url"} without text: fetch the page (safely) and take its text, title and date;
    a published or title in the body wins over what the page says."""
    url = body["url"]
    if not isinstance(url, str) or not url.strip():
        raise BadRequest("url must be a non-empty string")
    for key in ("published", "title"):
        if body.get(key) is not None and not isinstance(body[key], str):
            raise BadRequest(f"{key} must be a string or null, not {type(body[key]).__name__}")
    settings = _settings_for(body)
    policy = fetch.policy_for(settings.fetch_allow, settings.fetch_timeout)
    article = fetch.fetch_article(url.strip(), policy)
    return {"text": article.text, "published": body.get("published") or article.published,
            "title": body.get("title") or article.title, "url": article.url or url, "settings": settings}


def _page_args() -> tuple[int, int]:
    try:
        page = int(request.args.get("page", 1))
        per_page = int(request.args.get("per_page", 20))
    except ValueError:
        raise BadRequest("page and per_page must be whole numbers") from None
    if not 1 <= page <= MAX_PAGE or not 1 <= per_page <= 100:
        raise BadRequest(f"page must be between 1 and {MAX_PAGE} and per_page between 1 and 100")
    return page, per_page


@bp.post("/check")
def check_article():
    """Stateless: the report for the posted article."""
    args = _article_input()
    return check(args["text"], published=args["published"], title=args["title"],
                 url=args["url"], settings=args["settings"]).to_dict()


@bp.post("/articles")
def create_article():
    args = _article_input()
    report = check(args["text"], published=args["published"], title=args["title"],
                   url=args["url"], settings=args["settings"])
    db = get_db()
    article_id, created = store.save(db, report)
    body = store.article_report(db, article_id)
    headers = {"Location": url_for("api.get_article", article_id=article_id)}
    return body, (201 if created else 200), headers


@bp.get("/articles")
def list_articles():
    page, per_page = _page_args()
    flagged = request.args.get("flagged")
    if flagged not in (None, "true", "false"):
        raise BadRequest("flagged must be true or false")
    sort = request.args.get("sort") or None
    if sort is not None and sort not in store.INBOX_SORTS:
        raise BadRequest(f"sort must be one of {', '.join(store.INBOX_SORTS)}")
    rows, total = store.inbox(get_db(), page=page, per_page=per_page, sort=sort,
                              flagged=None if flagged is None else flagged == "true",
                              q=request.args.get("q") or None)
    return {"articles": rows, "page": page, "per_page": per_page, "total": total}


@bp.get("/articles/<int:article_id>")
def get_article(article_id: int):
    return store.article_report(get_db(), article_id)


@bp.put("/articles/<int:article_id>")
def edit_article(article_id: int):
    """Correct a stored article's text or date in place and re-check it (edits.revise):
    the report, with `changes` (the version kept, the diff, findings gone, new and kept)."""
    db = get_db()
    row = store.get_article(db, article_id)  # 404 before anything else
    body = _json_body()
    text, note, reviewer = body.get("text"), body.get("note", ""), body.get("reviewer", "")
    if not isinstance(text, str):
        raise BadRequest("text must be a string: the article's whole corrected text")
    if not all(isinstance(v, str) for v in (note, reviewer)):
        raise BadRequest("note and reviewer must be strings")
    if is_blank(text):
        raise BadRequest("text is empty")
    published = body.get("published")
    if published is not None and not isinstance(published, str):
        raise BadRequest(f"published must be a string or null, not {type(published).__name__}")
    _limit(note=note, reviewer=reviewer)
    report = check(text, published=published or None, title=row["title"], url=row["url"],
                   settings=_settings_for(body))
    try:
        changes = edits.revise(db, article_id, report, reviewer or _token_user() or "", note)
    except edits.EditConflict as e:
        raise BadRequest(str(e), 409, "Conflict") from None
    return {**store.article_report(db, article_id), "changes": changes}


@bp.get("/articles/<int:article_id>/versions")
def article_versions(article_id: int):
    db = get_db()
    store.get_article(db, article_id)
    return {"versions": auth.desk_notes(edits.versions(db, article_id))}


@bp.post("/articles/<int:article_id>/flags")
def flag_article(article_id: int):
    """Flag a span of the text the checks missed: an editor.flag finding (201)."""
    db = get_db()
    store.get_article(db, article_id)
    body = _json_body()
    fields = {k: body.get(k, "") for k in ("quote", "note", "reviewer", "correction")}
    severity, span = body.get("severity", "warning"), body.get("span")
    if not all(isinstance(v, str) for v in (*fields.values(), severity)):
        raise BadRequest("quote, note, reviewer, correction and severity must be strings")
    if span is not None and not (isinstance(span, list) and len(span) == 2
                                 and all(type(x) is int for x in span)):
        raise BadRequest("span must be [start, end], two whole numbers")
    _limit(note=fields["note"], correction=fields["correction"], reviewer=fields["reviewer"],
           quote=fields["quote"])
    try:
        f = edits.add_flag(db, article_id, fields["quote"], fields["note"],
                           fields["reviewer"] or _token_user() or "", span=tuple(span) if span else None,
                           severity=severity, correction=fields["correction"])
    except (QuoteError, ValueError) as e:
        raise BadRequest(str(e), 422, "Invalid flag") from None
    return f, 201, {"Location": url_for("api.get_finding", finding_id=f["id"])}


def _limit(**values: str) -> None:
    for name, value in values.items():
        cap = store.MAX_REVIEWER if name == "reviewer" else store.MAX_NOTE
        if len(value) > cap:
            raise BadRequest(f"{name} is {len(value)} characters; the limit is {cap}")


@bp.get("/findings")
def list_findings():
    page, per_page = _page_args()
    status = request.args.get("status")
    if status is not None and status not in store.STATUSES:
        raise BadRequest(f"status must be one of {', '.join(store.STATUSES)}")
    rows, total = store.list_findings(get_db(), status=status, page=page, per_page=per_page)
    return {"findings": rows, "page": page, "per_page": per_page, "total": total}


@bp.get("/activity")
def activity():
    """Decisions, corrections (edit) and editor flags (flag), newest first, filtered as on
    the desk's activity page; each entry has `kind` (decision, edit, flag) and `action`."""
    page, per_page = _page_args()
    a = request.args
    action = a.get("action")
    if action is not None and action not in desk.ACTIONS:
        raise BadRequest(f"action must be one of {', '.join(desk.ACTIONS)}")
    dates = {}
    for name in ("since", "until"):
        if name in a:  # given, even empty: a date or a 400
            try:
                dates[name] = date.fromisoformat(a[name]).isoformat()
            except ValueError:
                raise BadRequest(f"{name} must be a date written YYYY-MM-DD") from None
    rows, total = desk.activity(get_db(), reviewer=a.get("reviewer") or None, rule=a.get("rule") or None,
                                action=action, page=page, per_page=per_page, **dates)
    return {"decisions": auth.desk_notes(rows), "page": page, "per_page": per_page, "total": total}


@bp.get("/findings/<int:finding_id>")
def get_finding(finding_id: int):
    f = store.get_finding(get_db(), finding_id)
    auth.desk_notes(f["reviews"])
    return f


@bp.post("/findings/<int:finding_id>/review")
def review_finding(finding_id: int):
    body = _json_body()
    status = body.get("status")
    if status not in store.STATUSES:
        raise BadRequest(f"status must be one of {', '.join(store.STATUSES)}")
    note, reviewer = body.get("note", ""), body.get("reviewer", "")
    correction = body.get("correction", "")  # public text; `note` stays internal
    if not all(isinstance(v, str) for v in (note, reviewer, correction)):
        raise BadRequest("note, correction and reviewer must be strings")
    for name, value, cap in (("note", note, store.MAX_NOTE), ("correction", correction, store.MAX_NOTE),
                             ("reviewer", reviewer, store.MAX_REVIEWER)):
        if len(value) > cap:
            raise BadRequest(f"{name} is {len(value)} characters; the limit is {cap}")
    return store.review(get_db(), finding_id, status, note, reviewer, correction=correction)


@bp.get("/openapi.json")
def openapi():
    return spec()
