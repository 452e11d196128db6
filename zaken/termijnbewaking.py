"""Bridge between a zaak's rows (opschortingen, verlengingen) and the pure termijnen engine.
The uiterste afdoeningsdatum is always derived here, never typed."""

import datetime

from zaken.models import Zaak


def termijnberekening(zaak: Zaak):
    """The explained calculation for this zaak, or None for zaaktypen without a legal term."""
    from zaken import termijnen

    if zaak.zaaktype.procedure not in termijnen.BESLISPROCEDURES:
        return None
    return _bereken(
        zaak.zaaktype,
        zaak.startdatum,
        opschortingen=[termijnen.Opschorting(o.begindatum, o.einddatum, o.reden) for o in zaak.opschortingen.all()],
        verlengingen=[
            termijnen.Verlenging(termijnen.Duur.dagen(v.duur_dagen), v.besloten_op, v.reden)
            for v in zaak.verlengingen.all()
        ],
    )


def _bereken(zaaktype, startdatum: datetime.date, *, opschortingen: list, verlengingen: list):
    from zaken import termijnen

    return termijnen.bereken_beslistermijn(
        zaaktype.procedure,
        startdatum,
        opschortingen=opschortingen,
        verlengingen=verlengingen,
        kalender=termijnen.kalender_voor_django(),
        conventies=conventies(),
    )


def afdoeningsdatum_bij_start(zaaktype, startdatum: datetime.date) -> datetime.date:
    """The uiterste afdoeningsdatum of a zaak being registered (no opschorting or verlenging yet);
    the same rule as herbereken_afdoeningsdatum, without reading the zaak's rows."""
    from zaken import termijnen

    if zaaktype.procedure not in termijnen.BESLISPROCEDURES:
        return _streefdatum(zaaktype, startdatum)
    return _bereken(zaaktype, startdatum, opschortingen=[], verlengingen=[]).einddatum


def _streefdatum(zaaktype, startdatum: datetime.date) -> datetime.date:
    """Zaaktypen without a legal term: the zaaktype's doorlooptijd."""
    return startdatum + datetime.timedelta(days=zaaktype.doorlooptijd_dagen)


def conventies():
    """The open conventions of DOMAIN.md §2 as configured in settings."""
    from django.conf import settings

    from zaken import termijnen

    return termijnen.TermijnConventies(
        opschorting_telling=settings.TERMIJN_OPSCHORTING_TELLING,
        dwangsom_offset_dagen=settings.TERMIJN_DWANGSOM_DAGEN_NA_INGEBREKESTELLING,
    )


def herbereken_afdoeningsdatum(zaak: Zaak) -> datetime.date | None:
    berekening = termijnberekening(zaak)
    nieuw = _streefdatum(zaak.zaaktype, zaak.startdatum) if berekening is None else berekening.einddatum
    if nieuw != zaak.uiterste_afdoeningsdatum:
        zaak.uiterste_afdoeningsdatum = nieuw
        Zaak.objects.filter(pk=zaak.pk).update(uiterste_afdoeningsdatum=nieuw)
    return nieuw
