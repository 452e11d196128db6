"""Fake BAG registration for Noardeast-Fryslân (1970) and Dantumadiel (1891).

Built once from data/adressen.psv (self-made). Coordinates are RD New (EPSG:28992) and roughly
right for each village; everything else (identificaties, postcodes, surfaces) is invented.
In the real BAG objects older than the 2019 merger carry the code of the predecessor
municipality (e.g. 0058 Dongeradeel); the fake uses the current gemeentecode for all of them.
Identificaties follow the BAG pattern GGGG + objecttype + 10 digits: 01 verblijfsobject,
10 pand, 20 nummeraanduiding, 30 openbare ruimte; woonplaatscodes (4 digits) are fictional.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "adressen.psv"

WOONPLAATSEN = {  # naam -> (fictional woonplaatscode, gemeentecode)
    "Dokkum": ("9001", "1970"),
    "Holwerd": ("9002", "1970"),
    "Ternaard": ("9003", "1970"),
    "Metslawier": ("9004", "1970"),
    "Ee": ("9005", "1970"),
    "Kollum": ("9006", "1970"),
    "Damwâld": ("9011", "1891"),
    "Feanwâlden": ("9012", "1891"),
    "Broeksterwâld": ("9013", "1891"),
    "Rinsumageast": ("9014", "1891"),
    "De Westereen": ("9015", "1891"),
}

# (woonplaats, straat) -> RD x, y of house number 0 and the street's direction in degrees.
STRATEN = {
    ("Dokkum", "Grote Breedstraat"): (193430, 594990, 80),
    ("Dokkum", "Hoogstraat"): (193560, 595080, 100),
    ("Dokkum", "Diepswal"): (193350, 595150, 20),
    ("Dokkum", "Koningstraat"): (193620, 594920, 150),
    ("Dokkum", "Markt"): (193520, 595020, 90),
    ("Dokkum", "Harddraversdijk"): (193050, 594400, 60),
    ("Dokkum", "Birdaarderstraatweg"): (192500, 594200, 200),
    ("Dokkum", "Parkweg"): (193900, 594600, 30),
    ("Dokkum", "Stationsweg"): (193250, 594700, 120),
    ("Holwerd", "Foarstrjitte"): (184300, 599000, 90),
    ("Holwerd", "Van Aylvaweg"): (184700, 598700, 0),
    ("Ternaard", "Haedstrjitte"): (190500, 600500, 80),
    ("Ternaard", "Skoallestrjitte"): (190650, 600350, 170),
    ("Metslawier", "Foarstrjitte"): (197300, 600200, 60),
    ("Metslawier", "Nijewei"): (197500, 600000, 140),
    ("Ee", "Wâldwei"): (200900, 596200, 90),
    ("Ee", "Ikemawei"): (201100, 596000, 10),
    ("Kollum", "Voorstraat"): (204500, 590500, 75),
    ("Kollum", "Oostwal"): (204700, 590600, 170),
    ("Kollum", "Westwal"): (204250, 590450, 170),
    ("Damwâld", "Haadwei"): (190000, 589000, 95),
    ("Damwâld", "Kuipersweg"): (190600, 588500, 10),
    ("Damwâld", "Hegebuorren"): (189700, 589300, 45),
    ("Feanwâlden", "Haadwei"): (186500, 584800, 60),
    ("Feanwâlden", "Stasjonsstrjitte"): (186300, 584500, 150),
    ("Broeksterwâld", "Haadwei"): (195300, 590600, 85),
    ("Rinsumageast", "Haadwei"): (190600, 592600, 20),
    ("Rinsumageast", "Wâlddyk"): (190900, 592300, 110),
    ("De Westereen", "Foarstrjitte"): (197800, 586300, 90),
    ("De Westereen", "Brinkstrjitte"): (197900, 586500, 0),
}


@dataclass
class FakeAdres:
    gemeentecode: str
    woonplaats: str
    straat: str
    huisnummer: int
    huisletter: str | None
    toevoeging: str | None
    postcode: str
    gebruiksdoelen: list[str]
    oppervlakte: int
    bouwjaar: int
    pand_label: str
    in_aanbouw: bool
    volgnummer: int
    punt: tuple[float, float] = (0.0, 0.0)

    @property
    def nummeraanduiding_id(self) -> str:
        return f"{self.gemeentecode}20{4000 + self.volgnummer * 13:010d}"

    @property
    def verblijfsobject_id(self) -> str:
        return f"{self.gemeentecode}01{4000 + self.volgnummer * 13:010d}"

    @property
    def woonplaats_id(self) -> str:
        return WOONPLAATSEN[self.woonplaats][0]

    @property
    def openbare_ruimte_id(self) -> str:
        nummer = sorted(STRATEN).index((self.woonplaats, self.straat))
        return f"{self.gemeentecode}30{700 + nummer * 7:010d}"

    @property
    def toevoegingen(self) -> str:
        return f"{self.huisletter or ''}{self.toevoeging or ''}"

    @property
    def adresregel5(self) -> str:
        extra = self.toevoegingen
        scheiding = "-" if extra[:1].isdigit() else " "
        return f"{self.straat} {self.huisnummer}{scheiding + extra if extra else ''}"

    @property
    def adresregel6(self) -> str:
        return f"{self.postcode[:4]} {self.postcode[4:]}  {self.woonplaats.upper()}"


@dataclass
class FakePand:
    identificatie: str
    bouwjaar: int
    in_aanbouw: bool
    ring: list[list[float]]
    adressen: list[FakeAdres] = field(default_factory=list)


@dataclass
class BagData:
    adressen: list[FakeAdres]
    panden: dict[str, FakePand]
    pand_van_label: dict[str, str]

    def adres(self, nummeraanduiding_id: str) -> FakeAdres | None:
        return next(
            (a for a in self.adressen if a.nummeraanduiding_id == nummeraanduiding_id), None
        )

    def zoek(
        self,
        postcode: str,
        huisnummer: int,
        huisletter: str | None = None,
        toevoeging: str | None = None,
    ) -> FakeAdres | None:
        for a in self.adressen:
            if (a.postcode, a.huisnummer, a.huisletter, a.toevoeging) == (
                postcode,
                huisnummer,
                huisletter,
                toevoeging,
            ):
                return a
        return None

    def pand_van(self, adres: FakeAdres) -> FakePand:
        return self.panden[self.pand_van_label[adres.pand_label]]


def _positie(adres: FakeAdres) -> tuple[float, float]:
    x0, y0, richting = STRATEN[(adres.woonplaats, adres.straat)]
    hoek = math.radians(90 - richting)  # compass degrees to maths angle
    langs = adres.huisnummer * 5.5
    zijde = 9.0 if adres.huisnummer % 2 else -9.0
    return (
        x0 + langs * math.cos(hoek) - zijde * math.sin(hoek),
        y0 + langs * math.sin(hoek) + zijde * math.cos(hoek),
    )


def _rechthoek(midden: tuple[float, float], oppervlak: float, richting: float) -> list[list[float]]:
    diepte = max(8.0, math.sqrt(oppervlak * 1.5))
    breedte = max(6.0, oppervlak / diepte)
    hoek = math.radians(90 - richting)
    ux, uy = math.cos(hoek), math.sin(hoek)
    hoeken = [(-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)]  # closed ring, first == last
    return [
        [
            round(midden[0] + a * breedte / 2 * ux - b * diepte / 2 * uy, 3),
            round(midden[1] + a * breedte / 2 * uy + b * diepte / 2 * ux, 3),
            0.0,
        ]
        for a, b in hoeken
    ]


@cache
def bag_data() -> BagData:
    adressen: list[FakeAdres] = []
    for regel in DATA.read_text(encoding="utf-8").splitlines():
        if not regel.strip() or regel.startswith("#"):
            continue
        gm, wp, straat, nr, letter, toev, pc, doelen, opp, jaar, label, status = regel.split("|")
        adressen.append(
            FakeAdres(
                gm,
                wp,
                straat,
                int(nr),
                letter or None,
                toev or None,
                pc,
                doelen.split(","),
                int(opp),
                int(jaar),
                label,
                status == "bouw",
                len(adressen) + 1,
            )
        )
    groepen: dict[str, list[FakeAdres]] = {}
    for adres in adressen:
        groepen.setdefault(adres.pand_label, []).append(adres)
    panden: dict[str, FakePand] = {}
    pand_van_label: dict[str, str] = {}
    for index, (label, leden) in enumerate(groepen.items()):
        eerste = leden[0]
        midden = _positie(eerste)
        # Several verblijfsobjecten in one pand lie a little apart inside the footprint.
        for i, lid in enumerate(leden):
            lid.punt = (round(midden[0] + 1.2 * i, 3), round(midden[1] + 0.8 * i, 3))
        footprint = sum(a.oppervlakte for a in leden) / (2 if len(leden) > 1 else 1)
        richting = STRATEN[(eerste.woonplaats, eerste.straat)][2]
        pand_id = f"{eerste.gemeentecode}10{2000 + index * 11:010d}"
        panden[pand_id] = FakePand(
            pand_id,
            eerste.bouwjaar,
            eerste.in_aanbouw,
            _rechthoek(midden, footprint, richting),
            leden,
        )
        pand_van_label[label] = pand_id
    return BagData(adressen, panden, pand_van_label)
