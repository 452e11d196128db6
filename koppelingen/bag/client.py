"""Client for the BAG API Individuele Bevragingen v2 (Kadaster).

Production api_root: https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/ with an
`X-Api-Key` header (zgw-consumers Service, auth type "API key"). Geometry is asked in RD New.
"""

from __future__ import annotations

from typing import Any

from ape_pie import APIClient

from ..basis import KoppelingClient, RetryBeleid, TTLCache
from .mapping import Adres, Nummeraanduiding, Pand, Verblijfsobject

# The BAG is open data without restrictions on re-use, so a few minutes of caching is allowed;
# it saves the 50 requests/s and 50,000 requests/day quota (Beperkingen gebruik BAG API) when
# a case handler types an address and the autocomplete fires on every key stroke.
BAG_CACHE = TTLCache(ttl=300)
RD = {"Accept-Crs": "epsg:28992"}


class BagClient(KoppelingClient):
    systeem = "BAG"
    systeem_in_zin = "de BAG"
    standaard_headers = {"Accept": "application/hal+json"}

    def __init__(
        self,
        session: APIClient,
        *,
        timeout: float | None = None,
        retry: RetryBeleid | None = None,
        cache: TTLCache | None = BAG_CACHE,
    ) -> None:
        super().__init__(session, timeout=timeout, retry=retry, cache=cache)

    def zoek_adressen(
        self,
        postcode: str,
        huisnummer: int,
        huisletter: str | None = None,
        toevoeging: str | None = None,
        *,
        exacte_match: bool = False,
    ) -> list[Adres]:
        """Addresses at postcode + huisnummer; without exacte_match also the ones with a letter
        or toevoeging that was not asked for (the BAG's default)."""
        data = self._get(
            "adressen",
            {
                "postcode": postcode.replace(" ", "").upper(),
                "huisnummer": huisnummer,
                "huisletter": huisletter,
                "huisnummertoevoeging": toevoeging,
                "exacteMatch": "true" if exacte_match else None,
                "pageSize": 100,
            },
        )
        return self._adressen(data)

    def zoek_adressen_vrij(self, zoekterm: str, aantal: int = 20) -> list[Adres]:
        """Free-text search ("grote breedstraat 3 dokkum") for an address autocomplete.

        Uses `GET /adressen?q=`; the older `/adressen/zoek` is deprecated in the specification.
        """
        data = self._get("adressen", {"q": zoekterm.strip(), "pageSize": max(10, min(aantal, 100))})
        return self._adressen(data)[:aantal]

    def adres(self, nummeraanduiding_id: str) -> Adres:
        data = self._get(
            f"adressen/{nummeraanduiding_id}",
            onderwerp=f"het adres met nummeraanduiding {nummeraanduiding_id}",
        )
        return Adres.uit_api(data)

    def adressen_in_pand(self, pand_id: str) -> list[Adres]:
        return self._adressen(
            self._get("adressen", {"pandIdentificatie": pand_id, "pageSize": 100})
        )

    def nummeraanduiding(self, nummeraanduiding_id: str) -> Nummeraanduiding:
        data = self._get(
            f"nummeraanduidingen/{nummeraanduiding_id}",
            onderwerp=f"de nummeraanduiding {nummeraanduiding_id}",
        )
        return Nummeraanduiding.uit_api(data)

    def verblijfsobject(self, verblijfsobject_id: str) -> Verblijfsobject:
        data = self._get(
            f"verblijfsobjecten/{verblijfsobject_id}",
            headers=RD,
            onderwerp=f"het verblijfsobject {verblijfsobject_id}",
        )
        return Verblijfsobject.uit_api(data)

    def pand(self, pand_id: str) -> Pand:
        data = self._get(f"panden/{pand_id}", headers=RD, onderwerp=f"het pand {pand_id}")
        return Pand.uit_api(data)

    @staticmethod
    def _adressen(data: dict[str, Any]) -> list[Adres]:
        return [Adres.uit_api(a) for a in (data.get("_embedded") or {}).get("adressen", [])]
