"""BRP API Personen 2.x `Persoon` normalised into a small dataclass for snapshots.

Only what was asked with `fields` is present; everything else stays None. Dates are ISO strings
so a snapshot is JSON as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def _datum(waarde: dict[str, Any] | None) -> str | None:
    return (waarde or {}).get("datum")


@dataclass(frozen=True)
class Verblijfadres:
    straat: str | None
    huisnummer: int | None
    huisletter: str | None
    toevoeging: str | None
    postcode: str | None
    woonplaats: str | None
    nummeraanduiding_id: str | None
    verblijfsobject_id: str | None

    @classmethod
    def uit_api(cls, verblijfplaats: dict[str, Any]) -> Verblijfadres:
        adres = verblijfplaats.get("verblijfadres") or {}
        return cls(
            straat=adres.get("officieleStraatnaam"),
            huisnummer=adres.get("huisnummer"),
            huisletter=adres.get("huisletter"),
            toevoeging=adres.get("huisnummertoevoeging"),
            postcode=adres.get("postcode"),
            woonplaats=adres.get("woonplaats"),
            nummeraanduiding_id=verblijfplaats.get("nummeraanduidingIdentificatie"),
            verblijfsobject_id=verblijfplaats.get("adresseerbaarObjectIdentificatie"),
        )


@dataclass(frozen=True)
class Persoon:
    bsn: str | None
    voornamen: str | None
    voorletters: str | None
    voorvoegsel: str | None
    geslachtsnaam: str | None
    volledige_naam: str | None
    geslacht: str | None  # code: M, V, O
    geboortedatum: str | None
    leeftijd: int | None
    overlijdensdatum: str | None
    adres: Verblijfadres | None
    gemeente_van_inschrijving: str | None
    aanhef: str | None
    aanschrijfnaam: str | None
    adresregels: tuple[str, ...]
    geheimhouding: bool
    opschorting_reden: str | None  # e.g. "O" (overlijden), "E" (emigratie)

    @property
    def overleden(self) -> bool:
        return self.overlijdensdatum is not None or self.opschorting_reden == "O"

    @classmethod
    def uit_api(cls, data: dict[str, Any]) -> Persoon:
        naam = data.get("naam") or {}
        adressering = data.get("adressering") or {}
        verblijfplaats = data.get("verblijfplaats")
        regels = [adressering.get(f"adresregel{i}") for i in (1, 2, 3)]
        return cls(
            bsn=data.get("burgerservicenummer"),
            voornamen=naam.get("voornamen"),
            voorletters=naam.get("voorletters"),
            voorvoegsel=naam.get("voorvoegsel"),
            geslachtsnaam=naam.get("geslachtsnaam"),
            volledige_naam=naam.get("volledigeNaam"),
            geslacht=(data.get("geslacht") or {}).get("code"),
            geboortedatum=_datum((data.get("geboorte") or {}).get("datum")),
            leeftijd=data.get("leeftijd"),
            overlijdensdatum=_datum((data.get("overlijden") or {}).get("datum")),
            adres=Verblijfadres.uit_api(verblijfplaats)
            if verblijfplaats and verblijfplaats.get("type") == "Adres"
            else None,
            gemeente_van_inschrijving=(data.get("gemeenteVanInschrijving") or {}).get("code"),
            aanhef=adressering.get("aanhef"),
            aanschrijfnaam=(adressering.get("aanschrijfwijze") or {}).get("naam"),
            adresregels=tuple(r for r in regels if r),
            geheimhouding=bool(data.get("geheimhoudingPersoonsgegevens")),
            opschorting_reden=((data.get("opschortingBijhouding") or {}).get("reden") or {}).get(
                "code"
            ),
        )
