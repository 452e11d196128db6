"""BRK-Bevragen v2 responses as small snapshot dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NATUURLIJK = ("ingeschreven_natuurlijk_persoon", "kadaster_natuurlijk_persoon")


@dataclass(frozen=True)
class ZakelijkGerechtigde:
    identificatie: str
    type: str  # eigenaar, erfpachter, opstalhouder, vruchtgebruiker, ...
    persoon_type: str | None
    # BSN for an ingeschreven natuurlijk persoon, RSIN for an ingeschreven niet-natuurlijk
    # persoon, the Kadaster's own id for the others (see PersoonBeperkt.identificatie).
    persoon_id: str | None
    omschrijving: str | None
    aandeel: str | None  # "1/2"
    aanvangsdatum: str | None

    @property
    def bsn(self) -> str | None:
        return self.persoon_id if self.persoon_type == "ingeschreven_natuurlijk_persoon" else None

    @property
    def rsin(self) -> str | None:
        if self.persoon_type == "ingeschreven_niet_natuurlijk_persoon":
            return self.persoon_id
        return None

    @property
    def natuurlijk_persoon(self) -> bool:
        return self.persoon_type in NATUURLIJK

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> ZakelijkGerechtigde:
        persoon = data.get("persoon") or {}
        aandeel = ((data.get("tenaamstelling") or {}).get("aandeel")) or {}
        return cls(
            identificatie=data["identificatie"],
            type=data.get("type", ""),
            persoon_type=persoon.get("type"),
            persoon_id=persoon.get("identificatie"),
            omschrijving=persoon.get("omschrijving"),
            aandeel=f"{aandeel['teller']}/{aandeel['noemer']}" if aandeel.get("noemer") else None,
            aanvangsdatum=data.get("aanvangsdatum"),
        )


@dataclass(frozen=True)
class KozAdres:
    straat: str | None
    huisnummer: int | None
    huisletter: str | None
    toevoeging: str | None
    postcode: str | None
    woonplaats: str | None
    nummeraanduiding_id: str | None


@dataclass(frozen=True)
class OnroerendeZaak:
    id: str
    type: str  # perceel / appartementsrecht
    kadastrale_aanduiding: str
    grootte_m2: int | None
    cultuur: str | None
    koopsom: int | None
    koopjaar: int | None
    adressen: tuple[KozAdres, ...]
    punt_rd: tuple[float, float] | None
    begrenzing_rd: dict[str, Any] | None  # GeoJSON Polygon, EPSG:28992
    grondperceel_ids: tuple[str, ...]
    zakelijk_gerechtigde_ids: tuple[str, ...]
    zakelijk_gerechtigden: tuple[ZakelijkGerechtigde, ...]  # only when asked with expand

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> OnroerendeZaak:
        punt = (data.get("plaatscoordinaten") or {}).get("coordinates")
        koopsom = data.get("koopsom") or {}
        embedded = (data.get("_embedded") or {}).get("zakelijkGerechtigden") or []
        return cls(
            id=data["identificatie"],
            type=data.get("type", ""),
            kadastrale_aanduiding=data.get("kadastraleAanduiding", ""),
            grootte_m2=(data.get("kadastraleGrootte") or {}).get("waarde"),
            cultuur=(data.get("aardCultuurBebouwd") or data.get("aardCultuurOnbebouwd") or {}).get(
                "waarde"
            ),
            koopsom=koopsom.get("koopsom"),
            koopjaar=koopsom.get("koopjaar"),
            adressen=tuple(
                KozAdres(
                    a.get("straat"),
                    a.get("huisnummer"),
                    a.get("huisletter"),
                    a.get("huisnummertoevoeging"),
                    a.get("postcode"),
                    a.get("woonplaats"),
                    a.get("nummeraanduidingIdentificatie"),
                )
                for a in data.get("adressen") or []
            ),
            punt_rd=(float(punt[0]), float(punt[1])) if punt else None,
            begrenzing_rd=data.get("begrenzingPerceel"),
            grondperceel_ids=tuple(
                g["identificatie"] for g in data.get("bijbehorendeGrondpercelen") or []
            ),
            zakelijk_gerechtigde_ids=tuple(data.get("zakelijkGerechtigdeIdentificaties") or ()),
            zakelijk_gerechtigden=tuple(ZakelijkGerechtigde.uit_api(z) for z in embedded),
        )
