"""Writes of the brieven app. The process engine calls maak_brief(zaak, code, door=..., extra=...).

Rendering (hundreds of ms) happens before the transaction opens, so no row lock is held while
WeasyPrint works."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken.actions import DocumentFout, maak_definitief, nieuwe_versie, voeg_document_toe
from zaken.brieven.context import bouw_context
from zaken.brieven.models import BatchOpdracht, Brief, BriefSjabloon
from zaken.brieven.render import render_brief_pdf
from zaken.brieven.waarden import naar_json, uit_json
from zaken.models import Document, DocumentStatus


class BriefFout(Exception):
    """A letter cannot be made; the message is Dutch and shown to the user."""


def sjabloon_voor(organisatie, code: str) -> BriefSjabloon:
    try:
        return BriefSjabloon.objects.select_related("organisatie", "documenttype").get(
            organisatie=organisatie, code=code, actief=True
        )
    except BriefSjabloon.DoesNotExist as exc:
        raise BriefFout(f"Er is geen actief briefsjabloon '{code}' voor {organisatie.naam}.") from exc


def _render(sjabloon: BriefSjabloon, zaak, extra: dict | None, *, concept: bool) -> bytes:
    try:
        context = bouw_context(zaak, extra=extra)
        return render_brief_pdf(sjabloon, context, concept=concept)
    except ValidationError as exc:
        raise BriefFout(" ".join(exc.messages)) from exc


def _bestand(pdf: bytes, naam: str) -> ContentFile:
    return ContentFile(pdf, name=naam)


def _bestandsnaam(sjabloon: BriefSjabloon, zaak, concept: bool) -> str:
    return f"{sjabloon.code}-{zaak.identificatie}{'-concept' if concept else ''}.pdf"


def maak_brief(zaak, code: str, *, door, extra: dict | None = None, batch: BatchOpdracht | None = None) -> Document:
    """A concept letter (status in bewerking) stored as a zaak document. Called again for the
    same template while the concept is still in bewerking, it replaces the content as a new
    version of that document instead of creating another one."""
    if zaak.is_afgesloten:
        raise BriefFout("De zaak is afgesloten; er kunnen geen brieven meer worden gemaakt.")
    sjabloon = sjabloon_voor(zaak.organisatie, code)
    pdf = _render(sjabloon, zaak, extra, concept=True)
    naam = _bestandsnaam(sjabloon, zaak, concept=True)
    with transaction.atomic():
        bestaand = (
            Brief.objects.select_related("document")
            .filter(
                zaak=zaak,
                sjabloon=sjabloon,
                batch=None,
                document__status=DocumentStatus.IN_BEWERKING,
                document__vervallen=False,
            )
            .order_by("-aangemaakt_op")
            .first()
            if batch is None
            else None
        )
        if bestaand:
            nieuwe_versie(bestaand.document, bestand=_bestand(pdf, naam), bestandsnaam=naam, door=door)
            Brief.objects.filter(pk=bestaand.pk).update(
                gegevens=naar_json(extra or {}), sjabloon_versie=sjabloon.versie
            )
            document = bestaand.document
            document.refresh_from_db()
            actie, tekst = "brief.opnieuw", "opnieuw gemaakt"
        else:
            document = voeg_document_toe(
                zaak,
                bestand=_bestand(pdf, naam),
                bestandsnaam=naam,
                titel=sjabloon.naam,
                documenttype=sjabloon.documenttype,
                door=door,
                bron="brief",
            )
            Brief.objects.create(
                document=document,
                zaak=zaak,
                sjabloon=sjabloon,
                sjabloon_versie=sjabloon.versie,
                gegevens=naar_json(extra or {}),
                batch=batch,
                aangemaakt_door=door if door is not None and door.pk else None,
            )
            actie, tekst = "brief.gemaakt", "als concept gemaakt"
        log_gebeurtenis(
            organisatie=zaak.organisatie,
            door=door,
            actie=actie,
            zaak=zaak,
            obj=document,
            omschrijving=f"Brief '{sjabloon.naam}' {tekst} (sjabloonversie {sjabloon.versie}).",
        )
    return document


def maak_brief_definitief(document: Document, *, door) -> Document:
    """Renders the final PDF/A (without the concept mark) as the last version, then freezes
    the document through zaken.actions.maak_definitief: from then on it cannot change."""
    try:
        brief = Brief.objects.select_related("sjabloon__organisatie", "sjabloon__documenttype", "zaak").get(
            document=document
        )
    except Brief.DoesNotExist as exc:
        raise BriefFout("Dit document is geen brief uit een sjabloon.") from exc
    if document.is_definitief:
        raise BriefFout("Deze brief is al definitief en kan niet meer veranderen.")
    pdf = _render(brief.sjabloon, brief.zaak, uit_json(brief.gegevens), concept=False)
    naam = _bestandsnaam(brief.sjabloon, brief.zaak, concept=False)
    try:
        with transaction.atomic():
            nieuwe_versie(document, bestand=_bestand(pdf, naam), bestandsnaam=naam, door=door)
            document = maak_definitief(document, door=door)
            Brief.objects.filter(pk=brief.pk).update(definitief_op=timezone.now())
            log_gebeurtenis(
                organisatie=brief.zaak.organisatie,
                door=door,
                actie="brief.definitief",
                zaak=brief.zaak,
                obj=document,
                omschrijving=f"Brief '{brief.sjabloon.naam}' definitief gemaakt (PDF/A).",
            )
    except DocumentFout as exc:
        raise BriefFout(str(exc)) from exc
    return document


def start_batch(sjabloon: BriefSjabloon, zaken, *, door) -> BatchOpdracht:
    from zaken.brieven.tasks import maak_batchbrieven

    zaak_ids = [z.pk for z in zaken if z.organisatie_id == sjabloon.organisatie_id]
    if not zaak_ids:
        raise BriefFout("Kies ten minste één zaak van deze organisatie.")
    with transaction.atomic():
        batch = BatchOpdracht.objects.create(
            organisatie=sjabloon.organisatie,
            sjabloon=sjabloon,
            zaak_ids=zaak_ids,
            totaal=len(zaak_ids),
            aangemaakt_door=door,
        )
        log_gebeurtenis(
            organisatie=sjabloon.organisatie,
            door=door,
            actie="brief.batch",
            obj=batch,
            omschrijving=f"Batch van {len(zaak_ids)} brieven '{sjabloon.naam}' gestart.",
        )
        # Chunks spread the work over the workers while keeping the queue short.
        for i in range(0, len(zaak_ids), BATCH_GROOTTE):
            deel = zaak_ids[i : i + BATCH_GROOTTE]
            transaction.on_commit(lambda deel=deel: maak_batchbrieven.delay(batch.pk, deel))
    return batch


BATCH_GROOTTE = 10
