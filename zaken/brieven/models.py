"""Letter templates (per tenant, admin-editable text blocks), generated letters and batches."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from zaken.brieven.schema import SCHEMA
from zaken.brieven.sjabloontaal import compileer


class BriefSjabloon(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="briefsjablonen")
    code = models.SlugField(
        max_length=60, help_text="Vaste code waarmee processen de brief aanroepen, bijv. 'ontvangstbevestiging'."
    )
    naam = models.CharField(max_length=200)
    documenttype = models.ForeignKey(
        "zaken.Documenttype",
        on_delete=models.PROTECT,
        help_text="Als dit documenttype wordt de brief bij de zaak opgeslagen.",
    )
    onderwerp = models.CharField(max_length=300, help_text="Onderwerpregel; placeholders toegestaan.")
    actief = models.BooleanField(default=True)
    versie = models.PositiveIntegerField(
        default=1, editable=False, help_text="Telt op bij elke wijziging; een brief onthoudt de versie."
    )
    toelichting = models.TextField(blank=True, help_text="Interne notitie voor functioneel beheer.")
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "briefsjabloon"
        verbose_name_plural = "briefsjablonen"
        ordering = ["organisatie", "naam"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "code"], name="uniek_briefsjabloon_code")]

    def __str__(self) -> str:
        return f"{self.naam} ({self.code})"

    def clean(self) -> None:
        if self.documenttype_id and self.organisatie_id and self.documenttype.organisatie_id != self.organisatie_id:
            raise ValidationError({"documenttype": "Dit documenttype hoort bij een andere organisatie."})
        try:
            compileer(self.onderwerp, SCHEMA, naam="het onderwerp", html=False)
        except ValidationError as exc:
            raise ValidationError({"onderwerp": exc.messages}) from exc


class BriefBlok(models.Model):
    sjabloon = models.ForeignKey(BriefSjabloon, on_delete=models.CASCADE, related_name="blokken")
    volgorde = models.PositiveIntegerField(default=10)
    titel = models.CharField(max_length=200, blank=True, help_text="Tussenkop boven het blok (optioneel).")
    tekst = models.TextField(help_text="Lege regel = nieuwe alinea; regels die met '- ' beginnen worden een opsomming.")

    class Meta:
        verbose_name = "tekstblok"
        verbose_name_plural = "tekstblokken"
        ordering = ["sjabloon", "volgorde", "id"]

    def __str__(self) -> str:
        return self.titel or f"Blok {self.volgorde}"

    def clean(self) -> None:
        naam = f"blok '{self.titel}'" if self.titel else f"blok {self.volgorde}"
        fouten = {}
        for veld in ("titel", "tekst"):
            try:
                compileer(getattr(self, veld), SCHEMA, naam=naam)
            except ValidationError as exc:
                fouten[veld] = exc.messages
        if fouten:
            raise ValidationError(fouten)


class Brief(models.Model):
    """A letter generated from a template; the PDF itself is a zaken.Document (versioned)."""

    document = models.OneToOneField("zaken.Document", on_delete=models.PROTECT, related_name="brief")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="brieven")
    sjabloon = models.ForeignKey(BriefSjabloon, on_delete=models.PROTECT, related_name="brieven")
    sjabloon_versie = models.PositiveIntegerField()
    gegevens = models.JSONField(default=dict, blank=True, help_text="Aanvullende gegevens (extra) van de aanroeper.")
    batch = models.ForeignKey(
        "brieven.BatchOpdracht", null=True, blank=True, on_delete=models.SET_NULL, related_name="brieven"
    )
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    definitief_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "brief"
        verbose_name_plural = "brieven"
        ordering = ["-aangemaakt_op"]
        constraints = [models.UniqueConstraint(fields=["batch", "zaak"], name="uniek_brief_per_batchzaak")]

    def __str__(self) -> str:
        return f"{self.sjabloon.naam} — {self.zaak.identificatie}"


class BatchStatus(models.TextChoices):
    WACHTRIJ = "wachtrij", "In de wachtrij"
    BEZIG = "bezig", "Bezig"
    KLAAR = "klaar", "Klaar"
    KLAAR_MET_FOUTEN = "klaar_met_fouten", "Klaar, met fouten"


class BatchOpdracht(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT)
    sjabloon = models.ForeignKey(BriefSjabloon, on_delete=models.PROTECT)
    zaak_ids = models.JSONField(default=list)
    totaal = models.PositiveIntegerField(default=0)
    gelukt = models.PositiveIntegerField(default=0)
    mislukt = models.PositiveIntegerField(default=0)
    fouten = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=20, choices=BatchStatus.choices, default=BatchStatus.WACHTRIJ)
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    klaar_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "batchopdracht"
        verbose_name_plural = "batchopdrachten"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"{self.sjabloon.naam}: {self.verwerkt}/{self.totaal}"

    @property
    def verwerkt(self) -> int:
        return self.gelukt + self.mislukt

    @property
    def percentage(self) -> int:
        return 100 if not self.totaal else round(100 * self.verwerkt / self.totaal)
