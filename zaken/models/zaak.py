"""The zaak and everything that hangs off it in the ZGW Zaken model."""

import uuid

from django.conf import settings
from django.db import connection, models
from django.utils import timezone

from clo.accounts.rollen import Vertrouwelijkheid
from zaken.querysets import ZaakQuerySet


class ZaaknummerReeks(models.Model):
    """Per tenant and year the last issued zaaknummer; incremented in one SQL statement."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE)
    jaar = models.PositiveIntegerField()
    laatste = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "zaaknummerreeks"
        verbose_name_plural = "zaaknummerreeksen"
        constraints = [models.UniqueConstraint(fields=["organisatie", "jaar"], name="uniek_reeks_per_jaar")]

    def __str__(self) -> str:
        return f"{self.organisatie_id}/{self.jaar}: {self.laatste}"

    @classmethod
    def volgende(cls, organisatie, jaar: int) -> int:
        # INSERT .. ON CONFLICT DO UPDATE takes the row lock itself: two parallel
        # transactions serialise on it and can never receive the same number.
        with connection.cursor() as cursor:
            cursor.execute(
                f"""INSERT INTO {cls._meta.db_table} (organisatie_id, jaar, laatste) VALUES (%s, %s, 1)
                ON CONFLICT (organisatie_id, jaar) DO UPDATE SET laatste = {cls._meta.db_table}.laatste + 1
                RETURNING laatste""",
                [organisatie.pk, jaar],
            )
            return cursor.fetchone()[0]


class Archiefstatus(models.TextChoices):
    NOG_TE_ARCHIVEREN = "nog_te_archiveren", "Nog te archiveren"
    GEARCHIVEERD = "gearchiveerd", "Gearchiveerd"
    GEARCHIVEERD_PROCESTERMIJN_ONBEKEND = "gearchiveerd_procestermijn_onbekend", "Gearchiveerd (procestermijn onbekend)"
    OVERGEDRAGEN = "overgedragen", "Overgedragen"


class Zaak(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="zaken")
    identificatie = models.CharField(max_length=40)
    zaaktype = models.ForeignKey("zaken.Zaaktype", on_delete=models.PROTECT, related_name="zaken")
    omschrijving = models.CharField(max_length=300)
    toelichting = models.TextField(blank=True)
    registratiedatum = models.DateField(default=timezone.localdate)
    startdatum = models.DateField(help_text="Datum van ontvangst van de aanvraag of melding.")
    einddatum = models.DateField(null=True, blank=True)
    uiterste_afdoeningsdatum = models.DateField(
        null=True, blank=True, help_text="Afgeleid door de termijnberekening, nooit ingetypt."
    )
    vertrouwelijkheidaanduiding = models.CharField(max_length=20, choices=Vertrouwelijkheid.choices)
    status = models.ForeignKey("zaken.Status", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    behandelaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="zaken_in_behandeling"
    )
    hoofdzaak = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="deelzaken")
    verzoeknummer = models.CharField(max_length=40, blank=True, db_index=True, help_text="DSO-verzoeknummer.")
    bron = models.CharField(
        max_length=20,
        default="handmatig",
        choices=[("handmatig", "Handmatig"), ("dso", "Omgevingsloket"), ("mail", "E-mail"), ("import", "Import")],
    )
    kanaal = models.CharField(max_length=40, blank=True, help_text="Hoe de aanvraag binnenkwam (balie, post, ...).")
    archiefnominatie = models.CharField(max_length=20, blank=True)
    archiefactiedatum = models.DateField(null=True, blank=True)
    archiefstatus = models.CharField(
        max_length=40, choices=Archiefstatus.choices, default=Archiefstatus.NOG_TE_ARCHIVEREN
    )
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gewijzigd_op = models.DateTimeField(auto_now=True)

    objects = ZaakQuerySet.as_manager()

    class Meta:
        verbose_name = "zaak"
        verbose_name_plural = "zaken"
        ordering = ["-startdatum", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organisatie", "identificatie"], name="uniek_zaaknummer_per_organisatie")
        ]
        indexes = [
            models.Index(fields=["organisatie", "einddatum", "uiterste_afdoeningsdatum"]),
            models.Index(fields=["organisatie", "-startdatum"]),
            # The zaken list by uiterste afdoeningsdatum (nulls last, then id), in the order the
            # list sorts, so a page needs no sort of all zaken: open zaken (the default) and all.
            models.Index(
                models.F("organisatie"),
                models.F("uiterste_afdoeningsdatum").asc(nulls_last=True),
                models.F("id"),
                condition=models.Q(einddatum__isnull=True),
                name="zaak_lopend_op_termijn",
            ),
            models.Index(
                models.F("organisatie"),
                models.F("uiterste_afdoeningsdatum").asc(nulls_last=True),
                models.F("id"),
                name="zaak_op_termijn",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.identificatie} {self.omschrijving}"

    @property
    def is_afgesloten(self) -> bool:
        return self.einddatum is not None


class Status(models.Model):
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="statussen")
    statustype = models.ForeignKey("zaken.Statustype", on_delete=models.PROTECT)
    datum_status_gezet = models.DateTimeField(default=timezone.now)
    toelichting = models.TextField(blank=True)
    gezet_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = "status"
        verbose_name_plural = "statussen"
        ordering = ["zaak", "datum_status_gezet", "id"]

    def __str__(self) -> str:
        return self.statustype.omschrijving


class Resultaat(models.Model):
    zaak = models.OneToOneField(Zaak, on_delete=models.CASCADE, related_name="resultaat")
    resultaattype = models.ForeignKey("zaken.Resultaattype", on_delete=models.PROTECT)
    toelichting = models.TextField(blank=True)

    class Meta:
        verbose_name = "resultaat"
        verbose_name_plural = "resultaten"

    def __str__(self) -> str:
        return self.resultaattype.omschrijving


class Besluit(models.Model):
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="besluiten")
    identificatie = models.CharField(max_length=50)
    besluittype = models.CharField(max_length=100, help_text="Bijv. 'Omgevingsvergunning', 'Last onder dwangsom'.")
    uitkomst = models.CharField(max_length=50, blank=True, help_text="Bijv. verleend, geweigerd.")
    datum = models.DateField()
    ingangsdatum = models.DateField()
    vervaldatum = models.DateField(null=True, blank=True)
    verzenddatum = models.DateField(null=True, blank=True)
    toelichting = models.TextField(blank=True)
    voorschriften = models.TextField(blank=True)

    class Meta:
        verbose_name = "besluit"
        verbose_name_plural = "besluiten"
        ordering = ["zaak", "datum"]

    def __str__(self) -> str:
        return f"{self.besluittype} {self.identificatie}"


class ZaakRelatie(models.Model):
    van = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="relaties")
    naar = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="relaties_naar")
    aard = models.CharField(
        max_length=20,
        choices=[
            ("vervolg", "Vervolg"),
            ("onderwerp", "Onderwerp"),
            ("bijdrage", "Bijdrage"),
            ("gerelateerd", "Gerelateerd"),
        ],
        default="gerelateerd",
    )

    class Meta:
        verbose_name = "gerelateerde zaak"
        verbose_name_plural = "gerelateerde zaken"
        constraints = [models.UniqueConstraint(fields=["van", "naar"], name="uniek_zaakrelatie")]

    def __str__(self) -> str:
        return f"{self.van} → {self.naar} ({self.aard})"


class ZaakEigenschap(models.Model):
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="eigenschappen")
    eigenschap = models.ForeignKey("zaken.Eigenschap", on_delete=models.PROTECT)
    waarde = models.CharField(max_length=500)

    class Meta:
        verbose_name = "zaakeigenschap"
        verbose_name_plural = "zaakeigenschappen"
        constraints = [models.UniqueConstraint(fields=["zaak", "eigenschap"], name="uniek_zaakeigenschap")]

    def __str__(self) -> str:
        return f"{self.eigenschap}: {self.waarde}"


class Opschorting(models.Model):
    """Awb 4:15: suspended from the day after the request until completion or expiry."""

    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="opschortingen")
    soort = models.CharField(
        max_length=20,
        default="aanvulling",
        choices=[
            ("aanvulling", "Aanvullingsverzoek (4:15 lid 1a)"),
            ("instemming", "Met instemming aanvrager"),
            ("vertraging", "Vertraging toe te rekenen aan aanvrager"),
            ("overmacht", "Overmacht"),
        ],
    )
    reden = models.TextField()
    begindatum = models.DateField(help_text="Datum waarop het aanvullingsverzoek is verzonden.")
    aanvullingstermijn_tot = models.DateField(null=True, blank=True)
    einddatum = models.DateField(null=True, blank=True, help_text="Datum van aanvulling of ongebruikt verstrijken.")
    geregistreerd_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = "opschorting"
        verbose_name_plural = "opschortingen"
        ordering = ["zaak", "begindatum"]

    def __str__(self) -> str:
        return f"Opschorting {self.begindatum:%d-%m-%Y} – {self.einddatum or 'loopt'}"


class Verlenging(models.Model):
    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="verlengingen")
    duur_dagen = models.PositiveIntegerField()
    reden = models.TextField()
    besloten_op = models.DateField()
    geregistreerd_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = "verlenging"
        verbose_name_plural = "verlengingen"
        ordering = ["zaak", "besloten_op"]

    def __str__(self) -> str:
        return f"Verlenging {self.duur_dagen} dagen ({self.besloten_op:%d-%m-%Y})"
