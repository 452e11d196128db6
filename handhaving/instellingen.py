"""Per-tenant matrix and step defaults, with the DOMAIN.md §4 project defaults as fallback."""

from dataclasses import dataclass

from handhaving.matrix import RUNGS, standaard_tabel
from handhaving.models import Interventie, Interventiematrix

# Project defaults per rung: (hersteltermijn dagen, zienswijze weken, begunstigingstermijn dagen).
STANDAARD_TERMIJNEN = {
    "R1": (28, 2, 42),
    "R2": (28, 2, 42),
    "R3": (14, 2, 28),
    "R4": (14, 2, 28),
    "R5": (3, 1, 7),
}
STAPPEN = {
    "R1": "Informeren of aanspreken\nEventueel hercontrole",
    "R2": "Schriftelijke waarschuwing met hersteltermijn\nHercontrole",
    "R3": "Voornemen last onder dwangsom of bestuursdwang\nZienswijze verwerken\nLast met begunstigingstermijn\n"
    "Hercontrole\nVerbeurte en invordering of uitvoering bestuursdwang",
    "R4": "Als R3\nAfstemming met het OM (proces-verbaal) of bestuurlijke boete",
    "R5": "Spoedeisende bestuursdwang of stillegging\nProces-verbaal",
}


@dataclass(frozen=True)
class Termijninstellingen:
    hersteltermijn_dagen: int
    zienswijze_weken: int
    begunstigingstermijn_dagen: int


def matrix_voor(organisatie) -> Interventiematrix | None:
    return Interventiematrix.objects.filter(organisatie=organisatie).first()


def termijnen_voor(organisatie, rung: str) -> Termijninstellingen:
    interventie = Interventie.objects.filter(organisatie=organisatie, code=rung or "R2").first()
    if interventie is not None:
        return Termijninstellingen(
            interventie.hersteltermijn_dagen, interventie.zienswijze_weken, interventie.begunstigingstermijn_dagen
        )
    return Termijninstellingen(*STANDAARD_TERMIJNEN.get(rung or "R2", STANDAARD_TERMIJNEN["R2"]))


def laad_standaardmatrix(organisatie) -> tuple[int, int]:
    """Idempotent: creates missing rungs and cells, never overwrites what beheer changed.
    Returns (new rungs, new cells)."""
    from handhaving.models import MatrixCel

    nieuwe_rungs = nieuwe_cellen = 0
    rungs = {}
    for code, naam in RUNGS.items():
        herstel, zienswijze, begunstiging = STANDAARD_TERMIJNEN[code]
        rungs[code], nieuw = Interventie.objects.get_or_create(
            organisatie=organisatie,
            code=code,
            defaults={
                "naam": naam,
                "stappen": STAPPEN[code],
                "hersteltermijn_dagen": herstel,
                "zienswijze_weken": zienswijze,
                "begunstigingstermijn_dagen": begunstiging,
            },
        )
        nieuwe_rungs += nieuw
    matrix, _ = Interventiematrix.objects.get_or_create(
        organisatie=organisatie,
        defaults={"toelichting": "Projectstandaard naar DOMAIN.md §4 (LHSO): score gedrag + gevolgen."},
    )
    for cel, rung in standaard_tabel().items():
        _, nieuw = MatrixCel.objects.get_or_create(matrix=matrix, code=cel, defaults={"interventie": rungs[rung]})
        nieuwe_cellen += nieuw
    return nieuwe_rungs, nieuwe_cellen
