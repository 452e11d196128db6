"""Catalogus modelled on ZGW Catalogi: zaaktype (versioned by geldigheid) with statustypen,
resultaattypen, roltypen, documenttypen and eigenschappen. A zaak keeps the zaaktype version
it was started with (it points at that row)."""

from django.db import models

from clo.accounts.rollen import Vertrouwelijkheid


class Procedure(models.TextChoices):
    REGULIER = "regulier", "Reguliere procedure (8 weken)"
    UITGEBREID = "uitgebreid", "Uitgebreide procedure (6 maanden)"
    MELDING = "melding", "Melding"
    AANVRAAG = "aanvraag", "Overige aanvraag (8 weken, Awb 4:13)"
    HANDHAVINGSVERZOEK = "handhavingsverzoek", "Handhavingsverzoek (8 weken)"
    GEEN = "geen", "Geen wettelijke termijn"


class RolOmschrijving(models.TextChoices):
    ADVISEUR = "adviseur", "Adviseur"
    BEHANDELAAR = "behandelaar", "Behandelaar"
    BELANGHEBBENDE = "belanghebbende", "Belanghebbende"
    BESLISSER = "beslisser", "Beslisser"
    INITIATOR = "initiator", "Initiator"
    KLANTCONTACTER = "klantcontacter", "Klantcontacter"
    ZAAKCOORDINATOR = "zaakcoordinator", "Zaakcoördinator"
    MEDE_INITIATOR = "mede_initiator", "Mede-initiator"


class Brondatumafleiding(models.TextChoices):
    AFGEHANDELD = "afgehandeld", "Afgehandeld (einddatum zaak)"
    TERMIJN = "termijn", "Termijn (einddatum + procestermijn)"
    INGANGSDATUM_BESLUIT = "ingangsdatum_besluit", "Ingangsdatum besluit"
    VERVALDATUM_BESLUIT = "vervaldatum_besluit", "Vervaldatum besluit"
    EIGENSCHAP = "eigenschap", "Eigenschap"
    ANDER_DATUMKENMERK = "ander_datumkenmerk", "Ander datumkenmerk (handmatig)"


class Zaaktype(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="zaaktypen")
    identificatie = models.CharField(max_length=80, help_text="Stabiel over versies heen, bijv. AANVRAAG-REGULIER.")
    omschrijving = models.CharField(max_length=200)
    versie = models.PositiveIntegerField(default=1)
    begin_geldigheid = models.DateField()
    einde_geldigheid = models.DateField(null=True, blank=True)
    concept = models.BooleanField(default=False, help_text="Een concept kan nog niet voor zaken worden gebruikt.")
    procedure = models.CharField(max_length=20, choices=Procedure.choices, default=Procedure.GEEN)
    doorlooptijd_dagen = models.PositiveIntegerField(help_text="Wettelijke of afgesproken doorlooptijd in dagen.")
    servicenorm_dagen = models.PositiveIntegerField(null=True, blank=True)
    opschorting_mogelijk = models.BooleanField(default=True)
    verlenging_mogelijk = models.BooleanField(default=False)
    verlengingstermijn_dagen = models.PositiveIntegerField(null=True, blank=True)
    vertrouwelijkheidaanduiding = models.CharField(
        max_length=20, choices=Vertrouwelijkheid.choices, default=Vertrouwelijkheid.ZAAKVERTROUWELIJK
    )
    flow = models.CharField(max_length=200, blank=True, help_text="Proces (viewflow Flow) voor dit zaaktype.")
    handmatig_starten = models.BooleanField(default=True, help_text="Mag via 'Zaak registreren' worden gestart.")
    trefwoorden = models.CharField(max_length=300, blank=True)
    toelichting = models.TextField(blank=True)

    class Meta:
        verbose_name = "zaaktype"
        verbose_name_plural = "zaaktypen"
        ordering = ["organisatie", "omschrijving", "-versie"]
        constraints = [
            models.UniqueConstraint(fields=["organisatie", "identificatie", "versie"], name="uniek_zaaktype_versie")
        ]

    def __str__(self) -> str:
        return f"{self.omschrijving} (v{self.versie})"


class Statustype(models.Model):
    zaaktype = models.ForeignKey(Zaaktype, on_delete=models.CASCADE, related_name="statustypen")
    volgnummer = models.PositiveIntegerField()
    code = models.SlugField(max_length=50, help_text="Gebruikt door het proces, bijv. 'in_behandeling'.")
    omschrijving = models.CharField(max_length=100)
    statustekst = models.CharField(max_length=300, blank=True, help_text="Uitleg in gewone taal (KCC, burger).")
    informeren = models.BooleanField(default=False, help_text="Initiator informeren bij deze status.")
    is_eindstatus = models.BooleanField(default=False)

    class Meta:
        verbose_name = "statustype"
        verbose_name_plural = "statustypen"
        ordering = ["zaaktype", "volgnummer"]
        constraints = [models.UniqueConstraint(fields=["zaaktype", "code"], name="uniek_statustype_code")]

    def __str__(self) -> str:
        return self.omschrijving


class Resultaattype(models.Model):
    zaaktype = models.ForeignKey(Zaaktype, on_delete=models.CASCADE, related_name="resultaattypen")
    code = models.SlugField(max_length=50)
    omschrijving = models.CharField(max_length=100)
    selectielijstklasse = models.CharField(max_length=20, help_text="Selectielijst 2020, bijv. 11.1.6.")
    archiefnominatie = models.CharField(
        max_length=20, choices=[("blijvend_bewaren", "Blijvend bewaren"), ("vernietigen", "Vernietigen")]
    )
    archiefactietermijn_jaren = models.PositiveIntegerField(null=True, blank=True)
    brondatum_afleidingswijze = models.CharField(
        max_length=30, choices=Brondatumafleiding.choices, default=Brondatumafleiding.AFGEHANDELD
    )
    procestermijn_jaren = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = "resultaattype"
        verbose_name_plural = "resultaattypen"
        ordering = ["zaaktype", "omschrijving"]
        constraints = [models.UniqueConstraint(fields=["zaaktype", "code"], name="uniek_resultaattype_code")]

    def __str__(self) -> str:
        return f"{self.omschrijving} ({self.selectielijstklasse})"


class Roltype(models.Model):
    zaaktype = models.ForeignKey(Zaaktype, on_delete=models.CASCADE, related_name="roltypen")
    omschrijving = models.CharField(max_length=100)
    omschrijving_generiek = models.CharField(max_length=20, choices=RolOmschrijving.choices)

    class Meta:
        verbose_name = "roltype"
        verbose_name_plural = "roltypen"
        ordering = ["zaaktype", "omschrijving"]

    def __str__(self) -> str:
        return self.omschrijving


class Eigenschap(models.Model):
    zaaktype = models.ForeignKey(Zaaktype, on_delete=models.CASCADE, related_name="eigenschappen")
    naam = models.CharField(max_length=80)
    definitie = models.CharField(max_length=300, blank=True)
    formaat = models.CharField(
        max_length=10,
        default="tekst",
        choices=[("tekst", "Tekst"), ("getal", "Getal"), ("datum", "Datum"), ("bedrag", "Bedrag")],
    )
    waardenverzameling = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = "eigenschap"
        verbose_name_plural = "eigenschappen"
        ordering = ["zaaktype", "naam"]

    def __str__(self) -> str:
        return self.naam


class Documenttype(models.Model):
    """ZGW informatieobjecttype, per tenant, usable by several zaaktypen."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="documenttypen")
    code = models.SlugField(max_length=50)
    omschrijving = models.CharField(max_length=100)
    vertrouwelijkheidaanduiding = models.CharField(
        max_length=20, choices=Vertrouwelijkheid.choices, default=Vertrouwelijkheid.ZAAKVERTROUWELIJK
    )
    openbaar_voor_kcc = models.BooleanField(default=False, help_text="KCC mag dit document zien.")
    zaaktypen = models.ManyToManyField(Zaaktype, blank=True, related_name="documenttypen")

    class Meta:
        verbose_name = "documenttype"
        verbose_name_plural = "documenttypen"
        ordering = ["organisatie", "omschrijving"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "code"], name="uniek_documenttype_code")]

    def __str__(self) -> str:
        return self.omschrijving
