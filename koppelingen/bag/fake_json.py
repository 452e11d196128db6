"""Render the fake BAG objects in the BAG API Individuele Bevragingen v2 (2.6.0) shapes:
AdresIOHal, NummeraanduidingIOHal, VerblijfsobjectIOHal, PandIOHal, WoonplaatsIOHal,
OpenbareRuimteIOHal. HAL links are absolute, as in the real API."""

from __future__ import annotations

from typing import Any

from ..fakes.haalcentraal import link
from .fakedata import BagData, FakeAdres, FakePand


def _voorkomen(jaar: int) -> dict[str, Any]:
    datum = f"{max(jaar, 2010)}-03-01"
    return {
        "tijdstipRegistratie": f"{datum}T10:00:00",
        "versie": 1,
        "beginGeldigheid": datum,
        "tijdstipRegistratieLV": f"{datum}T10:05:12.345",
    }


def _document(jaar: int, kenmerk: str) -> dict[str, str]:
    jaar = max(jaar, 2010)
    return {"documentdatum": f"{jaar}-03-01", "documentnummer": f"BAG-{jaar}-{kenmerk}"}


def adres(a: FakeAdres, data: BagData, base: str) -> dict[str, Any]:
    pand = data.pand_van(a)
    body: dict[str, Any] = {
        "openbareRuimteNaam": a.straat,
        "korteNaam": a.straat[:24],
        "huisnummer": a.huisnummer,
        "postcode": a.postcode,
        "woonplaatsNaam": a.woonplaats,
        "nummeraanduidingIdentificatie": a.nummeraanduiding_id,
        "openbareRuimteIdentificatie": a.openbare_ruimte_id,
        "woonplaatsIdentificatie": a.woonplaats_id,
        "adresseerbaarObjectIdentificatie": a.verblijfsobject_id,
        "pandIdentificaties": [pand.identificatie],
        "adresregel5": a.adresregel5,
        "adresregel6": a.adresregel6,
    }
    if a.huisletter:
        body["huisletter"] = a.huisletter
    if a.toevoeging:
        body["huisnummertoevoeging"] = a.toevoeging
    body["_links"] = {
        "self": link(f"{base}/adressen/{a.nummeraanduiding_id}"),
        "openbareRuimte": link(f"{base}/openbareruimten/{a.openbare_ruimte_id}"),
        "nummeraanduiding": link(f"{base}/nummeraanduidingen/{a.nummeraanduiding_id}"),
        "woonplaats": link(f"{base}/woonplaatsen/{a.woonplaats_id}"),
        "adresseerbaarObject": link(f"{base}/verblijfsobjecten/{a.verblijfsobject_id}"),
        "panden": [link(f"{base}/panden/{pand.identificatie}")],
    }
    return body


def nummeraanduiding(a: FakeAdres, base: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "identificatie": a.nummeraanduiding_id,
        "domein": "NL.IMBAG.Nummeraanduiding",
        "huisnummer": a.huisnummer,
        "postcode": a.postcode,
        "typeAdresseerbaarObject": "Verblijfsobject",
        "status": "Naamgeving uitgegeven",
        "geconstateerd": "N",
        **_document(a.bouwjaar, a.nummeraanduiding_id[-5:]),
        "voorkomen": _voorkomen(a.bouwjaar),
        "ligtAan": a.openbare_ruimte_id,
    }
    if a.huisletter:
        body["huisletter"] = a.huisletter
    if a.toevoeging:
        body["huisnummertoevoeging"] = a.toevoeging
    return {
        "nummeraanduiding": body,
        "_links": {
            "self": link(f"{base}/nummeraanduidingen/{a.nummeraanduiding_id}"),
            "ligtInWoonplaats": link(f"{base}/woonplaatsen/{a.woonplaats_id}"),
            "ligtAanOpenbareRuimte": link(f"{base}/openbareruimten/{a.openbare_ruimte_id}"),
        },
    }


def verblijfsobject(a: FakeAdres, data: BagData, base: str) -> dict[str, Any]:
    pand = data.pand_van(a)
    status = "Verblijfsobject gevormd" if a.in_aanbouw else "Verblijfsobject in gebruik"
    return {
        "verblijfsobject": {
            "type": "Verblijfsobject",
            "heeftAlsHoofdAdres": a.nummeraanduiding_id,
            "identificatie": a.verblijfsobject_id,
            "domein": "NL.IMBAG.Verblijfsobject",
            "geometrie": {"punt": {"type": "Point", "coordinates": [*a.punt, 0.0]}},
            "gebruiksdoelen": a.gebruiksdoelen,
            "oppervlakte": a.oppervlakte,
            "status": status,
            "geconstateerd": "N",
            **_document(a.bouwjaar, a.verblijfsobject_id[-5:]),
            "voorkomen": _voorkomen(a.bouwjaar),
            "maaktDeelUitVan": [pand.identificatie],
        },
        "_links": {
            "self": link(f"{base}/verblijfsobjecten/{a.verblijfsobject_id}"),
            "heeftAlsHoofdAdres": link(f"{base}/nummeraanduidingen/{a.nummeraanduiding_id}"),
            "maaktDeelUitVan": [link(f"{base}/panden/{pand.identificatie}")],
        },
    }


def pand(p: FakePand, base: str) -> dict[str, Any]:
    return {
        "pand": {
            "identificatie": p.identificatie,
            "domein": "NL.IMBAG.Pand",
            "geometrie": {"type": "Polygon", "coordinates": [p.ring]},
            "oorspronkelijkBouwjaar": str(p.bouwjaar),
            "status": "Bouw gestart" if p.in_aanbouw else "Pand in gebruik",
            "geconstateerd": "N",
            **_document(p.bouwjaar, p.identificatie[-5:]),
            "voorkomen": _voorkomen(p.bouwjaar),
        },
        "_links": {"self": link(f"{base}/panden/{p.identificatie}")},
    }


def woonplaats(naam: str, code: str, base: str) -> dict[str, Any]:
    return {
        "woonplaats": {
            "identificatie": code,
            "domein": "NL.IMBAG.Woonplaats",
            "naam": naam,
            "status": "Woonplaats aangewezen",
            "geconstateerd": "N",
            "documentdatum": "2010-03-01",
            "documentnummer": f"WP-{code}",
            "voorkomen": _voorkomen(2010),
        },
        "_links": {"self": link(f"{base}/woonplaatsen/{code}")},
    }


def openbare_ruimte(a: FakeAdres, base: str) -> dict[str, Any]:
    return {
        "openbareRuimte": {
            "identificatie": a.openbare_ruimte_id,
            "domein": "NL.IMBAG.Openbareruimte",
            "naam": a.straat,
            "type": "Weg",
            "status": "Naamgeving uitgegeven",
            "geconstateerd": "N",
            "documentdatum": "2010-03-01",
            "documentnummer": f"OR-{a.openbare_ruimte_id[-4:]}",
            "voorkomen": _voorkomen(2010),
            "ligtIn": a.woonplaats_id,
        },
        "_links": {
            "self": link(f"{base}/openbareruimten/{a.openbare_ruimte_id}"),
            "ligtInWoonplaats": link(f"{base}/woonplaatsen/{a.woonplaats_id}"),
        },
    }
