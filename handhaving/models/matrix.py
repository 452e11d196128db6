"""Interventiematrix per tenant, edited by functioneel beheer in the admin."""

from django.db import models

from handhaving.matrix import GEDRAG, GEVOLGEN


class Interventie(models.Model):
    """A rung of the escalation ladder (R1..R5) with its default termijnen."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE, related_name="+")
    code = models.CharField(max_length=2, help_text="R1 t/m R5; hogere nummers zijn zwaarder.")
    naam = models.CharField(max_length=200)
    stappen = models.TextField(blank=True, help_text="Welke stappen horen bij deze interventie (één per regel).")
    hersteltermijn_dagen = models.PositiveIntegerField(
        default=28, help_text="Standaard hersteltermijn bij een waarschuwing."
    )
    zienswijze_weken = models.PositiveIntegerField(
        default=2, help_text="Standaard zienswijzetermijn bij een voornemen."
    )
    begunstigingstermijn_dagen = models.PositiveIntegerField(
        default=42, help_text="Standaard begunstigingstermijn van een last."
    )

    class Meta:
        verbose_name = "interventie"
        verbose_name_plural = "interventies"
        ordering = ["organisatie", "code"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "code"], name="uniek_interventie_code")]

    def __str__(self) -> str:
        return f"{self.code} {self.naam}"


class Interventiematrix(models.Model):
    organisatie = models.OneToOneField(
        "accounts.Organisatie", on_delete=models.CASCADE, related_name="interventiematrix"
    )
    naam = models.CharField(max_length=200, default="Interventiematrix (LHSO)")
    toelichting = models.TextField(blank=True)

    class Meta:
        verbose_name = "interventiematrix"
        verbose_name_plural = "interventiematrices"

    def __str__(self) -> str:
        return f"{self.naam} — {self.organisatie.naam}"

    def als_tabel(self) -> dict[str, str]:
        return dict(self.cellen.values_list("code", "interventie__code"))

    def rung_namen(self) -> dict[str, str]:
        return dict(Interventie.objects.filter(organisatie_id=self.organisatie_id).values_list("code", "naam"))


CEL_CODES = [(f"{g}{v}", f"{g}{v}") for g in GEDRAG for v in GEVOLGEN]


class MatrixCel(models.Model):
    matrix = models.ForeignKey(Interventiematrix, on_delete=models.CASCADE, related_name="cellen")
    code = models.CharField(max_length=2, choices=CEL_CODES, help_text="Gedrag (A–D) + gevolgen (1–4).")
    interventie = models.ForeignKey(Interventie, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "matrixcel"
        verbose_name_plural = "matrixcellen"
        ordering = ["matrix", "code"]
        constraints = [models.UniqueConstraint(fields=["matrix", "code"], name="uniek_matrixcel")]

    def __str__(self) -> str:
        return f"{self.code} → {self.interventie.code}"
