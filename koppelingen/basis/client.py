"""Shared plumbing for the clients of external APIs: timeouts, retries, caching, error mapping.

A client wraps an `ape_pie.APIClient` (what `zgw_consumers.client.build_client(service)` returns),
so production builds it from a zgw-consumers `Service` and tests build one for a fake on loopback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any, ClassVar

import requests
from ape_pie import APIClient
from ape_pie.exceptions import InvalidURLError

from ..errors import (
    KoppelingFout,
    KoppelingNietBeschikbaar,
    NietGeautoriseerd,
    NietGevonden,
    OngeldigVerzoek,
)
from .beleid import ONTBREEKT, RetryBeleid, TTLCache

logger = logging.getLogger(__name__)

# zgw-consumers' Service.timeout defaults to 10 s too; used when the session carries none.
STANDAARD_TIMEOUT = 10.0
# Gateway errors and "temporarily unavailable" are worth a second try; a 500 usually is not.
HERHAALBARE_STATUS = frozenset({502, 503, 504})


def _zonder_lege(params: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (params or {}).items() if v is not None and v != ""}


class KoppelingClient:
    """Base for the per-system clients. Subclasses set `systeem` and call `_get` / `_post`."""

    systeem: ClassVar[str] = ""
    # How the system is named in a Dutch sentence: "de BAG", "het Handelsregister".
    systeem_in_zin: ClassVar[str] = "het externe systeem"
    standaard_headers: ClassVar[dict[str, str]] = {}

    def __init__(
        self,
        session: APIClient,
        *,
        timeout: float | None = None,
        retry: RetryBeleid | None = None,
        cache: TTLCache | None = None,
    ) -> None:
        self.session = session
        sessie_timeout = getattr(session, "_request_kwargs", {}).get("timeout")
        self.timeout = timeout or sessie_timeout or STANDAARD_TIMEOUT
        self.retry = retry or RetryBeleid()
        self.cache = cache

    # -- public helpers for subclasses -------------------------------------------------------

    def _get(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        cachebaar: bool = True,
        onderwerp: str = "",
    ) -> Any:
        params = _zonder_lege(params)
        sleutel = None
        if self.cache is not None and cachebaar:
            sleutel = (
                self.session.base_url,
                path,
                tuple(sorted((k, str(v)) for k, v in params.items())),
                tuple(sorted((headers or {}).items())),
            )
            gevonden = self.cache.get(sleutel)
            if gevonden is not ONTBREEKT:
                return gevonden
        antwoord = self._verstuur(
            "GET", path, params=params, headers=headers, herhaalbaar=True, onderwerp=onderwerp
        )
        data = self._json(antwoord)
        if sleutel is not None:
            self.cache.set(sleutel, data)
        return data

    def _post(
        self,
        path: str,
        body: Mapping[str, Any],
        *,
        headers: Mapping[str, str] | None = None,
        herhaalbaar: bool = False,
        onderwerp: str = "",
    ) -> Any:
        antwoord = self._verstuur(
            "POST", path, json=body, headers=headers, herhaalbaar=herhaalbaar, onderwerp=onderwerp
        )
        return self._json(antwoord)

    # -- internals ---------------------------------------------------------------------------

    def _verstuur(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        herhaalbaar: bool,
        onderwerp: str = "",
    ) -> requests.Response:
        alle_headers = {**self.standaard_headers, **(headers or {})}
        wachttijden = iter(self.retry.wachttijden() if herhaalbaar else ())
        while True:
            try:
                antwoord = self.session.request(
                    method,
                    path,
                    params=params,
                    json=json,
                    headers=alle_headers,
                    timeout=self.timeout,
                )
            except requests.ConnectionError as exc:
                # Includes ConnectTimeout and refused connections; only reads get here twice.
                fout: KoppelingFout = KoppelingNietBeschikbaar(
                    self._melding(KoppelingNietBeschikbaar, onderwerp),
                    detail=f"{method} {path}: verbinding mislukt: {exc}",
                    systeem=self.systeem,
                )
            except requests.Timeout as exc:
                # A read timeout is not retried: a slow server is usually a busy one, and the
                # caller (a Celery task) retries later anyway.
                raise KoppelingNietBeschikbaar(
                    self._melding(KoppelingNietBeschikbaar, onderwerp),
                    detail=f"{method} {path}: geen antwoord binnen {self.timeout} s: {exc}",
                    systeem=self.systeem,
                ) from exc
            except InvalidURLError as exc:
                raise KoppelingFout(detail=str(exc), systeem=self.systeem) from exc
            except requests.RequestException as exc:
                raise KoppelingNietBeschikbaar(
                    self._melding(KoppelingNietBeschikbaar, onderwerp),
                    detail=f"{method} {path}: {exc}",
                    systeem=self.systeem,
                ) from exc
            else:
                if antwoord.status_code < 400:
                    return antwoord
                fout = self._fout_voor(method, path, antwoord, onderwerp)
                if antwoord.status_code not in HERHAALBARE_STATUS:
                    raise fout
            wacht = next(wachttijden, None)
            if wacht is None:
                raise fout
            logger.warning(
                "%s niet beschikbaar, opnieuw over %.1f s: %s", self.systeem, wacht, fout
            )
            self.retry.sleep(wacht)

    def _json(self, antwoord: requests.Response) -> Any:
        try:
            return antwoord.json()
        except ValueError as exc:
            raise KoppelingFout(
                detail=f"antwoord is geen JSON ({antwoord.headers.get('Content-Type')})",
                systeem=self.systeem,
                status=antwoord.status_code,
            ) from exc

    def _fout_voor(
        self, method: str, path: str, antwoord: requests.Response, onderwerp: str = ""
    ) -> KoppelingFout:
        status = antwoord.status_code
        try:
            body = antwoord.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        detail = f"{method} {path} -> {status}: {self.beschrijf_fout(body) or antwoord.reason}"
        if status == 404:
            klasse: type[KoppelingFout] = NietGevonden
        elif status == 400:
            klasse = OngeldigVerzoek
        elif status in (401, 403):
            klasse = NietGeautoriseerd
        elif status >= 500 or status == 429:
            klasse = KoppelingNietBeschikbaar
        else:
            klasse = KoppelingFout
        return klasse(
            self._melding(klasse, onderwerp),
            detail=detail,
            systeem=self.systeem,
            status=status,
            fout=body,
        )

    def _melding(self, klasse: type[KoppelingFout], onderwerp: str = "") -> str:
        """A Dutch sentence for the screen: what happened and what the user can do."""
        naam = self.systeem_in_zin
        if klasse is NietGevonden:
            wat = onderwerp or "Het gevraagde gegeven"
            return f"{wat[:1].upper()}{wat[1:]} is niet gevonden in {naam}."
        if klasse is OngeldigVerzoek:
            return f"De vraag aan {naam} is niet geldig. Controleer de invoer."
        if klasse is NietGeautoriseerd:
            return (
                f"CLO heeft geen toegang tot {naam}. Functioneel beheer moet de koppeling "
                "(API-sleutel of certificaat) controleren."
            )
        if klasse is KoppelingNietBeschikbaar:
            return (
                f"{naam[:1].upper()}{naam[1:]} is tijdelijk niet bereikbaar. "
                "De gegevens worden later aangevuld."
            )
        return f"{naam[:1].upper()}{naam[1:]} gaf een onverwachte fout. Probeer het later opnieuw."

    @staticmethod
    def beschrijf_fout(body: dict[str, Any]) -> str:
        """One line from a problem+json body; subclasses override for other error shapes."""
        delen = [str(body[k]) for k in ("title", "code") if body.get(k)]
        params = body.get("invalidParams") or body.get("invalid-params") or []
        namen = [p.get("name", "?") for p in params if isinstance(p, dict)]
        if namen:
            delen.append("ongeldig: " + ", ".join(namen))
        return "; ".join(delen)


def momentopname(gegevens: Any) -> dict[str, Any]:
    """A JSON-safe dict of a mapping dataclass, for storing as a snapshot on a zaak."""

    def _json(waarde: Any) -> Any:
        if isinstance(waarde, dict):
            return {k: _json(v) for k, v in waarde.items()}
        if isinstance(waarde, (list, tuple)):
            return [_json(v) for v in waarde]
        return waarde

    return _json(asdict(gegevens))
