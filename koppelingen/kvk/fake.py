"""Fake of the KVK Handelsregister APIs: Zoeken v2, Basisprofiel v1 and Vestigingsprofiel v1.

Mounted where https://api.kvk.nl/api/ (or /test/api/) would be: /v2/zoeken,
/v1/basisprofielen/{kvkNummer}[/hoofdvestiging|/eigenaar|/vestigingen],
/v1/vestigingsprofielen/{vestigingsnummer}. Header `apikey`. Errors use KVK's
{"fout": [{"code": "IPD....", "omschrijving": ...}]} shape with the IPD codes KVK documents;
"no results" is a 404 with IPD5200, as the real service answers.
"""

from __future__ import annotations

import re
from typing import Any

from ..fakes.base import FakeApi
from ..fakes.wsgi import Request, Response
from . import fake_json, fake_zoeken
from .fakedata import FOUTMELDING, FakeOnderneming, ondernemingen, vestiging

HAL = "application/hal+json"


class KvkFake(FakeApi):
    naam = "KVK"
    auth_header = "apikey"

    def routes(self) -> None:
        r = self.router
        r.add("GET", "/v2/zoeken", self.zoeken)
        r.add("GET", "/v1/basisprofielen/{kvk_nummer}", self.basisprofiel)
        r.add("GET", "/v1/basisprofielen/{kvk_nummer}/hoofdvestiging", self.hoofdvestiging)
        r.add("GET", "/v1/basisprofielen/{kvk_nummer}/eigenaar", self.eigenaar)
        r.add("GET", "/v1/basisprofielen/{kvk_nummer}/vestigingen", self.vestigingen)
        r.add("GET", "/v1/vestigingsprofielen/{vestigingsnummer}", self.vestigingsprofiel)

    # -- errors in KVK's shape ------------------------------------------------------------------

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
        return Response(status, {"fout": [{"code": code, "omschrijving": titel}]})

    def niet_gevonden(self, request: Request) -> Response:
        return self.fout(request, 404, code="IPD0001", titel="Het gevraagde product bestaat niet.")

    def niet_geauthenticeerd(self, request: Request) -> Response:
        # The specification only describes the body shape for 401; no IPD code is documented.
        return self.fout(request, 401, code="401", titel="Geen of onjuiste apikey aangeleverd")

    def niet_beschikbaar(self, request: Request) -> Response:
        return self.fout(
            request,
            503,
            code="IPD1003",
            titel="De gegevens zijn tijdelijk niet "
            "leverbaar. Probeer het over 5 minuten nog een keer.",
        )

    def _ongeldig(self, request: Request, namen: list[str]) -> Response:
        return self.fout(
            request,
            400,
            code="IPD1999",
            titel=f"De volgende opgegeven parameter(s) is(zijn) ongeldig: {', '.join(namen)}",
        )

    # -- Zoeken v2 ------------------------------------------------------------------------------

    def zoeken(self, request: Request) -> Response:
        ongeldig = fake_zoeken.ongeldige_parameters(request)
        if ongeldig:
            return self._ongeldig(request, ongeldig)
        if not fake_zoeken.heeft_criterium(request):
            return self.fout(request, 400, code="IPD1998", titel="Algemene invoer parameter fout.")
        items = fake_zoeken.resultaten(request)
        if not items:
            return self.fout(
                request,
                404,
                code="IPD5200",
                titel="Er zijn geen gegevens gevonden die voldoen aan de opgegeven zoekparameters.",
            )
        return Response(200, fake_zoeken.pagina(request, items))

    # -- Basisprofiel and Vestigingsprofiel -----------------------------------------------------

    def _onderneming(self, request: Request, kvk_nummer: str) -> FakeOnderneming | Response:
        if not re.fullmatch(r"[0-9]{8}", kvk_nummer):
            return self.fout(
                request, 400, code="IPD0004", titel=f"Het KVK-nummer {kvk_nummer} is niet valide."
            )
        if kvk_nummer == FOUTMELDING:
            return self.fout(request, 500, code="IPD9999", titel="Algemene technische fout.")
        gevonden = ondernemingen().get(kvk_nummer)
        return gevonden or self.fout(
            request,
            404,
            code="IPD0005",
            titel=f"Op basis van het KVK-nummer {kvk_nummer} kan het product niet worden geleverd.",
        )

    def basisprofiel(self, request: Request, kvk_nummer: str) -> Response:
        o = self._onderneming(request, kvk_nummer)
        if isinstance(o, Response):
            return o
        geo = request.arg("geoData") == "true"
        return Response(200, fake_json.basisprofiel(o, request.base_url, geo=geo), HAL)

    def hoofdvestiging(self, request: Request, kvk_nummer: str) -> Response:
        o = self._onderneming(request, kvk_nummer)
        if isinstance(o, Response):
            return o
        if o.hoofdvestiging is None:
            return self.fout(
                request,
                404,
                code="IPD0005",
                titel="Op basis van het KVK-nummer "
                f"{kvk_nummer} kan het product niet worden geleverd.",
            )
        geo = request.arg("geoData") == "true"
        return Response(
            200, fake_json.vestiging(o, o.hoofdvestiging, request.base_url, geo=geo), HAL
        )

    def eigenaar(self, request: Request, kvk_nummer: str) -> Response:
        o = self._onderneming(request, kvk_nummer)
        if isinstance(o, Response):
            return o
        return Response(
            200, fake_json.basisprofiel(o, request.base_url)["_embedded"]["eigenaar"], HAL
        )

    def vestigingen(self, request: Request, kvk_nummer: str) -> Response:
        o = self._onderneming(request, kvk_nummer)
        if isinstance(o, Response):
            return o
        lijst = [
            {
                "vestigingsnummer": v.vestigingsnummer,
                "kvkNummer": o.kvk_nummer,
                "eersteHandelsnaam": v.naam,
                "indHoofdvestiging": "Ja" if v.hoofdvestiging else "Nee",
                "indAdresAfgeschermd": "Nee",
                "indCommercieleVestiging": "Ja",
                "volledigAdres": fake_json.adres(v, geo=False)["volledigAdres"],
            }
            for v in o.vestigingen
        ]
        return Response(
            200,
            {
                "kvkNummer": o.kvk_nummer,
                "aantalCommercieleVestigingen": len(lijst),
                "aantalNietCommercieleVestigingen": 0,
                "totaalAantalVestigingen": len(lijst),
                "vestigingen": lijst,
            },
            HAL,
        )

    def vestigingsprofiel(self, request: Request, vestigingsnummer: str) -> Response:
        if not re.fullmatch(r"[0-9]{12}", vestigingsnummer):
            return self.fout(
                request,
                400,
                code="IPD0006",
                titel=f"Het vestigingsnummer {vestigingsnummer} is niet valide.",
            )
        gevonden = vestiging(vestigingsnummer)
        if gevonden is None:
            return self.fout(
                request,
                404,
                code="IPD0007",
                titel="Op basis van het "
                f"vestigingsnummer {vestigingsnummer} kan het product niet worden "
                "geleverd.",
            )
        o, v = gevonden
        geo = request.arg("geoData") == "true"
        return Response(200, fake_json.vestiging(o, v, request.base_url, geo=geo), HAL)


def make_app(**kwargs: Any) -> KvkFake:
    return KvkFake(**kwargs)
