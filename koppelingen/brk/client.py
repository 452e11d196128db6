"""Client for the Kadaster BRK-Bevragen API v2.

Production api_root: https://api.brk.kadaster.nl/esd/bevragen/v2/ with `X-Api-Key` and a
PKIoverheid client certificate (both configured on the zgw-consumers Service).
"""

from __future__ import annotations

from typing import Any

from ape_pie import APIClient

from ..basis import KoppelingClient, RetryBeleid
from .mapping import OnroerendeZaak, ZakelijkGerechtigde

RD = {"Accept-Crs": "epsg:28992"}


class BrkClient(KoppelingClient):
    systeem = "BRK"
    systeem_in_zin = "de BRK (Kadaster)"
    standaard_headers = {"Accept": "application/hal+json"}

    def __init__(
        self,
        session: APIClient,
        *,
        timeout: float | None = None,
        retry: RetryBeleid | None = None,
    ) -> None:
        # No cache: owners are personal data (names, BSNs) and Kadaster bills and logs each
        # bevraging for its stated purpose; a zaak stores what it needs as a snapshot instead.
        super().__init__(session, timeout=timeout, retry=retry, cache=None)

    def onroerende_zaak(self, koz_id: str, *, met_gerechtigden: bool = False) -> OnroerendeZaak:
        data = self._get(
            f"kadastraalonroerendezaken/{koz_id}",
            {"expand": "zakelijkGerechtigden" if met_gerechtigden else None},
            headers=RD,
            onderwerp=f"de kadastrale onroerende zaak {koz_id}",
        )
        return OnroerendeZaak.uit_api(data)

    def zoek_onroerende_zaken(
        self,
        postcode: str | None = None,
        huisnummer: int | None = None,
        huisletter: str | None = None,
        toevoeging: str | None = None,
        *,
        nummeraanduiding_id: str | None = None,
        kadastrale_aanduiding: str | None = None,
        met_gerechtigden: bool = False,
    ) -> list[OnroerendeZaak]:
        """By address (postcode [+ huisnummer ...]), by BAG nummeraanduiding or by kadastrale
        aanduiding ("Dokkum B 1459"); the API allows exactly one of these categories."""
        params: dict[str, Any] = {
            "postcode": postcode.replace(" ", "").upper() if postcode else None,
            "huisnummer": huisnummer,
            "huisletter": huisletter,
            "huisnummertoevoeging": toevoeging,
            "nummeraanduidingIdentificatie": nummeraanduiding_id,
            "kadastraleAanduiding": kadastrale_aanduiding,
            "expand": "zakelijkGerechtigden" if met_gerechtigden else None,
        }
        data = self._get("kadastraalonroerendezaken", params, headers=RD)
        zaken = (data.get("_embedded") or {}).get("kadastraalOnroerendeZaken", [])
        return [OnroerendeZaak.uit_api(z) for z in zaken]

    def zakelijk_gerechtigden(self, koz_id: str) -> list[ZakelijkGerechtigde]:
        data = self._get(
            f"kadastraalonroerendezaken/{koz_id}/zakelijkgerechtigden",
            headers=RD,
            onderwerp=f"de kadastrale onroerende zaak {koz_id}",
        )
        return [
            ZakelijkGerechtigde.uit_api(z)
            for z in (data.get("_embedded") or {}).get("zakelijkGerechtigden", [])
        ]
