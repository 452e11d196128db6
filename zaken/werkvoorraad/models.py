"""Processes linked to zaken, the work-queue view of their human tasks, and notifications.

The werkvoorraad reads viewflow Task rows; `Taakkenmerk` carries what a queue needs per task
(tenant, zaak, role, team, deadline) so a queue query never walks task → process → zaak.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from viewflow.workflow.models import Process, Task
from viewflow.workflow.status import STATUS


class ZaakProces(Process):
    """The viewflow process of one zaak (viewflow's own object link needs integer keys of
    a generic relation; a one-to-one keeps the link explicit and joinable)."""

    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.CASCADE, related_name="proces")

    class Meta:
        verbose_name = "zaakproces"
        verbose_name_plural = "zaakprocessen"


class Signaal(models.TextChoices):
    GEEN = "", "Geen"
    NADERT = "nadert", "Termijn nadert"
    VERLOPEN = "verlopen", "Termijn verlopen"


class Taakkenmerk(models.Model):
    task = models.OneToOneField(Task, on_delete=models.CASCADE, primary_key=True, related_name="kenmerk")
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE, related_name="+")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="taakkenmerken")
    rol = models.CharField(max_length=30, help_text="Rol die deze taak mag oppakken.")
    team = models.CharField(max_length=100, blank=True, help_text="Leeg: iedereen met de rol.")
    titel = models.CharField(max_length=200)
    deadline = models.DateField(null=True, blank=True)
    eigen_deadline = models.BooleanField(
        default=False, help_text="Eigen termijn van de stap; anders volgt de taak de uiterste afdoeningsdatum."
    )
    vier_ogen_uitgesloten = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Deze medewerker mag de taak niet uitvoeren (vier-ogenprincipe).",
    )
    open = models.BooleanField(default=True, db_index=True)
    # Copies of the task's status and owner (kept in step by signals.spiegel_taak), so the
    # queues and their counts read one table instead of joining viewflow_task.
    status = models.CharField(max_length=50, default=STATUS.NEW, editable=False)
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    signaal = models.CharField(max_length=10, choices=Signaal.choices, default=Signaal.GEEN, blank=True)

    class Meta:
        verbose_name = "taakkenmerk"
        verbose_name_plural = "taakkenmerken"
        indexes = [
            models.Index(
                fields=["organisatie", "rol", "deadline"], condition=models.Q(open=True), name="wv_open_per_rol"
            ),
            # "Mijn taken" and "Teamvoorraad" in their display order (selectors.VOLGORDEN).
            models.Index(
                models.F("organisatie"),
                models.F("eigenaar"),
                models.F("deadline").asc(nulls_last=True),
                models.F("task"),
                condition=models.Q(open=True),
                name="wv_open_per_eigenaar",
            ),
            models.Index(
                models.F("organisatie"),
                models.F("deadline").asc(nulls_last=True),
                models.F("task"),
                condition=models.Q(open=True, status=STATUS.NEW),
                name="wv_teamvoorraad",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.titel} ({self.zaak_id})"


class Notificatie(models.Model):
    ontvanger = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notificaties")
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.CASCADE, related_name="+")
    zaak = models.ForeignKey("zaken.Zaak", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    tekst = models.CharField(max_length=500)
    sleutel = models.CharField(max_length=120, blank=True, help_text="Voorkomt dubbele meldingen.")
    gelezen = models.BooleanField(default=False)
    aangemaakt_op = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "notificatie"
        verbose_name_plural = "notificaties"
        ordering = ["-aangemaakt_op", "-id"]
        indexes = [models.Index(fields=["ontvanger", "gelezen"])]
        constraints = [
            models.UniqueConstraint(
                fields=["ontvanger", "sleutel"], condition=~models.Q(sleutel=""), name="uniek_notificatie_sleutel"
            ),
        ]

    def __str__(self) -> str:
        return self.tekst


class Termijnsignaal(models.Model):
    """The last urgency level the daily termijnbewaking reported for a zaak."""

    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.CASCADE, related_name="termijnsignaal")
    niveau = models.CharField(max_length=10, choices=Signaal.choices, blank=True)
    bijgewerkt_op = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "termijnsignaal"
        verbose_name_plural = "termijnsignalen"

    def __str__(self) -> str:
        return f"{self.zaak_id}: {self.niveau or 'geen'}"
