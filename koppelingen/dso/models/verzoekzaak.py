"""The verzoek as shown on a zaak: activiteiten, grouped questions and answers, bijlagen."""

from __future__ import annotations

from django.db import models


class VerzoekZaak(models.Model):
    """Links a zaak to its DSO verzoek; `gegevens` is the latest snapshot (updated by Aanvullen)."""

    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.PROTECT, related_name="dso_verzoek")
    verzoeknummer = models.CharField(max_length=40, db_index=True)
    eerste_bericht = models.ForeignKey("dso.Bericht", on_delete=models.PROTECT, related_name="+")
    laatste_bericht = models.ForeignKey("dso.Bericht", on_delete=models.PROTECT, related_name="+")
    activiteit_sleutels = models.JSONField(default=list, help_text="Activiteiten die in deze zaak worden behandeld.")
    gegevens = models.JSONField(default=dict)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "DSO-verzoek van zaak"
        verbose_name_plural = "DSO-verzoeken van zaken"

    def __str__(self) -> str:
        return f"{self.verzoeknummer} → {self.zaak.identificatie}"
