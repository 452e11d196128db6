"""Client for the KVK Handelsregister APIs: Zoeken v2, Basisprofiel v1, Vestigingsprofiel v1.

The zgw-consumers Service's api_root is the common root of the three APIs:
https://api.kvk.nl/api/ (production) or https://api.kvk.nl/test/api/ (test), with the API key
in an `apikey` header. Paths below are relative to that root.
"""

from __future__ import annotations

from typing import Any

from ape_pie import APIClient

from ..basis import KoppelingClient, RetryBeleid, TTLCache
from ..errors import NietGevonden
from .mapping import Basisprofiel, Vestiging, ZoekResultaat, ZoekResultaten

# Handelsregister data change rarely within minutes and KVK charges per request; a short cache
# keeps an autocomplete or a page refresh from paying twice. Kept short (and in memory only) so
# CLO shows the register as it is, not a stale copy.
KVK_CACHE = TTLCache(ttl=300)
GEEN_RESULTATEN = "IPD5200"


class KvkClient(KoppelingClient):
    systeem = "KVK"
    systeem_in_zin = "het Handelsregister (KVK)"
    standaard_headers = {"Accept": "application/json"}

    def __init__(
        self,
        session: APIClient,
        *,
        timeout: float | None = None,
        retry: RetryBeleid | None = None,
        cache: TTLCache | None = KVK_CACHE,
    ) -> None:
        super().__init__(session, timeout=timeout, retry=retry, cache=cache)

    def zoeken(
        self,
        *,
        naam: str | None = None,
        kvk_nummer: str | None = None,
        vestigingsnummer: str | None = None,
        rsin: str | None = None,
        straatnaam: str | None = None,
        plaats: str | None = None,
        postcode: str | None = None,
        huisnummer: int | None = None,
        huisletter: str | None = None,
        type: str | None = None,  # noqa: A002 - the API's parameter name
        pagina: int = 1,
        resultaten_per_pagina: int = 10,
    ) -> ZoekResultaten:
        """Search the register; no match is an empty result, not an error."""
        params = {
            "naam": naam,
            "kvkNummer": kvk_nummer,
            "vestigingsnummer": vestigingsnummer,
            "rsin": rsin,
            "straatnaam": straatnaam,
            "plaats": plaats,
            "postcode": postcode.replace(" ", "").upper() if postcode else None,
            "huisnummer": huisnummer,
            "huisletter": huisletter,
            "type": type,
            "pagina": pagina,
            "resultatenPerPagina": resultaten_per_pagina,
        }
        try:
            data = self._get("v2/zoeken", params)
        except NietGevonden as exc:
            if any(f.get("code") == GEEN_RESULTATEN for f in exc.fout.get("fout", [])):
                return ZoekResultaten(pagina, resultaten_per_pagina, 0, ())
            raise
        return ZoekResultaten(
            pagina=int(data.get("pagina", pagina)),
            per_pagina=int(data.get("resultatenPerPagina", resultaten_per_pagina)),
            totaal=int(data.get("totaal", 0)),
            resultaten=tuple(ZoekResultaat.uit_api(r) for r in data.get("resultaten", [])),
        )

    def basisprofiel(self, kvk_nummer: str, *, geo_data: bool = False) -> Basisprofiel:
        data = self._get(
            f"v1/basisprofielen/{kvk_nummer}",
            {"geoData": "true" if geo_data else None},
            onderwerp=f"het KVK-nummer {kvk_nummer}",
        )
        return Basisprofiel.uit_api(data)

    def vestigingsprofiel(self, vestigingsnummer: str, *, geo_data: bool = False) -> Vestiging:
        data = self._get(
            f"v1/vestigingsprofielen/{vestigingsnummer}",
            {"geoData": "true" if geo_data else None},
            onderwerp=f"de vestiging {vestigingsnummer}",
        )
        return Vestiging.uit_api(data)

    @staticmethod
    def beschrijf_fout(body: dict[str, Any]) -> str:
        fouten = body.get("fout") or []
        return "; ".join(
            f"{f.get('code')}: {f.get('omschrijving')}" for f in fouten if isinstance(f, dict)
        )
