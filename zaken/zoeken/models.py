"""Search index (one row per zaak, maintained on write) and signalering (risk zones)."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class Kaartlaag(models.TextChoices):
    VERGUNNING = "vergunning", "Vergunningen en meldingen"
    TOEZICHT = "toezicht", "Toezicht"
    HANDHAVING = "handhaving", "Handhaving"


class ZaakZoekindex(models.Model):
    """Denormalised copy of what search, filters and the map need; never rebuilt on read.

    The permission columns (organisatie, zaaktype, vertrouwelijkheid) mirror the zaak so that
    filtering needs no join; `tests/zoeken/test_rechten.py` checks the equivalence with
    `Zaak.objects.voor_lidmaatschap`.
    """

    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.CASCADE, primary_key=True, related_name="zoekindex")
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE, related_name="+")
    identificatie = models.CharField(max_length=40, blank=True)
    omschrijving = models.CharField(max_length=300, blank=True)
    zaaktype_identificatie = models.CharField(max_length=80)
    vertrouwelijkheid = models.CharField(max_length=20)
    status = models.CharField(max_length=100, blank=True)
    afgesloten = models.BooleanField(default=False)
    startdatum = models.DateField()
    einddatum = models.DateField(null=True, blank=True)
    laag = models.CharField(max_length=20, choices=Kaartlaag.choices, default=Kaartlaag.VERGUNNING)
    zoekvector = SearchVectorField(null=True)
    tekst = models.TextField(blank=True, help_text="Genormaliseerd: kleine letters, zonder accenten.")
    bsns = ArrayField(models.CharField(max_length=9), default=list, blank=True)
    kvks = ArrayField(models.CharField(max_length=12), default=list, blank=True)
    adressleutels = ArrayField(models.CharField(max_length=12), default=list, blank=True)
    adres = models.CharField(max_length=300, blank=True, help_text="Eerste locatie, voor weergave.")
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    bijgewerkt_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "zoekindex"
        verbose_name_plural = "zoekindex"
        indexes = [
            GinIndex(fields=["zoekvector"], name="zoek_vector_gin"),
            GinIndex(OpClass("tekst", name="gin_trgm_ops"), name="zoek_tekst_trgm"),
            GinIndex(fields=["bsns"], name="zoek_bsns_gin"),
            GinIndex(fields=["kvks"], name="zoek_kvks_gin"),
            GinIndex(fields=["adressleutels"], name="zoek_adres_gin"),
            models.Index(fields=["organisatie", "-startdatum"], name="zoek_org_start"),
            models.Index(fields=["identificatie"], name="zoek_identificatie"),
            models.Index(fields=["organisatie", "lat", "lon"], name="zoek_org_punt"),
        ]

    def __str__(self) -> str:
        return f"Zoekindex {self.zaak_id}"


class Zoekwoord(models.Model):
    """Vocabulary of every normalised word in the index. Typos are corrected against this small
    table (trigram similarity), and the corrected words then go through the full-text index:
    fuzzy matching never has to scan a million zaken."""

    woord = models.CharField(max_length=60, primary_key=True)

    class Meta:
        verbose_name = "zoekwoord"
        verbose_name_plural = "zoekwoorden"
        indexes = [GinIndex(OpClass("woord", name="gin_trgm_ops"), name="zoekwoord_trgm")]

    def __str__(self) -> str:
        return self.woord


class Zonesoort(models.TextChoices):
    VERONTREINIGDE_GROND = "verontreinigde_grond", "Verontreinigde grond"
    MONUMENT = "monument", "Monument of beschermd stadsgezicht"
    NATURA2000 = "natura2000", "Natura 2000"
    GELUIDSZONE = "geluidszone", "Geluidszone"
    ARCHEOLOGIE = "archeologie", "Archeologische verwachting"
    OVERIG = "overig", "Overig"


class Risicozone(models.Model):
    """An area where zaken need attention ("green lane" signalering), set by functioneel beheer."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE, related_name="risicozones")
    naam = models.CharField(max_length=200)
    soort = models.CharField(max_length=30, choices=Zonesoort.choices)
    melding = models.TextField(help_text="Tekst die de behandelaar bij de zaak ziet.")
    geometrie = models.JSONField(help_text="GeoJSON-geometrie in WGS84 (Polygon of MultiPolygon).")
    zaaktypen = ArrayField(
        models.CharField(max_length=80), default=list, blank=True,
        help_text="Identificaties van zaaktypen, komma-gescheiden. Leeg: alle zaaktypen.",
    )
    activiteiten = ArrayField(
        models.CharField(max_length=120), default=list, blank=True,
        help_text="Activiteiten (trefwoorden), komma-gescheiden. Leeg: alle activiteiten.",
    )
    actief = models.BooleanField(default=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "risicozone"
        verbose_name_plural = "risicozones"
        ordering = ["organisatie", "naam"]

    def __str__(self) -> str:
        return self.naam


class ZaakSignaal(models.Model):
    """A precomputed match zaak × zone, so lists show signals without geometry work."""

    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="signalen")
    zone = models.ForeignKey(Risicozone, on_delete=models.CASCADE, related_name="signalen")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "zaaksignaal"
        verbose_name_plural = "zaaksignalen"
        constraints = [models.UniqueConstraint(fields=["zaak", "zone"], name="uniek_zaaksignaal")]

    def __str__(self) -> str:
        return f"{self.zone} bij zaak {self.zaak_id}"
