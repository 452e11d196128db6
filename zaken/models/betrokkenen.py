from django.conf import settings
from django.db import models

from clo.core.validators import valideer_bsn, valideer_kvk_nummer, valideer_vestigingsnummer


class BetrokkeneType(models.TextChoices):
    NATUURLIJK_PERSOON = "natuurlijk_persoon", "Natuurlijk persoon"
    NIET_NATUURLIJK_PERSOON = "niet_natuurlijk_persoon", "Niet-natuurlijk persoon"
    VESTIGING = "vestiging", "Vestiging"
    MEDEWERKER = "medewerker", "Medewerker"


class Betrokkene(models.Model):
    """A ZGW rol: who is involved in a zaak, in which role. Personal data is a dated snapshot."""

    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="betrokkenen")
    roltype = models.ForeignKey("zaken.Roltype", on_delete=models.PROTECT)
    betrokkene_type = models.CharField(max_length=30, choices=BetrokkeneType.choices)
    bsn = models.CharField("BSN", max_length=9, blank=True, validators=[valideer_bsn], db_index=True)
    kvk_nummer = models.CharField(
        "KvK-nummer", max_length=8, blank=True, validators=[valideer_kvk_nummer], db_index=True
    )
    vestigingsnummer = models.CharField(max_length=12, blank=True, validators=[valideer_vestigingsnummer])
    medewerker = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)
    naam = models.CharField(max_length=300, help_text="Weergavenaam (persoon of statutaire naam).")
    voornamen = models.CharField(max_length=200, blank=True)
    voorvoegsel = models.CharField(max_length=20, blank=True)
    geslachtsnaam = models.CharField(max_length=200, blank=True)
    straat = models.CharField(max_length=200, blank=True)
    huisnummer = models.CharField(max_length=10, blank=True)
    huisletter = models.CharField(max_length=2, blank=True)
    toevoeging = models.CharField(max_length=10, blank=True)
    postcode = models.CharField(max_length=7, blank=True)
    woonplaats = models.CharField(max_length=100, blank=True)
    email = models.EmailField(blank=True)
    telefoon = models.CharField(max_length=30, blank=True)
    toelichting = models.CharField(max_length=300, blank=True)
    gegevens_per = models.DateField(null=True, blank=True, help_text="Datum van de opgehaalde of opgegeven gegevens.")
    bron = models.CharField(max_length=20, default="handmatig")

    class Meta:
        verbose_name = "betrokkene"
        verbose_name_plural = "betrokkenen"
        ordering = ["zaak", "roltype__omschrijving", "naam"]

    def __str__(self) -> str:
        return f"{self.naam} ({self.roltype})"

    @property
    def bsn_gemaskeerd(self) -> str:
        return f"*****{self.bsn[-4:]}" if self.bsn else ""

    @property
    def adresregel(self) -> str:
        nummer = f"{self.huisnummer}{self.huisletter}{('-' + self.toevoeging) if self.toevoeging else ''}"
        return " ".join(p for p in [self.straat, nummer] if p).strip()
