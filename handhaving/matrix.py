"""Interventiematrix (DOMAIN.md §4, LHSO): gedrag × gevolgen → interventie rung, with the
modifiers recidive, failed hercontroles and acute danger. Pure Python: the admin-edited matrix
is passed in as a mapping (cell code → rung code) or as a model with `als_tabel()`."""

from collections.abc import Mapping
from dataclasses import dataclass, field

GEDRAG = {
    "A": "goedwillend",
    "B": "onverschillig",
    "C": "calculerend",
    "D": "(potentieel) crimineel / structureel",
}
GEVOLGEN = {
    1: "gering",
    2: "beperkt",
    3: "aanzienlijk",
    4: "ernstig / onomkeerbaar",
}
RUNGS = {
    "R1": "Informeren / aanspreken",
    "R2": "Schriftelijke waarschuwing met hersteltermijn en hercontrole",
    "R3": "Voornemen last onder dwangsom of bestuursdwang (zienswijze), daarna last",
    "R4": "Als R3, plus afstemming met het OM (proces-verbaal) of bestuurlijke boete",
    "R5": "Direct optreden: spoedeisende bestuursdwang / stillegging en proces-verbaal",
}
RECIDIVE_MAANDEN = 24


class MatrixFout(ValueError):
    """Invalid input for the matrix; the message is Dutch."""


def rung_volgens_score(score: int) -> str:
    """Project default (DOMAIN.md §4): 2–3 R1, 4 R2, 5 R3, 6 R4, 7–8 R5."""
    if score <= 3:
        return "R1"
    return {4: "R2", 5: "R3", 6: "R4"}.get(score, "R5")


def standaard_tabel() -> dict[str, str]:
    """All 16 cells of the project default matrix."""
    return {f"{g}{v}": rung_volgens_score(gi + v) for gi, g in enumerate(GEDRAG, start=1) for v in GEVOLGEN}


def niveau(rung: str) -> int:
    try:
        waarde = int(rung.upper().removeprefix("R"))
    except (AttributeError, ValueError):
        raise MatrixFout(f"Onbekende interventie '{rung}'.") from None
    if not 1 <= waarde <= len(RUNGS):
        raise MatrixFout(f"Onbekende interventie '{rung}'.")
    return waarde


@dataclass(frozen=True)
class Voorstel:
    rung: str  # "R3"
    code: str  # matrix cell after modifiers, e.g. "C3"
    uitleg: list[str] = field(default_factory=list)
    naam: str = ""

    @property
    def niveau(self) -> int:
        return niveau(self.rung)


def _tabel_en_namen(matrix) -> tuple[Mapping[str, str], Mapping[str, str]]:
    if matrix is None:
        return standaard_tabel(), RUNGS
    if isinstance(matrix, Mapping):
        return matrix, RUNGS
    namen = matrix.rung_namen() if hasattr(matrix, "rung_namen") else RUNGS
    return matrix.als_tabel(), {**RUNGS, **namen}


def stel_voor(
    matrix,
    gedrag: str,
    gevolgen: int,
    recidive: bool = False,
    mislukte_hercontroles: int = 0,
    acuut_gevaar: bool = False,
) -> Voorstel:
    """The proposed interventie with every step of the reasoning in Dutch."""
    gedrag = (gedrag or "").strip().upper()
    if gedrag not in GEDRAG:
        raise MatrixFout("Kies een gedrag A, B, C of D.")
    try:
        gevolgen = int(gevolgen)
    except (TypeError, ValueError):
        raise MatrixFout("Kies gevolgen 1, 2, 3 of 4.") from None
    if gevolgen not in GEVOLGEN:
        raise MatrixFout("Kies gevolgen 1, 2, 3 of 4.")
    if mislukte_hercontroles < 0:
        raise MatrixFout("Het aantal mislukte hercontroles kan niet negatief zijn.")
    tabel, namen = _tabel_en_namen(matrix)
    uitleg = [
        f"Gedrag {gedrag} ({GEDRAG[gedrag]}), gevolgen {gevolgen} ({GEVOLGEN[gevolgen]}): cel {gedrag}{gevolgen}."
    ]
    if recidive:
        verhoogd = chr(min(ord(gedrag) + 1, ord("D")))
        if verhoogd != gedrag:
            uitleg.append(
                f"Recidive binnen {RECIDIVE_MAANDEN} maanden: gedrag één stap zwaarder, van {gedrag} naar {verhoogd}."
            )
        else:
            uitleg.append(f"Recidive binnen {RECIDIVE_MAANDEN} maanden: gedrag is al D (zwaarste), blijft D.")
        gedrag = verhoogd
    code = f"{gedrag}{gevolgen}"
    if code not in tabel:
        raise MatrixFout(f"Cel {code} ontbreekt in de interventiematrix; vul de matrix aan in het beheer.")
    rung = tabel[code]
    stap = niveau(rung)
    uitleg.append(f"Matrix: cel {code} → {rung} ({namen.get(rung, rung)}).")
    if mislukte_hercontroles:
        nieuw = min(stap + mislukte_hercontroles, len(RUNGS))
        uitleg.append(
            f"{mislukte_hercontroles} mislukte hercontrole(s): {mislukte_hercontroles} stap(pen) zwaarder"
            f"{' (maximaal R5)' if nieuw < stap + mislukte_hercontroles else ''}, van R{stap} naar R{nieuw}."
        )
        stap = nieuw
    if acuut_gevaar and stap < len(RUNGS):
        uitleg.append(f"Acuut gevaar: direct optreden, van R{stap} naar R5.")
        stap = len(RUNGS)
    elif acuut_gevaar:
        uitleg.append("Acuut gevaar: direct optreden (R5).")
    rung = f"R{stap}"
    uitleg.append(f"Voorgestelde interventie: {rung} — {namen.get(rung, rung)}.")
    return Voorstel(rung=rung, code=code, uitleg=uitleg, naam=namen.get(rung, rung))
