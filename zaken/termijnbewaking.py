"""Bridge between a zaak's rows (opschortingen, verlengingen) and the pure termijnen engine.
The uiterste afdoeningsdatum is always derived here, never typed."""

import datetime

from zaken.models import Zaak


def termijnberekening(zaak: Zaak):
    """The explained calculation for this zaak, or None for zaaktypen without a legal term."""
    from zaken import termijnen

    procedure = zaak.zaaktype.procedure
    if procedure not in termijnen.BESLISPROCEDURES:
        return None
    return termijnen.bereken_beslistermijn(
        procedure,
        zaak.startdatum,
        opschortingen=[termijnen.Opschorting(o.begindatum, o.einddatum, o.reden) for o in zaak.opschortingen.all()],
        verlengingen=[
            termijnen.Verlenging(termijnen.Duur.dagen(v.duur_dagen), v.besloten_op, v.reden)
            for v in zaak.verlengingen.all()
        ],
        kalender=termijnen.kalender_voor_django(),
        conventies=conventies(),
    )


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
    if berekening is None:
        nieuw = zaak.startdatum + datetime.timedelta(days=zaak.zaaktype.doorlooptijd_dagen)
    else:
        nieuw = berekening.einddatum
    if nieuw != zaak.uiterste_afdoeningsdatum:
        zaak.uiterste_afdoeningsdatum = nieuw
        Zaak.objects.filter(pk=zaak.pk).update(uiterste_afdoeningsdatum=nieuw)
    return nieuw
