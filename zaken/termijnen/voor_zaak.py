"""Adapter for the zaak model: accepts the shapes the model rows are easily turned into."""

from collections.abc import Iterable
from datetime import date, timedelta

from .beslistermijn import bereken_beslistermijn
from .conventies import TermijnConventies
from .duur import Duur
from .fouten import TermijnFout
from .invoer import Opschorting, Verlenging
from .kalender import AtwKalender
from .melding import bereken_meldingstermijn
from .resultaat import Termijnberekening

OpschortingInvoer = Opschorting | tuple[date, date | None]
VerlengingInvoer = Verlenging | Duur | timedelta | tuple[Duur | timedelta, date | None]


def _duur(waarde: Duur | timedelta) -> Duur:
    if isinstance(waarde, Duur):
        return waarde
    dagen = waarde.days
    return Duur.weken(dagen // 7) if dagen % 7 == 0 else Duur.dagen(dagen)


def _opschorting(rij: OpschortingInvoer) -> Opschorting:
    if isinstance(rij, Opschorting):
        return rij
    start, einde = rij
    return Opschorting(start, einde)


def _verlenging(rij: VerlengingInvoer) -> Verlenging:
    if isinstance(rij, Verlenging):
        return rij
    if isinstance(rij, tuple):
        duur, bekendgemaakt = rij
        return Verlenging(_duur(duur), bekendgemaakt)
    return Verlenging(_duur(rij))


def bereken_voor_zaak(
    *,
    procedure: str,
    ontvangen: date,
    opschortingen: Iterable[OpschortingInvoer] = (),
    verlengingen: Iterable[VerlengingInvoer] = (),
    kalender: AtwKalender | None = None,
    conventies: TermijnConventies | None = None,
    vandaag: date | None = None,
) -> Termijnberekening:
    """Uiterste afdoeningsdatum of a zaak.

    opschortingen: Opschorting or (begindatum, einddatum|None); verlengingen: Verlenging, Duur,
    timedelta or (Duur|timedelta, datum bekendmaking). For 'melding' the result is the first
    day the activity may start (ontvangen + 4 weeks); opschortingen/verlengingen do not apply.
    Raises TermijnFout for rows the law does not allow (e.g. a second verlenging).
    """
    if procedure == "melding":
        return bereken_meldingstermijn(
            ontvangen=ontvangen, kalender=kalender, conventies=conventies
        )
    if procedure not in ("regulier", "uitgebreid", "aanvraag", "handhavingsverzoek"):
        raise TermijnFout(f"Procedure '{procedure}' heeft geen beslistermijn.")
    return bereken_beslistermijn(
        procedure,
        ontvangen,
        opschortingen=[_opschorting(rij) for rij in opschortingen],
        verlengingen=[_verlenging(rij) for rij in verlengingen],
        kalender=kalender,
        conventies=conventies,
        vandaag=vandaag,
    )
