"""A handhavingszaak (one-to-one with its zaak of zaaktype HANDHAVINGSBESLUIT), its
overtredingen and the steps taken, each with the termijn it started and its explanation."""

from django.conf import settings
from django.db import models


class Fase(models.TextChoices):
    CONSTATERING = "constatering", "Constatering"
    AANGESPROKEN = "aangesproken", "Aangesproken"
    WAARSCHUWING = "waarschuwing", "Waarschuwing (hersteltermijn)"
    HERCONTROLE = "hercontrole", "Hercontrole"
    VOORNEMEN = "voornemen", "Voornemen (zienswijzetermijn)"
    ZIENSWIJZE = "zienswijze", "Zienswijze verwerkt"
    LAST = "last", "Last (begunstigingstermijn)"
    VERBEURD = "verbeurd", "Dwangsom verbeurd"
    INVORDERING = "invordering", "Invordering"
    BESTUURSDWANG = "bestuursdwang", "Uitvoering bestuursdwang"
    GEDOOGD = "gedoogd", "Gedoogd"
    AFGEHANDELD = "afgehandeld", "Afgehandeld"


class Aanleiding(models.TextChoices):
    BEVINDING = "bevinding", "Bevinding bij controle"
    KLACHT = "klacht", "Klacht of melding"
    VERZOEK = "verzoek", "Handhavingsverzoek"
    HANDMATIG = "handmatig", "Handmatig"


class Handhavingszaak(models.Model):
    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.PROTECT, related_name="handhaving")
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="+")
    aanleiding = models.CharField(max_length=20, choices=Aanleiding.choices, default=Aanleiding.HANDMATIG)
    fase = models.CharField(max_length=20, choices=Fase.choices, default=Fase.CONSTATERING, db_index=True)
    vorige_fase = models.CharField(
        max_length=20, choices=Fase.choices, blank=True, help_text="Fase vóór de lopende hercontrole."
    )
    gedrag = models.CharField(max_length=1, blank=True, choices=[(c, c) for c in "ABCD"])
    gevolgen = models.PositiveSmallIntegerField(null=True, blank=True, choices=[(i, str(i)) for i in range(1, 5)])
    recidive = models.BooleanField(default=False, help_text="Dezelfde overtreding binnen 24 maanden.")
    acuut_gevaar = models.BooleanField(default=False)
    mislukte_hercontroles = models.PositiveSmallIntegerField(default=0)
    matrixcode = models.CharField(max_length=2, blank=True, help_text="Cel na modifiers, bijv. B4.")
    voorgestelde_interventie = models.CharField(max_length=2, blank=True)
    voorstel_uitleg = models.JSONField(default=list, blank=True)
    gekozen_interventie = models.CharField(max_length=2, blank=True)
    afwijkingsreden = models.TextField(blank=True)
    volgende_termijn = models.DateField(null=True, blank=True, db_index=True)
    volgende_termijn_omschrijving = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "handhavingszaak"
        verbose_name_plural = "handhavingszaken"

    def __str__(self) -> str:
        return f"Handhaving {self.zaak.identificatie}"


class Overtreding(models.Model):
    handhavingszaak = models.ForeignKey(Handhavingszaak, on_delete=models.CASCADE, related_name="overtredingen")
    omschrijving = models.TextField()
    wettelijke_grondslag = models.CharField(max_length=300, blank=True)
    maatregel = models.TextField(blank=True, help_text="Wat de overtreder moet doen om de overtreding te beëindigen.")
    locatie = models.CharField(max_length=300, blank=True)
    overtreder = models.ForeignKey(
        "zaken.Betrokkene", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bron_bevinding_id = models.PositiveIntegerField(null=True, blank=True, help_text="toezicht.Bevinding")
    fotos = models.ManyToManyField("zaken.Document", blank=True, related_name="+")
    geconstateerd_op = models.DateField()

    class Meta:
        verbose_name = "overtreding"
        verbose_name_plural = "overtredingen"
        ordering = ["handhavingszaak", "id"]

    def __str__(self) -> str:
        return self.omschrijving[:80]


class StapSoort(models.TextChoices):
    CONSTATERING = "constatering", "Constatering"
    INTERVENTIE = "interventie", "Interventie gekozen"
    AANSPREKEN = "aanspreken", "Informeren / aanspreken"
    WAARSCHUWING = "waarschuwing", "Waarschuwing"
    HERCONTROLE = "hercontrole", "Hercontrole gepland"
    HERCONTROLE_UITSLAG = "hercontrole_uitslag", "Uitslag hercontrole"
    VOORNEMEN = "voornemen", "Voornemen"
    ZIENSWIJZE = "zienswijze", "Zienswijze verwerkt"
    LAST_ONDER_DWANGSOM = "lod", "Last onder dwangsom"
    LAST_ONDER_BESTUURSDWANG = "lob", "Last onder bestuursdwang"
    SPOEDBESTUURSDWANG = "spoed", "Spoedeisende bestuursdwang"
    VERBEURTE = "verbeurte", "Verbeurte"
    INVORDERING = "invordering", "Invorderingsbeschikking"
    BETALING = "betaling", "Betaling"
    BESTUURSDWANG = "bestuursdwang", "Uitvoering bestuursdwang"
    GEDOOGBESCHIKKING = "gedoogbeschikking", "Gedoogbeschikking"
    AFGESLOTEN = "afgesloten", "Afgesloten"


class Stap(models.Model):
    handhavingszaak = models.ForeignKey(Handhavingszaak, on_delete=models.CASCADE, related_name="stappen")
    soort = models.CharField(max_length=30, choices=StapSoort.choices)
    datum = models.DateField()
    termijn_einde = models.DateField(null=True, blank=True)
    uitleg = models.JSONField(default=dict, blank=True, help_text="Termijnberekening met stappen.")
    toelichting = models.TextField(blank=True)
    document = models.ForeignKey("zaken.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    aangemaakt_op = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "handhavingsstap"
        verbose_name_plural = "handhavingsstappen"
        ordering = ["handhavingszaak", "datum", "id"]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.datum:%d-%m-%Y}"
