from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import OuterRef, Subquery

from clo.audit.log import gebundeld, log_gebeurtenis
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


def _versie(document: Document, bestand, naam: str, door, versie: int, controle: Controle) -> DocumentVersie:
    """An unsaved version whose file is already in storage (moved there when it is a temporary file)."""
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
    return v


def _bewaar_versie(document: Document, bestand, naam: str, door, versie: int) -> DocumentVersie:
    v = _versie(document, bestand, naam, door, versie, _controleer(bestand, naam))
    v.save()
    document.laatste_versie = v
    document.save(update_fields=["laatste_versie"])
    return v


@dataclass
class NieuwDocument:
    """One document for voeg_documenten_toe. `bekend`: size and SHA-256 the caller computed over
    exactly these bytes while receiving them (the DSO download); the content checks still run,
    the file is not hashed a second time."""

    zaak: Any
    bestand: Any
    bestandsnaam: str
    titel: str
    documenttype: Any
    vertrouwelijkheidaanduiding: str = ""
    status: str = DocumentStatus.IN_BEWERKING
    bekend: Controle | None = None


def controleer_document(nieuw: NieuwDocument) -> Controle:
    """Every check voeg_documenten_toe does before it writes; raises DocumentFout in Dutch. A
    caller that stores several documents at once calls it per document to keep the good ones."""
    if nieuw.documenttype.organisatie_id != nieuw.zaak.organisatie_id:
        raise DocumentFout("Dit documenttype hoort niet bij de organisatie van de zaak.")
    return _controleer(nieuw.bestand, nieuw.bestandsnaam, nieuw.bekend)


def voeg_documenten_toe(nieuwe: Sequence[NieuwDocument], *, door, bron: str = "upload") -> list[Document]:
    """Adds each document with its first version and an event, in one transaction and a fixed
    number of statements however many there are (the DSO intake stores a verzoek's bijlagen so:
    per document a transaction of five statements cost more than the rest of the intake).

    Every DocumentFout is raised before the first write: callers that catch it inside their own
    transaction (mail archiving, the DSO aanvulling) can carry on without a savepoint."""
    controles = [controleer_document(nieuw) for nieuw in nieuwe]
    if not nieuwe:
        return []
    with transaction.atomic(savepoint=False), gebundeld():
        documenten = Document.objects.bulk_create(
            [
                Document(
                    zaak=nieuw.zaak,
                    documenttype=nieuw.documenttype,
                    titel=nieuw.titel.strip() or nieuw.bestandsnaam,
                    vertrouwelijkheidaanduiding=nieuw.vertrouwelijkheidaanduiding
                    or nieuw.documenttype.vertrouwelijkheidaanduiding,
                    auteur=str(door) if door else "Systeem",
                    bron=bron,
                    status=nieuw.status,
                )
                for nieuw in nieuwe
            ]
        )
        versies = [
            _versie(document, nieuw.bestand, nieuw.bestandsnaam, door, 1, controle)
            for document, nieuw, controle in zip(documenten, nieuwe, controles, strict=True)
        ]
        DocumentVersie.objects.bulk_create(versies)
        Document.objects.filter(pk__in=[d.pk for d in documenten]).update(
            laatste_versie=Subquery(DocumentVersie.objects.filter(document=OuterRef("pk"), versie=1).values("pk")[:1])
        )
        for document, versie, nieuw in zip(documenten, versies, nieuwe, strict=True):
            document.laatste_versie = versie
            log_gebeurtenis(
                organisatie=nieuw.zaak.organisatie,
                door=door,
                actie="document.toegevoegd",
                zaak=nieuw.zaak,
                obj=document,
                omschrijving=f"Document '{document.titel}' toegevoegd ({nieuw.documenttype.omschrijving}).",
            )
            transaction.on_commit(
                lambda z=nieuw.zaak.pk, d=document.pk: signals.document_toegevoegd.send(
                    sender=Document, zaak_id=z, document_id=d
                )
            )
    return documenten


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
    nieuw = NieuwDocument(
        zaak=zaak,
        bestand=bestand,
        bestandsnaam=bestandsnaam,
        titel=titel,
        documenttype=documenttype,
        vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding,
        status=status,
        bekend=bekend,
    )
    return voeg_documenten_toe([nieuw], door=door, bron=bron)[0]


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


__all__ = [
    "DocumentFout",
    "NieuwDocument",
    "controleer_document",
    "maak_definitief",
    "markeer_vervallen",
    "nieuwe_versie",
    "voeg_document_toe",
    "voeg_documenten_toe",
]
