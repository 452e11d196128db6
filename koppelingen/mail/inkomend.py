"""Incoming mail: store the raw message first (dedupe by Message-ID), then file it on the
zaak whose zaaknummer is in the subject, or leave it in the tenant's postvak."""

from __future__ import annotations

import hashlib
import logging

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from clo.accounts.models import Organisatie
from clo.audit.log import log_gebeurtenis
from koppelingen.mail import parsing
from koppelingen.mail.models import BerichtStatus, InkomendBericht
from zaken.models import Zaak

logger = logging.getLogger(__name__)


def bewaar_bericht(raw: bytes, *, bron: str, bron_sleutel: str = "", organisatie=None) -> tuple[InkomendBericht, bool]:
    """Stores the raw .eml; returns (bericht, nieuw). A message seen before (same Message-ID)
    is not stored twice, so the source may be read again safely."""
    mid = parsing.message_id(raw)
    bestaand = InkomendBericht.objects.filter(message_id=mid).first()
    if bestaand:
        return bestaand, False
    try:
        with transaction.atomic():
            bericht = InkomendBericht(
                message_id=mid,
                bron=bron,
                bron_sleutel=bron_sleutel[:500],
                sha256=hashlib.sha256(raw).hexdigest(),
                organisatie=organisatie,
            )
            bericht.eml.save("bericht.eml", ContentFile(raw), save=False)
            bericht.save()
    except IntegrityError:  # a parallel run stored it first
        return InkomendBericht.objects.get(message_id=mid), False
    return bericht, True


def _zoek_zaak(bericht: parsing.Bericht, organisatie) -> Zaak | None:
    organisaties = [organisatie] if organisatie else list(Organisatie.objects.all())
    prefixen = {o.zaaknummer_prefix: o for o in organisaties}
    for nummer in parsing.zaaknummers_in(bericht.onderwerp, list(prefixen)):
        org = prefixen[nummer.split("-")[0]]
        zaak = Zaak.objects.filter(organisatie=org, identificatie=nummer).select_related("organisatie").first()
        if zaak:
            return zaak
    return None


def _organisatie_uit_adres(bericht: parsing.Bericht):
    adressen = " ".join(bericht.ontvangers).lower()
    return next((o for o in Organisatie.objects.exclude(email="") if o.email.lower() in adressen), None)


def verwerk_bericht(bericht: InkomendBericht) -> InkomendBericht:
    """Idempotent: a message already filed or in the postvak is left as it is."""
    from koppelingen.mail.actions import archiveer_inkomend

    if bericht.status in (BerichtStatus.GEKOPPELD, BerichtStatus.POSTVAK):
        return bericht
    try:
        with bericht.eml.open("rb") as f:
            inhoud = parsing.parse(f.read())
        InkomendBericht.objects.filter(pk=bericht.pk).update(
            afzender=inhoud.afzender, onderwerp=inhoud.onderwerp, verzonden_op=inhoud.datum
        )
        bericht.refresh_from_db()
        zaak = _zoek_zaak(inhoud, bericht.organisatie)
        if zaak is None:
            organisatie = bericht.organisatie or _organisatie_uit_adres(inhoud)
            InkomendBericht.objects.filter(pk=bericht.pk).update(
                status=BerichtStatus.POSTVAK, organisatie=organisatie, fout=""
            )
        else:
            archiveer_inkomend(bericht, zaak, door=None)
    except Exception as exc:  # kept with its error, shown to functioneel beheer, retried later
        logger.exception("inkomend bericht niet verwerkt", extra={"bericht_id": bericht.pk})
        InkomendBericht.objects.filter(pk=bericht.pk).update(status=BerichtStatus.FOUT, fout=str(exc)[:2000])
    bericht.refresh_from_db()
    return bericht


def markeer(bericht: InkomendBericht, zaak: Zaak, door) -> None:
    InkomendBericht.objects.filter(pk=bericht.pk).update(
        zaak=zaak,
        organisatie=zaak.organisatie,
        status=BerichtStatus.GEKOPPELD,
        toegewezen_door=door if door is not None and door.pk else None,
    )
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="mail.ontvangen",
        zaak=zaak,
        obj=bericht,
        omschrijving=f"E-mail van {bericht.afzender or 'onbekend'} opgeslagen: '{bericht.onderwerp}'.",
        data={"message_id": bericht.message_id, "ontvangen_op": timezone.now().isoformat()},
    )
