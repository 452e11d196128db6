"""All fake servers in one process for the demo, each under its own path prefix.

    python -m koppelingen.fakes.serve_all --port 8001
    # BAG on http://127.0.0.1:8001/bag/, BRP on http://127.0.0.1:8001/brp/, ...

Environment: CLO_FAKE_STORING=bag,kvk starts those fakes in outage mode (see fakes.base for the
/_fake/... control endpoints that switch it at runtime).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from typing import Any

from .registry import factories
from .server import maak_server
from .wsgi import Response, StartResponse, WSGIApp


class Dispatcher:
    """Routes /<prefix>/... to the app mounted under <prefix>, moving it into SCRIPT_NAME."""

    def __init__(self, apps: dict[str, WSGIApp]) -> None:
        self.apps = apps

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "") or "/"
        prefix, _, rest = path.lstrip("/").partition("/")
        app = self.apps.get(prefix)
        if app is None:
            host = environ.get("HTTP_HOST", "")
            index = {naam: f"http://{host}/{naam}/" for naam in sorted(self.apps)}
            status = 200 if path == "/" else 404
            return Response(status, {"fakes": index})(start_response)
        environ = {
            **environ,
            "SCRIPT_NAME": environ.get("SCRIPT_NAME", "").rstrip("/") + f"/{prefix}",
            "PATH_INFO": f"/{rest}",
        }
        return app(environ, start_response)


def make_app(storing: Iterable[str] | None = None) -> Dispatcher:
    if storing is None:
        storing = [s.strip() for s in os.environ.get("CLO_FAKE_STORING", "").split(",")]
    apps: dict[str, WSGIApp] = {}
    for prefix, factory in factories().items():
        app = factory()
        if prefix in storing and hasattr(app, "zet_storing"):
            app.zet_storing(True)
        apps[prefix] = app
    return Dispatcher(apps)


def main(host: str = "127.0.0.1", port: int = 8001) -> None:
    app = make_app()
    server = maak_server(app, host, port)
    for prefix in sorted(app.apps):
        print(f"{prefix:>5}: http://{host}:{server.server_port}/{prefix}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _cli() -> None:
    parser = argparse.ArgumentParser(description="Start alle nep-servers van CLO.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    main(args.host, args.port)


if __name__ == "__main__":
    _cli()
