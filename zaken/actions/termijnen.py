"""Opschorting and verlenging of a zaak's beslistermijn; the uiterste afdoeningsdatum is
re-derived after every change."""

import datetime

from django.db import transaction

from clo.audit.log import log_gebeurtenis
from zaken.actions.zaak import ZaakFout
from zaken.models import Opschorting, Verlenging, Zaak
from zaken.termijnbewaking import herbereken_afdoeningsdatum


def _vergrendel(zaak: Zaak) -> Zaak:
    return Zaak.objects.select_for_update().select_related("zaaktype", "organisatie").get(pk=zaak.pk)


@transaction.atomic
def schort_op(
    zaak: Zaak,
    *,
    door,
    reden: str,
    begindatum: datetime.date,
    aanvullingstermijn_tot: datetime.date | None = None,
    soort: str = "aanvulling",
) -> Opschorting:
    zaak = _vergrendel(zaak)
    if not zaak.zaaktype.opschorting_mogelijk:
        raise ZaakFout("Bij dit zaaktype kan de termijn niet worden opgeschort.")
    if zaak.opschortingen.filter(einddatum__isnull=True).exists():
        raise ZaakFout("Er loopt al een opschorting; beëindig die eerst.")
    if soort == "aanvulling" and aanvullingstermijn_tot is None:
        # ABRvS 21-9-2016: a request without a term does not suspend.
        raise ZaakFout("Geef de termijn waarbinnen de aanvrager moet aanvullen; zonder termijn wordt niet opgeschort.")
    opschorting = Opschorting.objects.create(
        zaak=zaak,
        soort=soort,
        reden=reden,
        begindatum=begindatum,
        aanvullingstermijn_tot=aanvullingstermijn_tot,
        geregistreerd_door=door,
    )
    nieuw = herbereken_afdoeningsdatum(zaak)
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="termijn.opgeschort",
        zaak=zaak,
        obj=opschorting,
        reden=reden,
        omschrijving=f"Termijn opgeschort vanaf {begindatum:%d-%m-%Y}.",
        data={"uiterste_afdoeningsdatum": nieuw.isoformat() if nieuw else None},
    )
    return opschorting


@transaction.atomic
def beeindig_opschorting(
    zaak: Zaak, *, door, einddatum: datetime.date, reden: str = "Aanvulling ontvangen"
) -> Opschorting:
    zaak = _vergrendel(zaak)
    opschorting = zaak.opschortingen.filter(einddatum__isnull=True).first()
    if opschorting is None:
        raise ZaakFout("Er loopt geen opschorting.")
    if einddatum < opschorting.begindatum:
        raise ZaakFout("De einddatum ligt vóór het begin van de opschorting.")
    opschorting.einddatum = einddatum
    opschorting.save(update_fields=["einddatum"])
    nieuw = herbereken_afdoeningsdatum(zaak)
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="termijn.hervat",
        zaak=zaak,
        obj=opschorting,
        reden=reden,
        omschrijving=f"Opschorting beëindigd op {einddatum:%d-%m-%Y}; nieuwe uiterste datum {nieuw:%d-%m-%Y}.",
    )
    return opschorting


@transaction.atomic
def verleng(zaak: Zaak, *, door, reden: str, duur_dagen: int, besloten_op: datetime.date) -> Verlenging:
    from zaken import termijnen

    zaak = _vergrendel(zaak)
    if not zaak.zaaktype.verlenging_mogelijk:
        raise ZaakFout("Bij dit zaaktype is verlenging van de termijn niet mogelijk.")
    verlenging = Verlenging.objects.create(
        zaak=zaak, duur_dagen=duur_dagen, reden=reden, besloten_op=besloten_op, geregistreerd_door=door
    )
    try:
        nieuw = herbereken_afdoeningsdatum(zaak)
    except termijnen.TermijnFout as exc:
        raise ZaakFout(str(exc)) from exc
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="termijn.verlengd",
        zaak=zaak,
        obj=verlenging,
        reden=reden,
        omschrijving=f"Termijn verlengd met {duur_dagen} dagen; nieuwe uiterste datum {nieuw:%d-%m-%Y}.",
    )
    return verlenging


def beeindig_verlopen_opschortingen(vandaag: datetime.date) -> int:
    """Awb 4:15: the suspension ends when the aanvullingstermijn expires unused. Ends every running
    aanvulling-opschorting whose term has passed on its last day; idempotent (daily job)."""
    from zaken.models import Opschorting

    aantal = 0
    verlopen = Opschorting.objects.filter(
        soort="aanvulling", einddatum__isnull=True, aanvullingstermijn_tot__lt=vandaag
    ).select_related("zaak")
    for opschorting in verlopen:
        beeindig_opschorting(
            opschorting.zaak, door=None, einddatum=opschorting.aanvullingstermijn_tot,
            reden="Aanvullingstermijn ongebruikt verstreken",
        )
        aantal += 1
    return aantal
