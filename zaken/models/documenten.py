"""Documents (ZGW enkelvoudig informatieobject) with immutable versions in private storage."""

import uuid

from django.conf import settings
from django.db import models

from clo.accounts.rollen import Vertrouwelijkheid


class DocumentStatus(models.TextChoices):
    IN_BEWERKING = "in_bewerking", "In bewerking"
    TER_VASTSTELLING = "ter_vaststelling", "Ter vaststelling"
    DEFINITIEF = "definitief", "Definitief"
    GEARCHIVEERD = "gearchiveerd", "Gearchiveerd"


class Document(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="documenten")
    documenttype = models.ForeignKey("zaken.Documenttype", on_delete=models.PROTECT)
    titel = models.CharField(max_length=200)
    vertrouwelijkheidaanduiding = models.CharField(max_length=20, choices=Vertrouwelijkheid.choices)
    status = models.CharField(max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.IN_BEWERKING)
    auteur = models.CharField(max_length=200)
    bron = models.CharField(max_length=20, default="upload")
    vervallen = models.BooleanField(default=False, help_text="Vervangen door een nieuwer stuk; nooit verwijderd.")
    vervallen_reden = models.CharField(max_length=300, blank=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    laatste_versie = models.ForeignKey(
        "zaken.DocumentVersie", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "document"
        verbose_name_plural = "documenten"
        ordering = ["zaak", "-aangemaakt_op"]

    def __str__(self) -> str:
        return self.titel

    @property
    def is_definitief(self) -> bool:
        return self.status in (DocumentStatus.DEFINITIEF, DocumentStatus.GEARCHIVEERD)


def versie_pad(instance: "DocumentVersie", filename: str) -> str:
    # Never trust the uploaded name for the path; keep it only as metadata.
    return f"documenten/{instance.document.zaak.organisatie_id}/{uuid.uuid4().hex}"


class DocumentVersie(models.Model):
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versies")
    versie = models.PositiveIntegerField()
    bestand = models.FileField(upload_to=versie_pad, max_length=300)
    bestandsnaam = models.CharField(max_length=255)
    mimetype = models.CharField(max_length=120)
    grootte = models.BigIntegerField()
    sha256 = models.CharField(max_length=64)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = "documentversie"
        verbose_name_plural = "documentversies"
        ordering = ["document", "versie"]
        constraints = [models.UniqueConstraint(fields=["document", "versie"], name="uniek_documentversie")]

    def __str__(self) -> str:
        return f"{self.document} v{self.versie}"
