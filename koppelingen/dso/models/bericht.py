"""Raw messages as received, stored before anything else happens (koppelingen pattern).

(verzoeknummer, volgnummer) is unique, so a repeated delivery finds the stored row instead of
creating a second zaak. A message whose verzoeknummer cannot be read is keyed by its hash.
Nothing here is ever deleted: a failed message keeps its content, reason and retry count.
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class BerichtStatus(models.TextChoices):
    ONTVANGEN = "ontvangen", "Ontvangen, wacht op verwerking"
    VERWERKT = "verwerkt", "Verwerkt"
    BIJLAGEN = "bijlagen", "Zaak aangemaakt, bijlagen worden opgehaald"
    TRIAGE = "triage", "Wacht op keuze zaaktype (triage)"
    GENEGEERD = "genegeerd", "Genegeerd (niet voor deze organisatie)"
    FOUT = "fout", "Fout"


class Bericht(models.Model):
    organisatie = models.ForeignKey(
        "accounts.Organisatie", null=True, blank=True, on_delete=models.PROTECT, related_name="dso_berichten"
    )
    bron = models.CharField(
        max_length=20,
        default="api",
        choices=[("api", "Verzoek afhandelen API"), ("bestand", "Bestand (dso_inlezen)")],
    )
    sha256 = models.CharField(max_length=64, db_index=True)
    inhoud = models.BinaryField(help_text="Het verzoekbericht precies zoals ontvangen.")
    grootte = models.PositiveIntegerField(default=0)
    verzoeknummer = models.CharField(max_length=40, blank=True, db_index=True)
    volgnummer = models.CharField(max_length=10, blank=True)
    doel = models.CharField(max_length=20, blank=True)
    type_verzoek = models.CharField(max_length=60, blank=True)
    indieningsdatum = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=BerichtStatus.choices, default=BerichtStatus.ONTVANGEN)
    fout_soort = models.CharField(max_length=40, blank=True)
    fout_melding = models.TextField(blank=True, help_text="Reden in gewone taal voor functioneel beheer.")
    fout_detail = models.TextField(blank=True)
    validatiefouten = models.JSONField(default=list, blank=True)
    referenties = models.JSONField(default=dict, blank=True, help_text="Links uit de samenvatting van DSO-LV.")
    bijlagen_map = models.CharField(max_length=500, blank=True)
    pogingen = models.PositiveIntegerField(default=0)
    herhaald_ontvangen = models.PositiveIntegerField(default=0)
    ontvangen_op = models.DateTimeField(auto_now_add=True)
    verwerkt_op = models.DateTimeField(null=True, blank=True)
    bijgewerkt_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "DSO-bericht"
        verbose_name_plural = "DSO-berichten"
        ordering = ["-ontvangen_op", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["verzoeknummer", "volgnummer"],
                condition=~Q(verzoeknummer=""),
                name="dso_uniek_verzoek_volgnummer",
            ),
            models.UniqueConstraint(
                fields=["sha256"], condition=Q(verzoeknummer=""), name="dso_uniek_onleesbaar_bericht"
            ),
        ]
        indexes = [models.Index(fields=["status", "-ontvangen_op"])]

    def __str__(self) -> str:
        if self.verzoeknummer:
            return f"{self.verzoeknummer}/{self.volgnummer or '-'} ({self.doel or '?'})"
        return f"onleesbaar bericht {self.sha256[:12]}"

    @property
    def heeft_fout(self) -> bool:
        return self.status in (BerichtStatus.FOUT, BerichtStatus.TRIAGE)


class BijlageStatus(models.TextChoices):
    OPEN = "open", "Nog op te halen"
    OPGEHAALD = "opgehaald", "Opgehaald"
    FOUT = "fout", "Fout"


class Bijlage(models.Model):
    """One uploaded document of a message; `document` is the zaak document once stored."""

    bericht = models.ForeignKey(Bericht, on_delete=models.PROTECT, related_name="bijlagen")
    zaak = models.ForeignKey("zaken.Zaak", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    dso_document_id = models.CharField(max_length=200, help_text="documentId uit het verzoekbericht.")
    bestandsnaam = models.CharField(max_length=255, blank=True)
    documentsoort = models.CharField(max_length=200, blank=True, help_text="Gevraagde bijlage (documentsoort DSO).")
    documenttype_generiek = models.CharField(max_length=100, blank=True)
    vertrouwelijk = models.BooleanField(default=False)
    url = models.URLField(max_length=1000, blank=True)
    verwachte_grootte = models.BigIntegerField(null=True, blank=True)
    verwachte_sha256 = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=20, choices=BijlageStatus.choices, default=BijlageStatus.OPEN)
    document = models.ForeignKey("zaken.Document", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    pogingen = models.PositiveIntegerField(default=0)
    fout_melding = models.TextField(blank=True)
    opgehaald_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "DSO-bijlage"
        verbose_name_plural = "DSO-bijlagen"
        ordering = ["bericht", "documentsoort", "bestandsnaam"]
        constraints = [models.UniqueConstraint(fields=["bericht", "dso_document_id"], name="dso_uniek_bijlage")]

    def __str__(self) -> str:
        return self.bestandsnaam or self.dso_document_id


class Verzoeknotificatie(models.Model):
    """A trigger from a digikoppelaar: 'verzoek N is ready'. Stored raw; fetching follows."""

    verzoeknummer = models.CharField(max_length=40, db_index=True)
    oin = models.CharField(max_length=20, blank=True)
    digikoppelaar = models.ForeignKey("dso.Digikoppelaar", null=True, on_delete=models.PROTECT)
    inhoud = models.TextField(blank=True)
    ontvangen_op = models.DateTimeField(auto_now_add=True)
    afgehandeld = models.BooleanField(default=False)
    fout_melding = models.TextField(blank=True)

    class Meta:
        verbose_name = "verzoeknotificatie"
        verbose_name_plural = "verzoeknotificaties"
        ordering = ["-ontvangen_op"]

    def __str__(self) -> str:
        return f"Notificatie {self.verzoeknummer}"
