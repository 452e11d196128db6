from django.db import transaction

from clo.audit.log import log_gebeurtenis
from zaken import signals
from zaken.models import Document, DocumentStatus, DocumentVersie
from zaken.uploads import UploadGeweigerd, controleer_upload, veilige_bestandsnaam


class DocumentFout(Exception):
    pass


def _bewaar_versie(document: Document, bestand, naam: str, door, versie: int) -> DocumentVersie:
    try:
        controle = controleer_upload(bestand, naam)
    except UploadGeweigerd as exc:
        raise DocumentFout(str(exc)) from exc
    v = DocumentVersie(
        document=document,
        versie=versie,
        bestandsnaam=veilige_bestandsnaam(naam),
        mimetype=controle.mimetype,
        grootte=controle.grootte,
        sha256=controle.sha256,
        aangemaakt_door=door if door is not None and door.pk else None,
    )
    v.bestand.save(v.bestandsnaam, bestand, save=False)
    v.save()
    document.laatste_versie = v
    document.save(update_fields=["laatste_versie"])
    return v


@transaction.atomic
def voeg_document_toe(
    zaak,
    *,
    bestand,
    bestandsnaam: str,
    titel: str,
    documenttype,
    door,
    vertrouwelijkheidaanduiding: str = "",
    bron: str = "upload",
    status: str = DocumentStatus.IN_BEWERKING,
) -> Document:
    if documenttype.organisatie_id != zaak.organisatie_id:
        raise DocumentFout("Dit documenttype hoort niet bij de organisatie van de zaak.")
    document = Document.objects.create(
        zaak=zaak,
        documenttype=documenttype,
        titel=titel.strip() or bestandsnaam,
        vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding or documenttype.vertrouwelijkheidaanduiding,
        auteur=str(door) if door else "Systeem",
        bron=bron,
        status=status,
    )
    _bewaar_versie(document, bestand, bestandsnaam, door, 1)
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="document.toegevoegd",
        zaak=zaak,
        obj=document,
        omschrijving=f"Document '{document.titel}' toegevoegd ({documenttype.omschrijving}).",
    )
    transaction.on_commit(
        lambda: signals.document_toegevoegd.send(sender=Document, zaak_id=zaak.pk, document_id=document.pk)
    )
    return document


@transaction.atomic
def nieuwe_versie(document: Document, *, bestand, bestandsnaam: str, door) -> DocumentVersie:
    document = Document.objects.select_for_update().get(pk=document.pk)
    if document.is_definitief:
        raise DocumentFout("Een definitief document kan niet meer worden gewijzigd.")
    if document.vervallen:
        raise DocumentFout("Dit document is vervallen.")
    volgende = (document.versies.order_by("-versie").values_list("versie", flat=True).first() or 0) + 1
    versie = _bewaar_versie(document, bestand, bestandsnaam, door, volgende)
    log_gebeurtenis(
        organisatie=document.zaak.organisatie,
        door=door,
        actie="document.versie",
        zaak=document.zaak,
        obj=document,
        omschrijving=f"Nieuwe versie {volgende} van '{document.titel}'.",
    )
    return versie


@transaction.atomic
def maak_definitief(document: Document, *, door) -> Document:
    updated = Document.objects.filter(pk=document.pk, status=DocumentStatus.IN_BEWERKING).update(
        status=DocumentStatus.DEFINITIEF
    )
    if not updated:
        raise DocumentFout("Alleen een document in bewerking kan definitief worden gemaakt.")
    document.refresh_from_db()
    log_gebeurtenis(
        organisatie=document.zaak.organisatie,
        door=door,
        actie="document.definitief",
        zaak=document.zaak,
        obj=document,
        omschrijving=f"Document '{document.titel}' definitief gemaakt.",
    )
    return document


@transaction.atomic
def markeer_vervallen(document: Document, *, door, reden: str) -> Document:
    if not reden.strip():
        raise DocumentFout("Geef een reden waarom het document vervalt.")
    Document.objects.filter(pk=document.pk).update(vervallen=True, vervallen_reden=reden)
    document.refresh_from_db()
    log_gebeurtenis(
        organisatie=document.zaak.organisatie,
        door=door,
        actie="document.vervallen",
        zaak=document.zaak,
        obj=document,
        reden=reden,
        omschrijving=f"Document '{document.titel}' vervallen.",
    )
    return document


__all__ = ["DocumentFout", "maak_definitief", "markeer_vervallen", "nieuwe_versie", "voeg_document_toe"]
