"""Client for the BRP API Personen 2.x (RvIG): RaadpleegMetBurgerservicenummer.

Production: the municipality's BRP API (or the proefomgeving
https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp) with an `X-API-KEY` header.
Callers must ask only the fields they need for the task at hand (dataminimalisatie, AVG); the
field sets below are the usual ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from ape_pie import APIClient

from ..basis import KoppelingClient, RetryBeleid
from ..errors import NietGevonden
from .mapping import Persoon

# A betrokkene on a zaak: who is it, where do letters go.
VELDEN_BETROKKENE = (
    "burgerservicenummer",
    "naam",
    "geslacht",
    "geboorte.datum",
    "overlijden.datum",
    "verblijfplaats",
    "adressering",
)
# Only enough to address a letter.
VELDEN_ADRESSERING = ("burgerservicenummer", "adressering")
MAX_PER_VRAAG = 20  # maxItems of burgerservicenummer in the specification


class BrpClient(KoppelingClient):
    systeem = "BRP"
    systeem_in_zin = "de BRP"
    standaard_headers = {
        "Accept": "application/json",
        "Content-Type": "application/json; charset=utf-8",
    }

    def __init__(
        self,
        session: APIClient,
        *,
        timeout: float | None = None,
        retry: RetryBeleid | None = None,
    ) -> None:
        # No cache, on purpose: these are personal data. Every lookup must go to the BRP so it is
        # protocolled there for the purpose it serves, reflects the registration of this moment,
        # and leaves no copy in process memory beyond what the caller stores deliberately.
        super().__init__(session, timeout=timeout, retry=retry, cache=None)

    def raadpleeg(
        self,
        bsns: Sequence[str] | str,
        fields: Sequence[str],
        *,
        gemeente_van_inschrijving: str | None = None,
    ) -> list[Persoon]:
        """The persons with these BSNs, with only `fields`. Unknown BSNs are simply absent."""
        if isinstance(bsns, str):
            bsns = [bsns]
        personen: list[Persoon] = []
        for start in range(0, len(bsns), MAX_PER_VRAAG):
            body: dict[str, object] = {
                "type": "RaadpleegMetBurgerservicenummer",
                "burgerservicenummer": list(bsns[start : start + MAX_PER_VRAAG]),
                "fields": list(fields),
            }
            if gemeente_van_inschrijving:
                body["gemeenteVanInschrijving"] = gemeente_van_inschrijving
            # POST only keeps BSNs out of URLs and logs; the operation is a read, so a retry
            # after a gateway error is safe.
            data = self._post("personen", body, herhaalbaar=True)
            personen += [Persoon.uit_api(p) for p in data.get("personen", [])]
        return personen

    def persoon(self, bsn: str, fields: Sequence[str] = VELDEN_BETROKKENE) -> Persoon:
        gevonden = self.raadpleeg([bsn], fields)
        if not gevonden:
            # Never put the BSN in a message that may reach a log or a screen of another user.
            raise NietGevonden(
                "De persoon is niet gevonden in de BRP.",
                systeem=self.systeem,
                detail="RaadpleegMetBurgerservicenummer gaf geen persoon terug",
            )
        return gevonden[0]
