"""URL errors in plain words: what an editor reads when a URL cannot be fetched says what
went wrong ("could not find the host example.org"), never raw system text
("[Errno -2] Name or service not known") or an exception class name."""
from __future__ import annotations

import socket

import pytest

from factcheck import fetch
from factcheck.fetch import FetchPolicy

from test_fetch import LOCAL, Handler, server  # noqa: F401  (server: the fixture)

RAW = ("Errno", "gaierror", "ConnectionError", "ReadTimeout", "NewConnectionError", "Max retries")

def plain(message: str) -> str:
    assert not any(r in message for r in RAW), message
    return message

def test_an_unknown_host_is_said_not_found(monkeypatch):
    def no_such_name(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(fetch.Upstream) as e:
        fetch.fetch("http://example.org/news")
    assert plain(str(e.value)).startswith("could not find the host example.org")

def test_a_silent_name_server_is_said_so(monkeypatch):
    def no_answer(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    monkeypatch.setattr(socket, "getaddrinfo", no_answer)
    with pytest.raises(fetch.Upstream) as e:
        fetch.fetch("http://example.org/news")
    assert "could not look up the host example.org" in plain(str(e.value))

def test_a_refused_connection_is_said_so():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(fetch.Upstream) as e:
        fetch.fetch(f"http://127.0.0.1:{port}/", LOCAL)
    assert plain(str(e.value)) == "127.0.0.1 refused the connection: no web server answers there"

def test_a_connection_that_times_out_is_said_so(monkeypatch):
    def hang(self, addr):
        raise socket.timeout("timed out")
    monkeypatch.setattr(socket.socket, "connect", hang)
    with pytest.raises(fetch.Upstream) as e:
        fetch.fetch("http://127.0.0.1:9/", LOCAL)
    assert plain(str(e.value)).startswith("127.0.0.1 did not answer within 2 seconds")

def test_a_page_that_stops_sending_is_said_so(server):  # noqa: F811
    with pytest.raises(fetch.Upstream) as e:
        fetch.fetch(server + "/slow", FetchPolicy(allow=LOCAL.allow, read_timeout=0.3))
    assert "127.0.0.1 stopped sending the page" in plain(str(e.value))

@pytest.mark.parametrize("path, status, words", [
    ("/missing", 404, "there is no page at {url} (the site answered 404 Not Found): check the address"),
    ("/gone", 410, "there is no page at {url} (the site answered 410 Gone)"),
    ("/broken", 500, "the site failed to send {url} (it answered 500 Internal Server Error); try again later"),
    ("/private", 403, "the site does not let us read {url} (it answered 403 Forbidden)"),
])
def test_http_errors_say_what_the_site_answered(server, path, status, words):  # noqa: F811

    Handler.routes[path] = (status, {"Content-Type": "text/html"}, b"no")
    with pytest.raises(fetch.Upstream) as e:
        fetch.fetch(server + path, LOCAL)
    assert words.format(url=server + path) in plain(str(e.value))

def test_a_pdf_is_said_not_to_be_a_web_page(server):  # noqa: F811
    with pytest.raises(fetch.FetchError) as e:
        fetch.fetch(server + "/pdf", LOCAL)
    assert plain(str(e.value)) == (f"{server}/pdf is not a web page or plain text (it is application/pdf): "
                                   "paste the article's text instead")

def test_the_desk_shows_the_plain_words(monkeypatch, settings):
    from factcheck.web import create_app

    def no_such_name(host, *args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    client = create_app(settings).test_client()
    page = client.get("/submit").get_data(as_text=True)
    import re

    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    resp = client.post("/submit", data={"csrf_token": token, "url": "https://example.org/a",
                                        "text": "", "reviewer": "Ann"})
    body = resp.get_data(as_text=True)
    assert resp.status_code == 422
    assert "could not find the host example.org" in body and "Errno" not in body
    api = client.post("/api/v1/check", json={"url": "https://example.org/a"})
    assert api.status_code == 502 and api.get_json()["detail"].startswith("could not find the host example.org")
