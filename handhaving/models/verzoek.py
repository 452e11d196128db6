from django.db import models


class Handhavingsverzoek(models.Model):
    """A verzoek om handhaving by a belanghebbende: its own zaak (HANDHAVINGSVERZOEK, 8 weeks,
    Awb 4:13) linked to the handhavingszaak it concerns."""

    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.PROTECT, related_name="handhavingsverzoek")
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="+")
    verzoeker = models.ForeignKey("zaken.Betrokkene", null=True, on_delete=models.SET_NULL, related_name="+")
    handhavingszaak = models.ForeignKey(
        "handhaving.Handhavingszaak", null=True, blank=True, on_delete=models.SET_NULL, related_name="verzoeken"
    )
    uitkomst = models.CharField(
        max_length=20, blank=True, choices=[("toegewezen", "Toegewezen"), ("afgewezen", "Afgewezen")]
    )
    besluit = models.ForeignKey("zaken.Besluit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "handhavingsverzoek"
        verbose_name_plural = "handhavingsverzoeken"

    def __str__(self) -> str:
        return f"Handhavingsverzoek {self.zaak.identificatie}"
