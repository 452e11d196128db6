"""Last onder dwangsom / bestuursdwang, verbeurte, rechtsmiddelen against the last,
invordering and gedoogbeschikking."""

from django.db import models


class LastSoort(models.TextChoices):
    LOD = "lod", "Last onder dwangsom"
    LOB = "lob", "Last onder bestuursdwang"


class Eenheid(models.TextChoices):
    INEENS = "ineens", "ineens"
    PER_DAG = "per_dag", "per dag"
    PER_WEEK = "per_week", "per week"
    PER_OVERTREDING = "per_overtreding", "per overtreding"


class Last(models.Model):
    handhavingszaak = models.ForeignKey("handhaving.Handhavingszaak", on_delete=models.CASCADE, related_name="lasten")
    soort = models.CharField(max_length=3, choices=LastSoort.choices)
    besluit = models.ForeignKey("zaken.Besluit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    maatregel = models.TextField()
    bedrag = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    eenheid = models.CharField(max_length=20, choices=Eenheid.choices, blank=True)
    maximum = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    kostenraming = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Bestuursdwang: geraamde kosten die worden verhaald (art. 5:25 Awb).",
    )
    spoed = models.BooleanField(default=False)
    bekendgemaakt_op = models.DateField()
    begunstigingstermijn_einde = models.DateField(null=True, blank=True)
    tenuitvoerlegging = models.ForeignKey(
        "zaken.Zaak", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "last"
        verbose_name_plural = "lasten"
        ordering = ["handhavingszaak", "bekendgemaakt_op", "id"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.bekendgemaakt_op:%d-%m-%Y}"


class Rechtsmiddel(models.Model):
    """A bezwaar or (hoger) beroep against the last: extends the verjaring (Awb 5:35 lid 2)."""

    last = models.ForeignKey(Last, on_delete=models.CASCADE, related_name="rechtsmiddelen")
    soort = models.CharField(
        max_length=20, choices=[("bezwaar", "Bezwaar"), ("beroep", "Beroep"), ("hoger_beroep", "Hoger beroep")]
    )
    begin = models.DateField(help_text="Datum van indienen.")
    einde = models.DateField(null=True, blank=True, help_text="Datum van de beslissing of uitspraak.")

    class Meta:
        verbose_name = "bezwaar of beroep"
        verbose_name_plural = "bezwaren en beroepen"
        ordering = ["last", "begin"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.begin:%d-%m-%Y}"


class Verbeurte(models.Model):
    last = models.ForeignKey(Last, on_delete=models.PROTECT, related_name="verbeurten")
    datum = models.DateField()
    bedrag = models.DecimalField(max_digits=10, decimal_places=2)
    betaaltermijn_einde = models.DateField()
    verjaringsdatum = models.DateField()
    uitleg = models.JSONField(default=dict, blank=True)
    betaald_op = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "verbeurte"
        verbose_name_plural = "verbeurten"
        ordering = ["last", "datum", "id"]

    def __str__(self) -> str:
        return f"€ {self.bedrag} verbeurd op {self.datum:%d-%m-%Y}"


class Invordering(models.Model):
    verbeurte = models.OneToOneField(Verbeurte, on_delete=models.PROTECT, related_name="invordering")
    beschikking_datum = models.DateField()
    betalen_uiterlijk = models.DateField()
    bedrag = models.DecimalField(max_digits=10, decimal_places=2)
    besluit = models.ForeignKey("zaken.Besluit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    document = models.ForeignKey("zaken.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    uitleg = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "invordering"
        verbose_name_plural = "invorderingen"

    def __str__(self) -> str:
        return f"Invordering € {self.bedrag} ({self.beschikking_datum:%d-%m-%Y})"


class Gedoogbeschikking(models.Model):
    handhavingszaak = models.ForeignKey(
        "handhaving.Handhavingszaak", on_delete=models.CASCADE, related_name="gedoogbeschikkingen"
    )
    besluit = models.ForeignKey("zaken.Besluit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    geldig_van = models.DateField()
    geldig_tot = models.DateField()
    voorwaarden = models.TextField()
    motivering = models.TextField()

    class Meta:
        verbose_name = "gedoogbeschikking"
        verbose_name_plural = "gedoogbeschikkingen"

    def __str__(self) -> str:
        return f"Gedoogbeschikking {self.geldig_van:%d-%m-%Y} – {self.geldig_tot:%d-%m-%Y}"
