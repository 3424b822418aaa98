"""Who may review, and proof that a form came from our own page.

- Secret key: FACTCHECK_SECRET_KEY, else one generated per database (store.instance_secret),
  so every worker serving the same database signs sessions alike.
- CSRF: a per-session random token (synchronizer-token pattern) in a hidden field of every
  form; any POST outside /api/ without it is refused with 400. Written here in a few lines
  rather than pulling in Flask-WTF and WTForms for one check. Cross-site POSTs to the API
  (Sec-Fetch-Site: cross-site, or a foreign Origin) are refused too; API tokens for
  writes are the API's own business (settings.require_auth).
- Reviewers: the operator configures accounts (FACTCHECK_REVIEWERS_FILE, lines
  `name:werkzeug-password-hash`) or a shared token (FACTCHECK_REVIEW_TOKEN). When either is
  set, review actions (and submitting, re-checking) need a signed-in reviewer. When neither
  is set, they are allowed only for requests that come from this machine to a loopback
  address: a desk reachable from elsewhere is read-only until the operator sets up sign-in.
  The require_auth setting can force sign-in ("true") or turn the check off ("false").
- Guessing: failed sign-ins (the form, and the desk's credentials on API writes) count per
  client address and per name (setting auth_fail_limit); past it every attempt gets 429,
  a right password too, until the window passes. An unknown name costs the same password
  check as a known one (a dummy hash), so names cannot be told apart by timing.
- Internal notes (why a decision, an edit or a restore was made) are for the desk: shown
  only to whoever may review, and to API callers with a token (desk_notes blanks them).
- API writes that rest on the session cookie need the CSRF token (X-CSRF-Token) or a
  same-origin Sec-Fetch-Site/Origin; Bearer and Basic writes carry no cookie authority.
"""
from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
import sys
import time
from dataclasses import dataclass, field
from functools import cached_property, wraps
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from flask import (Blueprint, Flask, abort, current_app, flash, redirect, render_template,
                   request, session, url_for)
from werkzeug.security import check_password_hash, generate_password_hash

from .. import store, tokens
from . import limits
from .context import get_db
from .problems import problem

bp = Blueprint("auth", __name__, template_folder="templates")

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


@dataclass(frozen=True)
class ReviewAccess:
    token: str | None = None
    accounts: dict[str, str] = field(default_factory=dict)  # name -> password hash
    admin_token: str | None = None  # signs in a reviewer who may also set rule levels
    admins: frozenset[str] = frozenset()  # accounts that may set rule levels

    @property
    def sign_in_configured(self) -> bool:
        return bool(self.token or self.accounts or self.admin_token)

    @property
    def admin_configured(self) -> bool:
        return bool(self.admin_token or self.admins)

    @cached_property
    def dummy_hash(self) -> str:
        """A hash of a random password made like the accounts' own (same method and cost)."""
        method = next(iter(self.accounts.values()), "scrypt").split("$", 1)[0]
        try:
            return generate_password_hash(secrets.token_urlsafe(16), method=method)
        except (ValueError, TypeError):  # a malformed account line: werkzeug's default
            return generate_password_hash(secrets.token_urlsafe(16))

    def check_account(self, name: str, password: str) -> bool:
        """The same work whether or not `name` exists: an unknown one is checked against
        the dummy hash, so the answer's timing says nothing about which names exist."""
        hashed = self.accounts.get(name)
        if not _encodable(password):  # a lone surrogate is nobody's password
            password, hashed = "", None
        ok = check_password_hash(hashed or self.dummy_hash, password)
        return ok and hashed is not None

    def check_token(self, sent: str) -> bool:
        return bool(self.token) and _encodable(sent) and \
            hmac.compare_digest(sent.encode(), self.token.encode())

    def check_admin_token(self, sent: str) -> bool:
        return bool(self.admin_token) and _encodable(sent) and \
            hmac.compare_digest(sent.encode(), self.admin_token.encode())


def _encodable(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def load_access(env: dict[str, str] | None = None) -> ReviewAccess:
    env = dict(os.environ if env is None else env)
    accounts: dict[str, str] = {}
    path = env.get("FACTCHECK_REVIEWERS_FILE")
    if path:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and ":" in line:
                name, hashed = line.split(":", 1)
                accounts[name.strip()] = hashed.strip()
    admins = frozenset(n.strip() for n in env.get("FACTCHECK_ADMINS", "").split(",") if n.strip())
    return ReviewAccess(token=env.get("FACTCHECK_REVIEW_TOKEN") or None, accounts=accounts,
                        admin_token=env.get("FACTCHECK_ADMIN_TOKEN") or None, admins=admins)


def setup(app: Flask) -> None:
    """Secret key, cookie flags, CSRF check and template helpers for the web pages."""
    if not app.config.get("SECRET_KEY"):
        key = os.environ.get("FACTCHECK_SECRET_KEY")
        if not key:
            db = store.connect(app.config["FACTCHECK"].db)
            try:
                key = store.instance_secret(db)
            finally:
                db.close()
        app.config["SECRET_KEY"] = key
    settings = app.config["FACTCHECK"]
    # Flask predefines these keys (SAMESITE as None), so setdefault would change nothing.
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SECURE"] = bool(settings.secure_cookies)  # served over HTTPS
    limits.parse(settings.auth_fail_limit)  # a malformed limit fails at start
    if "REVIEW_ACCESS" not in app.config:
        app.config["REVIEW_ACCESS"] = load_access()
    if app.config["REVIEW_ACCESS"].accounts:
        app.config["REVIEW_ACCESS"].dummy_hash  # made now, not during someone's first sign-in
    app.before_request(_guard_post)
    app.after_request(_security_headers)
    app.jinja_env.globals.update(csrf_token=csrf_token, reviewer=current_reviewer,
                                 may_review=may_review, sign_in_configured=_sign_in_configured,
                                 may_administer=may_administer)


def access() -> ReviewAccess:
    return current_app.config["REVIEW_ACCESS"]


def _sign_in_configured() -> bool:
    return access().sign_in_configured


# --- CSRF ---

def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _guard_post():
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    if _cross_site():
        abort(403, "cross-site request refused")
    if request.path.startswith("/api/"):
        return None  # JSON clients carry no cookies; cross-site browsers are refused above
    sent = request.form.get("csrf_token", "")
    expected = session.get("csrf", "")
    if not expected or not hmac.compare_digest(sent, expected):
        abort(400, "the form has expired or did not come from this site: reload the page and try again")
    return None


def _cross_site() -> bool:
    """The browser says the request comes from another site. Sec-Fetch-Site is trusted when
    sent (it survives proxies that rewrite Host); Origin is compared only without it."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "cross-site"
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc != request.host
    return origin == "null"


# Pages load only their own script and style: an injected <script> or on...= attribute would
# not run even if escaping ever failed. No framing (the review buttons cannot be clickjacked).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def _security_headers(resp):
    resp.headers.setdefault("Content-Security-Policy", CSP)
    resp.headers.setdefault("X-Content-Type-Options", "nosniff")
    resp.headers.setdefault("X-Frame-Options", "DENY")
    resp.headers.setdefault("Referrer-Policy", "same-origin")
    return resp


# --- who is reviewing ---

def is_local_request() -> bool:
    """From this machine, to a loopback address, not relayed by a proxy."""
    if request.headers.get("X-Forwarded-For") or request.headers.get("Forwarded"):
        return False
    try:
        if not ipaddress.ip_address(request.remote_addr or "").is_loopback:
            return False
    except ValueError:
        return False
    host = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
    return host in LOOPBACK_HOSTS


def current_reviewer() -> str | None:
    return session.get("reviewer")


def may_review() -> bool:
    """Review and other writes from the browser. Setting require_auth: "false" lets anyone
    (the operator guards the desk otherwise); "true" (set by `factcheck serve` and the
    gunicorn config when they bind beyond loopback) always needs a signed-in reviewer;
    "auto" needs one when sign-in is configured, and otherwise trusts loopback requests only."""
    mode = getattr(current_app.config["FACTCHECK"], "require_auth", "auto")
    if mode == "false":
        return True
    if current_reviewer() is not None:
        return True
    if mode == "true" or access().sign_in_configured:
        return False
    return is_local_request()


def may_read_notes() -> bool:
    """Whoever may review, or an API caller with a valid token."""
    if may_review():
        return True
    given = request.authorization
    return bool(given and given.type == "bearer" and tokens.verify(get_db(), given.token))


def desk_notes(rows: list[dict]) -> list[dict]:
    """`rows` (decisions, versions, activity entries) with each internal `note` blanked
    for a visitor who may not read notes; the rows are changed in place and returned.
    The marker of an undo stays ("undo: ..." notes name no one's reasoning), and so does a
    flag's note: it is the flag's message, shown wherever the finding is."""
    if not may_read_notes():
        for r in rows:
            if r.get("note") and r.get("kind") != "flag" and not str(r["note"]).startswith("undo: "):
                r["note"] = ""
    return rows


def may_administer() -> bool:
    """Set rule levels for the whole desk: a reviewer signed in with the admin token
    (FACTCHECK_ADMIN_TOKEN) or as an account named in FACTCHECK_ADMINS. With no sign-in
    configured at all, a request from this machine (local mode), as for reviewing."""
    if session.get("admin") and current_reviewer() is not None:
        return True
    if access().sign_in_configured:
        return False
    if getattr(current_app.config["FACTCHECK"], "require_auth", "auto") == "true":
        return False
    return is_local_request()


def admin_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not may_administer():
            abort(403, "changing a rule's level needs an admin: sign in with the admin token "
                       "(FACTCHECK_ADMIN_TOKEN) or as an account listed in FACTCHECK_ADMINS "
                       "(see docs/review-desk.md)")
        return view(*args, **kwargs)
    return wrapped


def reviewer_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not may_review():
            if access().sign_in_configured:
                flash("Sign in as a reviewer to record decisions.", "error")
                return redirect(url_for("auth.signin", next=request.referrer or url_for("pages.index")))
            abort(403, "changes from another machine need a signed-in reviewer, and sign-in is not "
                       "configured: the operator must set FACTCHECK_REVIEW_TOKEN or "
                       "FACTCHECK_REVIEWERS_FILE (see docs/review-desk.md)")
        return view(*args, **kwargs)
    return wrapped


def _safe_next(target: str | None) -> str:
    """Only same-site paths: never redirect a reviewer off to another site."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//"):
            return target
        if parts.netloc == request.host and parts.scheme in ("http", "https"):
            return parts.path + (f"?{parts.query}" if parts.query else "")
    return url_for("pages.index")


@bp.route("/signin", methods=["GET", "POST"])
def signin():
    acc = access()
    nxt = request.values.get("next", "")
    if request.method == "GET":
        return render_template("signin.html", next=nxt, accounts=bool(acc.accounts), error=None)
    name = request.form.get("name", "").strip()
    secret = request.form.get("secret", "")
    admin: list[bool] = []  # filled only when the attempt is verified (never when blocked)

    def verify() -> bool:
        admin.append(bool(name) and acc.check_admin_token(secret))
        return admin[0] or (acc.check_account(name, secret) if acc.accounts
                            else bool(name) and acc.check_token(secret))
    verdict = checked(name, verify)
    if verdict.retry_after:
        page = render_template("signin.html", next=nxt, accounts=bool(acc.accounts),
                               error="Too many failed sign-ins: wait a minute and try again.")
        return page, 429, {"Retry-After": str(verdict.retry_after)}
    if not verdict.ok:
        return render_template("signin.html", next=nxt, accounts=bool(acc.accounts),
                               error="That name and password (or token) do not match."), 401
    session.clear()
    session["reviewer"] = name[:80]
    if admin[0] or (acc.accounts and name in acc.admins):
        session["admin"] = True
    flash(f"Signed in as {name[:80]}.", "ok")
    return redirect(_safe_next(nxt))


# --- failed sign-ins ---

@dataclass(frozen=True)
class Verdict:
    ok: bool
    retry_after: int = 0  # > 0: refused without checking, too many failures


def checked(name: str | None, verify: Callable[[], bool]) -> Verdict:
    """Run `verify` unless this client or this name has failed too often in the current
    window. Every attempt is counted first and a success takes its count back, so racing
    workers cannot overshoot the limit; a blocked attempt is never verified."""
    settings = current_app.config["FACTCHECK"]
    limit = limits.parse(settings.auth_fail_limit)
    if limit is None:
        return Verdict(verify())
    path, now = limits.limits_path(settings.db), time.time()
    keys = [f"authfail:client:{request.remote_addr or '-'}"]
    if name:
        keys.append("authfail:name:" + name[:200].encode("utf-8", "backslashreplace").decode())
    allowed, reset = limits.hit_all(path, keys, limit, now)
    if not allowed:
        return Verdict(False, reset)
    ok = verify()
    if ok:
        limits.refund(path, keys, limit, now)
    return Verdict(ok)


# --- the desk's credentials on API writes ---

def api_write_denied():
    """For an API write that needs a credential and sent no API token: the desk's shared
    token as Bearer, an account as Basic, or a signed-in session with proof that the
    request came from our own pages. None when allowed, else a problem response."""
    acc, cred = access(), request.authorization
    if cred is not None and cred.type in ("basic", "bearer"):
        name = cred.username if cred.type == "basic" else None
        verdict = checked(name, lambda: acc.check_account(cred.username or "", cred.password or "")
                          if cred.type == "basic" else acc.check_token(cred.token or ""))
        if verdict.retry_after:
            resp = problem(429, "Too Many Requests", "too many failed sign-ins from this client or "
                           f"for this name; every attempt is refused for {verdict.retry_after} s, "
                           "a right password too")
            resp.headers["Retry-After"] = str(verdict.retry_after)
            return resp
        if verdict.ok:
            return None
    if current_reviewer() is not None:
        if same_origin_or_token():
            return None
        return problem(403, "Forbidden", "a write authorised by the desk's session cookie needs "
                       "the session's CSRF token in an X-CSRF-Token header, or must come from "
                       "the desk's own pages (Sec-Fetch-Site: same-origin, or a matching Origin)")
    resp = problem(401, "Unauthorized", "writes to this service need a token: send "
                   "'Authorization: Bearer <token>' (an operator creates one with "
                   "`factcheck token create NAME`)")
    resp.headers["WWW-Authenticate"] = 'Bearer realm="factcheck"'
    return resp


def same_origin_or_token() -> bool:
    """The session's CSRF token in X-CSRF-Token, else the browser says same-origin
    (Sec-Fetch-Site is trusted when sent; Origin is compared only without it)."""
    sent, expected = request.headers.get("X-CSRF-Token", ""), session.get("csrf", "")
    if sent and expected and hmac.compare_digest(sent.encode("utf-8", "replace"), expected.encode()):
        return True
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    return bool(origin) and origin != "null" and urlsplit(origin).netloc == request.host


@bp.post("/signout")
def signout():
    session.clear()
    flash("Signed out.", "ok")
    return redirect(url_for("pages.index"))


def main(argv: list[str] | None = None) -> int:
    """`python -m factcheck.web.auth NAME` prints an accounts-file line for NAME."""
    import getpass

    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m factcheck.web.auth NAME   (asks for the password)", file=sys.stderr)
        return 2
    pw = getpass.getpass(f"password for {argv[0]}: ")
    print(f"{argv[0]}:{generate_password_hash(pw)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
