"""Base class for fake servers: API-key check, outage and delay simulation, request log.

Control endpoints (no API key needed, not part of any real API):

    GET /_fake/storing?aan=1            every request answers "service unavailable" until aan=0
    GET /_fake/storing?aantal=2         only the next 2 requests fail, then the fake recovers
    GET /_fake/vertraging?seconden=2.5  answer every request that much later (timeouts)
    GET /_fake/aanroepen[?reset=1]      how many requests the fake served (caching tests)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from typing import Any, ClassVar

from .wsgi import Request, Response, Router, StartResponse

logger = logging.getLogger(__name__)


class FakeApi:
    naam: ClassVar[str] = "fake"
    auth_header: ClassVar[str] = "X-Api-Key"

    def __init__(
        self,
        *,
        api_keys: Iterable[str] | None = None,
        storing: bool = False,
        vertraging: float = 0.0,
    ) -> None:
        # None accepts any non-empty key, like a fake should; a set mimics a key register.
        self.api_keys = set(api_keys) if api_keys is not None else None
        self.storing = storing
        self.storing_aantal = 0
        self.vertraging = vertraging
        self.aanroepen: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self.router = Router()
        self.routes()

    def routes(self) -> None:
        """Register the API's endpoints on `self.router`."""

    # -- simulation switches (also reachable over HTTP through /_fake/...) --------------------

    def zet_storing(self, aan: bool = True, *, aantal: int | None = None) -> None:
        with self._lock:
            if aantal is not None:
                self.storing, self.storing_aantal = False, aantal
            else:
                self.storing, self.storing_aantal = aan, 0

    def aantal_aanroepen(self, pad_begint_met: str = "") -> int:
        with self._lock:
            return sum(1 for _, pad in self.aanroepen if pad.startswith(pad_begint_met))

    # -- WSGI --------------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
        request = Request.from_environ(environ)
        if request.path.startswith("/_fake/"):
            return self._beheer(request)(start_response)
        with self._lock:
            self.aanroepen.append((request.method, request.path))
            storing = self.storing or self.storing_aantal > 0
            if self.storing_aantal > 0:
                self.storing_aantal -= 1
        if self.vertraging:
            time.sleep(self.vertraging)
        return self._antwoord(request, storing)(start_response)

    def _antwoord(self, request: Request, storing: bool) -> Response:
        if storing:
            return self.niet_beschikbaar(request)
        key = request.header(self.auth_header)
        if not key or (self.api_keys is not None and key not in self.api_keys):
            return self.niet_geauthenticeerd(request)
        handler, params, pad_bekend = self.router.match(request.method, request.path)
        if handler is None:
            if pad_bekend:
                return self.fout(
                    request, 405, titel="Deze methode is niet toegestaan", code="methodNotAllowed"
                )
            return self.niet_gevonden(request)
        try:
            return handler(request, **params)
        except Exception:  # a fake must answer like a server, not crash the thread
            logger.exception("%s fake: fout bij %s %s", self.naam, request.method, request.path)
            return self.fout(request, 500, titel="Interne server fout.", code="serverError")

    def _beheer(self, request: Request) -> Response:
        onderdeel = request.path.removeprefix("/_fake/").strip("/")
        if onderdeel == "storing":
            if request.arg("aantal") is not None:
                self.zet_storing(aantal=int(request.arg("aantal") or 0))
            elif request.arg("aan") is not None:
                self.zet_storing(request.arg("aan") not in ("0", "false", "nee", ""))
        elif onderdeel == "vertraging":
            self.vertraging = float(request.arg("seconden") or 0)
        elif onderdeel == "aanroepen":
            if request.arg("reset"):
                with self._lock:
                    self.aanroepen.clear()
        else:
            return Response(404, {"fout": f"onbekend beheeronderdeel {onderdeel!r}"})
        return Response(200, self._status())

    def _status(self) -> dict[str, Any]:
        with self._lock:
            return {
                "naam": self.naam,
                "storing": self.storing,
                "storingAantal": self.storing_aantal,
                "vertraging": self.vertraging,
                "aanroepen": len(self.aanroepen),
            }

    # -- error answers in the API's own shape (subclasses override) ---------------------------

    def fout(
        self,
        request: Request,
        status: int,
        *,
        titel: str,
        code: str,
        detail: str | None = None,
        invalid_params: list[dict[str, str]] | None = None,
    ) -> Response:
        return Response(status, {"status": status, "title": titel, "code": code})

    def niet_gevonden(self, request: Request) -> Response:
        return self.fout(request, 404, titel="Opgevraagde resource bestaat niet.", code="notFound")

    def niet_geauthenticeerd(self, request: Request) -> Response:
        return self.fout(request, 401, titel="Niet correct geauthenticeerd.", code="authentication")

    def niet_beschikbaar(self, request: Request) -> Response:
        return self.fout(
            request, 503, titel="Bronservice is niet beschikbaar.", code="sourceUnavailable"
        )
