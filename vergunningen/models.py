"""Adviesverzoeken and zienswijzen of a vergunningzaak."""

from django.conf import settings
from django.db import models


class Adviesverzoek(models.Model):
    class Soort(models.TextChoices):
        INTERN = "intern", "Intern"
        EXTERN = "extern", "Extern (ketenpartner)"

    class Status(models.TextChoices):
        GEVRAAGD = "gevraagd", "Gevraagd"
        ONTVANGEN = "ontvangen", "Advies ontvangen"
        VERVALLEN = "vervallen", "Vervallen"

    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="adviesverzoeken")
    soort = models.CharField(max_length=10, choices=Soort.choices)
    adviseur = models.CharField(max_length=100, help_text="Team (RO, JZ, welstand) of naam van de ketenpartner.")
    ketenpartner_oin = models.CharField("OIN ketenpartner", max_length=20, blank=True)
    vraag = models.TextField()
    deadline = models.DateField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.GEVRAAGD)
    antwoord = models.TextField(blank=True)
    documenten = models.ManyToManyField("zaken.Document", blank=True, related_name="+")
    gevraagd_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    gevraagd_op = models.DateField()
    beantwoord_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    beantwoord_op = models.DateTimeField(null=True, blank=True)
    task = models.ForeignKey("viewflow.Task", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = "adviesverzoek"
        verbose_name_plural = "adviesverzoeken"
        ordering = ["zaak", "deadline", "pk"]

    def __str__(self) -> str:
        return f"Advies {self.adviseur} ({self.get_status_display()})"


class Zienswijze(models.Model):
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="zienswijzen")
    indiener = models.CharField(max_length=200)
    ontvangen_op = models.DateField()
    samenvatting = models.TextField()
    verwerking = models.TextField(blank=True)
    geregistreerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = "zienswijze"
        verbose_name_plural = "zienswijzen"
        ordering = ["zaak", "ontvangen_op", "pk"]

    def __str__(self) -> str:
        return f"Zienswijze van {self.indiener}"
