"""Meldingen: counted backwards from the intended start (Bal/Bbl); no Atw shift (art. 1 lid 2)."""

from datetime import date

from .atw import vrije_dag_reden
from .conventies import STANDAARD_CONVENTIES, TermijnConventies
from .duur import Duur
from .fouten import TermijnFout
from .kalender import AtwKalender
from .resultaat import Termijnberekening, Uitleg, datum_nl


def bereken_meldingstermijn(
    start: date | None = None,
    *,
    weken: int | None = None,
    ontvangen: date | None = None,
    kalender: AtwKalender | None = None,
    conventies: TermijnConventies | None = None,
) -> Termijnberekening:
    """Melding deadlines (default `conventies.melding_weken` = 4 weeks before the start).

    With `start`: einddatum = last day to file the melding; with `ontvangen` as well, a warning
    when it came in too late. With only `ontvangen`: einddatum = first day the activity may
    start (the date by which the gemeente should have reviewed the melding).
    """
    kalender = kalender or AtwKalender()
    conventies = conventies or STANDAARD_CONVENTIES
    if start is None and ontvangen is None:
        raise TermijnFout("Geef de beoogde startdatum of de datum van ontvangst van de melding.")
    duur = Duur.weken(conventies.melding_weken if weken is None else weken)
    uitleg = Uitleg()
    if start is None:
        assert ontvangen is not None
        vroegste = duur.na(ontvangen)
        uitleg.stap(f"Melding ontvangen op {datum_nl(ontvangen)}", ontvangen)
        uitleg.stap(
            f"De activiteit mag {duur} na de melding starten: vanaf {datum_nl(vroegste)} "
            "(wachttermijn, geen verschuiving door de Atw)",
            vroegste,
        )
        return uitleg.resultaat("melding", vroegste, datums={"vroegste_start": vroegste})
    uitleg.stap(f"Beoogde start van de activiteit op {datum_nl(start)}", start)
    uiterlijk = duur.voor(start)
    uitleg.stap(
        f"{duur} vóór de start (terugrekenen): melden uiterlijk {datum_nl(uiterlijk)}", uiterlijk
    )
    reden = vrije_dag_reden(uiterlijk, kalender)
    if reden:
        uitleg.stap(
            f"Deze dag is geen werkdag ({reden}), maar een terugrekenende termijn wordt niet "
            "verschoven "
            "(Atw art. 1 lid 2)"
        )
    else:
        uitleg.stap("Terugrekenende termijn: geen verschuiving (Atw art. 1 lid 2)")
    if ontvangen is not None:
        if ontvangen > uiterlijk:
            vroegste = duur.na(ontvangen)
            uitleg.waarschuw(
                f"Melding ontvangen op {datum_nl(ontvangen)}, na {datum_nl(uiterlijk)}: te laat "
                "voor een start op "
                f"{datum_nl(start)}; de activiteit mag op zijn vroegst op {datum_nl(vroegste)} "
                "starten."
            )
        else:
            uitleg.stap(f"Melding ontvangen op {datum_nl(ontvangen)}: tijdig", ontvangen)
    return uitleg.resultaat("melding", uiterlijk)
