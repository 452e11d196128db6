"""Mapping of vx:projectlocaties."""

from __future__ import annotations

from typing import Any

from . import gml
from .lezer import NS_IC, NS_VX, Element, Lezer, kind, kinderen
from .model_locatie import (
    Etrs89Punt,
    KadastraleAanduiding,
    LocatieAdres,
    Locatiesoort,
    Projectlocatie,
    RdPunt,
)


def _coordinaten(lz: Lezer, el: Element | None, ns: str) -> dict[str, Any]:
    """Point and polygon of a CoordinatenEtrs (ns ic) or CoordinatenOpgegeven (ns vx) block."""
    if el is None:
        return {}
    referentiestelsel = lz.tekst(el, ns, "referentiestelsel")
    resultaat: dict[str, Any] = {"referentiestelsel": referentiestelsel}
    if (punt_el := kind(el, ns, "puntlocatie")) is not None:
        if gevonden := gml.lees_punt(punt_el, lz):
            positie, bron = gevonden
            stelsel = gml.stelsel(bron, punt_el, referentiestelsel)
            if stelsel == gml.RD:
                resultaat["rd_punt"] = RdPunt(x=positie[0], y=positie[1])
            elif stelsel in gml.GRADEN_STELSELS:
                lon, lat = gml.lon_lat(positie)
                resultaat["etrs89_punt"] = Etrs89Punt(lat=lat, lon=lon)
            else:
                lz.waarschuw(bron, "puntlocatie in onbekend referentiestelsel; genegeerd")
    if (vlak_el := kind(el, ns, "vlaklocatie")) is not None:
        if polygonen := gml.lees_vlak(vlak_el, lz):
            stelsel = gml.stelsel(vlak_el, vlak_el, referentiestelsel)
            if stelsel == gml.RD:
                resultaat["vlak_rd"] = gml.naar_geojson(polygonen, stelsel)
            elif stelsel in gml.GRADEN_STELSELS:
                resultaat["vlak"] = gml.naar_geojson(polygonen, stelsel)
            else:
                lz.waarschuw(vlak_el, "vlaklocatie in onbekend referentiestelsel; genegeerd")
    return resultaat


def _adres(lz: Lezer, el: Element | None) -> LocatieAdres | None:
    if el is None:
        return None

    def veld(naam: str) -> str | None:
        return lz.tekst(el, NS_VX, naam)

    return LocatieAdres(
        nummeraanduiding_id=veld("identificatiecodeNummeraanduiding"),
        straatnaam=veld("opgegevenAdresStraatnaam"),
        huisnummer=veld("opgegevenAdresHuisnummer"),
        huisletter=veld("opgegevenAdresHuisletter"),
        huisnummertoevoeging=veld("opgegevenAdresHuisnummerToevoeging"),
        postcode=veld("opgegevenAdresPostcode"),
        woonplaats=veld("opgegevenAdresWoonplaatsNaam"),
    )


def _kadastraal(lz: Lezer, el: Element | None) -> KadastraleAanduiding | None:
    if el is None:
        return None
    return KadastraleAanduiding(
        brk_identificatie=lz.tekst(el, NS_VX, "BRKIdentificatie"),
        kadastrale_gemeente=lz.tekst(el, NS_VX, "kadastraleGemeente"),
        sectie=lz.tekst(el, NS_VX, "kadastraleSectie"),
        perceelnummer=lz.tekst(el, NS_VX, "kadastraalPerceelnummer"),
    )


def _projectlocatie(lz: Lezer, el: Element) -> Projectlocatie:
    etrs = _coordinaten(lz, kind(el, NS_VX, "coordinatenEtrs"), NS_IC)
    opgegeven_el = kind(el, NS_VX, "coordinatenOpgegeven")
    opgegeven = _coordinaten(lz, opgegeven_el, NS_VX)
    adres = _adres(lz, kind(el, NS_VX, "adresaanduiding"))
    kadastraal = _kadastraal(lz, kind(el, NS_VX, "kadastraleAanduiding"))
    if adres is not None:
        soort = Locatiesoort.ADRES
    elif kadastraal is not None:
        soort = Locatiesoort.KADASTRAAL
    elif opgegeven_el is not None:
        soort = Locatiesoort.COORDINATEN
    else:
        soort = Locatiesoort.ONBEKEND
    # DSO-LV's own ETRS89 rendering is authoritative; the aanvrager's input fills gaps.
    return Projectlocatie(
        soort=soort,
        etrs89_punt=etrs.get("etrs89_punt") or opgegeven.get("etrs89_punt"),
        rd_punt=opgegeven.get("rd_punt") or etrs.get("rd_punt"),
        vlak=etrs.get("vlak") or opgegeven.get("vlak"),
        vlak_rd=opgegeven.get("vlak_rd") or etrs.get("vlak_rd"),
        opgegeven_referentiestelsel=opgegeven.get("referentiestelsel"),
        adres=adres,
        kadastrale_aanduiding=kadastraal,
    )


def map_projectlocaties(lz: Lezer, el: Element | None) -> tuple[Projectlocatie, ...]:
    return tuple(_projectlocatie(lz, pl) for pl in kinderen(el, NS_VX, "projectlocatie"))
