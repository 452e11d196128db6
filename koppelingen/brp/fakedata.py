"""Fake BRP persons, in the BRP API Personen 2.x response shape.

Burgerservicenummers, names, sex, birth data, nationality and family relations are taken from
RvIG's "testdataset persoonslijsten proefomgevingen GBA-V" as published in the BRP personen-mock
(BRP-API/Haal-Centraal-BRP-bevragen, src/config/BrpService/test-data.json, EUPL-1.2).
The addresses are NOT theirs: the fake moves these test persons into the fake BAG of
Noardeast-Fryslân and Dantumadiel so that BAG, BRK and BRP tell one consistent story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..bag.fakedata import WOONPLAATSEN, bag_data

GEMEENTEN = {"1970": "Noardeast-Fryslân", "1891": "Dantumadiel"}
NEDERLAND = ("6030", "Nederland")
DEN_HAAG = ("0518", "'s-Gravenhage")
NEDERLANDSE = ("0001", "Nederlandse")


@dataclass
class Relatie:
    """A partner, kind or ouder as the persoonslijst records it (names at the time)."""

    bsn: str | None
    geslacht: str
    voornamen: str
    voorvoegsel: str | None
    geslachtsnaam: str
    geboortedatum: str
    geboorteplaats: tuple[str | None, str] = DEN_HAAG
    geboorteland: tuple[str, str] | None = NEDERLAND
    soort_verbintenis: str | None = None  # H huwelijk, P geregistreerd partnerschap
    aangaan: tuple[str, tuple[str | None, str], tuple[str, str]] | None = None


@dataclass
class FakePersoon:
    bsn: str
    geslacht: str
    voornamen: str
    voorvoegsel: str | None
    geslachtsnaam: str
    geboortedatum: str
    adres: tuple[str, int, str | None, str | None]  # postcode, huisnummer, letter, toevoeging
    adres_sinds: str
    naamgebruik: str = "E"
    geboorteplaats: tuple[str | None, str] = DEN_HAAG
    geboorteland: tuple[str, str] | None = NEDERLAND
    nationaliteit: tuple[str, str] = NEDERLANDSE
    partners: list[Relatie] = field(default_factory=list)
    kinderen: list[Relatie] = field(default_factory=list)
    ouders: list[Relatie] = field(default_factory=list)
    overleden_op: str | None = None


def _rel(p: FakePersoon, **extra: Any) -> Relatie:
    return Relatie(
        p.bsn,
        p.geslacht,
        p.voornamen,
        p.voorvoegsel,
        p.geslachtsnaam,
        p.geboortedatum,
        p.geboorteplaats,
        p.geboorteland,
        **extra,
    )


def _personen() -> list[FakePersoon]:
    govert = FakePersoon(
        "999970008",
        "M",
        "Govert",
        "de",
        "Geus",
        "1984-10-02",
        ("9104GE", 11, None, None),
        "2012-05-01",
    )
    grada = FakePersoon(
        "999970148",
        "V",
        "Grada",
        None,
        "Goverwelle",
        "1989-04-16",
        ("9104GE", 11, None, None),
        "2012-05-01",
    )
    gerdien = FakePersoon(
        "999970288",
        "V",
        "Gerdien",
        "de",
        "Geus",
        "2016-06-07",
        ("9104GE", 11, None, None),
        "2016-06-07",
    )
    gijs = FakePersoon(
        "999970331",
        "M",
        "Gijs",
        None,
        "Geus",
        "2019-12-05",
        ("9104GE", 11, None, None),
        "2020-01-10",
        geboorteplaats=(None, "Gent"),
        geboorteland=("5010", "België"),
    )
    huwelijk_geus = ("2005-12-03", DEN_HAAG, NEDERLAND)
    govert.partners = [_rel(grada, soort_verbintenis="H", aangaan=huwelijk_geus)]
    grada.partners = [_rel(govert, soort_verbintenis="H", aangaan=huwelijk_geus)]
    for ouder in (govert, grada):
        ouder.kinderen = [_rel(gerdien), _rel(gijs)]
    for kind in (gerdien, gijs):
        kind.ouders = [_rel(grada), _rel(govert)]

    mary = FakePersoon(
        "999990755",
        "V",
        "Mary Eloise",
        None,
        "Kierkegaard",
        "1962-02-25",
        ("9151HE", 40, None, None),
        "1995-09-01",
        naamgebruik="V",
    )
    wladyslaw = FakePersoon(
        "999995017",
        "M",
        "Wladyslaw",
        None,
        "Kwasniewski",
        "1950-07-13",
        ("9151HE", 40, None, None),
        "1995-09-01",
        geboorteplaats=(None, "Włocławek"),
        geboorteland=("7028", "Polen"),
        nationaliteit=("0072", "Poolse"),
    )
    huwelijk_k = ("1988-02-25", DEN_HAAG, NEDERLAND)
    mary.partners = [_rel(wladyslaw, soort_verbintenis="H", aangaan=huwelijk_k)]
    wladyslaw.partners = [_rel(mary, soort_verbintenis="H", aangaan=huwelijk_k)]

    petronella = FakePersoon(
        "999970124",
        "V",
        "Petronella",
        "van",
        "Paassen",
        "1998-12-01",
        ("9249NA", 2, None, None),
        "2019-03-15",
    )
    pia = FakePersoon(
        "999970136", "V", "Pia", None, "Pauw", "1989-04-01", ("9249NA", 2, None, None), "2019-03-15"
    )
    huwelijk_p = ("2017-01-01", DEN_HAAG, NEDERLAND)
    petronella.partners = [_rel(pia, soort_verbintenis="H", aangaan=huwelijk_p)]
    pia.partners = [_rel(petronella, soort_verbintenis="H", aangaan=huwelijk_p)]

    ria = FakePersoon(
        "999970197",
        "V",
        "Ria",
        None,
        "Ruijgrok",
        "1998-12-01",
        ("9105KC", 28, None, None),
        "2021-07-01",
    )
    rowena = FakePersoon(
        "999970203",
        "V",
        "Rowena",
        None,
        "Rademaker",
        "1989-04-01",
        ("9105KC", 28, None, None),
        "2021-07-01",
    )
    partnerschap = ("2017-01-01", DEN_HAAG, NEDERLAND)
    ria.partners = [_rel(rowena, soort_verbintenis="P", aangaan=partnerschap)]
    rowena.partners = [_rel(ria, soort_verbintenis="P", aangaan=partnerschap)]

    suzanne = FakePersoon(
        "999993653",
        "V",
        "Suzanne",
        None,
        "Moulin",
        "1985-12-01",
        ("9101LN", 12, "A", None),
        "2015-08-08",
        geboorteplaats=(None, "Thann"),
        geboorteland=("5001", "Canada"),
        nationaliteit=("0057", "Franse"),
        partners=[
            Relatie(
                None,
                "M",
                "Jean Marie",
                None,
                "Beaudelaire",
                "1976-08-01",
                (None, "Saint Amarin"),
                ("5002", "Frankrijk"),
                "H",
                ("2008-12-01", (None, "Thann"), ("5002", "Frankrijk")),
            )
        ],
    )
    peter_jan = FakePersoon(
        "999995108",
        "M",
        "Peter-Jan-snip",
        "van der",
        "Meijden",
        "1959-04-17",
        ("9138TE", 12, None, None),
        "1998-10-01",
        geboorteplaats=("0599", "Rotterdam"),
        overleden_op="2001-10-19",
    )
    hans = FakePersoon(
        "999970446",
        "M",
        "Hans",
        None,
        "Hamersma",
        "1985-01-18",
        ("9271BC", 15, None, None),
        "2010-02-01",
    )
    nicolette = FakePersoon(
        "999970057",
        "V",
        "Nicolette",
        None,
        "Nooitgedacht",
        "1990-12-01",
        ("9291CA", 5, None, "2"),
        "2018-11-20",
    )
    olga = FakePersoon(
        "999970094",
        "V",
        "Olga",
        None,
        "Oostingh",
        "2006-01-01",
        ("9145RE", 17, None, None),
        "2006-01-01",
    )
    return [
        govert,
        grada,
        gerdien,
        gijs,
        mary,
        wladyslaw,
        petronella,
        pia,
        ria,
        rowena,
        suzanne,
        peter_jan,
        hans,
        nicolette,
        olga,
    ]


@cache
def personen() -> dict[str, FakePersoon]:
    return {p.bsn: p for p in _personen()}


def woonadres(persoon: FakePersoon) -> Any:
    """The fake BAG address the person lives at."""
    adres = bag_data().zoek(*persoon.adres)
    if adres is None:  # a mistake in this file, not a runtime condition
        raise LookupError(f"adres {persoon.adres} van {persoon.bsn} staat niet in de nep-BAG")
    return adres


def gemeente_van(persoon: FakePersoon) -> tuple[str, str]:
    code = WOONPLAATSEN[woonadres(persoon).woonplaats][1]
    return code, GEMEENTEN[code]
