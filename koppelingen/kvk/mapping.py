"""KVK API responses (Zoeken v2, Basisprofiel, Vestigingsprofiel) as small snapshot dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def _datum(kvk_datum: str | None) -> str | None:
    """KVK dates are YYYYMMDD; snapshots use ISO. Partial dates (zeros) stay as given."""
    if (
        kvk_datum
        and len(kvk_datum) == 8
        and kvk_datum.isdigit()
        and "00" not in (kvk_datum[4:6], kvk_datum[6:8])
    ):
        return f"{kvk_datum[:4]}-{kvk_datum[4:6]}-{kvk_datum[6:]}"
    return kvk_datum


@dataclass(frozen=True)
class KvkAdres:
    type: str | None  # bezoekadres / correspondentieadres
    straat: str | None
    huisnummer: int | None
    huisletter: str | None
    toevoeging: str | None
    postcode: str | None
    plaats: str | None
    land: str | None
    volledig: str | None
    afgeschermd: bool
    nummeraanduiding_id: str | None
    verblijfsobject_id: str | None
    punt_rd: tuple[float, float] | None

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> KvkAdres:
        geo = data.get("geoData") or {}
        punt = None
        if geo.get("rijksdriehoekX") is not None and geo.get("rijksdriehoekY") is not None:
            punt = (float(geo["rijksdriehoekX"]), float(geo["rijksdriehoekY"]))
        return cls(
            type=data.get("type"),
            straat=data.get("straatnaam"),
            huisnummer=data.get("huisnummer"),
            huisletter=data.get("huisletter"),
            toevoeging=data.get("huisnummerToevoeging"),
            postcode=data.get("postcode"),
            plaats=data.get("plaats"),
            land=data.get("land"),
            volledig=data.get("volledigAdres"),
            afgeschermd=data.get("indAfgeschermd") == "Ja",
            nummeraanduiding_id=geo.get("nummerAanduidingId"),
            verblijfsobject_id=geo.get("addresseerbaarObjectId"),
            punt_rd=punt,
        )


@dataclass(frozen=True)
class SbiActiviteit:
    code: str
    omschrijving: str
    hoofdactiviteit: bool


def _sbi(data: dict[str, Any]) -> tuple[SbiActiviteit, ...]:
    return tuple(
        SbiActiviteit(
            s["sbiCode"], s.get("sbiOmschrijving", ""), s.get("indHoofdactiviteit") == "Ja"
        )
        for s in data.get("sbiActiviteiten") or []
    )


@dataclass(frozen=True)
class Vestiging:
    vestigingsnummer: str
    kvk_nummer: str
    naam: str | None
    hoofdvestiging: bool
    handelsnamen: tuple[str, ...]
    adressen: tuple[KvkAdres, ...]
    sbi_activiteiten: tuple[SbiActiviteit, ...]
    werkzame_personen: int | None
    websites: tuple[str, ...]

    @property
    def bezoekadres(self) -> KvkAdres | None:
        return next((a for a in self.adressen if a.type == "bezoekadres"), None)

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> Vestiging:
        return cls(
            vestigingsnummer=data["vestigingsnummer"],
            kvk_nummer=data["kvkNummer"],
            naam=data.get("eersteHandelsnaam"),
            hoofdvestiging=data.get("indHoofdvestiging") == "Ja",
            handelsnamen=tuple(h["naam"] for h in data.get("handelsnamen") or []),
            adressen=tuple(KvkAdres.uit_api(a) for a in data.get("adressen") or []),
            sbi_activiteiten=_sbi(data),
            werkzame_personen=data.get("totaalWerkzamePersonen"),
            websites=tuple(data.get("websites") or ()),
        )


@dataclass(frozen=True)
class Basisprofiel:
    kvk_nummer: str
    naam: str
    statutaire_naam: str | None
    rsin: str | None
    rechtsvorm: str | None
    uitgebreide_rechtsvorm: str | None
    registratiedatum: str | None
    handelsnamen: tuple[str, ...]
    sbi_activiteiten: tuple[SbiActiviteit, ...]
    hoofdvestiging: Vestiging | None
    non_mailing: bool

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> Basisprofiel:
        embedded = data.get("_embedded") or {}
        eigenaar = embedded.get("eigenaar") or {}
        hoofd = embedded.get("hoofdvestiging")
        return cls(
            kvk_nummer=data["kvkNummer"],
            naam=data.get("naam", ""),
            statutaire_naam=data.get("statutaireNaam"),
            rsin=eigenaar.get("rsin"),
            rechtsvorm=eigenaar.get("rechtsvorm"),
            uitgebreide_rechtsvorm=eigenaar.get("uitgebreideRechtsvorm"),
            registratiedatum=_datum(data.get("formeleRegistratiedatum")),
            handelsnamen=tuple(h["naam"] for h in data.get("handelsnamen") or []),
            sbi_activiteiten=_sbi(data),
            hoofdvestiging=Vestiging.uit_api(hoofd) if hoofd else None,
            non_mailing=data.get("indNonMailing") == "Ja",
        )


@dataclass(frozen=True)
class ZoekResultaat:
    kvk_nummer: str
    vestigingsnummer: str | None
    rsin: str | None
    naam: str
    type: str  # hoofdvestiging, nevenvestiging, rechtspersoon
    straat: str | None
    huisnummer: int | None
    huisletter: str | None
    postcode: str | None
    plaats: str | None
    actief: bool

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> ZoekResultaat:
        adres = (data.get("adres") or {}).get("binnenlandsAdres") or {}
        return cls(
            kvk_nummer=data["kvkNummer"],
            vestigingsnummer=data.get("vestigingsnummer"),
            rsin=data.get("rsin"),
            naam=data.get("naam", ""),
            type=data.get("type", ""),
            straat=adres.get("straatnaam"),
            huisnummer=adres.get("huisnummer"),
            huisletter=adres.get("huisletter"),
            postcode=adres.get("postcode"),
            plaats=adres.get("plaats"),
            actief=data.get("actief", "Ja") == "Ja",
        )


@dataclass(frozen=True)
class ZoekResultaten:
    pagina: int
    per_pagina: int
    totaal: int
    resultaten: tuple[ZoekResultaat, ...]

    @property
    def meer(self) -> bool:
        return self.pagina * self.per_pagina < self.totaal
