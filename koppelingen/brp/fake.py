"""Fake of the BRP API Personen 2.x (RvIG), speaking its wire format.

`POST /personen` with a JSON body {"type": ..., "fields": [...], ...}; the proefomgeving expects
the API key in an `X-API-KEY` header (the OpenAPI file declares no security scheme; HTTP header
names are case-insensitive anyway). Implemented: RaadpleegMetBurgerservicenummer with the
documented validation (raadpleeg-met-burgerservicenummer/fout-cases.feature) and `fields`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from ..fakes.haalcentraal import ONGELDIG_TITEL, HaalCentraalFake
from ..fakes.wsgi import Request, Response
from .fake_json import persoon
from .fakedata import FakePersoon, personen
from .fields import VELD_PATROON, filter_persoon, toegestane_velden

JSON = "application/json; charset=utf-8"
ZOEKTYPEN = {
    "RaadpleegMetBurgerservicenummer",
    "ZoekMetGeslachtsnaamEnGeboortedatum",
    "ZoekMetNaamEnGemeenteVanInschrijving",
    "ZoekMetPostcodeEnHuisnummer",
    "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving",
    "ZoekMetNummeraanduidingIdentificatie",
    "ZoekMetAdresseerbaarObjectIdentificatie",
}
RAADPLEEG_PARAMETERS = {"type", "fields", "burgerservicenummer", "gemeenteVanInschrijving"}
_RFC = {
    400: "rfc7231#section-6.5.1",
    401: "rfc7235#section-3.1",
    403: "rfc7231#section-6.5.3",
    404: "rfc7231#section-6.5.4",
    405: "rfc7231#section-6.5.5",
    500: "rfc7231#section-6.6.1",
    503: "rfc7231#section-6.6.4",
}


def _param(naam: str, code: str, reden: str) -> dict[str, str]:
    return {
        "type": f"https://datatracker.ietf.org/doc/html/{_RFC[400]}",
        "name": naam,
        "code": code,
        "reason": reden,
    }


class BrpFake(HaalCentraalFake):
    naam = "BRP"
    auth_header = "X-API-KEY"
    api_versie = "2.7.0"

    def __init__(
        self, data: dict[str, FakePersoon] | None = None, vandaag: date | None = None, **kwargs: Any
    ) -> None:
        self.personen = data if data is not None else personen()
        self.vandaag = vandaag
        super().__init__(**kwargs)

    def fout_type(self, status: int) -> str:
        return f"https://datatracker.ietf.org/doc/html/{_RFC.get(status, _RFC[500])}"

    def fout_instance(self, request: Request) -> str:
        return urlsplit(request.url).path

    def routes(self) -> None:
        self.router.add("POST", "/personen", self.zoek_personen)

    def _ongeldig(self, request: Request, params: list[dict[str, str]]) -> Response:
        namen = ", ".join(p["name"] for p in params)
        return self.fout(
            request,
            400,
            titel=ONGELDIG_TITEL,
            code="paramsValidation",
            detail=f"De foutieve parameter(s) zijn: {namen}.",
            invalid_params=params,
        )

    def zoek_personen(self, request: Request) -> Response:
        try:
            body = request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return self.fout(
                request, 400, titel="Request body is geen geldige JSON.", code="paramsValidation"
            )
        fouten = self._controleer_algemeen(body)
        if body.get("type") == "RaadpleegMetBurgerservicenummer":
            fouten += self._controleer_raadpleeg(body)
        elif not fouten:
            # Valid in the real API, not (yet) needed by CLO, so not in the fake.
            fouten = [_param("type", "value", "Zoektype wordt niet ondersteund door de nep-BRP.")]
        if fouten:
            return self._ongeldig(request, fouten)
        gemeente = body.get("gemeenteVanInschrijving")
        gevonden = []
        for bsn in dict.fromkeys(body["burgerservicenummer"]):  # each person once
            p = self.personen.get(bsn)
            if p is None:
                continue
            volledig = persoon(p, self.vandaag)
            if gemeente and volledig["gemeenteVanInschrijving"]["code"] != gemeente:
                continue
            gevonden.append(filter_persoon(volledig, body["fields"]))
        return Response(200, {"type": body["type"], "personen": gevonden}, JSON)

    def _controleer_algemeen(self, body: dict[str, Any]) -> list[dict[str, str]]:
        fouten = []
        if body.get("type") not in ZOEKTYPEN:
            reden = (
                "Parameter is verplicht."
                if "type" not in body
                else "Waarde heeft geen geldige waarde uit de enumeratie."
            )
            fouten.append(_param("type", "required" if "type" not in body else "value", reden))
        velden = body.get("fields")
        if velden is None:
            fouten.append(_param("fields", "required", "Parameter is verplicht."))
        elif not isinstance(velden, list):
            fouten.append(_param("fields", "array", "Parameter is geen array."))
        elif not velden:
            fouten.append(_param("fields", "minItems", "Array bevat minder dan 1 items."))
        elif len(velden) > 130:
            fouten.append(_param("fields", "maxItems", "Array bevat meer dan 130 items."))
        else:
            toegestaan = toegestane_velden()
            for i, veld in enumerate(velden):
                if not isinstance(veld, str) or not re.fullmatch(VELD_PATROON, veld):
                    fouten.append(
                        _param(
                            f"fields[{i}]",
                            "pattern",
                            f"Waarde voldoet niet aan patroon {VELD_PATROON}.",
                        )
                    )
                elif veld not in toegestaan:
                    fouten.append(
                        _param(
                            f"fields[{i}]", "fields", "Parameter bevat een niet bestaande veldnaam."
                        )
                    )
        return fouten

    def _controleer_raadpleeg(self, body: dict[str, Any]) -> list[dict[str, str]]:
        fouten = [
            _param(naam, "unknownParam", "Parameter is niet verwacht.")
            for naam in body
            if naam not in RAADPLEEG_PARAMETERS
        ]
        bsns = body.get("burgerservicenummer")
        if bsns is None:
            fouten.append(_param("burgerservicenummer", "required", "Parameter is verplicht."))
        elif not isinstance(bsns, list):
            fouten.append(_param("burgerservicenummer", "array", "Parameter is geen array."))
        elif not bsns:
            fouten.append(
                _param("burgerservicenummer", "minItems", "Array bevat minder dan 1 items.")
            )
        elif len(bsns) > 20:
            fouten.append(
                _param("burgerservicenummer", "maxItems", "Array bevat meer dan 20 items.")
            )
        else:
            fouten += [
                _param(
                    f"burgerservicenummer[{i}]",
                    "pattern",
                    "Waarde voldoet niet aan patroon ^[0-9]{9}$.",
                )
                for i, bsn in enumerate(bsns)
                if not isinstance(bsn, str) or not re.fullmatch(r"[0-9]{9}", bsn)
            ]
        gemeente = body.get("gemeenteVanInschrijving")
        if gemeente is not None and not re.fullmatch(r"[0-9]{4}", str(gemeente)):
            fouten.append(
                _param(
                    "gemeenteVanInschrijving",
                    "pattern",
                    "Waarde voldoet niet aan patroon ^[0-9]{4}$.",
                )
            )
        return fouten


def make_app(**kwargs: Any) -> BrpFake:
    return BrpFake(**kwargs)
