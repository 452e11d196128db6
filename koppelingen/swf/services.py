"""Samenwerken from a zaak: send an advies-actieverzoek to a ketenpartner. Polling the notificaties
(answers back onto the zaak, incoming actieverzoeken as Advies verstrekken zaken): notificaties.py."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken.actions import ZaakFout
from zaken.models import Zaak

from ..dso.models import Actieverzoek, ActieverzoekStatus, Ketenpartner, Samenwerking, SwfKoppeling, VerzoekZaak
from ..dso.services.proces import proces_actie
from .client import SwfClient
from .notificaties import haal_notificaties_op

__all__ = ["haal_notificaties_op", "verstuur", "vraag_advies_via_swf"]

# How CLO names itself in a samenwerking's kenmerkSysteem (the zaak's identificatie is the nummer).
KENMERK_SYSTEEM = "CLO"


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
        sw.samenwerking_id = client.start_samenwerking(
            sw.titel,
            kenmerk_systeem=KENMERK_SYSTEEM,
            nummer_binnen_systeem=zaak.identificatie,
            verzoeknummer=VerzoekZaak.objects.filter(zaak=zaak).values_list("verzoeknummer", flat=True).first(),
        )
        sw.save(update_fields=["samenwerking_id"])
    client.nodig_uit(sw.samenwerking_id, av.ketenpartner_oin)
    ids = []
    for document in av.documenten.select_related("laatste_versie"):
        if document.laatste_versie:
            with document.laatste_versie.bestand.open("rb") as fh:
                naam = document.laatste_versie.bestandsnaam
                ids.append(client.upload(sw.samenwerking_id, naam, fh, kenmerk=str(document.uuid)))
    av.actieverzoek_id = client.stuur_actieverzoek(
        sw.samenwerking_id,
        ontvanger=av.ketenpartner_oin,
        titel=f"Adviesverzoek {zaak.identificatie}"[:200],
        omschrijving=av.omschrijving,
        deadline=av.deadline,
        documenten=ids,
        soort=av.soort,
    )
    av.status = ActieverzoekStatus.UITGEZET
    av.save(update_fields=["actieverzoek_id", "status"])
    return av
