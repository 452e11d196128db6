"""Samenwerken (DSO samenwerkfunctionaliteit): adviesverzoeken to ketenpartners and back.

Kept in the dso app (one Django app for DSO-LV); the code lives in koppelingen/swf/.
"""

from __future__ import annotations

from django.db import models


class SwfKoppeling(models.Model):
    organisatie = models.OneToOneField("accounts.Organisatie", on_delete=models.CASCADE, related_name="swf_koppeling")
    service = models.ForeignKey(
        "zgw_consumers.Service", on_delete=models.PROTECT, related_name="+", help_text="Samenwerken behandelen API v5."
    )
    oin_header = models.CharField(max_length=60, default="x-oin")
    actief = models.BooleanField(default=True)
    laatst_opgehaald = models.DateTimeField(null=True, blank=True)
    laatste_fout = models.TextField(blank=True)

    class Meta:
        verbose_name = "SWF-koppeling"
        verbose_name_plural = "SWF-koppelingen"

    def __str__(self) -> str:
        return f"Samenwerken voor {self.organisatie}"


class Ketenpartner(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE, related_name="ketenpartners")
    naam = models.CharField(max_length=200)
    oin = models.CharField("OIN", max_length=20)
    actief = models.BooleanField(default=True)

    class Meta:
        verbose_name = "ketenpartner"
        verbose_name_plural = "ketenpartners"
        ordering = ["organisatie", "naam"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "oin"], name="swf_uniek_ketenpartner")]

    def __str__(self) -> str:
        return self.naam


class Samenwerking(models.Model):
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.PROTECT, related_name="samenwerkingen")
    samenwerking_id = models.CharField(max_length=100, blank=True, db_index=True)
    titel = models.CharField(max_length=300)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "samenwerking"
        verbose_name_plural = "samenwerkingen"

    def __str__(self) -> str:
        return self.titel


class ActieverzoekStatus(models.TextChoices):
    TE_VERSTUREN = "te_versturen", "Wordt verstuurd"
    UITGEZET = "uitgezet", "Uitgezet bij ketenpartner"
    BEANTWOORD = "beantwoord", "Beantwoord"
    INGETROKKEN = "ingetrokken", "Ingetrokken"
    FOUT = "fout", "Versturen mislukt"
    ONTVANGEN = "ontvangen", "Ontvangen van ketenpartner"


class Actieverzoek(models.Model):
    samenwerking = models.ForeignKey(Samenwerking, on_delete=models.PROTECT, related_name="actieverzoeken")
    inkomend = models.BooleanField(default=False)
    actieverzoek_id = models.CharField(max_length=100, blank=True, db_index=True)
    ketenpartner_oin = models.CharField(max_length=20)
    ketenpartner_naam = models.CharField(max_length=200)
    soort = models.CharField(max_length=40, default="advies")
    omschrijving = models.TextField()
    deadline = models.DateField(null=True, blank=True)
    documenten = models.ManyToManyField("zaken.Document", blank=True, related_name="+")
    adviesverzoek_id = models.IntegerField(
        null=True, blank=True, help_text="vergunningen.Adviesverzoek, als dat bestaat."
    )
    status = models.CharField(
        max_length=20, choices=ActieverzoekStatus.choices, default=ActieverzoekStatus.TE_VERSTUREN
    )
    antwoord = models.TextField(blank=True)
    fout_melding = models.TextField(blank=True)
    aangemaakt_door = models.ForeignKey("accounts.Medewerker", null=True, blank=True, on_delete=models.SET_NULL)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    beantwoord_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "actieverzoek"
        verbose_name_plural = "actieverzoeken"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return f"{self.soort} {self.ketenpartner_naam}"


class SwfNotificatie(models.Model):
    """A polled SWF notificatie, stored before processing (idempotent per tenant by notificatie_id:
    when both tenants take part in one samenwerking, each reads the same notificatie for itself)."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="+")
    notificatie_id = models.CharField(max_length=100)
    soort = models.CharField(max_length=60)
    inhoud = models.JSONField(default=dict)
    ontvangen_op = models.DateTimeField(auto_now_add=True)
    verwerkt = models.BooleanField(default=False)
    fout_melding = models.TextField(blank=True)

    class Meta:
        verbose_name = "SWF-notificatie"
        verbose_name_plural = "SWF-notificaties"
        ordering = ["-ontvangen_op"]
        constraints = [
            models.UniqueConstraint(fields=["organisatie", "notificatie_id"], name="uniek_swf_notificatie_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.soort} {self.notificatie_id}"
