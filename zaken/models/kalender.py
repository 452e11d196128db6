from django.db import models


class GelijkgesteldeDag(models.Model):
    """A day gelijkgesteld to a holiday by KB (Atw art. 3 lid 3). The built-in table in
    zaken.termijnen covers 2023–2028; functioneel beheer adds later years here."""

    datum = models.DateField(unique=True)
    bron = models.CharField(max_length=200, help_text="Bijv. 'KB, Stcrt. 2025, 24713'.")

    class Meta:
        verbose_name = "gelijkgestelde dag (Atw)"
        verbose_name_plural = "gelijkgestelde dagen (Atw)"
        ordering = ["datum"]

    def __str__(self) -> str:
        return f"{self.datum:%d-%m-%Y} ({self.bron})"
