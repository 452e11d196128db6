from django.db import models


class Locatie(models.Model):
    """Where a zaak is about: BAG objects, kadastral parcel, a point (RD and WGS84) and
    optionally a GeoJSON geometry. Points are plain indexed columns; spatial predicates use
    shapely (no spatial database needed)."""

    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="locaties")
    omschrijving = models.CharField(max_length=300, help_text="Adres of beschrijving van de plek.")
    nummeraanduiding_id = models.CharField(max_length=16, blank=True, db_index=True)
    verblijfsobject_id = models.CharField(max_length=16, blank=True)
    pand_ids = models.JSONField(default=list, blank=True)
    straat = models.CharField(max_length=200, blank=True)
    huisnummer = models.CharField(max_length=10, blank=True)
    huisletter = models.CharField(max_length=2, blank=True)
    toevoeging = models.CharField(max_length=10, blank=True)
    postcode = models.CharField(max_length=7, blank=True, db_index=True)
    woonplaats = models.CharField(max_length=100, blank=True)
    kadastrale_aanduiding = models.CharField(max_length=60, blank=True, help_text="Bijv. DKM00 A 1234.")
    rd_x = models.FloatField(null=True, blank=True)
    rd_y = models.FloatField(null=True, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    geometrie = models.JSONField(null=True, blank=True, help_text="GeoJSON-geometrie in WGS84.")
    gegevens_per = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = "locatie"
        verbose_name_plural = "locaties"
        indexes = [models.Index(fields=["lat", "lon"]), models.Index(fields=["rd_x", "rd_y"])]

    def __str__(self) -> str:
        return self.omschrijving
