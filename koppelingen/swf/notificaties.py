"""Polling the SWF notificaties: an answer to our actieverzoek goes onto the zaak (and completes the
adviestaak); an actieverzoek addressed to us becomes a zaak of type Advies verstrekken.

SWF v5 has no known call to delete a notificatie, so CLO reads a window of eventDatumTijd: from the end
of the previous window (kept in SwfKoppeling.laatst_opgehaald) minus OVERLAP, for events the API
stores late or a clock that differs, up to now. A notificatie read twice is known by its notificatieId.
What a notificatie means is read from the actieverzoek it names, not from notificatieType: its values
were only seen in third-party code.
"""

from __future__ import annotations

import datetime
import io
import logging

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken.actions import ZaakFout, registreer_zaak, voeg_document_toe
from zaken.models import Documenttype

from ..dso.models import Actieverzoek, ActieverzoekStatus, Ketenpartner, Samenwerking, SwfKoppeling, SwfNotificatie
from ..dso.services.proces import proces_actie
from ..dso.services.routering import geldig_zaaktype
from ..errors import KoppelingFout, NietGeautoriseerd, NietGevonden
from .client import SwfClient

logger = logging.getLogger(__name__)

OVERLAP = datetime.timedelta(minutes=10)
# A koppeling's first poll looks back this far (set laatst_opgehaald earlier to read more).
EERSTE_VENSTER = datetime.timedelta(days=1)
NIEUW = ("OPEN", "IN_BEHANDELING")
BEANTWOORD = ("GEREEDGEMELD", "GEREED")


def haal_notificaties_op(koppeling: SwfKoppeling) -> int:
    client = SwfClient.voor_koppeling(koppeling)
    tot = timezone.now()
    na = (koppeling.laatst_opgehaald or tot - EERSTE_VENSTER) - OVERLAP
    try:
        items = list(client.notificaties(na=na, tot=tot))
    except KoppelingFout as exc:
        # Shown in the admin on the koppeling; the window stays, so the next poll reads it again.
        SwfKoppeling.objects.filter(pk=koppeling.pk).update(laatste_fout=str(exc)[:2000])
        raise
    for item in items:
        SwfNotificatie.objects.get_or_create(
            organisatie=koppeling.organisatie,
            notificatie_id=item["notificatieId"],
            defaults={
                "soort": str(item.get("notificatieType") or "")[:60],
                "inhoud": item,
            },
        )
    verwerkt = 0
    # Also the ones an earlier poll failed on: the window has moved past them, so retry from storage.
    for notificatie in SwfNotificatie.objects.filter(organisatie=koppeling.organisatie, verwerkt=False).order_by("pk"):
        try:
            _verwerk(client, koppeling.organisatie, notificatie)
        except Exception as exc:  # noqa: BLE001 - keep it, show it, try again next poll
            logger.exception("SWF-notificatie %s niet verwerkt", notificatie.notificatie_id)
            SwfNotificatie.objects.filter(pk=notificatie.pk).update(fout_melding=str(exc)[:2000])
            continue
        SwfNotificatie.objects.filter(pk=notificatie.pk).update(verwerkt=True, fout_melding="")
        verwerkt += 1
    # Only now: a failed page leaves the window where it was, so the next poll reads it again.
    SwfKoppeling.objects.filter(pk=koppeling.pk).update(laatst_opgehaald=tot, laatste_fout="")
    return verwerkt


def _verwerk(client: SwfClient, organisatie, notificatie: SwfNotificatie) -> None:
    properties = notificatie.inhoud.get("properties") or {}
    aid = properties.get("actieverzoekId")
    if not aid:
        return  # documents and invitations: CLO reads documents through their actieverzoek
    eigen = Actieverzoek.objects.filter(actieverzoek_id=aid, samenwerking__zaak__organisatie=organisatie)
    uitgaand = eigen.filter(inkomend=False).first()
    if uitgaand is not None:
        if uitgaand.status == ActieverzoekStatus.UITGEZET:
            _antwoord_ontvangen(client, organisatie, client.actieverzoek(aid))
        return
    if eigen.exists() or properties.get("actieverzoekStatusNieuw") not in (None, *NIEUW):
        return
    try:
        data = client.actieverzoek(aid)
    except (NietGevonden, NietGeautoriseerd) as exc:
        # Another participant's actieverzoek in a shared samenwerking, or gone: not for us.
        logger.info("SWF-actieverzoek %s niet leesbaar, overgeslagen: %s", aid, exc)
        return
    if data.get("ontvanger") == organisatie.oin and data.get("status") in NIEUW:
        _actieverzoek_ontvangen(client, organisatie, data)


def _documenten(data: dict, aangemaakt_door: str | None = None) -> list[dict]:
    """The actieverzoek's documents (optionally only those one party made): the answer documents
    are the ontvanger's, the question's are the zender's."""
    return [
        d
        for d in data.get("documenten") or []
        if isinstance(d, dict) and d.get("documentId") and aangemaakt_door in (None, d.get("aangemaaktDoor"))
    ]


def _op_zaak(client: SwfClient, zaak, document: dict, code: str):
    naam, inhoud = client.download(document["documentId"])
    naam = document.get("bestandsNaam") or naam
    bestand = io.BytesIO(inhoud)
    bestand.size = len(inhoud)
    documenttype = Documenttype.objects.filter(
        organisatie=zaak.organisatie, code=code
    ).first() or Documenttype.objects.get(organisatie=zaak.organisatie, code="overig")
    return voeg_document_toe(
        zaak, bestand=bestand, bestandsnaam=naam, titel=naam, documenttype=documenttype, door=None, bron="swf"
    )


@transaction.atomic
def _antwoord_ontvangen(client: SwfClient, organisatie, data: dict) -> None:
    status = data.get("status")
    if status not in (*BEANTWOORD, "GEWEIGERD"):
        return  # still OPEN or IN_BEHANDELING (a bericht, for instance)
    av = (
        Actieverzoek.objects.select_for_update()
        .select_related("samenwerking__zaak")
        .filter(actieverzoek_id=data["actieverzoekId"], inkomend=False, samenwerking__zaak__organisatie=organisatie)
        .first()
    )
    if av is None or av.status != ActieverzoekStatus.UITGEZET:
        return
    zaak = av.samenwerking.zaak
    if status == "GEWEIGERD":
        _geweigerd(av, zaak, data.get("melding") or "")
        return
    documenten = [_op_zaak(client, zaak, d, "advies") for d in _documenten(data, data.get("ontvanger"))]
    av.antwoord = data.get("melding") or "(geen toelichting)"
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


def _geweigerd(av: Actieverzoek, zaak, reden: str) -> None:
    # No status of our own for it (that needs a migration): the tab shows fout_melding next to the status,
    # and the adviestaak stays open for the behandelaar to decide.
    melding = f"Geweigerd door {av.ketenpartner_naam}: {reden or 'geen reden opgegeven'}"[:2000]
    if av.fout_melding == melding:
        return
    av.fout_melding = melding
    av.save(update_fields=["fout_melding"])
    log_gebeurtenis(
        organisatie=zaak.organisatie, door=None, actie="swf.geweigerd", zaak=zaak, obj=av, omschrijving=melding
    )


@transaction.atomic
def _actieverzoek_ontvangen(client: SwfClient, organisatie, data: dict) -> None:
    zaaktype = geldig_zaaktype(organisatie, "ADVIES-VERSTREKKEN")
    if zaaktype is None:
        raise ZaakFout("Het zaaktype ADVIES-VERSTREKKEN ontbreekt in de catalogus.")
    zender = data.get("zender") or ""
    partner = Ketenpartner.objects.filter(organisatie=organisatie, oin=zender).first()
    naam = partner.naam if partner else data.get("zenderNaam") or f"OIN {zender}"
    omschrijving = data.get("omschrijving") or data.get("titel") or ""
    zaak = registreer_zaak(
        zaaktype=zaaktype,
        omschrijving=f"Advies voor {naam}: {omschrijving}"[:300],
        door=None,
        bron="handmatig",
        kanaal="DSO samenwerken",
        toelichting=omschrijving,
    )
    sw = Samenwerking.objects.create(
        zaak=zaak, samenwerking_id=data.get("samenwerkingId") or "", titel=zaak.omschrijving
    )
    deadline = data.get("uiterlijkeReactiedatum")  # assumed field, see fake.py
    av = Actieverzoek.objects.create(
        samenwerking=sw,
        inkomend=True,
        actieverzoek_id=data["actieverzoekId"],
        ketenpartner_oin=zender,
        ketenpartner_naam=naam[:200],
        omschrijving=omschrijving,
        status=ActieverzoekStatus.ONTVANGEN,
        deadline=datetime.date.fromisoformat(deadline[:10]) if deadline else None,
    )
    for document in _documenten(data):
        av.documenten.add(_op_zaak(client, zaak, document, "correspondentie"))
