"""Writes of the vergunningen app: starting and ending processes, adviezen, aanvullingen,
verlenging and besluiten. Views, flow nodes, Celery tasks and commands call these."""

import datetime
import logging

from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from clo.audit.log import log_gebeurtenis
from vergunningen import brieven, tijd
from vergunningen.models import Adviesverzoek
from zaken.actions import ZaakFout, sluit_zaak, zet_status
from zaken.actions.termijnen import beeindig_opschorting, schort_op, verleng
from zaken.models import Besluit, Zaak
from zaken.werkvoorraad.actions import synchroniseer_deadlines
from zaken.werkvoorraad.models import ZaakProces

logger = logging.getLogger(__name__)


def flow_van(zaaktype):
    return import_string(zaaktype.flow) if zaaktype.flow else None


def zet_status_code(zaak: Zaak, code: str, *, door, toelichting: str = "") -> None:
    statustype = zaak.zaaktype.statustypen.filter(code=code).first()
    if statustype is None:
        logger.warning("Zaaktype %s kent status %s niet", zaak.zaaktype.identificatie, code)
        return
    if zaak.status_id and zaak.status.statustype_id == statustype.pk:
        return
    zet_status(zaak, statustype, door=door, toelichting=toelichting)


def resultaattype(zaak: Zaak, *codes: str):
    gevonden = {r.code: r for r in zaak.zaaktype.resultaattypen.filter(code__in=codes)}
    for code in codes:
        if code in gevonden:
            return gevonden[code]
    raise ZaakFout(f"Het zaaktype kent geen resultaat {' of '.join(codes)}.")


def start_proces(zaak: Zaak, *, door) -> ZaakProces | None:
    """Start the flow the zaaktype names; idempotent (a zaak has at most one process)."""
    bestaand = ZaakProces.objects.filter(zaak=zaak).first()
    if bestaand or zaak.is_afgesloten:
        return bestaand
    flow = flow_van(zaak.zaaktype)
    if flow is None:
        return None
    from zaken.werkvoorraad.context import als_gebruiker

    with als_gebruiker(door), transaction.atomic():
        Zaak.objects.select_for_update().filter(pk=zaak.pk).first()  # serialise concurrent starts
        if ZaakProces.objects.filter(zaak=zaak).exists():
            return ZaakProces.objects.get(zaak=zaak)
        flow.start.run(zaak=zaak, door=door)
        proces = ZaakProces.objects.get(zaak=zaak)
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="proces.gestart",
            zaak=zaak,
            obj=proces,
            omschrijving=f"Proces '{flow.process_title}' gestart.",
        )
    return proces


@transaction.atomic
def trek_in(zaak: Zaak, *, door, reden: str) -> Zaak:
    """The aanvrager withdraws: every open step stops and the zaak ends as ingetrokken/afgebroken."""
    if not reden.strip():
        raise ZaakFout("Geef aan hoe en wanneer de aanvrager de aanvraag heeft ingetrokken.")
    zaak = Zaak.objects.select_for_update().get(pk=zaak.pk)
    if zaak.is_afgesloten:
        raise ZaakFout("De zaak is al afgesloten.")
    proces = ZaakProces.objects.filter(zaak=zaak).first()
    if proces is not None and proces.status == "NEW":
        proces.flow_class.instance.cancel(proces)
    open_opschorting = zaak.opschortingen.filter(einddatum__isnull=True).first()
    if open_opschorting:
        beeindig_opschorting(
            zaak, door=door, einddatum=max(tijd.vandaag(), open_opschorting.begindatum), reden="Aanvraag ingetrokken"
        )
    Adviesverzoek.objects.filter(zaak=zaak, status=Adviesverzoek.Status.GEVRAAGD).update(
        status=Adviesverzoek.Status.VERVALLEN
    )
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="aanvraag.ingetrokken",
        zaak=zaak,
        obj=zaak,
        reden=reden,
        omschrijving="De aanvrager heeft de aanvraag ingetrokken; het proces is afgebroken.",
    )
    sluit_zaak(
        zaak, resultaattype(zaak, "ingetrokken", "afgebroken"), door=door, toelichting=reden, einddatum=tijd.vandaag()
    )
    return zaak


@transaction.atomic
def vraag_aanvulling(zaak: Zaak, *, door, reden: str, verzonden_op: datetime.date, termijn_tot: datetime.date):
    if termijn_tot <= verzonden_op:
        raise ZaakFout("De aanvullingstermijn moet na de verzenddatum van het verzoek eindigen.")
    if zaak.zaaktype.opschorting_mogelijk and zaak.uiterste_afdoeningsdatum:
        schort_op(zaak, door=door, reden=reden, begindatum=verzonden_op, aanvullingstermijn_tot=termijn_tot)
        synchroniseer_deadlines(zaak)
    zet_status_code(zaak, "aanvulling_gevraagd", door=door, toelichting=reden)
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="aanvulling.gevraagd",
        zaak=zaak,
        obj=zaak,
        reden=reden,
        omschrijving=f"Aanvulling gevraagd, termijn tot {termijn_tot:%d-%m-%Y}.",
        data={"termijn_tot": termijn_tot.isoformat()},
    )
    brieven.verstuur(zaak, "aanvulverzoek", door=door, extra={"reden": reden, "termijn_tot": termijn_tot.isoformat()})


@transaction.atomic
def registreer_aanvulling(zaak: Zaak, *, door, ontvangen_op: datetime.date | None) -> None:
    """`ontvangen_op` None: the term expired unused (Awb 4:15: suspension ends at expiry)."""
    opschorting = zaak.opschortingen.filter(einddatum__isnull=True).first()
    if opschorting is not None:
        einde = ontvangen_op or opschorting.aanvullingstermijn_tot
        beeindig_opschorting(
            zaak,
            door=door,
            einddatum=einde,
            reden="Aanvulling ontvangen" if ontvangen_op else "Aanvullingstermijn ongebruikt verstreken",
        )
        synchroniseer_deadlines(zaak)
    if ontvangen_op:
        zet_status_code(zaak, "ontvankelijkheid", door=door, toelichting="Aanvulling ontvangen")
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie="aanvulling.ontvangen",
            zaak=zaak,
            obj=zaak,
            omschrijving=f"Aanvulling ontvangen op {ontvangen_op:%d-%m-%Y}.",
        )


@transaction.atomic
def verleng_termijn(zaak: Zaak, *, door, reden: str, besloten_op: datetime.date, duur_dagen: int | None = None):
    if not reden.strip():
        raise ZaakFout("Geef de reden van de verlenging.")
    if zaak.is_afgesloten:
        raise ZaakFout("De zaak is afgesloten.")
    duur = duur_dagen or zaak.zaaktype.verlengingstermijn_dagen
    if not duur:
        raise ZaakFout("Bij dit zaaktype is geen verlengingstermijn ingesteld.")
    verlenging = verleng(zaak, door=door, reden=reden, duur_dagen=duur, besloten_op=besloten_op)
    synchroniseer_deadlines(zaak)
    brieven.verstuur(zaak, "verdagingsbesluit", door=door, extra={"reden": reden})
    return verlenging


@transaction.atomic
def vraag_advies(
    zaak: Zaak, *, door, soort: str, adviseur: str, vraag: str, deadline: datetime.date, ketenpartner_oin: str = ""
) -> Adviesverzoek:
    verzoek = Adviesverzoek.objects.create(
        zaak=zaak,
        soort=soort,
        adviseur=adviseur,
        vraag=vraag,
        deadline=deadline,
        ketenpartner_oin=ketenpartner_oin,
        gevraagd_door=door,
        gevraagd_op=tijd.vandaag(),
    )
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="advies.gevraagd",
        zaak=zaak,
        obj=verzoek,
        omschrijving=f"Advies gevraagd aan {adviseur}, uiterlijk {deadline:%d-%m-%Y}.",
    )
    return verzoek


def registreer_advies(adviesverzoek: Adviesverzoek, *, door, antwoord: str, documenten=()) -> Adviesverzoek:
    """Record an advice and complete the process's advice step (intern: the adviseur's task;
    extern, e.g. from DSO samenwerken: the waiting Handle node)."""
    from vergunningen.flows.adviezen import voltooi_adviesstap

    if not antwoord.strip():
        raise ZaakFout("Het advies is leeg.")
    with transaction.atomic():
        verzoek = Adviesverzoek.objects.select_for_update().get(pk=adviesverzoek.pk)
        if verzoek.status != Adviesverzoek.Status.GEVRAAGD:
            raise ZaakFout("Dit adviesverzoek is al beantwoord of vervallen.")
        leg_advies_vast(verzoek, door=door, antwoord=antwoord, documenten=documenten)
        voltooi_adviesstap(verzoek, door=door)
    return verzoek


def leg_advies_vast(verzoek: Adviesverzoek, *, door, antwoord: str, documenten=()) -> None:
    verzoek.status = Adviesverzoek.Status.ONTVANGEN
    verzoek.antwoord = antwoord
    verzoek.beantwoord_door = door if door is not None and door.pk else None
    verzoek.beantwoord_op = timezone.now()
    verzoek.save()
    if documenten:
        verzoek.documenten.add(*documenten)
    log_gebeurtenis(
        organisatie=verzoek.zaak.organisatie,
        door=door,
        actie="advies.ontvangen",
        zaak=verzoek.zaak,
        obj=verzoek,
        omschrijving=f"Advies van {verzoek.adviseur} ontvangen.",
    )


@transaction.atomic
def leg_besluit_vast(
    zaak: Zaak, *, door, uitkomst: str, datum: datetime.date, toelichting: str = "", voorschriften: str = ""
) -> Besluit:
    nummer = zaak.besluiten.count() + 1
    besluit = Besluit.objects.create(
        zaak=zaak,
        identificatie=f"{zaak.identificatie}-B{nummer}",
        besluittype="Omgevingsvergunning",
        uitkomst=uitkomst,
        datum=datum,
        ingangsdatum=datum,
        toelichting=toelichting,
        voorschriften=voorschriften,
    )
    zet_status_code(zaak, "besluit_genomen", door=door, toelichting=f"Besluit: {uitkomst.replace('_', ' ')}")
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="besluit.vastgelegd",
        zaak=zaak,
        obj=besluit,
        omschrijving=f"Besluit {besluit.identificatie} vastgelegd: {uitkomst.replace('_', ' ')}.",
    )
    return besluit


def besluit_verzonden(proces_id: int) -> None:
    """Called from Celery: send the beschikking and resume the flow at its waiting Handle."""
    from vergunningen.flows.verzending import hervat_na_verzending

    hervat_na_verzending(proces_id)
