"""Fake of the BAG API Individuele Bevragingen v2 (Kadaster), speaking its wire format.

Paths as on https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2/ (mounted at any root),
header `X-Api-Key`, HAL JSON, problem+json errors with `invalid-params`. Implemented: /adressen
(postcode+huisnummer, q, pandIdentificatie, adresseerbaarObjectIdentificatie,
woonplaatsNaam+openbareRuimteNaam+huisnummer), /adressen/{id}, /nummeraanduidingen/{id},
/verblijfsobjecten/{id}, /panden/{id}, /woonplaatsen/{id}, /openbareruimten/{id}.
"""

from __future__ import annotations

from typing import Any

from ..fakes.haalcentraal import (
    HaalCentraalFake,
    ParamFout,
    controleer_patroon,
    pagineer,
)
from ..fakes.wsgi import Request, Response
from . import fake_json
from .fake_zoeken import PAND, zoek_adressen
from .fakedata import WOONPLAATSEN, BagData, FakeAdres, bag_data

NUMMERAANDUIDING = r"^[0-9]{4}20[0-9]{10}$"
VERBLIJFSOBJECT = r"^[0-9]{4}01[0-9]{10}$"
_STATUS_TEKST = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    500: "Internal server error",
    503: "Service Unavailable",
    406: "Not Acceptable",
    405: "Method Not Allowed",
}
_SECTIE = {
    400: "10.4.1",
    401: "10.4.2",
    404: "10.4.5",
    405: "10.4.6",
    406: "10.4.7",
    500: "10.5.1",
    503: "10.5.4",
}


class BagFake(HaalCentraalFake):
    naam = "BAG"
    auth_header = "X-Api-Key"
    api_versie = "2.6.0"
    invalid_params_sleutel = "invalid-params"

    def __init__(self, data: BagData | None = None, **kwargs: Any) -> None:
        self.data = data or bag_data()
        super().__init__(**kwargs)

    def fout_type(self, status: int) -> str:
        # The BAG specification's examples use this (odd) form of the RFC 2616 reference.
        sectie = _SECTIE.get(status, "10.5.1")
        return (
            f"https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/{sectie} "
            f"{status} {_STATUS_TEKST.get(status, '')}"
        )

    def routes(self) -> None:
        r = self.router
        r.add("GET", "/adressen", self.adressen)
        r.add("GET", "/adressen/{nummeraanduiding_id}", self.adres)
        r.add("GET", "/nummeraanduidingen/{nummeraanduiding_id}", self.nummeraanduiding)
        r.add("GET", "/verblijfsobjecten/{identificatie}", self.verblijfsobject)
        r.add("GET", "/panden/{identificatie}", self.pand)
        r.add("GET", "/woonplaatsen/{identificatie}", self.woonplaats)
        r.add("GET", "/openbareruimten/{identificatie}", self.openbare_ruimte)

    # -- collection ----------------------------------------------------------------------------

    def adressen(self, request: Request) -> Response:
        gevonden = zoek_adressen(self, request)
        if isinstance(gevonden, Response):
            return gevonden
        pagina = pagineer(request, gevonden)
        if isinstance(pagina, ParamFout):
            return self.ongeldig(request, [pagina])
        items, links, headers = pagina
        base = request.base_url
        return self.hal(
            {
                "_links": links,
                "_embedded": {"adressen": [fake_json.adres(a, self.data, base) for a in items]},
            },
            headers,
        )

    # -- single resources ----------------------------------------------------------------------

    def _adres_of_fout(
        self, request: Request, ident: str, patroon: str, naam: str, veld: str
    ) -> FakeAdres | Response:
        fout = self.ongeldig(request, [controleer_patroon(naam, ident, patroon)])
        if fout:
            return fout
        gevonden = next((a for a in self.data.adressen if getattr(a, veld) == ident), None)
        return gevonden or self.niet_gevonden(request)

    def adres(self, request: Request, nummeraanduiding_id: str) -> Response:
        a = self._adres_of_fout(
            request,
            nummeraanduiding_id,
            NUMMERAANDUIDING,
            "nummeraanduidingidentificatie",
            "nummeraanduiding_id",
        )
        return (
            a
            if isinstance(a, Response)
            else self.hal(fake_json.adres(a, self.data, request.base_url))
        )

    def nummeraanduiding(self, request: Request, nummeraanduiding_id: str) -> Response:
        a = self._adres_of_fout(
            request,
            nummeraanduiding_id,
            NUMMERAANDUIDING,
            "nummeraanduidingidentificatie",
            "nummeraanduiding_id",
        )
        return (
            a
            if isinstance(a, Response)
            else self.hal(fake_json.nummeraanduiding(a, request.base_url))
        )

    def verblijfsobject(self, request: Request, identificatie: str) -> Response:
        crs = self._crs_fout(request)
        if crs:
            return crs
        a = self._adres_of_fout(
            request, identificatie, VERBLIJFSOBJECT, "identificatie", "verblijfsobject_id"
        )
        if isinstance(a, Response):
            return a
        return self.hal(
            fake_json.verblijfsobject(a, self.data, request.base_url),
            [("Content-Crs", "epsg:28992")],
        )

    def pand(self, request: Request, identificatie: str) -> Response:
        fout = self._crs_fout(request) or self.ongeldig(
            request, [controleer_patroon("identificatie", identificatie, PAND)]
        )
        if fout:
            return fout
        pand = self.data.panden.get(identificatie)
        if pand is None:
            return self.niet_gevonden(request)
        return self.hal(fake_json.pand(pand, request.base_url), [("Content-Crs", "epsg:28992")])

    def woonplaats(self, request: Request, identificatie: str) -> Response:
        for naam, (code, _) in WOONPLAATSEN.items():
            if code == identificatie:
                return self.hal(fake_json.woonplaats(naam, code, request.base_url))
        return self.niet_gevonden(request)

    def openbare_ruimte(self, request: Request, identificatie: str) -> Response:
        a = next((a for a in self.data.adressen if a.openbare_ruimte_id == identificatie), None)
        if a is None:
            return self.niet_gevonden(request)
        return self.hal(fake_json.openbare_ruimte(a, request.base_url))

    def _crs_fout(self, request: Request) -> Response | None:
        crs = request.header("Accept-Crs")
        if crs and crs.lower() != "epsg:28992":
            return self.fout(
                request,
                406,
                code="crsNotAcceptable",
                titel=f"Gevraagde coördinatenstelsel {crs} wordt niet ondersteund.",
            )
        return None


def make_app(**kwargs: Any) -> BagFake:
    return BagFake(**kwargs)
