"""Fake BRK (Kadaster) for the fake BAG addresses: one perceel per pand, a split building with
appartementsrechten, and owners that are the fake BRP persons and fake KVK rechtspersonen.

Kadastrale gemeenten are the historical ones of the area with plausible AKR codes; secties,
perceelnummers, sizes, koopsommen and the cultuurcodes other than 11 (Wonen, used in the BRK
specification's examples) are invented. Identificaties have the 14-digit shape of BRK's test
identifiers (gemeente, perceelnummer, sectie, appartementsindex).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from ..bag.fakedata import FakeAdres, FakePand, bag_data
from ..brp.fakedata import personen
from ..kvk.fakedata import ondernemingen

KADASTRALE_GEMEENTEN = {  # woonplaats -> (AKR code, naam, numeric code used in identificaties)
    "Dokkum": ("DKM00", "Dokkum", 2001),
    "Holwerd": ("WDG00", "Westdongeradeel", 2002),
    "Ternaard": ("WDG00", "Westdongeradeel", 2002),
    "Metslawier": ("ODG00", "Oostdongeradeel", 2003),
    "Ee": ("ODG00", "Oostdongeradeel", 2003),
    "Kollum": ("KLM00", "Kollumerland", 2004),
    "Damwâld": ("DTD00", "Dantumadiel", 2005),
    "Feanwâlden": ("DTD00", "Dantumadiel", 2005),
    "Broeksterwâld": ("DTD00", "Dantumadiel", 2005),
    "Rinsumageast": ("DTD00", "Dantumadiel", 2005),
    "De Westereen": ("DTD00", "Dantumadiel", 2005),
}
CULTUUR = {
    "woonfunctie": ("11", "Wonen"),
    "winkelfunctie": ("14", "Winkel"),
    "kantoorfunctie": ("13", "Kantoor"),
    "industriefunctie": ("12", "Industrie"),
    "bijeenkomstfunctie": ("16", "Horeca"),
    "logiesfunctie": ("16", "Horeca"),
    "onderwijsfunctie": ("19", "Onderwijs"),
    "sportfunctie": ("18", "Sport"),
    "gezondheidszorgfunctie": ("17", "Gezondheidszorg"),
}
SPLITSING = "ks12"  # Koningstraat 12 A-C, Dokkum: a building split into appartementsrechten

# Owner per pand label: BSNs (BRP fake), KVK numbers (rechtspersonen) or a kadasterpersoon.
EIGENAREN: dict[str, list[str]] = {
    "dg11": ["999970008", "999970148"],
    "hfs40": ["999990755", "999995017"],
    "fh2": ["999970124", "999970136"],
    "rh28": ["999970197", "999970203"],
    "ei12": ["999995108"],
    "wb15": ["999970446"],
    "bw45": ["kvk:68750110"],
    "dk3": ["kvk:68750110"],
    "bw47": ["kvk:91203344"],
    "dh60": ["kvk:91205517"],
    "wf102": ["kvk:91207720"],
    "ha3": ["kvk:91209943"],
    "ew1": ["kvk:91212156"],
    "m1": ["kvk:91214379"],
    "fs10": ["kvk:91216582"],
    "mf9": ["kvk:69599076"],
    "pw2": ["nnp:Gemeente Noardeast-Fryslân"],
    "rw7": ["nnp:Gemeente Dantumadiel"],
    "ko5": ["nnp:Woningstichting Noordoost Fryslân"],
    "th17": ["nnp:Woningstichting Noordoost Fryslân"],
    "ts2": ["nnp:Gemeente Noardeast-Fryslân"],
    "app-moulin": ["999993653"],
}
KADASTERPERSONEN = [
    "J. Bosma",
    "A. de Vries",
    "S. Hoekstra",
    "H.J. van der Meer",
    "T. Dijkstra",
    "W. Postma",
    "G. Visser",
    "R. Kuipers",
    "M. Zijlstra",
    "P. Wijnia",
]


@dataclass
class FakeGerechtigde:
    identificatie: str
    persoon_type: str
    persoon_id: str
    omschrijving: str
    aandeel: tuple[int, int]
    aanvangsdatum: str
    type: str = "eigenaar"


@dataclass
class FakeKoz:
    identificatie: str
    type: str  # perceel / appartementsrecht
    gemeente: tuple[str, str, int]
    sectie: str
    perceelnummer: int
    index: int | None
    grootte: int | None
    cultuur: tuple[str, str]
    koopsom: tuple[int, int] | None
    adressen: list[FakeAdres]
    ring: list[list[float]]
    gerechtigden: list[FakeGerechtigde] = field(default_factory=list)
    grondperceel: str | None = None

    @property
    def kadastrale_aanduiding(self) -> str:
        extra = f" A{self.index}" if self.index else ""
        return f"{self.gemeente[1]} {self.sectie} {self.perceelnummer}{extra}"

    @property
    def aanduiding_met_gemeentecode(self) -> str:
        extra = f" A{self.index}" if self.index else ""
        return f"{self.gemeente[0]} {self.sectie} {self.perceelnummer}{extra}"


def _perceel_ring(pand: FakePand) -> list[list[float]]:
    """The pand's footprint scaled up 1.7 times around its centre: garden and yard."""
    punten = pand.ring[:-1]
    cx = sum(p[0] for p in punten) / len(punten)
    cy = sum(p[1] for p in punten) / len(punten)
    ring = [[round(cx + (p[0] - cx) * 1.7, 3), round(cy + (p[1] - cy) * 1.7, 3)] for p in punten]
    return [*ring, ring[0]]


def _oppervlak(ring: list[list[float]]) -> int:
    randen = zip(ring, ring[1:], strict=False)  # shoelace formula over the closed ring
    return round(abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in randen)) / 2)


def _eigenaars(label: str, volgnr: int, datum: str) -> list[FakeGerechtigde]:
    sleutels = EIGENAREN.get(label) or [f"knp:{KADASTERPERSONEN[volgnr % len(KADASTERPERSONEN)]}"]
    uit = []
    for j, sleutel in enumerate(sleutels):
        zg_id = str(30_400_000 + volgnr * 10 + j)
        aandeel = (1, len(sleutels))
        if sleutel.startswith("kvk:"):
            o = ondernemingen()[sleutel[4:]]
            uit.append(
                FakeGerechtigde(
                    zg_id,
                    "ingeschreven_niet_natuurlijk_persoon",
                    o.rsin or o.kvk_nummer,
                    o.naam,
                    aandeel,
                    datum,
                )
            )
        elif sleutel.startswith(("nnp:", "knp:")):
            soort = (
                "kadaster_niet_natuurlijk_persoon"
                if sleutel[:3] == "nnp"
                else "kadaster_natuurlijk_persoon"
            )
            uit.append(
                FakeGerechtigde(
                    zg_id, soort, str(70_882_000 + volgnr * 10 + j), sleutel[4:], aandeel, datum
                )
            )
        else:
            p = personen()[sleutel]
            naam = " ".join(x for x in (p.voornamen, p.voorvoegsel, p.geslachtsnaam) if x)
            uit.append(
                FakeGerechtigde(
                    zg_id, "ingeschreven_natuurlijk_persoon", p.bsn, naam, aandeel, p.adres_sinds
                )
            )
    return uit


@cache
def brk_data() -> dict[str, FakeKoz]:
    zaken: dict[str, FakeKoz] = {}
    per_gemeente: dict[str, int] = {}
    for volgnr, pand in enumerate(bag_data().panden.values()):
        eerste = pand.adressen[0]
        gemeente = KADASTRALE_GEMEENTEN[eerste.woonplaats]
        teller = per_gemeente[gemeente[0]] = per_gemeente.get(gemeente[0], 0) + 1
        sectie = "AB"[teller % 2]
        nummer = 1200 + teller * 37
        basis = f"{gemeente[2]:04d}{nummer:05d}{ord(sectie) % 10}"
        ring = _perceel_ring(pand)
        cultuur = CULTUUR[eerste.gebruiksdoelen[0]]
        koopsom = (
            None
            if pand.in_aanbouw
            else (95_000 + (volgnr * 7919) % 400_000, max(pand.bouwjaar, 1995) + volgnr % 20)
        )
        perceel = FakeKoz(
            f"{basis}0000",
            "perceel",
            gemeente,
            sectie,
            nummer,
            None,
            _oppervlak(ring),
            cultuur,
            koopsom,
            list(pand.adressen),
            ring,
        )
        zaken[perceel.identificatie] = perceel
        label = eerste.pand_label
        if label != SPLITSING:
            perceel.gerechtigden = _eigenaars(label, volgnr, f"{max(pand.bouwjaar, 1995)}-06-01")
            continue
        # A split building: the ground belongs to the VvE, the apartments to their owners.
        perceel.adressen = []
        perceel.gerechtigden = [
            FakeGerechtigde(
                str(30_400_000 + volgnr * 10),
                "kadaster_niet_natuurlijk_persoon",
                "70882999",
                "Vereniging van Eigenaars Koningstraat 12 Dokkum",
                (1, 1),
                "2004-09-01",
            )
        ]
        for index, adres in enumerate(pand.adressen, start=1):
            recht = FakeKoz(
                f"{basis}{index:04d}",
                "appartementsrecht",
                gemeente,
                sectie,
                nummer,
                index,
                None,
                CULTUUR["woonfunctie"],
                (185_000 + index * 12_500, 2004),
                [adres],
                ring,
                grondperceel=perceel.identificatie,
            )
            # Suzanne Moulin (BRP fake) owns the A she lives in; the others a kadasterpersoon.
            label = "app-moulin" if adres.huisletter == "A" else f"app-{index}"
            recht.gerechtigden = _eigenaars(label, volgnr * 10 + index, "2015-08-08")
            zaken[recht.identificatie] = recht
    return zaken


def middelpunt(ring: list[list[float]]) -> tuple[float, float]:
    punten = ring[:-1]
    return (
        round(sum(p[0] for p in punten) / len(punten), 3),
        round(sum(p[1] for p in punten) / len(punten), 3),
    )
