from django.contrib.auth.models import AbstractUser
from django.contrib.postgres.fields import ArrayField
from django.core.validators import RegexValidator
from django.db import models

from clo.accounts.rollen import Rol, Vertrouwelijkheid, rechten_voor
from clo.core.validators import valideer_rsin


class Organisatie(models.Model):
    """A tenant: one bevoegd gezag (college van B&W) with its own configuration."""

    naam = models.CharField(max_length=200)
    gemeentecode = models.CharField(
        "CBS-gemeentecode",
        max_length=6,
        unique=True,
        validators=[RegexValidator(r"^GM\d{4}$", "Gebruik de vorm GM1234.")],
    )
    oin = models.CharField(
        "OIN",
        max_length=20,
        unique=True,
        validators=[RegexValidator(r"^\d{20}$", "Een OIN bestaat uit 20 cijfers.")],
    )
    rsin = models.CharField("RSIN", max_length=9, validators=[valideer_rsin])
    zaaknummer_prefix = models.CharField(
        max_length=8,
        unique=True,
        help_text="Voorvoegsel van zaaknummers, bijv. NEF.",
        validators=[RegexValidator(r"^[A-Z]{2,8}$", "Alleen hoofdletters, 2 tot 8 tekens.")],
    )
    # Huisstijl for letters and the header.
    logo = models.FileField(upload_to="huisstijl/", blank=True)
    kleur_primair = models.CharField(max_length=7, default="#154273")
    kleur_secundair = models.CharField(max_length=7, default="#e17000")
    postadres = models.TextField(blank=True)
    bezoekadres = models.TextField(blank=True)
    telefoon = models.CharField(max_length=30, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    ondertekening = models.TextField(
        blank=True, help_text="Ondertekening onder brieven, bijv. 'Burgemeester en wethouders'."
    )

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["naam"]

    def __str__(self) -> str:
        return f"{self.naam} ({self.gemeentecode})"


class Medewerker(AbstractUser):
    """Custom user from the first migration (identity provider fields can be added later)."""

    telefoon = models.CharField(max_length=30, blank=True)
    functie = models.CharField(max_length=100, blank=True)

    class Meta:
        verbose_name = "medewerker"
        verbose_name_plural = "medewerkers"

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def naam(self) -> str:
        return str(self)


class LidmaatschapQuerySet(models.QuerySet):
    def actief(self):
        return self.filter(actief=True)


class Lidmaatschap(models.Model):
    """A medewerker's membership of one tenant, with stacked roles and the ZGW-style limits."""

    medewerker = models.ForeignKey(Medewerker, on_delete=models.CASCADE, related_name="lidmaatschappen")
    organisatie = models.ForeignKey(Organisatie, on_delete=models.CASCADE, related_name="lidmaatschappen")
    rollen = ArrayField(models.CharField(max_length=30, choices=Rol.choices), default=list)
    team = models.CharField(max_length=100, blank=True)
    max_vertrouwelijkheid = models.CharField(
        max_length=20,
        choices=Vertrouwelijkheid.choices,
        default=Vertrouwelijkheid.ZAAKVERTROUWELIJK,
    )
    zaaktypen = models.ManyToManyField(
        "zaken.Zaaktype",
        blank=True,
        help_text="Leeg: alle zaaktypen van deze organisatie. Anders alleen deze zaaktypen.",
    )
    actief = models.BooleanField(default=True)

    objects = LidmaatschapQuerySet.as_manager()

    class Meta:
        verbose_name = "lidmaatschap"
        verbose_name_plural = "lidmaatschappen"
        constraints = [models.UniqueConstraint(fields=["medewerker", "organisatie"], name="uniek_lidmaatschap")]

    def __str__(self) -> str:
        return f"{self.medewerker} bij {self.organisatie.naam}"

    @property
    def rechten(self) -> set[str]:
        return rechten_voor(self.rollen)

    def rollen_labels(self) -> list[str]:
        return [Rol(r).label for r in self.rollen if r in Rol.values]
