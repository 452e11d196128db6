"""Doel Aanvullen and Intrekken: follow-up messages on a zaak started earlier."""

from __future__ import annotations

import logging

from django.core.mail import send_mail
from django.db import transaction

from clo.audit.log import log_gebeurtenis
from zaken.actions import DocumentFout, ZaakFout, markeer_vervallen

from ..models import Bericht, Bijlage, VerzoekZaak
from ..stam import Verzoek
from .bijlagen_registratie import registreer_bijlagen
from .fouten import IntakeFout
from .proces import aanvulling_ontvangen, trek_in
from .snapshot import snapshot
from .starten import ontvangstdatum

logger = logging.getLogger(__name__)


def _verzoekzaken(verzoek: Verzoek, organisatie) -> list[VerzoekZaak]:
    gevonden = list(
        VerzoekZaak.objects.select_related("zaak", "zaak__zaaktype", "laatste_bericht")
        .filter(verzoeknummer=verzoek.verzoeknummer, zaak__organisatie=organisatie)
        .order_by("zaak_id")
    )
    if not gevonden:
        raise IntakeFout(
            "geen_zaak",
            f"Er is geen zaak met verzoeknummer {verzoek.verzoeknummer}; het bericht '{verzoek.doel}' kan nergens "
            "aan worden gekoppeld. Verwerk eerst het eerste bericht van dit verzoek en probeer het dan opnieuw.",
        )
    return gevonden


def _al_toegepast(vz: VerzoekZaak, bericht: Bericht) -> bool:
    laatste = vz.laatste_bericht
    return laatste.pk == bericht.pk or (laatste.volgnummer or "") > (bericht.volgnummer or "")


def vul_aan(bericht: Bericht, verzoek: Verzoek, organisatie) -> list:
    verzoekzaken = _verzoekzaken(verzoek, organisatie)
    if all(_al_toegepast(vz, bericht) for vz in verzoekzaken):
        return [vz.zaak for vz in verzoekzaken]
    nieuwe_ids = {d.document_id for d in verzoek.documenten}
    eerdere = list(
        Bijlage.objects.filter(bericht__verzoeknummer=verzoek.verzoeknummer)
        .exclude(bericht=bericht)
        .select_related("document")
    )
    zaak_per_activiteit = {s: vz.zaak for vz in verzoekzaken for s in vz.activiteit_sleutels}
    hoofdzaak = verzoekzaken[0].zaak
    registreer_bijlagen(
        bericht,
        verzoek,
        zaak_per_activiteit,
        hoofdzaak,
        al_ontvangen={b.dso_document_id for b in eerdere if b.dso_document_id in nieuwe_ids},
    )
    reden = f"Vervangen of vervallen bij aanvulling {verzoek.volgnummer} via het Omgevingsloket."
    for oud in eerdere:
        if (
            oud.dso_document_id not in nieuwe_ids
            and oud.document
            and not oud.document.vervallen
            and not oud.dso_document_id.startswith("verzoek-pdf-")
        ):
            try:
                markeer_vervallen(oud.document, door=None, reden=reden)
            except DocumentFout as exc:
                logger.warning("document %s niet vervallen: %s", oud.dso_document_id, exc)
    for vz in verzoekzaken:
        vz.gegevens = snapshot(verzoek, vz.activiteit_sleutels)
        vz.laatste_bericht = bericht
        vz.save(update_fields=["gegevens", "laatste_bericht"])
        zaak = vz.zaak
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=None,
            actie="dso.aanvulling",
            zaak=zaak,
            obj=bericht,
            omschrijving=f"Aanvulling {verzoek.volgnummer} ontvangen via het Omgevingsloket.",
            data={"verzoeknummer": verzoek.verzoeknummer, "volgnummer": verzoek.volgnummer},
        )
        try:
            aanvulling_ontvangen(zaak, ontvangen_op=ontvangstdatum(verzoek))
        except ZaakFout as exc:
            logger.warning("opschorting van %s niet beëindigd: %s", zaak.identificatie, exc)
        _meld_behandelaar(zaak, verzoek)
    return [vz.zaak for vz in verzoekzaken]


def _meld_behandelaar(zaak, verzoek: Verzoek) -> None:
    behandelaar = zaak.behandelaar
    if behandelaar is None or not behandelaar.email:
        return
    onderwerp = f"Aanvulling ontvangen voor zaak {zaak.identificatie}"
    tekst = (
        f"De aanvrager heeft verzoek {verzoek.verzoeknummer} aangevuld via het Omgevingsloket "
        f"(volgnummer {verzoek.volgnummer}). Bekijk de nieuwe antwoorden en documenten in zaak "
        f"{zaak.identificatie}."
    )
    transaction.on_commit(lambda: send_mail(onderwerp, tekst, None, [behandelaar.email], fail_silently=True))


def trek_verzoek_in(bericht: Bericht, verzoek: Verzoek, organisatie) -> list:
    verzoekzaken = _verzoekzaken(verzoek, organisatie)
    for vz in verzoekzaken:
        zaak = vz.zaak
        if not zaak.is_afgesloten:
            trek_in(
                zaak, reden=f"Ingetrokken door de aanvrager via het Omgevingsloket (volgnummer {verzoek.volgnummer})."
            )
        if vz.laatste_bericht_id != bericht.pk:
            vz.laatste_bericht = bericht
            vz.save(update_fields=["laatste_bericht"])
    return [vz.zaak for vz in verzoekzaken]
