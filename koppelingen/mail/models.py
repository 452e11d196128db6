"""Mail templates, the outgoing mail log and the incoming messages (postvak when unmatched)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from zaken.brieven.schema import SCHEMA
from zaken.brieven.sjabloontaal import compileer


class MailSjabloon(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="mailsjablonen")
    code = models.SlugField(max_length=60, help_text="Bijv. 'brief', 'statusbericht'.")
    onderwerp = models.CharField(max_length=300)
    tekst = models.TextField(help_text="Platte tekst van de mail; placeholders toegestaan.")
    html = models.TextField(blank=True, help_text="Optionele HTML-versie; placeholders worden ge-escaped.")
    actief = models.BooleanField(default=True)

    class Meta:
        verbose_name = "mailsjabloon"
        verbose_name_plural = "mailsjablonen"
        ordering = ["organisatie", "code"]
        constraints = [models.UniqueConstraint(fields=["organisatie", "code"], name="uniek_mailsjabloon_code")]

    def __str__(self) -> str:
        return f"{self.code} ({self.organisatie.naam})"

    def clean(self) -> None:
        fouten = {}
        for veld, html in (("onderwerp", False), ("tekst", False), ("html", True)):
            try:
                compileer(getattr(self, veld), SCHEMA, naam=f"het veld {veld}", html=html)
            except ValidationError as exc:
                fouten[veld] = exc.messages
        if fouten:
            raise ValidationError(fouten)


class MailStatus(models.TextChoices):
    WACHTRIJ = "wachtrij", "In de wachtrij"
    VERZONDEN = "verzonden", "Verzonden"
    MISLUKT = "mislukt", "Mislukt"


class UitgaandeMail(models.Model):
    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT)
    zaak = models.ForeignKey("zaken.Zaak", null=True, blank=True, on_delete=models.PROTECT, related_name="mails")
    sjabloon_code = models.CharField(max_length=60, blank=True)
    afzender = models.CharField(max_length=254)
    ontvangers = models.JSONField(default=list)
    cc = models.JSONField(default=list, blank=True)
    onderwerp = models.CharField(max_length=300)
    tekst = models.TextField()
    html = models.TextField(blank=True)
    bijlagen = models.ManyToManyField("zaken.Document", blank=True, related_name="+")
    message_id = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=20, choices=MailStatus.choices, default=MailStatus.WACHTRIJ)
    pogingen = models.PositiveIntegerField(default=0)
    laatste_fout = models.TextField(blank=True)
    aangemaakt_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    verzonden_op = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "uitgaande mail"
        verbose_name_plural = "uitgaande mails"
        ordering = ["-aangemaakt_op"]

    def __str__(self) -> str:
        return self.onderwerp


class BerichtStatus(models.TextChoices):
    ONTVANGEN = "ontvangen", "Ontvangen (nog niet verwerkt)"
    GEKOPPELD = "gekoppeld", "Bij zaak opgeslagen"
    POSTVAK = "postvak", "In het postvak"
    FOUT = "fout", "Fout bij verwerken"


class InkomendBericht(models.Model):
    """Raw message stored first (private storage), processed after: nothing received is lost."""

    organisatie = models.ForeignKey("accounts.Organisatie", null=True, blank=True, on_delete=models.PROTECT)
    message_id = models.CharField(max_length=500, unique=True)
    bron = models.CharField(max_length=20, choices=[("imap", "IMAP"), ("maildir", "Maildir"), ("eml", "Map met .eml")])
    bron_sleutel = models.CharField(max_length=500, blank=True, help_text="Bestandsnaam, Maildir-sleutel of IMAP-UID.")
    eml = models.FileField(upload_to="mail/inkomend/", max_length=300)
    sha256 = models.CharField(max_length=64)
    afzender = models.CharField(max_length=300, blank=True)
    onderwerp = models.CharField(max_length=500, blank=True)
    ontvangen_op = models.DateTimeField(auto_now_add=True)
    verzonden_op = models.DateTimeField(null=True, blank=True, help_text="Date-header van het bericht.")
    zaak = models.ForeignKey(
        "zaken.Zaak", null=True, blank=True, on_delete=models.PROTECT, related_name="inkomende_berichten"
    )
    status = models.CharField(max_length=20, choices=BerichtStatus.choices, default=BerichtStatus.ONTVANGEN)
    fout = models.TextField(blank=True)
    toegewezen_door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        verbose_name = "inkomend bericht"
        verbose_name_plural = "inkomende berichten"
        ordering = ["-ontvangen_op"]
        indexes = [models.Index(fields=["organisatie", "status"])]

    def __str__(self) -> str:
        return self.onderwerp or self.message_id
