"""Render fake KVK data in the shapes of API Zoeken v2 (ResultaatItem), API Basisprofiel 1.5
(Basisprofiel, Vestiging, Eigenaar) and API Vestigingsprofiel (Vestiging)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..bag.fakedata import bag_data
from .fakedata import FakeOnderneming, FakeVestiging


@cache
def _naar_wgs84() -> Any:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)


def _ja_nee(waarde: bool) -> str:
    return "Ja" if waarde else "Nee"


def adres_delen(v: FakeVestiging) -> dict[str, Any]:
    """straatnaam/huisnummer/huisletter/postcode/plaats, plus BAG ids and RD point if known."""
    if isinstance(v.adres, dict):
        return dict(v.adres)
    bag = bag_data().zoek(*v.adres)
    if bag is None:
        raise LookupError(f"adres {v.adres} van vestiging {v.vestigingsnummer} niet in nep-BAG")
    delen: dict[str, Any] = {
        "straatnaam": bag.straat,
        "huisnummer": bag.huisnummer,
        "postcode": bag.postcode,
        "plaats": bag.woonplaats,
        "_bag": bag,
    }
    if bag.huisletter:
        delen["huisletter"] = bag.huisletter
    if bag.toevoeging:
        delen["huisnummerToevoeging"] = bag.toevoeging
    return delen


def _volledig(delen: dict[str, Any]) -> str:
    nummer = f"{delen['huisnummer']}{delen.get('huisletter', '')}"
    if delen.get("huisnummerToevoeging"):
        nummer += f"-{delen['huisnummerToevoeging']}"
    return f"{delen['straatnaam']} {nummer} {delen['postcode']} {delen['plaats']}"


def adres(v: FakeVestiging, geo: bool) -> dict[str, Any]:
    delen = adres_delen(v)
    bag = delen.pop("_bag", None)
    body: dict[str, Any] = {
        "type": "bezoekadres",
        "indAfgeschermd": "Nee",
        "volledigAdres": _volledig(delen),
        **delen,
        "land": "Nederland",
    }
    if geo and bag is not None:
        lon, lat = _naar_wgs84().transform(*bag.punt)
        body["geoData"] = {
            "addresseerbaarObjectId": bag.verblijfsobject_id,
            "nummerAanduidingId": bag.nummeraanduiding_id,
            "gpsLatitude": round(lat, 6),
            "gpsLongitude": round(lon, 6),
            "rijksdriehoekX": bag.punt[0],
            "rijksdriehoekY": bag.punt[1],
            "rijksdriehoekZ": 0.0,
        }
    return body


def _sbi(v: FakeVestiging) -> list[dict[str, str]]:
    return [
        {"sbiCode": code, "sbiOmschrijving": oms, "indHoofdactiviteit": _ja_nee(i == 0)}
        for i, (code, oms) in enumerate(v.sbi)
    ]


def vestiging(
    o: FakeOnderneming, v: FakeVestiging, base: str, *, geo: bool = False, embedded: bool = False
) -> dict[str, Any]:
    body: dict[str, Any] = {"vestigingsnummer": v.vestigingsnummer, "kvkNummer": o.kvk_nummer}
    if o.rsin and not embedded:
        body["rsin"] = o.rsin
    body.update(
        {
            "indNonMailing": _ja_nee(o.non_mailing),
            "formeleRegistratiedatum": o.registratiedatum,
            "materieleRegistratie": {"datumAanvang": o.registratiedatum},
            "eersteHandelsnaam": v.naam,
            "indHoofdvestiging": _ja_nee(v.hoofdvestiging),
            "indCommercieleVestiging": "Ja",
            "voltijdWerkzamePersonen": v.voltijd,
            "totaalWerkzamePersonen": v.voltijd + v.deeltijd,
            "deeltijdWerkzamePersonen": v.deeltijd,
        }
    )
    if not embedded:  # "niet vermeld in de EmbeddedContainer van hoofdvestiging"
        body["handelsnamen"] = [{"naam": v.naam, "volgorde": 0}]
    body["adressen"] = [adres(v, geo)]
    if v.website:
        body["websites"] = [v.website]
    body["sbiActiviteiten"] = _sbi(v)
    body["links"] = [
        {"rel": "self", "href": f"{base}/v1/vestigingsprofielen/{v.vestigingsnummer}"},
        {"rel": "basisprofiel", "href": f"{base}/v1/basisprofielen/{o.kvk_nummer}"},
    ]
    return body


def basisprofiel(o: FakeOnderneming, base: str, *, geo: bool = False) -> dict[str, Any]:
    hoofd = o.hoofdvestiging
    totaal = sum(v.voltijd + v.deeltijd for v in o.vestigingen)
    body: dict[str, Any] = {
        "kvkNummer": o.kvk_nummer,
        "indNonMailing": _ja_nee(o.non_mailing),
        "naam": o.naam,
        "formeleRegistratiedatum": o.registratiedatum,
        "materieleRegistratie": {"datumAanvang": o.registratiedatum},
        "totaalWerkzamePersonen": totaal,
        "handelsnamen": [{"naam": n, "volgorde": i} for i, n in enumerate(o.alle_handelsnamen)],
        "sbiActiviteiten": _sbi(hoofd) if hoofd else [],
        "links": [
            {"rel": "self", "href": f"{base}/v1/basisprofielen/{o.kvk_nummer}"},
            {"rel": "vestigingen", "href": f"{base}/v1/basisprofielen/{o.kvk_nummer}/vestigingen"},
        ],
    }
    if o.rsin:  # rechtspersonen have statuten, hence a statutaire naam
        body["statutaireNaam"] = o.naam
    eigenaar: dict[str, Any] = {
        "rechtsvorm": o.rechtsvorm,
        "uitgebreideRechtsvorm": o.uitgebreide_rechtsvorm,
    }
    if o.rsin:
        eigenaar = {"rsin": o.rsin, **eigenaar}
    embedded: dict[str, Any] = {"eigenaar": eigenaar}
    if hoofd:
        embedded = {"hoofdvestiging": vestiging(o, hoofd, base, geo=geo, embedded=True), **embedded}
    body["_embedded"] = embedded
    return body


def zoekresultaat(o: FakeOnderneming, v: FakeVestiging | None, base: str) -> dict[str, Any]:
    item: dict[str, Any] = {"kvkNummer": o.kvk_nummer}
    if o.rsin and v is None:
        item["rsin"] = o.rsin
    links = {"basisprofiel": {"href": f"{base}/v1/basisprofielen/{o.kvk_nummer}"}}
    if v is not None:
        item["vestigingsnummer"] = v.vestigingsnummer
        delen = adres_delen(v)
        delen.pop("_bag", None)
        delen.pop("huisnummerToevoeging", None)  # not part of Zoeken's BinnenlandsAdres
        item["adres"] = {"binnenlandsAdres": {"type": "bezoekadres", **delen}}
        links["vestigingsprofiel"] = {"href": f"{base}/v1/vestigingsprofielen/{v.vestigingsnummer}"}
    item["naam"] = v.naam if v else o.naam
    item["type"] = (
        ("hoofdvestiging" if v.hoofdvestiging else "nevenvestiging") if v else "rechtspersoon"
    )
    item["actief"] = "Ja"
    item["_links"] = links
    return item
