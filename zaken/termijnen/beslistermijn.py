"""Beslistermijnen: regulier (Ow 16.64), uitgebreid (Awb 3:18), other aanvragen and
handhavingsverzoeken (Awb 4:13), with opschortingen and verlengingen as rows.

Project convention (DOMAIN.md §2.7): all suspensions and extensions are added to the raw end
date (ontvangen + termijn) and the Atw is applied once, at the end.
"""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from .atw import atw_einddatum, vrije_dag_reden, waarschuw_zonder_kb_gegevens
from .beslisprocedures import Beslisprocedure, beslisprocedure
from .conventies import STANDAARD_CONVENTIES, TermijnConventies
from .invoer import Opschorting, Verlenging
from .kalender import AtwKalender
from .opschorting import verwerk_opschortingen
from .resultaat import Stap, Termijnberekening, Uitleg, datum_nl
from .verlenging import controleer_verlengingen


def bereken_beslistermijn(
    procedure: str,
    ontvangen: date,
    *,
    opschortingen: Sequence[Opschorting] = (),
    verlengingen: Sequence[Verlenging] = (),
    kalender: AtwKalender | None = None,
    conventies: TermijnConventies | None = None,
    vandaag: date | None = None,
) -> Termijnberekening:
    """Uiterste beslisdatum for 'regulier', 'uitgebreid', 'aanvraag' or 'handhavingsverzoek'.

    A running opschorting (einde None) is counted as if it ended on `vandaag` (default: today);
    the result then has `opgeschort=True` and `voorlopig=True`.
    """
    proc = beslisprocedure(procedure)
    kalender = kalender or AtwKalender()
    conventies = conventies or STANDAARD_CONVENTIES
    vandaag = vandaag or date.today()
    venster = (
        proc if proc.verlengen_binnen is None else replace(proc, termijn=proc.verlengen_binnen)
    )
    venster_einde = _bereken(
        venster, ontvangen, opschortingen, (), kalender, conventies, vandaag, Uitleg()
    )
    resultaat = _bereken(
        proc,
        ontvangen,
        opschortingen,
        verlengingen,
        kalender,
        conventies,
        vandaag,
        Uitleg(),
        venster_einde,
    )
    resultaat.datums["uiterste_bekendmaking_verlenging"] = venster_einde.einddatum
    return resultaat


def uiterste_bekendmaking_verlenging(
    procedure: str,
    ontvangen: date,
    *,
    opschortingen: Sequence[Opschorting] = (),
    kalender: AtwKalender | None = None,
    conventies: TermijnConventies | None = None,
    vandaag: date | None = None,
) -> Termijnberekening:
    """Last day on which the verlengingsbesluit must be made known: the end of the original
    term (regulier: the 8 weeks, including opschortingen and the Atw shift; uitgebreid: 8 weeks
    after receipt per Ow 16.65)."""
    proc = beslisprocedure(procedure)
    if proc.verlengen_binnen is not None:
        proc = replace(proc, termijn=proc.verlengen_binnen)
    resultaat = _bereken(
        proc,
        ontvangen,
        opschortingen,
        (),
        kalender or AtwKalender(),
        conventies or STANDAARD_CONVENTIES,
        vandaag or date.today(),
        Uitleg(),
    )
    resultaat.stappen.append(_stap_verlengingsdeadline(proc, resultaat.einddatum))
    resultaat.datums["uiterste_bekendmaking_verlenging"] = resultaat.einddatum
    return resultaat


def _stap_verlengingsdeadline(proc: Beslisprocedure, deadline: date) -> Stap:
    return Stap(
        f"Verlengingsbesluit uiterlijk bekendmaken op {datum_nl(deadline)} "
        f"({proc.verlenging_grondslag})",
        deadline,
    )


def _bereken(
    proc: Beslisprocedure,
    ontvangen: date,
    opschortingen: Sequence[Opschorting],
    verlengingen: Sequence[Verlenging],
    kalender: AtwKalender,
    conventies: TermijnConventies,
    vandaag: date,
    uitleg: Uitleg,
    venster: Termijnberekening | None = None,
) -> Termijnberekening:
    atw = proc.termijn.atw_van_toepassing and all(v.duur.atw_van_toepassing for v in verlengingen)
    eerste_dag = ontvangen + timedelta(days=1)

    def einddatum_van(ruw: date) -> date:
        return (
            atw_einddatum(ruw, eerste_dag=eerste_dag, kalender=kalender, uitleg=Uitleg())
            if atw
            else ruw
        )

    uitleg.stap(f"{proc.onderwerp} ontvangen op {datum_nl(ontvangen)}", ontvangen)
    uitleg.stap(f"Termijn start op {datum_nl(eerste_dag)} (dag na ontvangst)", eerste_dag)
    ruw = proc.termijn.na(ontvangen)
    uitleg.stap(f"{proc.termijn} ({proc.grondslag}): ruwe einddatum {datum_nl(ruw)}", ruw)

    # Opschortingen first: they usually precede a verlenging and read chronologically. An
    # aanvullingsverzoek is timely while the term, including any verlenging, still runs.
    def einddatum_met_verlengingen(ruw_nu: date) -> date:
        for verlenging in verlengingen:
            ruw_nu = verlenging.duur.na(ruw_nu)
        return einddatum_van(ruw_nu)

    ruw, loopt = verwerk_opschortingen(
        opschortingen,
        ontvangen=ontvangen,
        ruw=ruw,
        einddatum_van=einddatum_met_verlengingen,
        conventies=conventies,
        vandaag=vandaag,
        uitleg=uitleg,
    )
    if venster is not None:
        ruw = controleer_verlengingen(
            verlengingen,
            ruw=ruw,
            max_aantal=proc.max_verlengingen,
            max_duur=proc.max_verlenging,
            grondslag=proc.verlenging_grondslag,
            vaste_deadline=venster.einddatum if proc.max_verlengingen is not None else None,
            venster_ruw=venster.datums["ruwe_einddatum"],
            einddatum_van=einddatum_van,
            uitleg=uitleg,
        )
    datums = {"ruwe_einddatum": ruw}
    if atw:
        einde = atw_einddatum(ruw, eerste_dag=eerste_dag, kalender=kalender, uitleg=uitleg)
    else:
        einde = ruw
        _niet_verschoven(proc, einde, kalender, uitleg, datums)
    waarschuw_zonder_kb_gegevens(einde, kalender, uitleg)
    if venster is not None and not verlengingen:
        uitleg.stappen.append(_stap_verlengingsdeadline(proc, venster.einddatum))
    uitleg.stap(f"Uiterste beslisdatum{' (voorlopig)' if loopt else ''}: {datum_nl(einde)}", einde)
    return uitleg.resultaat(
        proc.naam, einde, verschoven=einde != ruw, opgeschort=loopt, voorlopig=loopt, datums=datums
    )


def _niet_verschoven(
    proc: Beslisprocedure,
    einde: date,
    kalender: AtwKalender,
    uitleg: Uitleg,
    datums: dict[str, date],
) -> None:
    """Terms outside the Atw (art. 4) keep their end date; warn and give an internal target."""
    uitleg.stap(
        "Termijn langer dan 3 maanden/12 weken: de Atw verschuift de einddatum niet (Atw art. 4)"
    )
    streefdatum = kalender.vorige_werkdag(einde)
    datums["interne_streefdatum"] = streefdatum
    reden = vrije_dag_reden(einde, kalender)
    if reden:
        uitleg.waarschuw(
            f"De einddatum {datum_nl(einde)} valt op een vrije dag ({reden}) en wordt niet "
            "verschoven "
            f"(Atw art. 4): beslis uiterlijk op de interne streefdatum {datum_nl(streefdatum)}."
        )
        uitleg.stap(f"Interne streefdatum (laatste werkdag): {datum_nl(streefdatum)}", streefdatum)
