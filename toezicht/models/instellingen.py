from django.db import models


class ToezichtInstellingen(models.Model):
    """Per tenant: the editable text of the bezoekrapport and the internal parties that may
    receive it (e.g. the BAG-beheerder)."""

    organisatie = models.OneToOneField(
        "accounts.Organisatie", on_delete=models.CASCADE, related_name="toezicht_instellingen"
    )
    rapport_inleiding = models.TextField(
        default="Op {datum} heeft {toezichthouder} namens het college van burgemeester en wethouders van "
        "{gemeente} een controle uitgevoerd op {adres}. In dit rapport leest u wat is aangetroffen.",
        help_text="Plaatshouders: {datum}, {toezichthouder}, {gemeente}, {adres}, {zaaknummer}.",
    )
    rapport_afsluiting = models.TextField(
        default="Heeft u vragen over dit rapport? Neem dan contact op met de toezichthouder en noem "
        "zaaknummer {zaaknummer}.",
    )
    interne_ontvangers = models.JSONField(
        default=list,
        blank=True,
        help_text='Lijst van {"naam": "BAG-beheerder", "email": "bag@gemeente.nl"}; '
        "bij een controle te kiezen als extra ontvanger van het rapport.",
    )

    class Meta:
        verbose_name = "toezichtinstellingen"
        verbose_name_plural = "toezichtinstellingen"

    def __str__(self) -> str:
        return f"Toezichtinstellingen {self.organisatie.naam}"

    @classmethod
    def voor(cls, organisatie) -> "ToezichtInstellingen":
        return cls.objects.get_or_create(organisatie=organisatie)[0]
