from django.db import transaction

from clo.audit.log import log_gebeurtenis
from zaken import signals
from zaken.models import Document, DocumentStatus, DocumentVersie
from zaken.uploads import Controle, UploadGeweigerd, controleer_upload, veilige_bestandsnaam


class DocumentFout(Exception):
    pass


def _controleer(bestand, naam: str, bekend: Controle | None = None):
    try:
        return controleer_upload(bestand, naam, bekend=bekend)
    except UploadGeweigerd as exc:
        raise DocumentFout(str(exc)) from exc


def _bewaar_versie(document: Document, bestand, naam: str, door, versie: int, controle=None) -> DocumentVersie:
    controle = controle or _controleer(bestand, naam)
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
    bekend: Controle | None = None,
) -> Document:
    """`bekend`: size and SHA-256 the caller computed over exactly these bytes while receiving
    them (the DSO download); the content checks still run, the file is not hashed a second time."""
    if documenttype.organisatie_id != zaak.organisatie_id:
        raise DocumentFout("Dit documenttype hoort niet bij de organisatie van de zaak.")
    controle = _controleer(bestand, bestandsnaam, bekend)
    # Every DocumentFout is raised above, before the first write: callers that catch it inside
    # their own transaction (mail archiving, the DSO aanvulling) can carry on without a savepoint.
    with transaction.atomic(savepoint=False):
        document = Document.objects.create(
            zaak=zaak,
            documenttype=documenttype,
            titel=titel.strip() or bestandsnaam,
            vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding or documenttype.vertrouwelijkheidaanduiding,
            auteur=str(door) if door else "Systeem",
            bron=bron,
            status=status,
        )
        _bewaar_versie(document, bestand, bestandsnaam, door, 1, controle)
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
