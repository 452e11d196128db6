"""Configuration, health and stored snapshots of the BAG, BRK, BRP and KvK koppelingen."""

from __future__ import annotations

from django.db import models


class Soort(models.TextChoices):
    BAG = "bag", "BAG (adressen en gebouwen)"
    BRK = "brk", "BRK (Kadaster)"
    BRP = "brp", "BRP (personen)"
    KVK = "kvk", "KvK (Handelsregister)"


KORTE_NAAM = {Soort.BAG: "BAG", Soort.BRK: "BRK", Soort.BRP: "BRP", Soort.KVK: "KvK"}


class Registratiekoppeling(models.Model):
    """Which zgw-consumers Service answers for which registration (chosen by functioneel beheer).

    Authentication (API key header, PKIoverheid client certificate) and the timeout live on the
    Service itself, so a key is rotated in one place.
    """

    soort = models.CharField(max_length=3, choices=Soort.choices, unique=True)
    service = models.ForeignKey("zgw_consumers.Service", on_delete=models.PROTECT, related_name="+")
    actief = models.BooleanField(
        default=True, help_text="Uitzetten stopt alle bevragingen; verrijking wacht dan tot het weer aan staat."
    )

    class Meta:
        verbose_name = "koppeling met basisregistratie"
        verbose_name_plural = "koppelingen met basisregistraties"
        ordering = ["soort"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} → {self.service}"


class KoppelingStatus(models.Model):
    """Health per registration, updated after every call (shown on the koppelingen status page)."""

    soort = models.CharField(max_length=3, choices=Soort.choices, unique=True)
    laatste_succes = models.DateTimeField(null=True, blank=True)
    laatste_fout = models.DateTimeField(null=True, blank=True)
    laatste_foutmelding = models.TextField(blank=True)
    opeenvolgende_fouten = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "status koppeling"
        verbose_name_plural = "status koppelingen"

    def __str__(self) -> str:
        return self.get_soort_display()


class KoppelingTeller(models.Model):
    """Calls and errors per registration per hour; the last 24 rows give the error rate."""

    soort = models.CharField(max_length=3, choices=Soort.choices)
    uur = models.DateTimeField()
    aanroepen = models.PositiveIntegerField(default=0)
    fouten = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["soort", "uur"], name="uniek_teller_per_uur")]

    def __str__(self) -> str:
        return f"{self.soort} {self.uur:%Y-%m-%d %H}: {self.fouten}/{self.aanroepen}"


class VerrijkingStatus(models.TextChoices):
    OK = "ok", "Opgehaald"
    ONTBREEKT = "ontbreekt", "Nog niet opgehaald"
    FOUT = "fout", "Niet gevonden of ongeldig"


class Verrijking(models.Model):
    """A dated snapshot of what a registration said about a locatie or betrokkene of a zaak.

    The zaak pages show these rows and never call a registration while rendering. A row with
    status `ontbreekt` is retried by the enrichment task and the catch-up job.
    """

    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="verrijkingen")
    locatie = models.ForeignKey("zaken.Locatie", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    betrokkene = models.ForeignKey(
        "zaken.Betrokkene", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    soort = models.CharField(max_length=3, choices=Soort.choices)
    object_id = models.CharField(max_length=40, blank=True, help_text="Id in de registratie (niet het BSN).")
    data = models.JSONField(default=dict, blank=True)
    opgehaald_op = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=VerrijkingStatus.choices, default=VerrijkingStatus.ONTBREEKT)
    reden = models.TextField(blank=True)
    pogingen = models.PositiveIntegerField(default=0)
    laatste_poging = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "verrijking"
        verbose_name_plural = "verrijkingen"
        ordering = ["zaak", "soort", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["soort", "locatie"], condition=models.Q(locatie__isnull=False), name="uniek_verrijking_locatie"
            ),
            models.UniqueConstraint(
                fields=["soort", "betrokkene"],
                condition=models.Q(betrokkene__isnull=False),
                name="uniek_verrijking_betrokkene",
            ),
        ]
        indexes = [models.Index(fields=["status", "laatste_poging"])]

    def __str__(self) -> str:
        return f"{KORTE_NAAM.get(self.soort, self.soort)} voor {self.zaak_id}: {self.get_status_display()}"

    @property
    def registratie(self) -> str:
        return KORTE_NAAM.get(self.soort, self.soort)
