"""Handhaving dates with their explanation (DOMAIN.md §2.7 and §4). Pure: no Django.

- hersteltermijn (waarschuwing) and begunstigingstermijn (last, Awb 5:32a / 5:24) are set by
  the bestuursorgaan itself: outside the Atw, counted plainly; a warning when they end on a
  free day.
- zienswijzetermijn on a voornemen (Awb 4:8): the termijnen engine.
- betaaltermijn of a verbeurde dwangsom: 6 weeks after verbeurte (Awb 5:33), a statutory term
  of ≤ 12 weeks, so the Atw applies.
- verjaring (Awb 5:35): 1 year after the day of verbeurte, a term in years (never shifted,
  Atw art. 4), extended by the days a bezwaar/(hoger) beroep against the last is pending.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from zaken.termijnen import (
    AtwKalender,
    Duur,
    Termijnberekening,
    bereken_wettelijke_termijn,
    bereken_zienswijzetermijn,
    datum_nl,
)
from zaken.termijnen.atw import vrije_dag_reden
from zaken.termijnen.resultaat import Uitleg, euro

BETAALTERMIJN = Duur.weken(6)
VERJARINGSTERMIJN = Duur(1, "jaren")
SOORT_RECHTSMIDDEL = {"bezwaar": "bezwaar", "beroep": "beroep", "hoger_beroep": "hoger beroep"}


class HandhavingTermijnFout(ValueError):
    """Inconsistent input; the message is Dutch."""


def _zelf_gestelde_termijn(
    procedure: str,
    naam: str,
    gebeurtenis: date,
    omschrijving: str,
    duur: Duur,
    grondslag: str,
    kalender: AtwKalender | None,
) -> Termijnberekening:
    kalender = kalender or AtwKalender()
    if duur.aantal < 1:
        raise HandhavingTermijnFout(f"Een {naam} duurt minstens één dag.")
    uitleg = Uitleg()
    uitleg.stap(f"{omschrijving} op {datum_nl(gebeurtenis)}", gebeurtenis)
    eerste = gebeurtenis + timedelta(days=1)
    einde = duur.na(gebeurtenis)
    uitleg.stap(
        f"{naam.capitalize()} van {duur} vanaf {datum_nl(eerste)}, gesteld door het bestuursorgaan ({grondslag}): "
        f"einddatum {datum_nl(einde)}",
        einde,
    )
    uitleg.stap("Door het bestuursorgaan zelf gesteld: de Algemene termijnenwet is niet van toepassing")
    if reden := vrije_dag_reden(einde, kalender):
        uitleg.waarschuw(
            f"De {naam} eindigt op een vrije dag ({datum_nl(einde)}, {reden}); overweeg een werkdag als einddatum."
        )
    return uitleg.resultaat(procedure, einde, datums={"eerste_dag": eerste})


def bereken_hersteltermijn(verzonden: date, duur: Duur, *, kalender: AtwKalender | None = None) -> Termijnberekening:
    """End of the hersteltermijn in a waarschuwing sent on `verzonden`."""
    return _zelf_gestelde_termijn(
        "hersteltermijn",
        "hersteltermijn",
        verzonden,
        "Waarschuwing verzonden",
        duur,
        "beleid, geen wettelijke termijn",
        kalender,
    )


def bereken_begunstigingstermijn(
    bekendgemaakt: date, duur: Duur, *, lob: bool = False, kalender: AtwKalender | None = None
) -> Termijnberekening:
    """End of the begunstigingstermijn of a last made known on `bekendgemaakt`; the last
    is forfeited (LOD) or may be executed (LOB) from the next day."""
    berekening = _zelf_gestelde_termijn(
        "begunstigingstermijn",
        "begunstigingstermijn",
        bekendgemaakt,
        "Last bekendgemaakt",
        duur,
        "art. 5:24 lid 2 Awb" if lob else "art. 5:32a Awb",
        kalender,
    )
    volgende = berekening.einddatum + timedelta(days=1)
    berekening.datums["eerste_dag_na_termijn"] = volgende
    gevolg = "kan de bestuursdwang worden uitgevoerd" if lob else "wordt de dwangsom van rechtswege verbeurd"
    berekening.stappen.append(
        _stap(f"Is de last dan niet uitgevoerd, dan {gevolg} vanaf {datum_nl(volgende)}", volgende)
    )
    return berekening


def bereken_zienswijze(
    voornemen_verzonden: date, weken: int, *, kalender: AtwKalender | None = None
) -> Termijnberekening:
    return bereken_zienswijzetermijn(voornemen_verzonden=voornemen_verzonden, weken=weken, kalender=kalender)


def bereken_betaaltermijn(verbeurd: date, *, kalender: AtwKalender | None = None) -> Termijnberekening:
    berekening = bereken_wettelijke_termijn(verbeurd, BETAALTERMIJN, grondslag="art. 5:33 Awb", kalender=kalender)
    berekening.procedure = "betaaltermijn"
    berekening.stappen[0] = _stap(f"Dwangsom verbeurd op {datum_nl(verbeurd)}", verbeurd)
    berekening.stappen.append(_stap(f"Betalen uiterlijk op {datum_nl(berekening.einddatum)}", berekening.einddatum))
    return berekening


@dataclass(frozen=True)
class Rechtsmiddel:
    """A bezwaar or (hoger) beroep against the last; `einde` None while still pending."""

    soort: str
    begin: date
    einde: date | None = None


def _samengevoegd(perioden: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Overlapping or adjoining periods as one, so a day is never counted twice."""
    resultaat: list[tuple[date, date]] = []
    for begin, einde in sorted(perioden):
        if resultaat and begin <= resultaat[-1][1]:
            resultaat[-1] = (resultaat[-1][0], max(resultaat[-1][1], einde))
        else:
            resultaat.append((begin, einde))
    return resultaat


def bereken_verjaring(
    verbeurd: date,
    rechtsmiddelen: Sequence[Rechtsmiddel] = (),
    *,
    vandaag: date | None = None,
    kalender: AtwKalender | None = None,
) -> Termijnberekening:
    """Last day on which the verbeurde dwangsom can be collected (Awb 5:35).

    A pending period counts from the day the bezwaar/beroep was lodged up to (not including)
    the day of the decision or judgment; only days after the verbeurte extend the term
    (project interpretation [U]). A procedure still pending makes the result `voorlopig`,
    computed as if it ended on `vandaag`.
    """
    kalender = kalender or AtwKalender()
    vandaag = vandaag or date.today()
    uitleg = Uitleg()
    uitleg.stap(f"Dwangsom verbeurd op {datum_nl(verbeurd)}", verbeurd)
    basis = VERJARINGSTERMIJN.na(verbeurd)
    uitleg.stap(f"Verjaring 1 jaar na de dag van verbeurte (art. 5:35 lid 1 Awb): {datum_nl(basis)}", basis)
    perioden: list[tuple[date, date]] = []
    voorlopig = False
    for rm in sorted(rechtsmiddelen, key=lambda r: r.begin):
        soort = SOORT_RECHTSMIDDEL.get(rm.soort, rm.soort)
        if rm.einde is not None and rm.einde < rm.begin:
            raise HandhavingTermijnFout(f"Het {soort} eindigt vóór het begint.")
        einde = rm.einde
        if einde is None:
            voorlopig = True
            einde = max(vandaag, rm.begin)
            uitleg.waarschuw(
                f"Het {soort} (sinds {datum_nl(rm.begin)}) is nog aanhangig: de verjaringsdatum schuift elke dag op."
            )
        begin = max(rm.begin, verbeurd + timedelta(days=1))
        if einde <= begin:
            uitleg.stap(
                f"{soort.capitalize()} {datum_nl(rm.begin)} – {datum_nl(einde)}: geheel vóór de verbeurte, "
                "telt niet mee"
            )
            continue
        perioden.append((begin, einde))
        uitleg.stap(
            f"{soort.capitalize()} tegen de last aanhangig van {datum_nl(rm.begin)} tot "
            f"{datum_nl(einde)}{' (nog aanhangig)' if rm.einde is None else ''}"
        )
    dagen = sum((e - b).days for b, e in _samengevoegd(perioden))
    einde = basis + timedelta(days=dagen)
    if dagen:
        uitleg.stap(
            f"Verlengd met {dagen} dagen waarin bezwaar of beroep na de verbeurte aanhangig was "
            f"(art. 5:35 lid 2 Awb): {datum_nl(einde)}",
            einde,
        )
    uitleg.stap("Termijn in jaren: geen verschuiving door de Algemene termijnenwet (art. 4 Atw)")
    if reden := vrije_dag_reden(einde, kalender):
        uitleg.waarschuw(f"De verjaringsdatum {datum_nl(einde)} valt op een vrije dag ({reden}); vorder tijdig in.")
    uitleg.stap(f"Invorderen uiterlijk op {datum_nl(einde)}{' (voorlopig)' if voorlopig else ''}", einde)
    return uitleg.resultaat(
        "verjaring", einde, voorlopig=voorlopig, datums={"zonder_verlenging": basis}, dwangsomdagen=None
    )


def bereken_invordering_betaaltermijn(
    verbeurd: date, beschikking_bekendgemaakt: date, *, kalender: AtwKalender | None = None
) -> Termijnberekening:
    """Pay-by date in an invorderingsbeschikking: the 6 weeks of 5:33 after verbeurte, but
    never less than 6 weeks after the beschikking is made known (art. 4:87 lid 1 Awb)."""
    kalender = kalender or AtwKalender()
    na_verbeurte = bereken_betaaltermijn(verbeurd, kalender=kalender)
    na_beschikking = bereken_wettelijke_termijn(
        beschikking_bekendgemaakt, BETAALTERMIJN, grondslag="art. 4:87 lid 1 Awb", kalender=kalender
    )
    uitleg = Uitleg()
    uitleg.stap(f"6 weken na verbeurte (art. 5:33 Awb): {datum_nl(na_verbeurte.einddatum)}", na_verbeurte.einddatum)
    uitleg.stap(
        f"6 weken na bekendmaking van de invorderingsbeschikking op {datum_nl(beschikking_bekendgemaakt)} "
        f"(art. 4:87 lid 1 Awb): {datum_nl(na_beschikking.einddatum)}",
        na_beschikking.einddatum,
    )
    einde = max(na_verbeurte.einddatum, na_beschikking.einddatum)
    uitleg.stap(f"De latere datum geldt: betalen uiterlijk op {datum_nl(einde)}", einde)
    return uitleg.resultaat("invordering", einde)


EENHEDEN = {
    "ineens": "ineens",
    "per_dag": "per dag",
    "per_week": "per week",
    "per_overtreding": "per overtreding",
}


def verbeurd_bedrag(
    bedrag: Decimal, eenheid: str, maximum: Decimal, aantal: int = 1, al_verbeurd: Decimal = Decimal("0")
) -> tuple[Decimal, list[str]]:
    """Amount forfeited now: `aantal` days/weeks/overtredingen (1 for ineens), capped so the
    total never exceeds the maximum in the last (Awb 5:32b lid 1)."""
    if eenheid not in EENHEDEN:
        raise HandhavingTermijnFout(f"Onbekende eenheid '{eenheid}'.")
    if aantal < 1:
        raise HandhavingTermijnFout("Er moet ten minste één eenheid verbeurd zijn.")
    if eenheid == "ineens":
        aantal = 1
    ruw = bedrag * aantal
    resterend = max(maximum - al_verbeurd, Decimal("0"))
    uitleg = [f"{aantal} × {euro(bedrag)} {EENHEDEN[eenheid]} = {euro(ruw)}"]
    if ruw > resterend:
        uitleg.append(
            f"Maximum van de last {euro(maximum)}, al verbeurd {euro(al_verbeurd)}: "
            f"nog {euro(resterend)} te verbeuren (art. 5:32b Awb)"
        )
        ruw = resterend
    return ruw, uitleg


def _stap(omschrijving: str, datum: date | None = None):
    from zaken.termijnen import Stap

    return Stap(omschrijving, datum)
