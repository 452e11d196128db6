"""Fake of the Kadaster BRK-Bevragen API v2, speaking its wire format.

Paths as under https://api.brk.kadaster.nl/esd/bevragen/v2 (mounted at any root), header
`X-Api-Key`, HAL JSON, problem+json errors with `invalidParams`. Implemented:
GET /kadastraalonroerendezaken (postcode [+huisnummer, huisletter, huisnummertoevoeging],
nummeraanduidingIdentificatie, kadastraleAanduiding, kadastraleAanduidingMetGemeentecode),
GET /kadastraalonroerendezaken/{id} [?expand=zakelijkGerechtigden],
GET /kadastraalonroerendezaken/{id}/zakelijkgerechtigden[/{zgId}]. `fields` is not applied.
"""

from __future__ import annotations

from typing import Any

from ..fakes.haalcentraal import HaalCentraalFake, controleer_geheel_getal, controleer_patroon, link
from ..fakes.wsgi import Request, Response
from .fake_json import gerechtigde_json, koz_json
from .fakedata import FakeKoz, brk_data

CATEGORIEEN = {
    "adres": ("postcode", "huisnummer", "huisletter", "huisnummertoevoeging"),
    "nummeraanduiding": ("nummeraanduidingIdentificatie",),
    "aanduiding": ("kadastraleAanduiding",),
    "aanduidingMetGemeentecode": ("kadastraleAanduidingMetGemeentecode",),
    "persoon": ("persoon__identificatie",),
}


class BrkFake(HaalCentraalFake):
    naam = "BRK"
    auth_header = "X-Api-Key"
    api_versie = "2.0.0"

    def __init__(self, data: dict[str, FakeKoz] | None = None, **kwargs: Any) -> None:
        self.zaken = data if data is not None else brk_data()
        super().__init__(**kwargs)

    def routes(self) -> None:
        r = self.router
        r.add("GET", "/kadastraalonroerendezaken", self.zoek)
        r.add("GET", "/kadastraalonroerendezaken/{koz_id}", self.raadpleeg)
        r.add("GET", "/kadastraalonroerendezaken/{koz_id}/zakelijkgerechtigden", self.gerechtigden)
        r.add(
            "GET",
            "/kadastraalonroerendezaken/{koz_id}/zakelijkgerechtigden/{zg_id}",
            self.gerechtigde,
        )

    def _hal(self, body: dict[str, Any]) -> Response:
        return self.hal(body, [("Content-Crs", "epsg:28992")])

    def zoek(self, request: Request) -> Response:
        arg = request.arg
        gebruikt = [c for c, namen in CATEGORIEEN.items() if any(arg(n) for n in namen)]
        if not gebruikt:
            return self.params_vereist(request)
        if len(gebruikt) > 1:
            return self.fout(
                request,
                400,
                code="unsupportedCombination",
                titel="De combinatie van opgegeven parameters is niet toegestaan.",
            )
        fout = self.ongeldig(
            request,
            [
                controleer_patroon(
                    "postcode", arg("postcode"), r"^[1-9][0-9][0-9][0-9][A-Z][A-Z]$"
                ),
                controleer_geheel_getal("huisnummer", arg("huisnummer"), 1, 99999),
                controleer_patroon("huisletter", arg("huisletter"), r"^[a-zA-Z]$"),
                controleer_patroon(
                    "huisnummertoevoeging", arg("huisnummertoevoeging"), r"^([a-z,A-Z,0-9]){1,4}$"
                ),
                controleer_patroon(
                    "nummeraanduidingIdentificatie",
                    arg("nummeraanduidingIdentificatie"),
                    r"^[0-9]{16}$",
                ),
            ],
        )
        if fout:
            return fout
        if gebruikt == ["adres"] and not arg("postcode"):
            return self.fout(
                request,
                400,
                code="paramsCombination",
                titel="Minimale combinatie van parameters moet worden opgegeven.",
            )
        gevonden = [k for k in self.zaken.values() if self._past(request, k)]
        met = "zakelijkGerechtigden" in (arg("expand") or "")
        return self._hal(
            {
                "_links": {"self": link(request.url)},
                "_embedded": {
                    "kadastraalOnroerendeZaken": [
                        koz_json(k, request.base_url, met_gerechtigden=met) for k in gevonden
                    ]
                },
            }
        )

    @staticmethod
    def _past(request: Request, koz: FakeKoz) -> bool:
        arg = request.arg
        if arg("kadastraleAanduiding"):
            return koz.kadastrale_aanduiding.lower() == arg("kadastraleAanduiding").lower()
        if arg("kadastraleAanduidingMetGemeentecode"):
            return koz.aanduiding_met_gemeentecode == arg("kadastraleAanduidingMetGemeentecode")
        if arg("persoon__identificatie"):
            return any(zg.persoon_id == arg("persoon__identificatie") for zg in koz.gerechtigden)
        for a in koz.adressen:
            if arg("nummeraanduidingIdentificatie"):
                if a.nummeraanduiding_id == arg("nummeraanduidingIdentificatie"):
                    return True
                continue
            if a.postcode != arg("postcode"):
                continue
            if arg("huisnummer") and a.huisnummer != int(arg("huisnummer")):
                continue
            if arg("huisletter") and (a.huisletter or "").lower() != arg("huisletter").lower():
                continue
            if (
                arg("huisnummertoevoeging")
                and (a.toevoeging or "").lower() != arg("huisnummertoevoeging").lower()
            ):
                continue
            return True
        return False

    def raadpleeg(self, request: Request, koz_id: str) -> Response:
        koz = self.zaken.get(koz_id)
        if koz is None:
            return self.niet_gevonden(request)
        met = "zakelijkGerechtigden" in (request.arg("expand") or "")
        return self._hal(koz_json(koz, request.base_url, met_gerechtigden=met))

    def gerechtigden(self, request: Request, koz_id: str) -> Response:
        koz = self.zaken.get(koz_id)
        if koz is None:
            return self.niet_gevonden(request)
        soort = request.arg("type")
        return self._hal(
            {
                "_links": {"self": link(request.url)},
                "_embedded": {
                    "zakelijkGerechtigden": [
                        gerechtigde_json(koz, zg, request.base_url)
                        for zg in koz.gerechtigden
                        if not soort or zg.type == soort
                    ]
                },
            }
        )

    def gerechtigde(self, request: Request, koz_id: str, zg_id: str) -> Response:
        koz = self.zaken.get(koz_id)
        zg = next((z for z in koz.gerechtigden if z.identificatie == zg_id), None) if koz else None
        if koz is None or zg is None:
            return self.niet_gevonden(request)
        return self._hal(gerechtigde_json(koz, zg, request.base_url))


def make_app(**kwargs: Any) -> BrkFake:
    return BrkFake(**kwargs)
