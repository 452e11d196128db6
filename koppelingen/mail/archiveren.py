"""Filing incoming mail on a zaak (automatically or from the postvak)."""

from __future__ import annotations

import io
import logging

from django.db import transaction

from clo.audit.log import log_gebeurtenis
from koppelingen.mail import parsing
from koppelingen.mail.fouten import MailFout
from koppelingen.mail.inkomend import markeer
from koppelingen.mail.models import BerichtStatus, InkomendBericht
from zaken.actions import DocumentFout, voeg_document_toe
from zaken.models import Documenttype
from zaken.uploads import UploadGeweigerd, controleer_upload

logger = logging.getLogger(__name__)


def _correspondentie(organisatie) -> Documenttype:
    return Documenttype.objects.get(organisatie=organisatie, code="correspondentie")


def archiveer_inkomend(bericht: InkomendBericht, zaak, *, door) -> InkomendBericht:
    """Files the message (.eml) and each acceptable attachment on the zaak (bron 'mail'),
    records the event and mails the behandelaar. Rejected attachments stay inside the stored
    .eml and are named in the event."""
    with bericht.eml.open("rb") as f:
        raw = f.read()
    inhoud = parsing.parse(raw)
    documenttype = _correspondentie(zaak.organisatie)
    geweigerd = []
    with transaction.atomic():
        bericht = InkomendBericht.objects.select_for_update().get(pk=bericht.pk)
        if bericht.status == BerichtStatus.GEKOPPELD:
            return bericht
        eml = io.BytesIO(raw)
        eml.size = len(raw)
        titel = f"E-mail: {inhoud.onderwerp or '(geen onderwerp)'}"[:200]
        mail_document = voeg_document_toe(
            zaak,
            bestand=eml,
            bestandsnaam="bericht.eml",
            titel=titel,
            documenttype=documenttype,
            door=door,
            bron="mail",
        )
        for bijlage in inhoud.bijlagen:
            bestand = io.BytesIO(bijlage.inhoud)
            bestand.size = len(bijlage.inhoud)
            try:
                controleer_upload(bestand, bijlage.naam)
                voeg_document_toe(
                    zaak,
                    bestand=bestand,
                    bestandsnaam=bijlage.naam,
                    titel=bijlage.naam,
                    documenttype=documenttype,
                    door=door,
                    bron="mail",
                )
            except (UploadGeweigerd, DocumentFout) as exc:
                geweigerd.append(f"{bijlage.naam}: {exc}")
        if geweigerd:
            InkomendBericht.objects.filter(pk=bericht.pk).update(
                fout="Niet opgeslagen bijlagen: " + "; ".join(geweigerd)
            )
        markeer(bericht, zaak, door)
        if geweigerd:
            log_gebeurtenis(
                organisatie=zaak.organisatie,
                door=door,
                actie="mail.bijlage_geweigerd",
                zaak=zaak,
                obj=bericht,
                omschrijving="Bijlagen niet opgeslagen (staan wel in het bericht): " + "; ".join(geweigerd),
            )
        transaction.on_commit(lambda: _meld_behandelaar(zaak.pk, mail_document.pk))
    bericht.refresh_from_db()
    return bericht


def _meld_behandelaar(zaak_id: int, document_id: int) -> None:
    """In-app notifications do not exist yet: the behandelaar gets an e-mail."""
    from zaken.models import Document, Zaak

    zaak = Zaak.objects.select_related("behandelaar", "organisatie").get(pk=zaak_id)
    if not (zaak.behandelaar and zaak.behandelaar.email):
        return
    document = Document.objects.get(pk=document_id)
    from koppelingen.mail.actions import verstuur_mail

    try:
        verstuur_mail(
            zaak,
            door=None,
            sjabloon_code="inkomend_bericht",
            ontvangers=[zaak.behandelaar.email],
            extra={"document": {"titel": document.titel}},
        )
    except MailFout:
        logger.warning("behandelaar niet gemaild", extra={"zaak_id": zaak_id})


def wijs_bericht_toe(bericht: InkomendBericht, zaak, *, door) -> InkomendBericht:
    """From the postvak: a user files an unmatched message on a zaak of the same tenant."""
    if bericht.organisatie_id and bericht.organisatie_id != zaak.organisatie_id:
        raise MailFout("Dit bericht hoort bij een andere organisatie.")
    if bericht.status == BerichtStatus.GEKOPPELD:
        raise MailFout("Dit bericht is al bij een zaak opgeslagen.")
    return archiveer_inkomend(bericht, zaak, door=door)
