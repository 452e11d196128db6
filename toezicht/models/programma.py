"""Toezichtprogramma (uitvoeringsprogramma, Omgevingsbesluit 13.6) per tenant and year."""

from decimal import Decimal

from django.conf import settings
from django.db import models

from toezicht.models.objecten import Risicocategorie


class Toezichtprogramma(models.Model):
    organisatie = models.ForeignKey(
        "accounts.Organisatie", on_delete=models.PROTECT, related_name="toezichtprogramma_s"
    )
    jaar = models.PositiveIntegerField()
    naam = models.CharField(max_length=200)
    capaciteit_uren = models.PositiveIntegerField(help_text="Beschikbare toezichturen in dit jaar.")
    vastgesteld = models.BooleanField(default=False)
    toelichting = models.TextField(blank=True)

    class Meta:
        verbose_name = "toezichtprogramma"
        verbose_name_plural = "toezichtprogramma's"
        ordering = ["organisatie", "-jaar"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "jaar"], name="uniek_programma_per_jaar")]

    def __str__(self) -> str:
        return f"{self.naam} {self.jaar}"


class Thema(models.Model):
    programma = models.ForeignKey(Toezichtprogramma, on_delete=models.CASCADE, related_name="themas")
    naam = models.CharField(max_length=200)
    activiteiten = models.JSONField(
        default=list,
        blank=True,
        help_text="Objecten met een van deze activiteiten vallen onder dit thema. Leeg: alle objecten.",
    )
    checklist = models.ForeignKey("toezicht.Checklist", null=True, blank=True, on_delete=models.SET_NULL)
    minimale_risicocategorie = models.PositiveSmallIntegerField(
        choices=Risicocategorie.choices,
        default=Risicocategorie.ZEER_LAAG,
        help_text="Objecten met een lagere risicocategorie worden niet gepland.",
    )

    class Meta:
        verbose_name = "thema"
        verbose_name_plural = "thema's"
        ordering = ["programma", "naam"]

    def __str__(self) -> str:
        return self.naam


class Frequentie(models.Model):
    """Controles per year and hours per controle for one risicocategorie (0.5 = every other year)."""

    programma = models.ForeignKey(Toezichtprogramma, on_delete=models.CASCADE, related_name="frequenties")
    risicocategorie = models.PositiveSmallIntegerField(choices=Risicocategorie.choices)
    controles_per_jaar = models.DecimalField(max_digits=4, decimal_places=2)
    uren_per_controle = models.DecimalField(max_digits=5, decimal_places=1, default=Decimal("4"))

    class Meta:
        verbose_name = "frequentie"
        verbose_name_plural = "frequenties"
        ordering = ["programma", "risicocategorie"]
        constraints = [models.UniqueConstraint(fields=["programma", "risicocategorie"], name="uniek_frequentie")]

    def __str__(self) -> str:
        return f"Risico {self.risicocategorie}: {self.controles_per_jaar} per jaar"


class KPI(models.TextChoices):
    AANTAL_CONTROLES = "aantal_controles", "Aantal uitgevoerde controles"
    PERCENTAGE_UITGEVOERD = "percentage_uitgevoerd", "Percentage van de geplande controles uitgevoerd"
    PERCENTAGE_NALEVING = "percentage_naleving", "Percentage controles zonder overtreding"


class Doel(models.Model):
    thema = models.ForeignKey(Thema, on_delete=models.CASCADE, related_name="doelen")
    omschrijving = models.CharField(max_length=300)
    kpi = models.CharField(max_length=30, choices=KPI.choices)
    streefwaarde = models.DecimalField(max_digits=7, decimal_places=1)

    class Meta:
        verbose_name = "doel"
        verbose_name_plural = "doelen"
        ordering = ["thema", "id"]

    def __str__(self) -> str:
        return self.omschrijving


class GeplandeControle(models.Model):
    """One planned visit of the programme; becomes a Controle (zaak) when the year's
    controles are created in bulk."""

    programma = models.ForeignKey(Toezichtprogramma, on_delete=models.CASCADE, related_name="geplande_controles")
    thema = models.ForeignKey(Thema, on_delete=models.CASCADE, related_name="geplande_controles")
    object = models.ForeignKey("toezicht.VthObject", on_delete=models.CASCADE, related_name="geplande_controles")
    volgnummer = models.PositiveSmallIntegerField(default=1, help_text="De n-de controle van dit object in dit jaar.")
    maand = models.PositiveSmallIntegerField(help_text="Geplande maand (1-12).")
    uren = models.DecimalField(max_digits=5, decimal_places=1)
    controle = models.OneToOneField(
        "toezicht.Controle", null=True, blank=True, on_delete=models.SET_NULL, related_name="geplande_controle"
    )
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = "geplande controle"
        verbose_name_plural = "geplande controles"
        ordering = ["programma", "maand", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["programma", "thema", "object", "volgnummer"], name="uniek_geplande_controle"
            )
        ]

    def __str__(self) -> str:
        return f"{self.object} ({self.maand}/{self.programma.jaar})"
