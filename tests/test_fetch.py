"""URL ingestion: SSRF refusals (proved without sending any traffic), limits, extraction.

Pages are served from 127.0.0.1 only, with the allow-list set; every refusal
happens before a connection is made (socket connects are trapped to prove it)."""
from __future__ import annotations

import http.server
import ipaddress
import socket
import threading
import time

import pytest

from factcheck import fetch
from factcheck.fetch import FetchPolicy, Refused

PAGE = b"""<html><head><title>Troops leave Kazakhstan</title>
<meta property="article:published_time" content="2022-01-13"></head><body><article>
<h1>Troops leave Kazakhstan</h1>
<p>The CSTO said on Thursday that its 2,030 troops would leave by January 22.</p>
<p>At least 12,000 people were detained in the unrest, officials said on Wednesday.</p>
</article></body></html>"""
LOCAL = FetchPolicy(allow=("127.0.0.1/32",), read_timeout=2, connect_timeout=2)


class Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802
        status, headers, body = self.routes.get(self.path, (404, {}, b"no"))
        if callable(body):
            body = body()
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    html = {"Content-Type": "text/html; charset=utf-8"}
    Handler.routes = {
        "/article": (200, html, PAGE),
        "/moved": (302, {"Location": "/article"}, b""),
        "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, b""),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/big": (200, html, b"<p>" + b"x" * 200_000 + b"</p>"),
        "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"),
        "/slow": (200, html, lambda: time.sleep(1.5) or PAGE),
        "/gone": (410, html, b"gone"),
        "/to-nowhere": (302, {"Location": "http://a b/"}, b""),
    }
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield base
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def no_connect(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def trap(*args, **kwargs):
        raise AssertionError(f"a connection was attempted: {args}")
    monkeypatch.setattr(socket.socket, "connect", trap)
    monkeypatch.setattr(socket, "create_connection", trap)


def fake_dns(monkeypatch, address: str):
    """Host names resolve to `address` without asking any resolver."""
    def resolve(host, port, *args, **kwargs):
        fam = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(fam, socket.SOCK_STREAM, 6, "", (address, port or 80))]
    monkeypatch.setattr(socket, "getaddrinfo", resolve)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://[::1]/", "http://10.0.0.5/", "http://192.168.1.1/",
    "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/",
    "http://224.0.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/", "http://100.64.0.1/",
    "http://240.0.0.1/",
])
def test_non_public_addresses_are_refused_before_connecting(url, no_connect):
    with pytest.raises(Refused):
        fetch.fetch(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "gopher://x/",
                                 "javascript:alert(1)", "//example.org/a", "http://user:pw@example.org/"])
def test_other_schemes_and_credentials_are_refused(url, no_connect):
    with pytest.raises(Refused):
        fetch.fetch(url)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "fd00:ec2::254"])
def test_names_resolving_to_private_addresses_are_refused(address, monkeypatch, no_connect):
    fake_dns(monkeypatch, address)
    with pytest.raises(Refused, match="resolves to"):
        fetch.fetch("http://news.example/article")


def test_loopback_is_refused_without_the_allow_list(server):
    with pytest.raises(Refused, match="loopback"):
        fetch.fetch(server + "/article")


def test_allow_listed_loopback_page_is_fetched_and_extracted(server):
    article = fetch.fetch_article(server + "/article", LOCAL)
    assert article.text.startswith("Troops leave Kazakhstan\n\n")  # the headline, as the pipeline reads it
    assert article.published == "2022-01-13"
    assert "At least 12,000 people were detained" in article.text
    assert "\n\n" in article.text  # paragraphs stay apart for the segmenter


def test_redirects_are_followed_and_report_the_final_url(server):
    page = fetch.fetch(server + "/moved", LOCAL)
    assert page.url == server + "/article"


def test_a_redirect_to_cloud_metadata_is_refused_before_connecting(server, monkeypatch):
    real_connect = socket.socket.connect
    seen = []

    def record(sock, addr):
        seen.append(addr)
        return real_connect(sock, addr)
    monkeypatch.setattr(socket.socket, "connect", record)
    with pytest.raises(Refused, match="169.254.169.254"):
        fetch.fetch(server + "/to-metadata", LOCAL)
    assert all(addr[0] == "127.0.0.1" for addr in seen)


def test_a_redirect_to_a_file_url_is_refused(server):
    with pytest.raises(Refused, match="only http and https"):
        fetch.fetch(server + "/to-file", LOCAL)


def test_redirects_are_limited(server):
    with pytest.raises(fetch.Upstream, match="redirects"):
        fetch.fetch(server + "/loop", LOCAL)


def test_pages_over_the_size_cap_are_refused(server):
    with pytest.raises(fetch.TooLarge):
        fetch.fetch(server + "/big", FetchPolicy(allow=LOCAL.allow, max_bytes=100_000))


def test_other_content_types_are_refused(server):
    with pytest.raises(fetch.FetchError, match="application/pdf"):
        fetch.fetch(server + "/pdf", LOCAL)


def test_slow_pages_time_out(server):
    with pytest.raises(fetch.Upstream):
        fetch.fetch(server + "/slow", FetchPolicy(allow=LOCAL.allow, read_timeout=0.3))


def test_error_statuses_are_reported(server):
    with pytest.raises(fetch.Upstream, match="410"):
        fetch.fetch(server + "/gone", LOCAL)


def test_api_stores_an_article_fetched_from_a_url(server, settings):
    from factcheck.web import create_app

    app = create_app(settings.with_(fetch_allow=("127.0.0.1/32",)))
    resp = app.test_client().post("/api/v1/articles", json={"url": server + "/article"})
    assert resp.status_code == 201, resp.get_json()
    body = resp.get_json()
    assert body["article"]["title"] == "Troops leave Kazakhstan"
    assert body["article"]["published"] == "2022-01-13"
    assert body["article"]["url"] == server + "/article"
    assert any(c["text"] == "At least 12,000" or "12,000" in c["text"] for c in body["claims"])


def test_api_answers_a_refused_url_with_a_problem(client, no_connect):
    resp = client.post("/api/v1/articles", json={"url": "http://169.254.169.254/latest/meta-data/"})
    assert resp.status_code == 422
    assert resp.mimetype == "application/problem+json"
    assert resp.get_json()["title"] == "URL refused"


# --- invalid URLs: 422 "Invalid URL", before any lookup or connection ---

@pytest.fixture
def no_dns(monkeypatch):
    def trap(*args, **kwargs):
        raise AssertionError(f"a DNS lookup was attempted: {args}")
    monkeypatch.setattr(socket, "getaddrinfo", trap)


@pytest.mark.parametrize("url,why", [
    ("http://a b/", "cannot have"), ("http://./", "empty"), ("http://../", "empty label"),
    ("http://a..b/", "empty label"), ("http:///path", "no host"), ("http://[::1/", "IPv6"),
    ("http://example.org:99999/", "Port"), ("http://-a.example/", "cannot have"),
    ("http://exa%20mple.org/", "cannot have"), ("http://" + "a" * 64 + ".org/", "63"),
    ("http://\u2603\u2603..org/", "international"), ("http://999.1.1.1/", "IPv4"),
])
def test_unparsable_urls_are_invalid_before_any_lookup(url, why, no_dns, no_connect):
    with pytest.raises(fetch.InvalidURL, match=why):
        fetch.fetch(url)


def test_a_redirect_to_an_invalid_url_is_the_sites_fault(server):
    with pytest.raises(fetch.Upstream, match="redirected to an invalid URL"):
        fetch.fetch(server + "/to-nowhere", LOCAL)


@pytest.mark.parametrize("url", ["http://127.1/", "http://0x7f.1/", "http://2130706433/", "http://10.1/"])
def test_ipv4_in_short_and_numeric_forms_is_refused_before_any_lookup(url, no_dns, no_connect):
    with pytest.raises(Refused, match="resolves to"):
        fetch.fetch(url)


@pytest.mark.parametrize("url", ["http://a b/", "http://./"])
def test_api_answers_an_invalid_url_with_422_naming_the_problem(url, client, no_dns, no_connect):
    resp = client.post("/api/v1/check", json={"url": url})
    assert resp.status_code == 422
    assert resp.mimetype == "application/problem+json"
    body = resp.get_json()
    assert body["title"] == "Invalid URL" and "not a valid URL" in body["detail"]


# --- IPv6 transition forms of non-public IPv4 addresses ---

@pytest.mark.parametrize("address,form", [
    ("2002:7f00:1::", "6to4"), ("2002:a00::1", "6to4"), ("2002:c0a8:101::1", "6to4"),
    ("2002:a9fe:a9fe::", "6to4"), ("2002:808:808::1", "6to4"),  # 6to4 is refused whole, even of a public address
    ("2001:0:7f00:1::", "Teredo"), ("2001::1", "Teredo"),
    ("64:ff9b::7f00:1", "loopback"), ("64:ff9b::a00:1", "private"), ("64:ff9b::a9fe:a9fe", "link-local"),
    ("64:ff9b:1::a00:1", "local-use NAT64"), ("64:ff9b:1:ffff::808:808", "local-use NAT64"),
    ("::7f00:1", "IPv4-compatible"), ("::a00:1", "IPv4-compatible"),
    ("::ffff:0:7f00:1", "IPv4-translated"), ("::ffff:a9fe:a9fe", "link-local"), ("::ffff:c0a8:1", "private"),
    ("fec0::1", "site-local"),
])
def test_ipv6_transition_forms_of_private_addresses_are_refused(address, form, no_dns, no_connect):
    with pytest.raises(Refused, match=form):
        fetch.fetch(f"http://[{address}]/")


def test_a_name_resolving_to_6to4_loopback_is_refused(monkeypatch, no_connect):
    fake_dns(monkeypatch, "2002:7f00:1::1")
    with pytest.raises(Refused, match="resolves to .*6to4.*127.0.0.1"):
        fetch.fetch("http://news.example/article")


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "::ffff:808:808", "2606:4700::1111"])
def test_public_addresses_in_nat64_and_mapped_form_stay_allowed(address):
    # an IPv6-only host behind DNS64 reaches every IPv4-only site through 64:ff9b::/96
    assert fetch.blocked_reason(ipaddress.ip_address(address)) is None


# --- the whole fetch has a deadline ---

@pytest.fixture
def trickle():
    """A server on 127.0.0.1 that sends its answer one byte every 0.2 s, at most for 20 s,
    either from the status line (`/headers`) or after complete headers (`/body`)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(20)
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    def drip(conn):
        with conn:
            conn.settimeout(5)
            try:
                request = conn.recv(4096)
                head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                if b" /body " in request:
                    conn.sendall(head)
                    head = b"<p>" + b"slow " * 100
                end = time.monotonic() + 20
                for byte in head:
                    if stop.is_set() or time.monotonic() > end:
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(0.2)
            except OSError:  # the client gave up
                return

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    listener.close()


@pytest.mark.parametrize("path", ["/headers", "/body"])
def test_a_page_trickling_bytes_fails_at_the_fetch_deadline(trickle, path):
    policy = FetchPolicy(allow=LOCAL.allow, read_timeout=1, deadline=1.5)
    t0 = time.monotonic()
    with pytest.raises(fetch.Upstream, match="took longer than the 1.5-second limit"):
        fetch.fetch(trickle + path, policy)
    assert time.monotonic() - t0 < 4


def test_api_answers_a_trickling_page_with_502_in_bounded_time(trickle, settings):
    from factcheck.web import create_app

    app = create_app(settings.with_(fetch_allow=("127.0.0.1/32",), fetch_timeout=1.0))
    t0 = time.monotonic()
    resp = app.test_client().post("/api/v1/check", json={"url": trickle + "/body"})
    assert resp.status_code == 502, resp.get_json()
    assert "took longer" in resp.get_json()["detail"]
    assert time.monotonic() - t0 < 4


def test_the_fetch_deadline_is_a_setting():
    from factcheck.settings import ConfigError, from_env

    assert from_env({"FACTCHECK_FETCH_TIMEOUT": "7.5"}).fetch_timeout == 7.5
    with pytest.raises(ConfigError):
        from_env({"FACTCHECK_FETCH_TIMEOUT": "0"})
