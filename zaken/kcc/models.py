from django.conf import settings
from django.db import models
from django.utils import timezone


class Kanaal(models.TextChoices):
    TELEFOON = "telefoon", "Telefoon"
    BALIE = "balie", "Balie"
    EMAIL = "email", "E-mail"
    CHAT = "chat", "Chat"
    POST = "post", "Post"


class Vervolg(models.TextChoices):
    GEEN = "geen", "Afgehandeld door het KCC"
    DOORVERBONDEN = "doorverbonden", "Doorverbonden met de behandelaar"
    TERUGBELVERZOEK = "terugbelverzoek", "Terugbelverzoek voor de behandelaar"


class Contactmoment(models.Model):
    """A question of a citizen or company to the KCC, optionally about one zaak."""

    organisatie = models.ForeignKey("accounts.Organisatie", on_delete=models.PROTECT, related_name="contactmomenten")
    zaak = models.ForeignKey("zaken.Zaak", null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="contactmomenten")
    kanaal = models.CharField(max_length=20, choices=Kanaal.choices, default=Kanaal.TELEFOON)
    vraag = models.TextField()
    antwoord = models.TextField(blank=True)
    vervolg = models.CharField(max_length=20, choices=Vervolg.choices, default=Vervolg.GEEN)
    behandelaar = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", help_text="Bij doorverbinden of terugbelverzoek.")
    terugbelnummer = models.CharField(max_length=30, blank=True)
    medewerker = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    medewerker_naam = models.CharField(max_length=200)
    tijdstip = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "contactmoment"
        verbose_name_plural = "contactmomenten"
        ordering = ["-tijdstip", "-id"]
        indexes = [models.Index(fields=["organisatie", "-tijdstip"])]

    def __str__(self) -> str:
        return f"{self.get_kanaal_display()} {self.tijdstip:%d-%m-%Y %H:%M}"
