"""Persons and organisations in a verzoek: initiatiefnemer, gemachtigde, contactpersoon."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Rol(StrEnum):
    INITIATIEFNEMER = "initiatiefnemer"
    GEMACHTIGDE = "gemachtigde"
    CONTACTPERSOON = "contactpersoon"


class Persoonsoort(StrEnum):
    NATUURLIJK_PERSOON = "natuurlijk_persoon"
    NIET_NATUURLIJK_PERSOON = "niet_natuurlijk_persoon"


class Adressoort(StrEnum):
    BINNENLAND = "binnenland"
    # STAM "afwijkendAdres": a postbus or antwoordnummer (adrestype says which)
    POSTBUS = "postbus"
    BUITENLAND = "buitenland"


@dataclass(frozen=True)
class Adres:
    soort: Adressoort
    straatnaam: str | None = None
    huisnummer: str | None = None
    huisletter: str | None = None
    huisnummertoevoeging: str | None = None
    postcode: str | None = None
    woonplaats: str | None = None
    adrestype: str | None = None  # "postbusnummer" / "antwoordnummer" (POSTBUS only)
    postbusnummer: str | None = None  # the number of the postbus/antwoordnummer
    buitenland_regels: tuple[str, ...] = ()
    land: str | None = None

    @property
    def regels(self) -> tuple[str, ...]:
        """Printable address lines, e.g. for a letter."""
        if self.soort is Adressoort.BUITENLAND:
            return tuple(r for r in (*self.buitenland_regels, self.land) if r)
        if self.soort is Adressoort.POSTBUS:
            soort = "Antwoordnummer" if self.adrestype == "antwoordnummer" else "Postbus"
            eerste = f"{soort} {self.postbusnummer or ''}".strip()
        else:
            nummer = "".join(p for p in (self.huisnummer, self.huisletter) if p)
            if self.huisnummertoevoeging:
                nummer = f"{nummer}-{self.huisnummertoevoeging}"
            eerste = " ".join(p for p in (self.straatnaam, nummer) if p)
        tweede = "  ".join(p for p in (self.postcode, self.woonplaats) if p)
        return tuple(r for r in (eerste, tweede) if r)


@dataclass(frozen=True)
class Bronverschil:
    """A field DSO-LV sent twice: as the user entered it and as the register (DSO-LV) knows it."""

    veld: str
    gebruiker: str
    register: str


@dataclass(frozen=True)
class Betrokkene:
    """One party. Natural-person fields are empty for organisations and vice versa.

    `adres` is the verblijfsadres (person) or bezoekadres (organisation); `correspondentieadres`
    is the correspondentieAdres (person), postadres (organisation) or contactadres
    (contactpersoon).
    """

    rol: Rol
    soort: Persoonsoort
    emailadres: str | None = None
    telefoonnummer: str | None = None
    # natuurlijk persoon / contactpersoon
    bsn: str | None = None
    voorletters: str | None = None
    voorvoegsel: str | None = None
    achternaam: str | None = None
    functie: str | None = None
    # niet-natuurlijk persoon
    kvk_nummer: str | None = None
    vestigingsnummer: str | None = None
    rsin: str | None = None
    statutaire_naam: str | None = None
    handelsnaam: str | None = None
    verkorte_handelsnaam: str | None = None
    adres: Adres | None = None
    correspondentieadres: Adres | None = None
    vestigingsadres: Adres | None = None
    vestiging_postadres: Adres | None = None
    bronverschillen: tuple[Bronverschil, ...] = ()

    @property
    def is_natuurlijk_persoon(self) -> bool:
        return self.soort is Persoonsoort.NATUURLIJK_PERSOON

    @property
    def naam(self) -> str:
        if not self.is_natuurlijk_persoon:
            return self.handelsnaam or self.statutaire_naam or self.verkorte_handelsnaam or ""
        return " ".join(p for p in (self.voorletters, self.voorvoegsel, self.achternaam) if p)
