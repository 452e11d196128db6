"""A tiny WSGI toolkit for the fake servers: request/response objects and a path router.

The fakes are plain WSGI callables (no Django) so tests can run them in a thread on loopback and
the demo can mount them all in one process (see `serve_all`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, quote

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

_REDENEN = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    412: "Precondition Failed",
    415: "Unsupported Media Type",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    base_url: str  # scheme://host[:port] + the mount point (SCRIPT_NAME), without trailing "/"
    query_string: str = ""

    @classmethod
    def from_environ(cls, environ: dict[str, Any]) -> Request:
        headers = {
            key[5:].replace("_", "-").lower(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        if environ.get("CONTENT_TYPE"):
            headers["content-type"] = environ["CONTENT_TYPE"]
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        body = environ["wsgi.input"].read(length) if length else b""
        scheme = environ.get("wsgi.url_scheme", "http")
        host = environ.get("HTTP_HOST") or f"{environ['SERVER_NAME']}:{environ['SERVER_PORT']}"
        script = quote(environ.get("SCRIPT_NAME", "").rstrip("/"))
        qs = environ.get("QUERY_STRING", "")
        return cls(
            method=environ["REQUEST_METHOD"].upper(),
            path=environ.get("PATH_INFO", "") or "/",
            query=parse_qs(qs, keep_blank_values=True),
            headers=headers,
            body=body,
            base_url=f"{scheme}://{host}{script}",
            query_string=qs,
        )

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def url(self) -> str:
        return self.base_url + self.path + (f"?{self.query_string}" if self.query_string else "")


@dataclass
class Response:
    status: int = 200
    body: Any = None
    content_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, start_response: StartResponse) -> list[bytes]:
        if isinstance(self.body, bytes):
            payload = self.body
        elif self.body is None:
            payload = b""
        else:
            payload = json.dumps(self.body, ensure_ascii=False).encode("utf-8")
        status_line = f"{self.status} {_REDENEN.get(self.status, 'Status')}"
        headers = [("Content-Type", self.content_type), ("Content-Length", str(len(payload)))]
        start_response(status_line, headers + self.headers)
        return [payload]


Handler = Callable[..., Response]


class Router:
    """Maps "METHOD /path/{param}" to handlers; `{name}` matches one path segment."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern.rstrip("/") or "/")
        self._routes.append((method.upper(), re.compile(f"^{regex}/?$"), handler))

    def match(self, method: str, path: str) -> tuple[Handler | None, dict[str, str], bool]:
        """(handler, path params, path_known). path_known without handler means 405."""
        path_known = False
        for route_method, regex, handler in self._routes:
            found = regex.match(path)
            if not found:
                continue
            path_known = True
            if route_method == method:
                return handler, found.groupdict(), True
        return None, {}, path_known
