"""The gunicorn worker factcheck is served with: gthread plus a deadline for reading
each request (gunicorn.conf.py sets `worker_class` to `factcheck.web.serving.Worker`).

gthread (gunicorn 27) waits for a new connection's first bytes without committing a
thread for long (after 5 s the connection goes back to the poller), but once bytes
have arrived a thread reads the headers and body with blocking reads and no timeout:
a client that sends half a request and stops holds that thread for ever. Here a
request must arrive whole, headers and body, within `read_timeout` seconds of its
first byte. A client that stalls gets 408 and its connection is closed: in the
headers from the worker, in the body from the app (a werkzeug 408, so problem JSON
under /api/). Writes to a client that does not read get `send_timeout`. With gunicorn's
own TLS (certfile) the sockets are not adopted: terminate TLS in the proxy in front.
"""
from __future__ import annotations

import socket
import time

from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker
from werkzeug.exceptions import RequestTimeout


class ReadTimedOut(RequestTimeout):
    description = "The request did not arrive in time: send the headers and body without pausing."


class DeadlineSocket(socket.socket):
    """A client socket whose reads share one deadline, armed at the first read of a request."""

    __slots__ = ("read_timeout", "send_timeout", "deadline", "armed", "expired")

    @classmethod
    def adopt(cls, sock: socket.socket, read_timeout: float, send_timeout: float) -> "DeadlineSocket":
        new = cls(sock.family, sock.type, sock.proto, fileno=sock.detach())
        new.read_timeout, new.send_timeout = read_timeout, send_timeout
        new.deadline, new.armed, new.expired = None, False, False
        return new

    def arm(self) -> None:
        """A new request starts: the clock runs from its first byte."""
        self.deadline, self.armed, self.expired = None, True, False

    def disarm(self) -> None:
        self.deadline, self.armed = None, False

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        if not self.armed:
            return super().recv(bufsize, flags)
        if self.deadline is None:
            self.deadline = time.monotonic() + self.read_timeout
        left = self.deadline - time.monotonic()
        if left > 0:
            super().settimeout(left)
            try:
                return super().recv(bufsize, flags)
            except TimeoutError:
                pass
        self.disarm()
        self.expired = True
        super().settimeout(self.send_timeout)  # so the 408 can still be written
        raise ReadTimedOut()

    def sendall(self, data, flags: int = 0) -> None:
        super().settimeout(self.send_timeout)
        return super().sendall(data, flags)


class Worker(ThreadWorker):
    """gunicorn's gthread worker with a read deadline per request (see the module doc)."""

    read_timeout = 10.0  # gunicorn.conf.py sets these from READ_TIMEOUT and TIMEOUT
    send_timeout = 30.0

    def handle(self, conn):
        if not self.cfg.is_ssl and not isinstance(conn.sock, DeadlineSocket):
            conn.sock = DeadlineSocket.adopt(conn.sock, self.read_timeout, self.send_timeout)
        if isinstance(conn.sock, DeadlineSocket):
            conn.sock.arm()
        return super().handle(conn)

    def handle_request(self, req, conn):
        sock = conn.sock
        try:
            keepalive = super().handle_request(req, conn)
        finally:
            if isinstance(sock, DeadlineSocket):
                sock.disarm()  # the answer is written; draining is bounded by gthread itself
        return keepalive and not getattr(sock, "expired", False)

    def handle_error(self, req, client, addr, exc):
        if not isinstance(exc, ReadTimedOut):
            return super().handle_error(req, client, addr, exc)
        where = addr[0] if isinstance(addr, tuple) and addr else "a client"
        self.log.info("request from %s not read within %.0f s: 408, connection closed", where, self.read_timeout)
        try:
            util.write_error(client, 408, "Request Timeout", exc.description)
        except OSError:
            pass
