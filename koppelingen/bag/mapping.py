"""BAG API v2 responses normalised into the small dataclasses CLO stores as snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def _tuple(waarden: Any) -> tuple[str, ...]:
    return tuple(waarden or ())


@dataclass(frozen=True)
class Adres:
    nummeraanduiding_id: str
    straat: str
    huisnummer: int
    huisletter: str | None
    toevoeging: str | None
    postcode: str | None
    woonplaats: str
    woonplaats_id: str
    openbare_ruimte_id: str
    verblijfsobject_id: str | None
    pand_ids: tuple[str, ...]
    adresregel5: str
    adresregel6: str

    @property
    def weergave(self) -> str:
        """One line for lists and letters: "Grote Breedstraat 3 A, 9101 KE Dokkum"."""
        postcode = f"{self.postcode[:4]} {self.postcode[4:]} " if self.postcode else ""
        return f"{self.adresregel5}, {postcode}{self.woonplaats}"

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> Adres:
        return cls(
            nummeraanduiding_id=data["nummeraanduidingIdentificatie"],
            straat=data["openbareRuimteNaam"],
            huisnummer=int(data["huisnummer"]),
            huisletter=data.get("huisletter"),
            toevoeging=data.get("huisnummertoevoeging"),
            postcode=data.get("postcode"),
            woonplaats=data["woonplaatsNaam"],
            woonplaats_id=data["woonplaatsIdentificatie"],
            openbare_ruimte_id=data["openbareRuimteIdentificatie"],
            verblijfsobject_id=data.get("adresseerbaarObjectIdentificatie"),
            pand_ids=_tuple(data.get("pandIdentificaties")),
            adresregel5=data.get("adresregel5", ""),
            adresregel6=data.get("adresregel6", ""),
        )


@dataclass(frozen=True)
class Nummeraanduiding:
    id: str
    huisnummer: int
    huisletter: str | None
    toevoeging: str | None
    postcode: str | None
    status: str
    type_adresseerbaar_object: str
    openbare_ruimte_id: str

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> Nummeraanduiding:
        na = data["nummeraanduiding"]
        return cls(
            id=na["identificatie"],
            huisnummer=int(na["huisnummer"]),
            huisletter=na.get("huisletter"),
            toevoeging=na.get("huisnummertoevoeging"),
            postcode=na.get("postcode"),
            status=na["status"],
            type_adresseerbaar_object=na["typeAdresseerbaarObject"],
            openbare_ruimte_id=na["ligtAan"],
        )


@dataclass(frozen=True)
class Verblijfsobject:
    id: str
    hoofdadres_id: str | None
    nevenadres_ids: tuple[str, ...]
    gebruiksdoelen: tuple[str, ...]
    oppervlakte: int | None
    status: str
    punt_rd: tuple[float, float] | None  # EPSG:28992
    pand_ids: tuple[str, ...]

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> Verblijfsobject:
        vbo = data["verblijfsobject"]
        punt = (vbo.get("geometrie") or {}).get("punt")
        return cls(
            id=vbo["identificatie"],
            hoofdadres_id=vbo.get("heeftAlsHoofdAdres"),
            nevenadres_ids=_tuple(vbo.get("heeftAlsNevenAdres")),
            gebruiksdoelen=_tuple(vbo.get("gebruiksdoelen")),
            oppervlakte=vbo.get("oppervlakte"),
            status=vbo["status"],
            punt_rd=(float(punt["coordinates"][0]), float(punt["coordinates"][1]))
            if punt
            else None,
            pand_ids=_tuple(vbo.get("maaktDeelUitVan")),
        )


@dataclass(frozen=True)
class Pand:
    id: str
    bouwjaar: int | None
    status: str
    geometrie_rd: dict[str, Any]  # GeoJSON Polygon in EPSG:28992, as delivered

    @property
    def omtrek(self) -> list[tuple[float, float]]:
        ring = self.geometrie_rd.get("coordinates", [[]])[0]
        return [(float(p[0]), float(p[1])) for p in ring]

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> Pand:
        pand = data["pand"]
        bouwjaar = pand.get("oorspronkelijkBouwjaar")
        return cls(
            id=pand["identificatie"],
            bouwjaar=int(bouwjaar) if bouwjaar and str(bouwjaar).isdigit() else None,
            status=pand["status"],
            geometrie_rd=pand.get("geometrie") or {},
        )
