"""Fake Handelsregister (KVK) for the demo and tests.

KVK's published test numbers come from developers.kvk.nl ("testing"; see
shared/specs/kvk/SOURCES.md): 68750110 Test BV Donald (vestigingen 000037178598, 000037178601),
69599084 Test EMZ Dagobert (000038509504, 000038509520), 69599068 Test Stichting Bolderbast
(Lochem), 69599076 a VOF (000038509474, 000038509490) and 90004973 "Foutmelding". Only those
numbers, names and legal forms are KVK's; RSINs, the VOF's name, Bolderbast's vestigingsnummer,
addresses in Noardeast-Fryslân and Dantumadiel, SBI activities and all local businesses
(91xxxxxx) are invented for CLO.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

FOUTMELDING = "90004973"  # KVK test number whose requests end in an error


@dataclass
class FakeVestiging:
    vestigingsnummer: str
    naam: str
    hoofdvestiging: bool
    adres: tuple[str, int, str | None, str | None] | dict[str, object]
    sbi: list[tuple[str, str]]  # first is the hoofdactiviteit
    voltijd: int = 1
    deeltijd: int = 0
    website: str | None = None


@dataclass
class FakeOnderneming:
    kvk_nummer: str
    naam: str
    rechtsvorm: str  # as KVK spells it: BeslotenVennootschap, Eenmanszaak, ...
    uitgebreide_rechtsvorm: str
    rsin: str | None
    registratiedatum: str  # YYYYMMDD as in the KVK APIs
    vestigingen: list[FakeVestiging] = field(default_factory=list)
    handelsnamen: list[str] = field(default_factory=list)
    non_mailing: bool = False

    @property
    def hoofdvestiging(self) -> FakeVestiging | None:
        return next((v for v in self.vestigingen if v.hoofdvestiging), None)

    @property
    def alle_handelsnamen(self) -> list[str]:
        return list(
            dict.fromkeys([self.naam, *self.handelsnamen, *(v.naam for v in self.vestigingen)])
        )


BOLDERBAST_ADRES = {
    "straatnaam": "Oosterwal",
    "huisnummer": 11,
    "postcode": "7241AR",
    "plaats": "Lochem",
}  # the street is KVK's example; number and postcode invented


def _ondernemingen() -> list[FakeOnderneming]:
    bv, emz, st, vof = (
        ("BeslotenVennootschap", "Besloten Vennootschap"),
        ("Eenmanszaak", "Eenmanszaak"),
        ("Stichting", "Stichting"),
        ("VennootschapOnderFirma", "Vennootschap onder firma"),
    )
    return [
        FakeOnderneming(
            "68750110",
            "Test BV Donald",
            *bv,
            "857587973",
            "20170307",
            [
                FakeVestiging(
                    "000037178598",
                    "Test BV Donald",
                    True,
                    ("9103PC", 45, None, None),
                    [("4120", "Algemene burgerlijke en utiliteitsbouw")],
                    12,
                    3,
                ),
                FakeVestiging(
                    "000037178601",
                    "Test BV Donald Werkplaats",
                    False,
                    ("9104DR", 3, None, None),
                    [("4332", "Timmerwerk")],
                    4,
                ),
            ],
            ["Donald Bouw"],
        ),
        FakeOnderneming(
            "69599084",
            "Test EMZ Dagobert",
            *emz,
            None,
            "20180104",
            [
                FakeVestiging(
                    "000038509504",
                    "Test EMZ Dagobert",
                    True,
                    ("9101LP", 8, None, None),
                    [("4778", "Winkels in overige artikelen")],
                    1,
                    1,
                ),
                FakeVestiging(
                    "000038509520",
                    "Dagobert Kollum",
                    False,
                    ("9291CK", 22, None, None),
                    [("4778", "Winkels in overige artikelen")],
                    0,
                    2,
                ),
            ],
        ),
        FakeOnderneming(
            "69599068",
            "Test Stichting Bolderbast",
            *st,
            "857587998",
            "20180104",
            [
                FakeVestiging(
                    "000091290001",
                    "Test Stichting Bolderbast",
                    True,
                    BOLDERBAST_ADRES,
                    [("9499", "Overige ideële organisaties")],
                    0,
                    2,
                ),
            ],
        ),
        FakeOnderneming(
            "69599076",
            "Test VOF Weidezicht",
            *vof,
            "857588000",
            "20180104",
            [
                FakeVestiging(
                    "000038509474",
                    "Test VOF Weidezicht",
                    True,
                    ("9144MC", 9, None, None),
                    [("0141", "Melkveehouderij")],
                    2,
                ),
                FakeVestiging(
                    "000038509490",
                    "Weidezicht Zuivel",
                    False,
                    ("9144MP", 4, None, None),
                    [("4729", "Winkels in overige voedings- en genotmiddelen")],
                    0,
                    1,
                ),
            ],
        ),
        FakeOnderneming(FOUTMELDING, "Test Foutmelding", *bv, None, "20190101"),
        FakeOnderneming(
            "91203344",
            "Bouwbedrijf Dokkumer Ee B.V.",
            *bv,
            "865203341",
            "19880412",
            [
                FakeVestiging(
                    "000091203345",
                    "Bouwbedrijf Dokkumer Ee",
                    True,
                    ("9103PC", 47, None, None),
                    [("4120", "Algemene burgerlijke en utiliteitsbouw")],
                    24,
                    4,
                    "www.dokkumer-ee-bouw.example",
                ),
            ],
        ),
        FakeOnderneming(
            "91205517",
            "Supermarkt De Haadwei B.V.",
            *bv,
            "865205518",
            "19940901",
            [
                FakeVestiging(
                    "000091205518",
                    "Supermarkt De Haadwei",
                    True,
                    ("9104BB", 60, None, None),
                    [
                        (
                            "4711",
                            "Supermarkten en dergelijke winkels met een algemeen "
                            "assortiment voedings- en genotmiddelen",
                        )
                    ],
                    18,
                    41,
                ),
            ],
        ),
        FakeOnderneming(
            "91207720",
            "Garage De Westereen V.O.F.",
            *vof,
            "865207724",
            "19750601",
            [
                FakeVestiging(
                    "000091207721",
                    "Garage De Westereen",
                    True,
                    ("9271AK", 102, None, None),
                    [
                        (
                            "4520",
                            "Algemene reparatie en onderhoud van personenauto's en "
                            "lichte bedrijfsauto's",
                        )
                    ],
                    5,
                    1,
                ),
            ],
        ),
        FakeOnderneming(
            "91209943",
            "Loonbedrijf Holwerd B.V.",
            *bv,
            "865209947",
            "19790315",
            [
                FakeVestiging(
                    "000091209944",
                    "Loonbedrijf Holwerd",
                    True,
                    ("9151JB", 3, None, None),
                    [("0161", "Dienstverlening voor de teelt van gewassen")],
                    9,
                    2,
                ),
            ],
        ),
        FakeOnderneming(
            "91212156",
            "Stichting Dorpshuis Ee",
            *st,
            "865212150",
            "19820110",
            [
                FakeVestiging(
                    "000091212157",
                    "Dorpshuis Ee",
                    True,
                    ("9138TA", 1, None, None),
                    [("9329", "Overige recreatie")],
                    1,
                    6,
                ),
            ],
            non_mailing=True,
        ),
        FakeOnderneming(
            "91214379",
            "Hotel De Markt Dokkum B.V.",
            *bv,
            "865214373",
            "20010401",
            [
                FakeVestiging(
                    "000091214370",
                    "Hotel-Café De Markt",
                    True,
                    ("9101LP", 1, None, None),
                    [("5510", "Hotels"), ("5630", "Cafés")],
                    7,
                    15,
                    "www.hoteldemarktdokkum.example",
                ),
            ],
        ),
        FakeOnderneming(
            "91216582",
            "Huisartsenpraktijk Feanwâlden",
            "Maatschap",
            "Maatschap",
            "865216589",
            "20150901",
            [
                FakeVestiging(
                    "000091216583",
                    "Huisartsenpraktijk Feanwâlden",
                    True,
                    ("9249NH", 10, None, None),
                    [("8621", "Huisartsenpraktijken")],
                    4,
                    5,
                ),
            ],
        ),
        FakeOnderneming(
            "91218705",
            "Advieskantoor Westwal",
            *emz,
            None,
            "19850501",
            [
                FakeVestiging(
                    "000091218706",
                    "Advieskantoor Westwal",
                    True,
                    ("9291CE", 30, None, None),
                    [("7022", "Organisatie-adviesbureaus")],
                    1,
                ),
            ],
        ),
    ]


@cache
def ondernemingen() -> dict[str, FakeOnderneming]:
    return {o.kvk_nummer: o for o in _ondernemingen()}


def vestiging(vestigingsnummer: str) -> tuple[FakeOnderneming, FakeVestiging] | None:
    for onderneming in ondernemingen().values():
        for v in onderneming.vestigingen:
            if v.vestigingsnummer == vestigingsnummer:
                return onderneming, v
    return None
