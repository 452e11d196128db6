"""Zienswijzetermijnen: on an ontwerpbesluit (Awb 3:16) and on a voornemen (Awb 4:8)."""

from datetime import date, timedelta

from .atw import atw_einddatum, waarschuw_zonder_kb_gegevens
from .conventies import STANDAARD_CONVENTIES, TermijnConventies
from .fouten import TermijnFout
from .kalender import AtwKalender
from .resultaat import Termijnberekening, Uitleg, datum_nl

ONTWERP_WEKEN = 6


def bereken_zienswijzetermijn(
    ter_inzage: date | None = None,
    *,
    voornemen_verzonden: date | None = None,
    weken: int | None = None,
    kalender: AtwKalender | None = None,
    conventies: TermijnConventies | None = None,
) -> Termijnberekening:
    """Last day for zienswijzen.

    Ontwerpbesluit (give `ter_inzage`): 6 weeks with the day of terinzagelegging as day 1
    (Awb 3:16 lid 2), Atw applies. Voornemen in handhaving (give `voornemen_verzonden`): the
    gemeente sets the term (default `conventies.zienswijze_voornemen_weken`), counted from the
    day after sending; moved to a working day when `conventies.voornemen_naar_werkdag`.
    """
    kalender = kalender or AtwKalender()
    conventies = conventies or STANDAARD_CONVENTIES
    if (ter_inzage is None) == (voornemen_verzonden is None):
        raise TermijnFout(
            "Geef óf de datum van terinzagelegging óf de verzenddatum van het voornemen."
        )
    if weken is not None and weken < 1:
        raise TermijnFout("Een zienswijzetermijn duurt minstens 1 week.")
    uitleg = Uitleg()
    if ter_inzage is not None:
        weken = weken or ONTWERP_WEKEN
        eerste_dag = ter_inzage
        uitleg.stap(
            f"Ontwerpbesluit ter inzage gelegd op {datum_nl(ter_inzage)}; dit is dag 1 (art. 3:16 "
            "lid 2 Awb)",
            ter_inzage,
        )
        ruw = ter_inzage + timedelta(weeks=weken, days=-1)
        uitleg.stap(f"{weken} weken, dag {weken * 7}: ruwe einddatum {datum_nl(ruw)}", ruw)
        einde = atw_einddatum(ruw, eerste_dag=eerste_dag, kalender=kalender, uitleg=uitleg)
    else:
        assert voornemen_verzonden is not None
        weken = weken or conventies.zienswijze_voornemen_weken
        eerste_dag = voornemen_verzonden + timedelta(days=1)
        uitleg.stap(
            f"Voornemen verzonden op {datum_nl(voornemen_verzonden)} (art. 4:8 Awb)",
            voornemen_verzonden,
        )
        ruw = voornemen_verzonden + timedelta(weeks=weken)
        uitleg.stap(
            f"Zienswijzetermijn {weken} {'week' if weken == 1 else 'weken'} vanaf "
            f"{datum_nl(eerste_dag)} "
            f"(door de gemeente gesteld): ruwe einddatum {datum_nl(ruw)}",
            ruw,
        )
        if conventies.voornemen_naar_werkdag:
            einde = atw_einddatum(ruw, eerste_dag=eerste_dag, kalender=kalender, uitleg=uitleg)
        else:
            einde = ruw
    waarschuw_zonder_kb_gegevens(einde, kalender, uitleg)
    uitleg.stap(f"Zienswijzen uiterlijk op {datum_nl(einde)}", einde)
    return uitleg.resultaat(
        "zienswijze", einde, verschoven=einde != ruw, datums={"ruwe_einddatum": ruw}
    )
