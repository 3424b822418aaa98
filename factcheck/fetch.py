"""Fetch an article from a URL, safely, and extract its text, title and date.

Safety (server-side request forgery): only http and https; every address a host
name resolves to is checked *when the socket is opened* (so after DNS resolution,
on every redirect, and with no gap for DNS rebinding: we connect to the address we
checked). Loopback, private, link-local (cloud metadata), multicast, reserved and
other non-global addresses are refused unless the operator's allow-list
(setting `fetch_allow`: CIDR networks or host names) names them. Refusals happen
before any connection is made.

IPv6 forms that carry an IPv4 address are judged too: IPv4-mapped (::ffff:a.b.c.d)
and NAT64's well-known prefix (64:ff9b::/96, what DNS64 gives an IPv6-only host for
every IPv4-only site) by the IPv4 address they carry; the deprecated or local forms
(6to4 2002::/16, Teredo 2001::/32, local-use NAT64 64:ff9b:1::/48, IPv4-compatible
::a.b.c.d, IPv4-translated ::ffff:0:a.b.c.d, site-local fec0::/10) are refused whole:
no news site is reached only through them, and where they lead depends on relays and
gateways this host cannot see.

Limits: connect and read timeouts, an overall deadline for the whole fetch (redirects
included; a watchdog shuts the sockets, so a page trickling a byte every few seconds
ends too), a cap on redirects (each re-checked), a cap on the body size (streamed,
never read past the cap), and an HTML/text content type.
"""
from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "factcheck/0.1 (+article fetcher)"


class FetchError(Exception):
    """The URL could not be fetched; `status` is the HTTP status the API answers with."""

    status = 422
    title = "URL not fetched"


class Refused(FetchError):
    """The URL is not allowed (scheme or address): nothing was sent."""

    status = 422
    title = "URL refused"


class InvalidURL(Refused):
    """The URL cannot be parsed (a host with blanks, empty labels, a bad port ...)."""

    title = "Invalid URL"


class TooLarge(FetchError):
    status = 413
    title = "Page too large"


class Upstream(FetchError):
    status = 502
    title = "Fetch failed"


@dataclass(frozen=True)
class FetchPolicy:
    allow: tuple[str, ...] = ()  # CIDR networks or host names that bypass the address check
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    content_types: tuple[str, ...] = CONTENT_TYPES
    deadline: float = 15.0  # seconds for the whole fetch, redirects included

    def networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        nets = []
        for entry in self.allow:
            try:
                nets.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                pass  # a host name; see host_allowed
        return nets

    def host_allowed(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == e.lower().rstrip(".") for e in self.allow)


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None


@dataclass(frozen=True)
class Fetched:
    url: str  # the final URL, after redirects
    content_type: str
    body: str


V6 = ipaddress.IPv6Network
NAT64 = V6("64:ff9b::/96")  # RFC 6052 well-known prefix: judged by the IPv4 address it carries


def _low32(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address:
    return ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF)


# refused whole: (network, what it is, the IPv4 address it carries, for the message)
TRANSITION = (
    (V6("2002::/16"), "6to4", lambda ip: ip.sixtofour),
    (V6("2001::/32"), "Teredo", lambda ip: "server {}, client {}".format(*ip.teredo)),
    (V6("64:ff9b:1::/48"), "local-use NAT64", None),
    (V6("::ffff:0:0:0/96"), "IPv4-translated", _low32),
    (V6("::/96"), "IPv4-compatible", _low32),  # after ::1 and :: (loopback, unspecified)
    (V6("fec0::/10"), "site-local", None),
)


def blocked_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address may not be fetched by default, or None if it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        carried = ip.ipv4_mapped or (_low32(ip) if ip in NAT64 else None)
        if carried is not None:
            why = blocked_reason(carried)
            return f"{why} ({carried})" if why else None
        if not (ip.is_loopback or ip.is_unspecified):
            for net, form, inner in TRANSITION:
                if ip in net:
                    v4 = f", carrying {inner(ip)}" if inner else ""
                    return f"{form} ({net}{v4})"
    for attr, why in (("is_loopback", "loopback"), ("is_link_local", "link-local (cloud metadata)"),
                      ("is_multicast", "multicast"), ("is_unspecified", "unspecified"),
                      ("is_private", "private"), ("is_reserved", "reserved")):
        if getattr(ip, attr):
            return why
    if not ip.is_global:
        return "not a public address"
    return None


def check_address(ip_text: str, host: str, policy: FetchPolicy) -> None:
    ip = ipaddress.ip_address(ip_text.split("%", 1)[0])
    if policy.host_allowed(host) or any(ip in n for n in policy.networks()):
        return
    why = blocked_reason(ip)
    if why:
        where = f"{host} is" if host == ip_text else f"{host} resolves to {ip},"
        article = "an" if why[0] in "aeiouAEIOU" else "a"
        raise Refused(f"{where} {article} {why} address; refused "
                      "(an operator can allow it with the fetch_allow setting)")


def plain_reason(e: BaseException | None, host: str, limit: float | None = None) -> str:
    """Why a connection to `host` failed, in words an editor uses (not `[Errno -2] ...`)."""
    import errno

    if isinstance(e, socket.gaierror):
        if e.errno in (socket.EAI_AGAIN, getattr(socket, "EAI_FAIL", None)):
            return f"could not look up the host {host} (the name server did not answer); try again later"
        return f"could not find the host {host}: check the address for typing mistakes"
    if isinstance(e, UnicodeError):
        return f"could not find the host {host}: the name cannot be looked up"
    if isinstance(e, (TimeoutError, socket.timeout, requests.exceptions.ConnectTimeout)):
        within = f" within {limit:g} seconds" if limit else ""
        return f"{host} did not answer{within}; the site may be down or slow, try again later"
    if isinstance(e, requests.exceptions.ReadTimeout):
        return f"{host} stopped sending the page; the site may be slow, try again later"
    if isinstance(e, ConnectionRefusedError) or getattr(e, "errno", None) == errno.ECONNREFUSED:
        return f"{host} refused the connection: no web server answers there"
    if isinstance(e, (ConnectionResetError, requests.exceptions.ChunkedEncodingError)):
        return f"{host} closed the connection before the page was sent; try again later"
    if isinstance(e, requests.exceptions.SSLError):
        return f"{host} has no valid secure (https) certificate"
    if getattr(e, "errno", None) in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return f"{host} cannot be reached from this server"
    return f"could not connect to {host}"


def http_status_words(code: int, url: str) -> str:
    """What an HTTP error status means for the page, with the status kept for the record."""
    from http import HTTPStatus

    try:
        said = f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        said = str(code)
    if code in (404, 410):
        return f"there is no page at {url} (the site answered {said}): check the address"
    if code in (401, 403):
        return f"the site does not let us read {url} (it answered {said}): paste the text instead"
    if code == 429:
        return f"the site asks us to slow down (it answered {said}); try again later"
    if code >= 500:
        return f"the site failed to send {url} (it answered {said}); try again later"
    return f"the site refused to send {url} (it answered {said})"


def resolve(host: str, port: int, policy: FetchPolicy) -> list[tuple]:
    """getaddrinfo, every result checked; raises Refused if any is not allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise Upstream(plain_reason(e, host)) from None
    for info in infos:
        check_address(info[4][0], host, policy)
    return infos


_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)")
_NUMERIC = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)")


def host_problem(host: str) -> str | None:
    """Why a URL's host (not an IP literal) is not a host name, or None."""
    name = host[:-1] if host.endswith(".") else host
    if not name:
        return "the host name is empty"
    if not name.isascii():
        import idna  # what requests itself encodes international names with

        try:
            name = idna.encode(name, uts46=True).decode("ascii")
        except idna.IDNAError as e:
            return f"the host name {host!r} is not a valid international name ({e})"
    if len(name) > 253:
        return "the host name is longer than 253 characters"
    for label in name.lower().split("."):
        if not label:
            return f"the host name {host!r} has an empty label"
        if len(label) > 63:
            return f"the host name {host!r} has a label over 63 characters"
        if not _LABEL.fullmatch(label):
            where = "" if label == name.lower() else f" (in {label!r})"
            return f"the host name {host!r} has characters a host name cannot have{where}"
    return None


def check_url(url: str, policy: FetchPolicy) -> None:
    """Scheme and host checks that need no network (literal addresses are checked here)."""
    try:
        parts = urlsplit(url)
        parts.port  # raises on a bad port
    except ValueError as e:
        raise InvalidURL(f"not a valid URL: {e}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused(f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}")
    host = parts.hostname
    if not host:
        raise InvalidURL("the URL has no host")
    if parts.username or parts.password:
        raise Refused("URLs with credentials are not fetched")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    else:
        return check_address(host, host, policy)
    problem = host_problem(host)
    if problem:
        raise InvalidURL(f"not a valid URL: {problem}")
    last = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if _NUMERIC.fullmatch(last):  # 127.1, 0x7f.1, 2130706433: IPv4 in the forms inet_aton reads
        try:
            literal = socket.inet_ntoa(socket.inet_aton(host.rstrip(".")))
        except OSError:
            raise InvalidURL(f"not a valid URL: {host!r} is neither an IPv4 address nor a host name") from None
        check_address(literal, host, policy)
    # a name: checked after resolution, when connecting


class _Watch:
    """A fetch's deadline. A timer shuts down every connection the fetch opened (through
    a duplicate descriptor we own, valid whatever the pool does with its own), so a read
    blocked on a page that trickles a byte every few seconds returns at once."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        return self.end - time.monotonic()

    def add(self, sock: socket.socket) -> None:
        dup = sock.dup()
        with self._lock:
            self._socks.append(dup)
            if self.expired:
                dup.shutdown(socket.SHUT_RDWR)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for s in self._socks:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for s in self._socks:
                s.close()
            self._socks.clear()

    def error(self, url: str) -> "Upstream":
        return Upstream(f"fetching {url} took longer than the {self.seconds:g}-second limit")


def _guarded_connection(base: type, policy: FetchPolicy, watch: _Watch) -> type:
    def _new_conn(self) -> socket.socket:
        last: Exception | None = None
        for family, kind, proto, _, addr in resolve(self._dns_host, self.port, policy):
            if watch.left() <= 0:
                raise watch.error(self._dns_host)
            sock = socket.socket(family, kind, proto)
            try:
                timeout = self.timeout if isinstance(self.timeout, (int, float)) else policy.connect_timeout
                sock.settimeout(max(0.01, min(timeout, watch.left())))
                sock.connect(addr)  # the address we checked, not a second lookup
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                watch.add(sock)
                return sock
            except OSError as e:
                sock.close()
                last = e
        raise Upstream(plain_reason(last, self._dns_host, policy.connect_timeout))

    return type("Guarded" + base.__name__, (base,), {"_new_conn": _new_conn})


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose connections check every address they open and end at
    the fetch's deadline."""

    def __init__(self, policy: FetchPolicy, watch: _Watch):
        self.policy, self.watch = policy, watch
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        policy, watch = self.policy, self.watch
        http = type("GuardedHTTPPool", (HTTPConnectionPool,), {
            "ConnectionCls": _guarded_connection(HTTPConnectionPool.ConnectionCls, policy, watch)})
        https = type("GuardedHTTPSPool", (HTTPSConnectionPool,), {
            "ConnectionCls": _guarded_connection(HTTPSConnectionPool.ConnectionCls, policy, watch)})
        self.poolmanager.pool_classes_by_scheme = {"http": http, "https": https}


def _session(policy: FetchPolicy, watch: _Watch) -> requests.Session:
    s = requests.Session()
    s.trust_env = False  # no proxies from the environment: we check the real peer
    s.headers["User-Agent"] = USER_AGENT
    adapter = GuardedAdapter(policy, watch)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    return s


def _unwrap(e: Exception) -> Exception:
    """The Refused raised inside urllib3, if that is what stopped the request."""
    seen = 0
    while e is not None and seen < 10:
        if isinstance(e, FetchError):
            return e
        e = e.__context__ or e.__cause__ or (e.args[0] if e.args and isinstance(e.args[0], Exception) else None)
        seen += 1
    return None


def fetch(url: str, policy: FetchPolicy = FetchPolicy()) -> Fetched:
    """GET a page within the policy's limits; follows at most max_redirects redirects,
    and gives up with Upstream (502) when the whole fetch passes policy.deadline."""
    watch = _Watch(policy.deadline)
    try:
        page = _fetch(url, policy, watch)
    except FetchError:
        if watch.expired:
            raise watch.error(url) from None
        raise
    finally:
        watch.close()
    if watch.expired:  # a page without a length ends "normally" when its socket is shut
        raise watch.error(url)
    return page


def _fetch(url: str, policy: FetchPolicy, watch: _Watch) -> Fetched:
    with _session(policy, watch) as s:
        for hop in range(policy.max_redirects + 1):
            try:
                check_url(url, policy)
            except InvalidURL as e:
                if hop == 0:
                    raise
                raise Upstream(f"the site redirected to an invalid URL: {e}") from None
            try:
                resp = s.get(url, stream=True, allow_redirects=False,
                             timeout=(max(0.01, min(policy.connect_timeout, watch.left())), policy.read_timeout))
            except requests.RequestException as e:
                inner = _unwrap(e)
                if inner is not None:
                    raise inner from None
                raise Upstream(plain_reason(e, urlsplit(url).hostname or url)) from None
            with resp:
                if resp.is_redirect:
                    location = resp.headers.get("Location", "")
                    url = urljoin(url, location)
                    continue
                return _read(resp, url, policy)
        raise Upstream(f"more than {policy.max_redirects} redirects")


def _read(resp: requests.Response, url: str, policy: FetchPolicy) -> Fetched:
    if resp.status_code >= 400:
        raise Upstream(http_status_words(resp.status_code, url))
    ctype = resp.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if ctype not in policy.content_types:
        raise FetchError(f"{url} is not a web page or plain text (it is {ctype or 'of unknown type'}): "
                         "paste the article's text instead")
    declared = resp.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise TooLarge(f"{url} is {declared} bytes, over the {policy.max_bytes}-byte limit")
    chunks, size = [], 0
    try:
        for chunk in resp.iter_content(64 * 1024):
            size += len(chunk)
            if size > policy.max_bytes:
                raise TooLarge(f"{url} is over the {policy.max_bytes}-byte limit")
            chunks.append(chunk)
    except requests.RequestException as e:
        raise Upstream(plain_reason(e, urlsplit(url).hostname or url)) from None
    raw = b"".join(chunks)
    encoding = resp.encoding if "charset" in resp.headers.get("Content-Type", "").lower() else None
    body = raw.decode(encoding or _sniff(raw), errors="replace")
    return Fetched(url=url, content_type=ctype, body=body)


def _sniff(raw: bytes) -> str:
    """The charset a page declares in its first 2 KB (a meta tag), else UTF-8."""
    import codecs
    import re

    m = re.search(rb"charset=[\"']?([A-Za-z0-9_.:-]+)", raw[:2048], re.I)
    if m:
        try:
            return codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            pass
    return "utf-8"


def extract_article(html: str, url: str | None = None) -> Article:
    """The article in an HTML page: text, headline and publication date, read by the
    project's one HTML reader (inputs.parse: trafilatura + htmldate), as for .html files."""
    from . import inputs

    try:
        page = inputs.parse(html, url or "page.html", "html")
    except inputs.InputProblem as e:
        raise FetchError(f"{url or 'the page'}: {e}") from None
    return Article(text=page.text, title=page.title, published=page.published, url=url)


def fetch_article(url: str, policy: FetchPolicy = FetchPolicy()) -> Article:
    page = fetch(url, policy)
    if page.content_type == "text/plain":
        return Article(text=page.body.strip(), url=page.url)
    return extract_article(page.body, page.url)


def policy_for(allow: Iterable[str] = (), deadline: float = FetchPolicy.deadline) -> FetchPolicy:
    return FetchPolicy(allow=tuple(allow), deadline=deadline)
