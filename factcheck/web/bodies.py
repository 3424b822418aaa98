"""Request bodies no client can turn into a 500: a size cap that holds for chunked
bodies too, and JSON that is refused (400) when nested too deeply or when it holds a
lone surrogate.

- werkzeug enforces MAX_CONTENT_LENGTH on a chunked body (no Content-Length) only by
  cutting it short at the cap: the truncated JSON then reads as malformed (400).
  `ChunkedLimit` reads such a body first, up to one byte past the cap, and gives it a
  Content-Length, so that werkzeug answers 413 as it does for a declared length.
- Python's json parser recurses per nesting level: `[[[[...` 100,000 deep raises
  RecursionError. `JSON.loads` turns that into a ValueError, which Flask's get_json
  treats as any malformed body.
- "\\ud800" is valid JSON but decodes to a lone surrogate, which no UTF-8 encodes: the
  report, the database and the answer would all fail on it. `JSON.loads` refuses it,
  naming the field.
"""
from __future__ import annotations

import io
from typing import Any

from flask.json.provider import DefaultJSONProvider

from ..textinput import lone_surrogate as _at


class JSON(DefaultJSONProvider):
    """Flask's JSON, with loads refusing what the service cannot handle (ValueError)."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        try:
            data = super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("the JSON is nested too deeply") from None
        where = lone_surrogate(data)
        if where is not None:
            raise ValueError(f"{where} holds a lone surrogate (a \\ud800-\\udfff escape with no "
                             f"pair), which is not valid Unicode text")
        return data


def lone_surrogate(data: Any) -> str | None:
    """The path of the first string (or key) holding a lone surrogate: "text",
    "facts[0].entity"; None when there is none. Iterative: any depth parsed is walked."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, x = stack.pop()
        if isinstance(x, str):
            if _at(x) is not None:
                return path or "the body"
        elif isinstance(x, dict):
            for k, v in x.items():
                name = f"{path}.{k}" if path else str(k)
                if _at(k) is not None:
                    return f"a key of {path or 'the body'}"
                stack.append((name, v))
        elif isinstance(x, list):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(x))
    return None


class ChunkedLimit:
    """WSGI middleware: a chunked body is read here, up to `limit` + 1 bytes, and handed
    on with its Content-Length (werkzeug then answers 413 past `limit`). Only where the
    server marks the stream as terminated (gunicorn, werkzeug's server), so a read
    never waits for bytes that are not coming."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    def __call__(self, environ, start_response):
        if environ.get("wsgi.input_terminated") and not environ.get("CONTENT_LENGTH"):
            body = _read_upto(environ["wsgi.input"], self.limit + 1)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["CONTENT_LENGTH"] = str(len(body))
            environ.pop("HTTP_TRANSFER_ENCODING", None)  # read: werkzeug trusts the length only without it
        return self.app(environ, start_response)


def _read_upto(stream, n: int) -> bytes:
    parts, got = [], 0
    while got < n:
        chunk = stream.read(min(65536, n - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)
