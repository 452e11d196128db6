"""Suspension of a beslistermijn (Awb 4:15): days per row and their effect on the raw end date."""

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from .conventies import TermijnConventies
from .fouten import TermijnFout
from .invoer import Opschorting
from .resultaat import Uitleg, datum_kort, datum_nl

GRONDSLAG = "art. 4:15 Awb"


def opgeschorte_dagen(
    opschorting: Opschorting, conventies: TermijnConventies, vandaag: date
) -> int:
    """Suspended days of one row. The term is suspended from the day after the request; whether
    the day of completion itself is suspended is the convention 'exclusief'/'inclusief'. A row
    still running counts as if the aanvulling arrived on `vandaag`."""
    einde = opschorting.einde if opschorting.einde is not None else vandaag
    dagen = (einde - opschorting.start).days
    if conventies.opschorting_telling == "exclusief":
        dagen -= 1
    return max(dagen, 0)


def _periode(opschorting: Opschorting, dagen: int) -> str:
    eerste = opschorting.start + timedelta(days=1)
    laatste = eerste + timedelta(days=dagen - 1)
    return f"{datum_kort(eerste)} t/m {datum_kort(laatste)}"


def controleer_volgorde(opschortingen: Sequence[Opschorting], ontvangen: date) -> list[Opschorting]:
    """Rows sorted by start; refuses rows before receipt and rows that overlap."""
    rijen = sorted(opschortingen, key=lambda rij: rij.start)
    for rij in rijen:
        if rij.start < ontvangen:
            raise TermijnFout(
                f"Opschorting start op {datum_kort(rij.start)}, vóór de ontvangst op "
                f"{datum_kort(ontvangen)}."
            )
    for vorige, volgende in zip(rijen, rijen[1:], strict=False):
        if vorige.einde is None:
            raise TermijnFout(
                f"De opschorting van {datum_kort(vorige.start)} loopt nog; een volgende "
                "opschorting "
                "kan pas beginnen als die is beëindigd."
            )
        if volgende.start < vorige.einde:
            raise TermijnFout(
                f"Opschortingen overlappen: {datum_kort(volgende.start)} ligt vóór het einde van "
                "de "
                f"vorige opschorting ({datum_kort(vorige.einde)})."
            )
    return rijen


def verwerk_opschortingen(
    opschortingen: Sequence[Opschorting],
    *,
    ontvangen: date,
    ruw: date,
    einddatum_van: Callable[[date], date],
    conventies: TermijnConventies,
    vandaag: date,
    uitleg: Uitleg,
) -> tuple[date, bool]:
    """Add the suspended days to the raw end date; returns (new raw end, still running?).

    `einddatum_van` turns a raw end into the legal end (Atw shift) to decide whether an
    aanvullingsverzoek came in time: after the term has ended it cannot suspend anything.
    """
    loopt = False
    for rij in controleer_volgorde(opschortingen, ontvangen):
        if rij.start > einddatum_van(ruw):
            uitleg.waarschuw(
                f"Aanvullingsverzoek van {datum_kort(rij.start)} is verzonden na het einde van de "
                "termijn en schort die niet op; deze opschorting is niet meegeteld."
            )
            continue
        dagen = opgeschorte_dagen(rij, conventies, vandaag)
        ruw += timedelta(days=dagen)
        if rij.einde is None:
            loopt = True
            uitleg.stap(
                f"Aanvullingsverzoek verzonden op {datum_nl(rij.start)}; opschorting loopt nog: "
                f"{dagen} "
                f"dagen meegeteld alsof de aanvulling op {datum_nl(vandaag)} binnenkomt "
                f"({GRONDSLAG}), "
                f"voorlopige ruwe einddatum {datum_nl(ruw)}",
                ruw,
            )
            uitleg.waarschuw(
                f"De opschorting sinds {datum_kort(rij.start)} loopt nog: de einddatum is "
                "voorlopig "
                f"(berekend alsof de aanvulling op {datum_kort(vandaag)} binnenkomt) en schuift "
                "elke dag op."
            )
            continue
        periode = f" ({_periode(rij, dagen)})" if dagen else ""
        uitleg.stap(
            f"Opgeschort {dagen} {'dag' if dagen == 1 else 'dagen'}{periode}: aanvullingsverzoek "
            f"{datum_kort(rij.start)}, aanvulling/einde {datum_kort(rij.einde)}, telling "
            f"{conventies.opschorting_telling} ({GRONDSLAG}): ruwe einddatum {datum_nl(ruw)}",
            ruw,
        )
    return ruw, loopt
