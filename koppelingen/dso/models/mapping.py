"""Which zaaktype a projectactiviteit starts, maintained by functioneel beheer in the admin."""

from __future__ import annotations

from django.db import models


class ActiviteitZaaktype(models.Model):
    """A rule: activiteit (pattern) + type verzoek + doel → zaaktype (identificatie).

    `activiteit` matches when it occurs in the activiteit's IMOW id or toepasbare-regels URI,
    or equals its name (case-insensitive); "*" matches every activiteit. Lower `prioriteit`
    wins, so a specific rule can override a catch-all.
    """

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE, related_name="+")
    activiteit = models.CharField(
        max_length=300, help_text="Deel van de IMOW-id/URI, de naam van de activiteit, of * voor alle."
    )
    type_verzoek = models.CharField(
        max_length=60, blank=True, help_text="Bijv. 'Aanvraag vergunning' of 'Melding'; leeg = elk type."
    )
    doel = models.CharField(
        max_length=20,
        blank=True,
        choices=[("", "Elk doel"), ("Initieren", "Initiëren"), ("Conceptverzoek", "Conceptverzoek")],
    )
    zaaktype_identificatie = models.CharField(max_length=80, help_text="Bijv. AANVRAAG-REGULIER.")
    prioriteit = models.PositiveSmallIntegerField(default=100)
    actief = models.BooleanField(default=True)

    class Meta:
        verbose_name = "activiteit → zaaktype"
        verbose_name_plural = "activiteiten → zaaktypen"
        ordering = ["organisatie", "prioriteit", "activiteit"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisatie", "activiteit", "type_verzoek", "doel"], name="dso_uniek_activiteit_regel"
            )
        ]

    def __str__(self) -> str:
        return f"{self.activiteit} [{self.type_verzoek or 'elk type'}] → {self.zaaktype_identificatie}"

    def past_op(self, *, imow_id: str, activiteit_id: str, naam: str) -> bool:
        patroon = self.activiteit.strip()
        if patroon == "*":
            return True
        return bool(patroon) and (
            patroon in (imow_id or "") or patroon in (activiteit_id or "") or patroon.lower() == (naam or "").lower()
        )


class TriageKeuze(models.Model):
    """The zaaktype a user chose in the triage queue for an unmapped activiteit of one message."""

    bericht = models.ForeignKey("dso.Bericht", on_delete=models.PROTECT, related_name="triagekeuzes")
    activiteit_sleutel = models.CharField(max_length=300)
    zaaktype_identificatie = models.CharField(max_length=80)
    gekozen_door = models.ForeignKey("accounts.Medewerker", null=True, on_delete=models.SET_NULL)
    gekozen_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "triagekeuze"
        verbose_name_plural = "triagekeuzes"
        constraints = [models.UniqueConstraint(fields=["bericht", "activiteit_sleutel"], name="dso_uniek_triagekeuze")]

    def __str__(self) -> str:
        return f"{self.activiteit_sleutel} → {self.zaaktype_identificatie}"
