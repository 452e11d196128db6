"""VTH-objecten: the places toezicht is about (a BAG object with its activiteiten, the
inrichting's data, risk and compliance history)."""

from django.db import models


class Risicocategorie(models.IntegerChoices):
    # Kans x effect collapsed to five classes, as in the IBP-methodiek used by omgevingsdiensten.
    ZEER_LAAG = 1, "1 — zeer laag"
    LAAG = 2, "2 — laag"
    GEMIDDELD = 3, "3 — gemiddeld"
    HOOG = 4, "4 — hoog"
    ZEER_HOOG = 5, "5 — zeer hoog"


class Naleefgedrag(models.TextChoices):
    ONBEKEND = "onbekend", "Onbekend"
    GOED = "goed", "Goed"
    MATIG = "matig", "Matig"
    SLECHT = "slecht", "Slecht"


class ObjectBron(models.TextChoices):
    HANDMATIG = "handmatig", "Handmatig"
    VERGUNNING = "vergunning", "Uit verleende vergunning"
    IMPORT = "import", "Excel-import"


class VthObject(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="vth_objecten")
    objectcode = models.CharField(
        max_length=40, help_text="Eigen kenmerk, uniek per organisatie (sleutel bij een herhaalde import)."
    )
    naam = models.CharField(max_length=200, help_text="Bijv. 'Bakkerij De Boer' of 'Woning Hoogstraat 12'.")
    straat = models.CharField(max_length=200, blank=True)
    huisnummer = models.CharField(max_length=10, blank=True)
    postcode = models.CharField(max_length=7, blank=True, db_index=True)
    woonplaats = models.CharField(max_length=100, blank=True)
    nummeraanduiding_id = models.CharField("BAG-nummeraanduiding", max_length=16, blank=True, db_index=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    activiteiten = models.JSONField(
        default=list, blank=True, help_text="Activiteiten op deze plek, bijv. ['bouwen', 'brandveilig gebruik']."
    )
    inrichtingsnaam = models.CharField(max_length=200, blank=True)
    kvk_nummer = models.CharField("KvK-nummer", max_length=8, blank=True)
    sbi_code = models.CharField("SBI-code", max_length=10, blank=True)
    inrichtingstype = models.CharField(max_length=50, blank=True, help_text="Bijv. 'type B' of 'vergunningplichtig'.")
    gebruikers = models.PositiveIntegerField(null=True, blank=True, help_text="Maximaal aantal personen.")
    risicocategorie = models.PositiveSmallIntegerField(
        choices=Risicocategorie.choices, default=Risicocategorie.GEMIDDELD
    )
    naleefgedrag = models.CharField(max_length=10, choices=Naleefgedrag.choices, default=Naleefgedrag.ONBEKEND)
    bron = models.CharField(max_length=20, choices=ObjectBron.choices, default=ObjectBron.HANDMATIG)
    vergunning_zaak = models.ForeignKey(
        "zaken.Zaak",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="De vergunning waaruit dit object is ontstaan.",
    )
    contactnaam = models.CharField(max_length=200, blank=True, help_text="Eigenaar, gebruiker of exploitant.")
    contact_email = models.EmailField(blank=True, help_text="Ontvangt het bezoekrapport.")
    opmerkingen = models.TextField(blank=True)
    actief = models.BooleanField(default=True)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "VTH-object"
        verbose_name_plural = "VTH-objecten"
        ordering = ["organisatie", "woonplaats", "straat", "huisnummer"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "objectcode"], name="uniek_objectcode")]

    def __str__(self) -> str:
        return f"{self.naam} ({self.adres})" if self.adres else self.naam

    @property
    def adres(self) -> str:
        regel = " ".join(p for p in [self.straat, self.huisnummer] if p)
        return ", ".join(p for p in [regel, self.woonplaats] if p)
