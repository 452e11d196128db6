"""Projectlocaties of a verzoek."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Locatiesoort(StrEnum):
    """Which of the three STAM choices identified the location."""

    ADRES = "adres"
    KADASTRAAL = "kadastraal"
    COORDINATEN = "coordinaten"  # drawn or entered by the aanvrager (coordinatenOpgegeven)
    ONBEKEND = "onbekend"


@dataclass(frozen=True)
class RdPunt:
    """Rijksdriehoek (EPSG:28992), metres."""

    x: float
    y: float


@dataclass(frozen=True)
class Etrs89Punt:
    """ETRS89 (EPSG:4258) or WGS84, degrees."""

    lat: float
    lon: float


@dataclass(frozen=True)
class LocatieAdres:
    nummeraanduiding_id: str | None = None  # BAG nummeraanduiding, 16 digits
    straatnaam: str | None = None
    huisnummer: str | None = None
    huisletter: str | None = None
    huisnummertoevoeging: str | None = None
    postcode: str | None = None
    woonplaats: str | None = None


@dataclass(frozen=True)
class KadastraleAanduiding:
    brk_identificatie: str | None = None
    kadastrale_gemeente: str | None = None
    sectie: str | None = None
    perceelnummer: str | None = None


@dataclass(frozen=True)
class Projectlocatie:
    """One projectlocatie.

    `etrs89_punt`/`vlak` come from coordinatenEtrs (computed by DSO-LV for every location);
    `rd_punt`/`vlak_rd` from coordinatenOpgegeven when the aanvrager used RD. GeoJSON follows
    RFC 7946 axis order (lon, lat) for `vlak`; `vlak_rd` carries RD x/y and a legacy "crs" member.
    No CRS transformation happens here.
    """

    soort: Locatiesoort
    etrs89_punt: Etrs89Punt | None = None
    rd_punt: RdPunt | None = None
    vlak: dict[str, Any] | None = field(default=None, hash=False)
    vlak_rd: dict[str, Any] | None = field(default=None, hash=False)
    opgegeven_referentiestelsel: str | None = None
    adres: LocatieAdres | None = None
    kadastrale_aanduiding: KadastraleAanduiding | None = None
