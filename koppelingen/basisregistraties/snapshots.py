"""What CLO stores of a registration's answer: small JSON dicts with WGS84 geometry for the map.

Only what a case handler needs is kept (dataminimalisatie); the date of the snapshot is the
Verrijking's `opgehaald_op`.
"""

from __future__ import annotations

from typing import Any

from ..bag.mapping import Adres, Pand, Verblijfsobject
from ..brk.mapping import OnroerendeZaak, ZakelijkGerechtigde
from ..brp.mapping import Persoon
from ..kvk.mapping import Basisprofiel, KvkAdres
from .geo import geometrie_naar_wgs84, rd_naar_wgs84


def adres(a: Adres) -> dict[str, Any]:
    return {
        "nummeraanduiding_id": a.nummeraanduiding_id,
        "weergave": a.weergave,
        "straat": a.straat,
        "huisnummer": a.huisnummer,
        "huisletter": a.huisletter,
        "toevoeging": a.toevoeging,
        "postcode": a.postcode,
        "woonplaats": a.woonplaats,
        "verblijfsobject_id": a.verblijfsobject_id,
        "pand_ids": list(a.pand_ids),
    }


def verblijfsobject(v: Verblijfsobject | None) -> dict[str, Any] | None:
    if v is None:
        return None
    lat_lon = rd_naar_wgs84(*v.punt_rd) if v.punt_rd else None
    return {
        "id": v.id,
        "gebruiksdoelen": list(v.gebruiksdoelen),
        "oppervlakte": v.oppervlakte,
        "status": v.status,
        "punt_rd": list(v.punt_rd) if v.punt_rd else None,
        "punt_wgs84": list(lat_lon) if lat_lon else None,
    }


def pand(p: Pand) -> dict[str, Any]:
    return {"id": p.id, "bouwjaar": p.bouwjaar, "status": p.status, "geometrie": geometrie_naar_wgs84(p.geometrie_rd)}


def gerechtigde(g: ZakelijkGerechtigde) -> dict[str, Any]:
    return {
        "type": g.type,
        "persoon_type": g.persoon_type,
        "natuurlijk_persoon": g.natuurlijk_persoon,
        # The BSN of an ingeschreven natuurlijk persoon; masked on screen for most roles.
        "bsn": g.bsn,
        "rsin": g.rsin,
        "omschrijving": g.omschrijving,
        "aandeel": g.aandeel,
        "aanvangsdatum": g.aanvangsdatum,
    }


def perceel(koz: OnroerendeZaak, grondpercelen: list[OnroerendeZaak] | None = None) -> dict[str, Any]:
    return {
        "id": koz.id,
        "type": koz.type,
        "kadastrale_aanduiding": koz.kadastrale_aanduiding,
        "grootte_m2": koz.grootte_m2,
        "cultuur": koz.cultuur,
        "begrenzing": geometrie_naar_wgs84(koz.begrenzing_rd),
        "grondpercelen": [perceel(g) for g in grondpercelen or []],
        "gerechtigden": [gerechtigde(g) for g in koz.zakelijk_gerechtigden],
    }


def persoon(p: Persoon) -> dict[str, Any]:
    a = p.adres
    return {
        "naam": p.volledige_naam or p.aanschrijfnaam or "",
        "aanschrijfnaam": p.aanschrijfnaam,
        "aanhef": p.aanhef,
        "adresregels": list(p.adresregels),
        "adres": {
            "straat": a.straat,
            "huisnummer": a.huisnummer,
            "huisletter": a.huisletter,
            "toevoeging": a.toevoeging,
            "postcode": a.postcode,
            "woonplaats": a.woonplaats,
            "nummeraanduiding_id": a.nummeraanduiding_id,
        }
        if a
        else None,
        "overleden": p.overleden,
        "geheimhouding": p.geheimhouding,
    }


def _kvk_adres(a: KvkAdres | None) -> dict[str, Any] | None:
    if a is None or a.afgeschermd:
        return None
    return {
        "straat": a.straat,
        "huisnummer": a.huisnummer,
        "huisletter": a.huisletter,
        "toevoeging": a.toevoeging,
        "postcode": a.postcode,
        "woonplaats": a.plaats,
        "volledig": a.volledig,
    }


def onderneming(b: Basisprofiel) -> dict[str, Any]:
    hoofd = b.hoofdvestiging
    return {
        "kvk_nummer": b.kvk_nummer,
        "naam": b.naam,
        "statutaire_naam": b.statutaire_naam,
        "rechtsvorm": b.uitgebreide_rechtsvorm or b.rechtsvorm,
        "rsin": b.rsin,
        "vestigingsnummer": hoofd.vestigingsnummer if hoofd else None,
        "bezoekadres": _kvk_adres(hoofd.bezoekadres) if hoofd else None,
        "sbi": [{"code": s.code, "omschrijving": s.omschrijving} for s in b.sbi_activiteiten],
    }
