"""Dwangsom bij niet tijdig beslissen (Awb 4:17-4:18). The Atw does not apply to the 42 days."""

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from .atw import atw_einddatum, waarschuw_zonder_kb_gegevens
from .beslistermijn import bereken_beslistermijn
from .conventies import STANDAARD_CONVENTIES, TermijnConventies
from .fouten import TermijnFout
from .invoer import Opschorting, Verlenging
from .kalender import AtwKalender
from .resultaat import Termijnberekening, Uitleg, datum_nl, euro

# Awb 4:17 lid 2: (number of days, amount per day); the sum of the days is the maximum.
SCHIJVEN: tuple[tuple[int, Decimal], ...] = (
    (14, Decimal(23)),
    (14, Decimal(35)),
    (14, Decimal(45)),
)
MAXIMUM_DAGEN = sum(dagen for dagen, _ in SCHIJVEN)
VASTSTELLINGSTERMIJN = timedelta(weeks=2)


def dwangsombedrag(dagen: int) -> tuple[Decimal, list[tuple[int, Decimal]]]:
    """Total amount for `dagen` forfeited days (capped at 42) and the days per tariff."""
    resterend, totaal, delen = min(max(dagen, 0), MAXIMUM_DAGEN), Decimal(0), []
    for schijf, tarief in SCHIJVEN:
        aantal = min(resterend, schijf)
        if aantal:
            delen.append((aantal, tarief))
            totaal += aantal * tarief
        resterend -= aantal
    return totaal, delen


def bereken_dwangsom(
    ingebrekestelling_ontvangen: date,
    *,
    termijn_einde: date | None = None,
    beslist: date | None = None,
    ontvangen: date | None = None,
    opschortingen: Sequence[Opschorting] = (),
    verlengingen: Sequence[Verlenging] = (),
    beslisprocedure: str = "regulier",
    kalender: AtwKalender | None = None,
    conventies: TermijnConventies | None = None,
    vandaag: date | None = None,
) -> Termijnberekening:
    """Dwangsom owed for a late decision; `beslist` = date the decision was sent.

    The beslistermijn comes from `termijn_einde`, or is computed from `ontvangen` (with its
    opschortingen/verlengingen). `einddatum` is the deadline for the vaststellingsbeschikking
    (Awb 4:18) when a dwangsom is owed, otherwise the last day to decide without one. Without
    `beslist` the result is provisional: computed as if the decision is sent on `vandaag`.
    """
    kalender = kalender or AtwKalender()
    conventies = conventies or STANDAARD_CONVENTIES
    vandaag = vandaag or date.today()
    uitleg = Uitleg()
    voorlopig = False
    if termijn_einde is None:
        if ontvangen is None:
            raise TermijnFout(
                "Geef de einddatum van de beslistermijn of de datum van ontvangst van de aanvraag."
            )
        termijn = bereken_beslistermijn(
            beslisprocedure,
            ontvangen,
            opschortingen=opschortingen,
            verlengingen=verlengingen,
            kalender=kalender,
            conventies=conventies,
            vandaag=vandaag,
        )
        uitleg.stappen.extend(termijn.stappen)
        uitleg.waarschuwingen.extend(termijn.waarschuwingen)
        termijn_einde, voorlopig = termijn.einddatum, termijn.voorlopig
    else:
        uitleg.stap(f"Beslistermijn eindigde op {datum_nl(termijn_einde)}", termijn_einde)
    uitleg.stap(
        f"Ingebrekestelling ontvangen op {datum_nl(ingebrekestelling_ontvangen)}",
        ingebrekestelling_ontvangen,
    )
    if ingebrekestelling_ontvangen <= termijn_einde:
        uitleg.waarschuw(
            "De ingebrekestelling is ontvangen vóórdat de beslistermijn verstreek en is mogelijk "
            "prematuur; "
            "laat een jurist dit beoordelen. Gerekend is vanaf het einde van de beslistermijn."
        )
    peildag = max(ingebrekestelling_ontvangen, termijn_einde)
    eerste = peildag + timedelta(days=conventies.dwangsom_offset_dagen)
    maximum = eerste + timedelta(days=MAXIMUM_DAGEN - 1)
    uitleg.stap(
        f"Eerste dwangsomdag: {datum_nl(peildag)} + {conventies.dwangsom_offset_dagen} dagen = "
        f"{datum_nl(eerste)} (art. 4:17 lid 1 Awb); beslissen zonder dwangsom kan t/m "
        f"{datum_nl(eerste - timedelta(days=1))}",
        eerste,
    )
    datums = {
        "beslistermijn_einde": termijn_einde,
        "eerste_dwangsomdag": eerste,
        "beslissen_zonder_dwangsom_uiterlijk": eerste - timedelta(days=1),
        "maximum_bereikt_op": maximum,
    }
    verzonden = beslist or vandaag
    if beslist is None:
        uitleg.waarschuw(
            f"Nog niet beslist: berekend alsof het besluit vandaag ({datum_nl(vandaag)}) wordt "
            "verzonden."
        )
    else:
        uitleg.stap(f"Besluit verzonden op {datum_nl(beslist)}", beslist)
    laatste = verzonden if conventies.dwangsom_verzenddag_telt else verzonden - timedelta(days=1)
    laatste = min(laatste, maximum)
    voorlopig = voorlopig or (beslist is None and laatste < maximum)
    if laatste < eerste:
        uitleg.stap("Besloten vóór de eerste dwangsomdag: geen dwangsom verschuldigd", verzonden)
        return uitleg.resultaat(
            "dwangsom",
            eerste - timedelta(days=1),
            voorlopig=voorlopig,
            datums=datums,
            bedrag=Decimal(0),
            dwangsomdagen=0,
        )
    dagen = (laatste - eerste).days + 1
    bedrag, delen = dwangsombedrag(dagen)
    telt = "telt mee" if conventies.dwangsom_verzenddag_telt else "telt niet mee"
    uitleg.stap(
        f"Laatste dwangsomdag: {datum_nl(laatste)} (verzenddag van het besluit {telt})", laatste
    )
    if laatste == maximum:
        uitleg.stap(
            f"Maximum van {MAXIMUM_DAGEN} dagen bereikt op {datum_nl(maximum)} (art. 4:17 lid 2 "
            "Awb)",
            maximum,
        )
    berekening = " + ".join(f"{aantal} × {euro(tarief)}" for aantal, tarief in delen)
    uitleg.stap(f"Dwangsom {dagen} dagen: {berekening} = {euro(bedrag)} (art. 4:17 lid 2 Awb)")
    ruw = laatste + VASTSTELLINGSTERMIJN
    vaststelling = atw_einddatum(
        ruw, eerste_dag=laatste + timedelta(days=1), kalender=kalender, uitleg=uitleg
    )
    uitleg.stap(
        f"Dwangsom vaststellen bij beschikking uiterlijk {datum_nl(vaststelling)} "
        "(2 weken na de laatste dwangsomdag, art. 4:18 Awb)",
        vaststelling,
    )
    waarschuw_zonder_kb_gegevens(vaststelling, kalender, uitleg)
    datums |= {"laatste_dwangsomdag": laatste, "vaststelling_uiterlijk": vaststelling}
    return uitleg.resultaat(
        "dwangsom",
        vaststelling,
        verschoven=vaststelling != ruw,
        voorlopig=voorlopig,
        datums=datums,
        bedrag=bedrag,
        dwangsomdagen=dagen,
    )
