"""A controle (one-to-one with its zaak of zaaktype CONTROLE), its bevindingen, foto's and the
sync bookkeeping of the offline app."""

import uuid

from django.conf import settings
from django.db import models


class ControleStatus(models.TextChoices):
    GEPLAND = "gepland", "Gepland"
    IN_UITVOERING = "in_uitvoering", "In uitvoering"
    UITGEVOERD = "uitgevoerd", "Uitgevoerd"
    GERAPPORTEERD = "gerapporteerd", "Rapport verstuurd"
    HERCONTROLE = "hercontrole", "Hercontrole gepland"
    AFGEHANDELD = "afgehandeld", "Afgehandeld"
    AFGEBROKEN = "afgebroken", "Afgebroken"


class Aanleiding(models.TextChoices):
    PROGRAMMA = "programma", "Toezichtprogramma"
    VERGUNNING = "vergunning", "Realisatie vergunning"
    MELDING = "melding", "Melding"
    KLACHT = "klacht", "Klacht"
    HANDHAVINGSVERZOEK = "handhavingsverzoek", "Handhavingsverzoek"
    HERCONTROLE = "hercontrole", "Hercontrole"
    OVERIG = "overig", "Overig"


class Controle(models.Model):
    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.PROTECT, related_name="controle")
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="+")
    object = models.ForeignKey(
        "toezicht.VthObject", null=True, blank=True, on_delete=models.PROTECT, related_name="controles"
    )
    checklistversie = models.ForeignKey("toezicht.ChecklistVersie", on_delete=models.PROTECT, related_name="controles")
    aanleiding = models.CharField(max_length=20, choices=Aanleiding.choices, default=Aanleiding.PROGRAMMA)
    bron_zaak = models.ForeignKey(
        "zaken.Zaak",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Vergunning, melding, klacht of handhavingsverzoek die tot deze controle leidde.",
    )
    hercontrole_van = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="hercontroles"
    )
    status = models.CharField(max_length=20, choices=ControleStatus.choices, default=ControleStatus.GEPLAND)
    datum = models.DateField(null=True, blank=True, help_text="Geplande datum van het bezoek.")
    toezichthouder = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="toezicht_controles"
    )
    volgorde = models.PositiveSmallIntegerField(default=0, help_text="Plaats in de route van de dag.")
    bestede_uren = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    opmerkingen = models.TextField(blank=True, help_text="Algemene opmerkingen voor het bezoekrapport.")
    uitgevoerd_op = models.DateTimeField(null=True, blank=True)
    rapport = models.ForeignKey("zaken.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    rapport_intern = models.JSONField(
        default=list, blank=True, help_text="Interne ontvangers van het rapport (e-mailadressen)."
    )
    rapport_verstuurd_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "controle"
        verbose_name_plural = "controles"
        ordering = ["datum", "toezichthouder", "volgorde", "id"]
        indexes = [models.Index(fields=["organisatie", "toezichthouder", "datum"])]

    def __str__(self) -> str:
        return f"Controle {self.zaak.identificatie}"


class Oordeel(models.TextChoices):
    VOLDOET = "voldoet", "Voldoet"
    VOLDOET_NIET = "voldoet_niet", "Voldoet niet"
    NVT = "nvt", "N.v.t."


class Bevinding(models.Model):
    """The answer to one question of the checklist. `versie` goes up with every change so a
    client that edited an older version gets a conflict instead of overwriting."""

    client_id = models.UUIDField(unique=True, default=uuid.uuid4)
    controle = models.ForeignKey(Controle, on_delete=models.CASCADE, related_name="bevindingen")
    vraag = models.ForeignKey("toezicht.Vraag", on_delete=models.PROTECT, related_name="+")
    antwoord = models.CharField(max_length=2000, blank=True)
    oordeel = models.CharField(max_length=20, choices=Oordeel.choices, blank=True)
    toelichting = models.TextField(blank=True)
    positie = models.JSONField(null=True, blank=True, help_text="Plek op een tekening: {document, x, y} (0-1).")
    versie = models.PositiveIntegerField(default=1)
    vastgelegd_op = models.DateTimeField(null=True, blank=True, help_text="Tijdstip op het apparaat.")
    gewijzigd_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "bevinding"
        verbose_name_plural = "bevindingen"
        ordering = ["controle", "vraag__sectie__volgorde", "vraag__volgorde"]
        constraints = [models.UniqueConstraint(fields=["controle", "vraag"], name="een_bevinding_per_vraag")]

    def __str__(self) -> str:
        return f"{self.vraag.code}: {self.get_oordeel_display() or self.antwoord}"

    def inhoud(self) -> dict:
        return {
            "antwoord": self.antwoord,
            "oordeel": self.oordeel,
            "toelichting": self.toelichting,
            "positie": self.positie,
        }


def foto_pad(instance: "Foto", filename: str) -> str:
    return f"toezicht/fotos/{instance.controle.organisatie_id}/{instance.client_id.hex}"


class Foto(models.Model):
    """A photo uploaded in chunks: `ontvangen` bytes so far of `grootte`; complete once the
    sha256 of the assembled file matches."""

    client_id = models.UUIDField(unique=True)
    controle = models.ForeignKey(Controle, on_delete=models.CASCADE, related_name="fotos")
    vraag = models.ForeignKey("toezicht.Vraag", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    bestandsnaam = models.CharField(max_length=200)
    mimetype = models.CharField(max_length=60)
    grootte = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    ontvangen = models.PositiveBigIntegerField(default=0)
    voltooid = models.BooleanField(default=False)
    bestand = models.FileField(upload_to=foto_pad, blank=True, max_length=300)
    tijdstip = models.DateTimeField(null=True, blank=True, help_text="Moment van de opname.")
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    nauwkeurigheid_m = models.FloatField(null=True, blank=True)
    omschrijving = models.CharField(max_length=300, blank=True)
    geupload_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "foto"
        verbose_name_plural = "foto's"
        ordering = ["controle", "tijdstip", "id"]

    def __str__(self) -> str:
        return self.bestandsnaam


class FotoDeel(models.Model):
    """A received chunk, kept in the database until the photo is complete so an interrupted
    upload never leaves a half-written file in storage."""

    foto = models.ForeignKey(Foto, on_delete=models.CASCADE, related_name="delen")
    offset = models.PositiveBigIntegerField()
    data = models.BinaryField()

    class Meta:
        ordering = ["foto", "offset"]
        constraints = [models.UniqueConstraint(fields=["foto", "offset"], name="uniek_fotodeel")]

    def __str__(self) -> str:
        return f"{self.foto_id}@{self.offset}"


class SyncConflict(models.Model):
    controle = models.ForeignKey(Controle, on_delete=models.CASCADE, related_name="conflicten")
    vraag = models.ForeignKey("toezicht.Vraag", on_delete=models.PROTECT, related_name="+")
    client_id = models.UUIDField()
    basis_versie = models.PositiveIntegerField(null=True)
    client_inhoud = models.JSONField()
    server_inhoud = models.JSONField()
    server_versie = models.PositiveIntegerField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    opgelost_op = models.DateTimeField(null=True, blank=True)
    oplossing = models.CharField(
        max_length=20, blank=True, choices=[("client", "Versie van het apparaat"), ("server", "Versie op de server")]
    )

    class Meta:
        verbose_name = "synchronisatieconflict"
        verbose_name_plural = "synchronisatieconflicten"
        ordering = ["controle", "-aangemaakt_op"]

    def __str__(self) -> str:
        return f"Conflict {self.controle_id}/{self.vraag_id}"


class VoorstelStatus(models.TextChoices):
    OPEN = "open", "Open"
    OVERGENOMEN = "overgenomen", "Overgenomen door handhaving"
    INGETROKKEN = "ingetrokken", "Ingetrokken (bevinding gewijzigd)"
    AFGEWEZEN = "afgewezen", "Afgewezen"


class Overtredingsvoorstel(models.Model):
    """Proposed by a 'voldoet niet'; handhaving picks it up (see selectors.open_overtredingsvoorstellen)."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="+")
    bevinding = models.OneToOneField(Bevinding, on_delete=models.CASCADE, related_name="overtredingsvoorstel")
    omschrijving = models.TextField()
    wettelijke_grondslag = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=VoorstelStatus.choices, default=VoorstelStatus.OPEN)
    handhavingszaak = models.ForeignKey(
        "zaken.Zaak", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "overtredingsvoorstel"
        verbose_name_plural = "overtredingsvoorstellen"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return self.omschrijving[:80]
