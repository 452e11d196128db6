"""Run a WSGI app on loopback in a background thread (tests) or in the foreground (demo)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from .wsgi import WSGIApp


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    # A slow request (timeout simulation) must neither block other requests nor shutdown.
    daemon_threads = True
    block_on_close = False


class StilleHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


def maak_server(app: WSGIApp, host: str = "127.0.0.1", port: int = 0) -> WSGIServer:
    return make_server(
        host, port, app, server_class=ThreadingWSGIServer, handler_class=StilleHandler
    )


@contextmanager
def serve(app: WSGIApp, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """`with serve(app) as base_url:` runs `app` on a free port until the block ends."""
    server = maak_server(app, host, port)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=2)
