"""Append-only event log (the zaak tijdlijn and audit trail) and the verwerkingenlogging.

Both tables refuse UPDATE and DELETE in the database itself (trigger in migration 0002), so
not even a bug or a careless admin action can rewrite history.
"""

from django.conf import settings
from django.db import models


class AlleenToevoegen(Exception):
    pass


class AppendOnlyModel(models.Model):
    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None and not kwargs.get("force_insert"):
            raise AlleenToevoegen(f"{type(self).__name__} kan niet worden gewijzigd.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AlleenToevoegen(f"{type(self).__name__} kan niet worden verwijderd.")


class Gebeurtenis(AppendOnlyModel):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT)
    tijdstip = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    actor_naam = models.CharField(max_length=200, help_text="Naam op het moment van de handeling.")
    actie = models.CharField(max_length=80, db_index=True)
    omschrijving = models.TextField()
    reden = models.TextField(blank=True)
    object_type = models.CharField(max_length=80, blank=True)
    object_id = models.CharField(max_length=80, blank=True)
    zaak_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "gebeurtenis"
        verbose_name_plural = "gebeurtenissen"
        ordering = ["-tijdstip", "-id"]
        indexes = [models.Index(fields=["zaak_id", "tijdstip"])]

    def __str__(self) -> str:
        return f"{self.tijdstip:%d-%m-%Y %H:%M} {self.actor_naam}: {self.omschrijving}"


class Verwerking(AppendOnlyModel):
    """One verwerkingsactie on personal data (VNG verwerkingenlogging), incl. mere viewing."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT)
    tijdstip = models.DateTimeField(auto_now_add=True, db_index=True)
    gebruiker = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    gebruiker_naam = models.CharField(max_length=200)
    actie_naam = models.CharField(max_length=80, help_text="Bijv. Inzien, Opvragen, Wijzigen.")
    handeling_naam = models.CharField(max_length=200)
    verwerking_naam = models.CharField(max_length=200)
    verwerkingsactiviteit_id = models.CharField(max_length=80, help_text="Verwijzing naar het AVG-register.")
    doel = models.CharField(max_length=200, blank=True)
    vertrouwelijkheid = models.CharField(max_length=20, default="normaal")
    bewaartermijn = models.CharField(max_length=20, default="P10Y")
    uitvoerder_oin = models.CharField(max_length=20)
    systeem = models.CharField(max_length=80, default="CLO")
    gegevensbron = models.CharField(max_length=80, blank=True)
    objecttype = models.CharField(max_length=40, default="persoon")
    soort_object_id = models.CharField(max_length=40, help_text="Bijv. BSN, KvK-nummer.")
    object_id = models.CharField(max_length=40, db_index=True)
    betrokkenheid = models.CharField(max_length=80, blank=True)
    verwerkte_soorten_gegevens = models.JSONField(default=list, blank=True)
    zaak_id = models.BigIntegerField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = "verwerking persoonsgegevens"
        verbose_name_plural = "verwerkingenlogging"
        ordering = ["-tijdstip", "-id"]

    def __str__(self) -> str:
        return (
            f"{self.tijdstip:%d-%m-%Y %H:%M} {self.gebruiker_naam}: {self.actie_naam} "
            f"{self.soort_object_id} ({self.verwerking_naam})"
        )
