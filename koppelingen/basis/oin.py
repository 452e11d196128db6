"""Clients of DSO-LV APIs that identify the caller by its OIN, kept one per koppeling per process.

Against DSO-LV every new HTTP session costs a TLS handshake with the PKIoverheid certificate,
several per verzoek or notificatie round; reusing one client (and its open connections) per
koppeling saves them.
"""

from __future__ import annotations

from typing import Any

from .beleid import ONTBREEKT, TTLCache
from .client import KoppelingClient

CLIENT_TTL = 300  # seconds
_clients = TTLCache(ttl=CLIENT_TTL, max_items=64)


class OinKoppelingClient(KoppelingClient):
    """A KoppelingClient that sends the tenant's OIN in a header (name configurable per koppeling)."""

    def __init__(self, session, *, oin: str, oin_header: str = "x-oin", **kwargs: Any) -> None:
        super().__init__(session, **kwargs)
        self.oin = oin
        self.standaard_headers = {"Accept": "application/json", oin_header: oin}

    @classmethod
    def voor_koppeling(cls, koppeling):
        """The client of `koppeling` (with `service` and `organisatie`), shared within the process.
        The key holds every setting of the koppeling and its Service, so a change in the admin
        gives a new client at once; a certificate file replaced under the same certificate row is
        picked up when the entry expires (CLIENT_TTL)."""
        from zgw_consumers.client import build_client

        service = koppeling.service
        sleutel = (
            cls,
            koppeling.pk,
            koppeling.organisatie.oin,
            koppeling.oin_header,
            tuple(getattr(service, veld.attname) for veld in service._meta.concrete_fields),
        )
        client = _clients.get(sleutel)
        if client is ONTBREEKT:
            client = cls(build_client(service), oin=koppeling.organisatie.oin, oin_header=koppeling.oin_header)
            _clients.set(sleutel, client)
        return client
