"""Checklists configured by functioneel beheer. A version that is in use is frozen: a controle
keeps the exact questions it was carried out with (DOMAIN.md §3)."""

from django.core.exceptions import ValidationError
from django.db import models


class Fase(models.TextChoices):
    REALISATIE = "realisatie", "Realisatie (bouw)"
    GEBRUIK = "gebruik", "Gebruik"
    SLOOP = "sloop", "Sloop"
    MILIEU = "milieu", "Milieu"


class Checklist(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="checklists")
    code = models.SlugField(max_length=60)
    naam = models.CharField(max_length=200)
    fase = models.CharField(max_length=20, choices=Fase.choices)
    omschrijving = models.TextField(blank=True)

    class Meta:
        verbose_name = "checklist"
        verbose_name_plural = "checklists"
        ordering = ["organisatie", "naam"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "code"], name="uniek_checklistcode")]

    def __str__(self) -> str:
        return self.naam

    def actieve_versie(self) -> "ChecklistVersie | None":
        return self.versies.filter(status=VersieStatus.ACTIEF).order_by("-versie").first()


class VersieStatus(models.TextChoices):
    CONCEPT = "concept", "Concept (wijzigbaar)"
    ACTIEF = "actief", "Actief"
    VERVALLEN = "vervallen", "Vervallen"


class ChecklistVersie(models.Model):
    checklist = models.ForeignKey(Checklist, on_delete=models.CASCADE, related_name="versies")
    versie = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=VersieStatus.choices, default=VersieStatus.CONCEPT)
    toelichting = models.CharField(max_length=300, blank=True, help_text="Wat is er veranderd in deze versie?")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "checklistversie"
        verbose_name_plural = "checklistversies"
        ordering = ["checklist", "-versie"]
        constraints = [models.UniqueConstraint(fields=["checklist", "versie"], name="uniek_checklistversie")]

    def __str__(self) -> str:
        return f"{self.checklist.naam} v{self.versie}"

    @property
    def vergrendeld(self) -> bool:
        """Only a concept that no controle uses can still change."""
        return self.status != VersieStatus.CONCEPT or self.controles.exists()


def _controleer_wijzigbaar(versie: ChecklistVersie) -> None:
    if versie.pk and versie.vergrendeld:
        raise ValidationError(
            f"{versie} is in gebruik of actief en kan niet meer worden gewijzigd. Maak een nieuwe versie."
        )


class Sectie(models.Model):
    versie = models.ForeignKey(ChecklistVersie, on_delete=models.CASCADE, related_name="secties")
    volgorde = models.PositiveSmallIntegerField(default=1)
    titel = models.CharField(max_length=200)

    class Meta:
        verbose_name = "sectie"
        verbose_name_plural = "secties"
        ordering = ["versie", "volgorde", "id"]

    def __str__(self) -> str:
        return self.titel

    def save(self, *args, **kwargs):
        _controleer_wijzigbaar(self.versie)
        super().save(*args, **kwargs)


class Vraagtype(models.TextChoices):
    JANEE = "janee", "Ja / nee / n.v.t."
    GETAL = "getal", "Getal"
    TEKST = "tekst", "Tekst"
    KEUZE = "keuze", "Keuze uit een lijst"
    FOTO = "foto", "Alleen foto"


class Vraag(models.Model):
    sectie = models.ForeignKey(Sectie, on_delete=models.CASCADE, related_name="vragen")
    code = models.CharField(max_length=20, help_text="Kort kenmerk binnen de checklist, bijv. 'BV-3'.")
    volgorde = models.PositiveSmallIntegerField(default=1)
    tekst = models.CharField(max_length=500)
    type = models.CharField(max_length=10, choices=Vraagtype.choices, default=Vraagtype.JANEE)
    keuzes = models.JSONField(default=list, blank=True, help_text="Alleen bij type 'keuze'.")
    norm = models.CharField(
        max_length=10,
        blank=True,
        default="ja",
        help_text="Bij ja/nee: het antwoord dat 'voldoet' betekent (meestal 'ja').",
    )
    eenheid = models.CharField(max_length=20, blank=True, help_text="Bij een getal, bijv. 'm' of 'personen'.")
    foto_verplicht = models.BooleanField(default=False)
    wettelijke_grondslag = models.CharField(max_length=200, blank=True, help_text="Bijv. 'Bbl art. 6.27'.")
    toelichting = models.CharField(max_length=500, blank=True, help_text="Hulptekst voor de toezichthouder.")
    toon_als_vraag = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="vervolgvragen",
        help_text="Alleen tonen als deze (eerdere) vraag het antwoord hieronder heeft.",
    )
    toon_als_antwoord = models.CharField(max_length=100, blank=True)

    class Meta:
        verbose_name = "vraag"
        verbose_name_plural = "vragen"
        ordering = ["sectie__volgorde", "volgorde", "id"]

    def __str__(self) -> str:
        return f"{self.code} {self.tekst}"

    def save(self, *args, **kwargs):
        _controleer_wijzigbaar(self.sectie.versie)
        super().save(*args, **kwargs)

    def clean(self):
        if self.toon_als_vraag_id and self.toon_als_vraag.sectie.versie_id != self.sectie.versie_id:
            raise ValidationError("Een voorwaardelijke vraag moet verwijzen naar een vraag uit dezelfde versie.")
        if self.type == Vraagtype.KEUZE and not self.keuzes:
            raise ValidationError("Geef de keuzes op voor een keuzevraag.")

    def is_zichtbaar(self, antwoorden: dict[int, str]) -> bool:
        """`antwoorden` maps vraag id → given answer; hidden questions do not count."""
        if not self.toon_als_vraag_id:
            return True
        return str(antwoorden.get(self.toon_als_vraag_id, "")) == self.toon_als_antwoord
