"""Samenwerken from a zaak: send an advies-actieverzoek to a ketenpartner, poll notificaties,
bring answers back onto the zaak, and turn incoming actieverzoeken into Advies verstrekken zaken."""

from __future__ import annotations

import datetime
import io
import logging

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken.actions import ZaakFout, registreer_zaak, voeg_document_toe
from zaken.models import Documenttype, Zaak

from ..dso.models import Actieverzoek, ActieverzoekStatus, Ketenpartner, Samenwerking, SwfKoppeling, SwfNotificatie
from ..dso.services.proces import proces_actie
from ..dso.services.routering import geldig_zaaktype
from .client import SwfClient

logger = logging.getLogger(__name__)


@transaction.atomic
def vraag_advies_via_swf(
    zaak: Zaak, *, ketenpartner: Ketenpartner, vraag: str, deadline: datetime.date, documenten, door
) -> Actieverzoek:
    """Records the actieverzoek (and the process's adviesverzoek) now; sending happens in a task."""
    if ketenpartner.organisatie_id != zaak.organisatie_id:
        raise ZaakFout("Deze ketenpartner hoort niet bij de organisatie van de zaak.")
    if not vraag.strip():
        raise ZaakFout("Beschrijf waarover u advies vraagt.")
    if deadline <= timezone.localdate():
        raise ZaakFout("De uiterste reactiedatum moet in de toekomst liggen.")
    samenwerking = zaak.samenwerkingen.first() or Samenwerking.objects.create(
        zaak=zaak, titel=f"{zaak.identificatie} {zaak.omschrijving}"[:300]
    )
    adviesverzoek_id = None
    vraag_advies = proces_actie("vraag_advies")
    if vraag_advies is not None:
        adviesverzoek_id = vraag_advies(
            zaak,
            door=door,
            soort="extern",
            adviseur=ketenpartner.naam,
            vraag=vraag,
            deadline=deadline,
            ketenpartner_oin=ketenpartner.oin,
        ).pk
    av = Actieverzoek.objects.create(
        samenwerking=samenwerking,
        ketenpartner_oin=ketenpartner.oin,
        ketenpartner_naam=ketenpartner.naam,
        omschrijving=vraag,
        deadline=deadline,
        adviesverzoek_id=adviesverzoek_id,
        aangemaakt_door=door,
    )
    av.documenten.set(documenten)
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="swf.actieverzoek",
        zaak=zaak,
        obj=av,
        omschrijving=f"Adviesverzoek via DSO samenwerken aan {ketenpartner.naam}, uiterlijk {deadline:%d-%m-%Y}.",
    )
    from ..dso.tasks import verstuur_actieverzoek

    transaction.on_commit(lambda: verstuur_actieverzoek.delay(av.pk))
    return av


def _client(organisatie) -> SwfClient:
    koppeling = SwfKoppeling.objects.select_related("service", "organisatie").get(organisatie=organisatie, actief=True)
    return SwfClient.voor_koppeling(koppeling)


def verstuur(actieverzoek_id: int) -> Actieverzoek:
    av = Actieverzoek.objects.select_related("samenwerking__zaak__organisatie").get(pk=actieverzoek_id)
    if av.status != ActieverzoekStatus.TE_VERSTUREN:
        return av
    zaak = av.samenwerking.zaak
    client = _client(zaak.organisatie)
    sw = av.samenwerking
    if not sw.samenwerking_id:
        sw.samenwerking_id = client.start_samenwerking(sw.titel, zaak.identificatie)
        sw.save(update_fields=["samenwerking_id"])
    client.nodig_uit(sw.samenwerking_id, av.ketenpartner_oin)
    ids = []
    for document in av.documenten.select_related("laatste_versie"):
        if document.laatste_versie:
            with document.laatste_versie.bestand.open("rb") as fh:
                ids.append(client.upload(sw.samenwerking_id, document.laatste_versie.bestandsnaam, fh))
    av.actieverzoek_id = client.stuur_actieverzoek(
        sw.samenwerking_id,
        ontvanger=av.ketenpartner_oin,
        omschrijving=av.omschrijving,
        deadline=av.deadline.isoformat() if av.deadline else "",
        documenten=ids,
    )
    av.status = ActieverzoekStatus.UITGEZET
    av.save(update_fields=["actieverzoek_id", "status"])
    return av


def haal_notificaties_op(koppeling: SwfKoppeling) -> int:
    client = SwfClient.voor_koppeling(koppeling)
    verwerkt = 0
    for item in client.notificaties():
        notificatie, _ = SwfNotificatie.objects.get_or_create(
            notificatie_id=item["notificatieId"],
            defaults={"organisatie": koppeling.organisatie, "soort": item.get("soort", ""), "inhoud": item},
        )
        if not notificatie.verwerkt:
            try:
                _verwerk(client, koppeling.organisatie, notificatie)
            except Exception as exc:  # noqa: BLE001 - keep it, show it, try again next poll
                logger.exception("SWF-notificatie %s niet verwerkt", notificatie.notificatie_id)
                SwfNotificatie.objects.filter(pk=notificatie.pk).update(fout_melding=str(exc)[:2000])
                continue
            SwfNotificatie.objects.filter(pk=notificatie.pk).update(verwerkt=True, fout_melding="")
            verwerkt += 1
        client.verwijder_notificatie(notificatie.notificatie_id)
    SwfKoppeling.objects.filter(pk=koppeling.pk).update(laatst_opgehaald=timezone.now(), laatste_fout="")
    return verwerkt


def _verwerk(client: SwfClient, organisatie, notificatie: SwfNotificatie) -> None:
    inhoud = notificatie.inhoud
    if notificatie.soort == "ActieverzoekGereedGemeld":
        _antwoord_ontvangen(client, organisatie, inhoud["samenwerkingId"], inhoud["actieverzoekId"])
    elif notificatie.soort == "ActieverzoekOntvangen":
        _actieverzoek_ontvangen(client, organisatie, inhoud["samenwerkingId"], inhoud["actieverzoekId"])


def _document(zaak, naam: str, inhoud: bytes, code: str):
    bestand = io.BytesIO(inhoud)
    bestand.size = len(inhoud)
    documenttype = Documenttype.objects.filter(
        organisatie=zaak.organisatie, code=code
    ).first() or Documenttype.objects.get(organisatie=zaak.organisatie, code="overig")
    return voeg_document_toe(
        zaak, bestand=bestand, bestandsnaam=naam, titel=naam, documenttype=documenttype, door=None, bron="swf"
    )


@transaction.atomic
def _antwoord_ontvangen(client: SwfClient, organisatie, samenwerking_id: str, actieverzoek_id: str) -> None:
    av = (
        Actieverzoek.objects.select_for_update()
        .select_related("samenwerking__zaak")
        .filter(actieverzoek_id=actieverzoek_id, samenwerking__zaak__organisatie=organisatie)
        .first()
    )
    if av is None or av.status == ActieverzoekStatus.BEANTWOORD:
        return
    zaak = av.samenwerking.zaak
    data = client.actieverzoek(samenwerking_id, actieverzoek_id)
    documenten = [
        _document(zaak, *client.download(samenwerking_id, did), "advies")
        for did in data.get("antwoordDocumenten") or []
    ]
    av.antwoord = data.get("toelichting") or "(geen toelichting)"
    av.status = ActieverzoekStatus.BEANTWOORD
    av.beantwoord_op = timezone.now()
    av.save(update_fields=["antwoord", "status", "beantwoord_op"])
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=None,
        actie="swf.advies_ontvangen",
        zaak=zaak,
        obj=av,
        omschrijving=f"Advies van {av.ketenpartner_naam} ontvangen via DSO samenwerken.",
    )
    registreer_advies = proces_actie("registreer_advies")
    if registreer_advies is not None and av.adviesverzoek_id:
        from vergunningen.models import Adviesverzoek

        adviesverzoek = Adviesverzoek.objects.get(pk=av.adviesverzoek_id)
        if adviesverzoek.status == Adviesverzoek.Status.GEVRAAGD:
            registreer_advies(adviesverzoek, door=None, antwoord=av.antwoord, documenten=documenten)


@transaction.atomic
def _actieverzoek_ontvangen(client: SwfClient, organisatie, samenwerking_id: str, actieverzoek_id: str) -> None:
    if Actieverzoek.objects.filter(actieverzoek_id=actieverzoek_id, inkomend=True).exists():
        return
    data = client.actieverzoek(samenwerking_id, actieverzoek_id)
    zaaktype = geldig_zaaktype(organisatie, "ADVIES-VERSTREKKEN")
    if zaaktype is None:
        raise ZaakFout("Het zaaktype ADVIES-VERSTREKKEN ontbreekt in de catalogus.")
    partner = Ketenpartner.objects.filter(organisatie=organisatie, oin=data.get("afzender")).first()
    naam = partner.naam if partner else f"OIN {data.get('afzender')}"
    zaak = registreer_zaak(
        zaaktype=zaaktype,
        omschrijving=f"Advies voor {naam}: {data.get('omschrijving', '')}"[:300],
        door=None,
        bron="handmatig",
        kanaal="DSO samenwerken",
        toelichting=data.get("omschrijving") or "",
    )
    sw = Samenwerking.objects.create(zaak=zaak, samenwerking_id=samenwerking_id, titel=zaak.omschrijving)
    deadline = data.get("uiterlijkeReactiedatum")
    av = Actieverzoek.objects.create(
        samenwerking=sw,
        inkomend=True,
        actieverzoek_id=actieverzoek_id,
        ketenpartner_oin=data.get("afzender") or "",
        ketenpartner_naam=naam,
        omschrijving=data.get("omschrijving") or "",
        status=ActieverzoekStatus.ONTVANGEN,
        deadline=datetime.date.fromisoformat(deadline) if deadline else None,
    )
    for did in data.get("documenten") or []:
        av.documenten.add(_document(zaak, *client.download(samenwerking_id, did), "correspondentie"))
