"""Verlenging of a beslistermijn: the legal limits and the effect on the raw end date."""

from collections.abc import Callable, Sequence
from datetime import date

from .duur import Duur
from .fouten import TermijnFout
from .invoer import Verlenging
from .resultaat import Uitleg, datum_kort, datum_nl


def controleer_verlengingen(
    verlengingen: Sequence[Verlenging],
    *,
    ruw: date,
    max_aantal: int | None,
    max_duur: Duur | None,
    grondslag: str,
    vaste_deadline: date | None,
    venster_ruw: date,
    einddatum_van: Callable[[date], date],
    uitleg: Uitleg,
) -> date:
    """Refuse verlengingen the law does not allow; return the raw end date after them.

    With `vaste_deadline` every verlengingsbesluit must be made known by that date (Ow: within
    the original term). Without it (Awb 4:14 lid 3) each must come within the term as
    extended so far, whose raw end is `venster_ruw` plus the earlier verlengingen.
    """
    if max_aantal is not None and len(verlengingen) > max_aantal:
        keer = "één keer" if max_aantal == 1 else f"{max_aantal} keer"
        raise TermijnFout(
            f"De beslistermijn mag maar {keer} worden verlengd ({grondslag}); "
            f"er zijn {len(verlengingen)} verlengingen opgegeven."
        )
    volgorde = sorted(
        verlengingen, key=lambda v: (v.bekendgemaakt is None, v.bekendgemaakt or date.min)
    )
    for verlenging in volgorde:
        if max_duur is not None and verlenging.duur.na(ruw) > max_duur.na(ruw):
            raise TermijnFout(
                f"Verlenging met {verlenging.duur} is niet toegestaan: ten hoogste {max_duur} "
                f"({grondslag})."
            )
        deadline = vaste_deadline if vaste_deadline is not None else einddatum_van(venster_ruw)
        if verlenging.bekendgemaakt is None:
            uitleg.waarschuw(
                f"Datum van bekendmaking van het verlengingsbesluit ontbreekt: die moet uiterlijk "
                f"{datum_nl(deadline)} zijn ({grondslag})."
            )
        elif verlenging.bekendgemaakt > deadline:
            raise TermijnFout(
                "Het verlengingsbesluit is bekendgemaakt op "
                f"{datum_kort(verlenging.bekendgemaakt)}, "
                f"na de uiterste datum {datum_kort(deadline)} ({grondslag}): de verlenging is te "
                "laat."
            )
        uitleg.stap(
            f"Verlengingsbesluit uiterlijk bekendmaken op {datum_nl(deadline)} ({grondslag})"
            + (
                f"; bekendgemaakt op {datum_nl(verlenging.bekendgemaakt)}"
                if verlenging.bekendgemaakt
                else ""
            ),
            deadline,
        )
        ruw = verlenging.duur.na(ruw)
        venster_ruw = verlenging.duur.na(venster_ruw)
        uitleg.stap(
            f"Verlengd met {verlenging.duur} ({grondslag}): ruwe einddatum {datum_nl(ruw)}", ruw
        )
    return ruw
