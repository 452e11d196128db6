"""Read side of handhaving: the handhaver's overview and the zaak tab. Every query is scoped
by the membership (tenant, zaaktype, vertrouwelijkheid) through Zaak.objects.voor_lidmaatschap."""

import datetime

from django.db.models import Count, Prefetch
from django.utils import timezone

from handhaving.models import Fase, Handhavingszaak, Stap, Verbeurte
from zaken.models import Zaak

VERJARING_SIGNAAL_DAGEN = 90


def lopende_zaken(lid):
    zaken = Zaak.objects.voor_lidmaatschap(lid).open()
    return (
        Handhavingszaak.objects.filter(organisatie_id=lid.organisatie_id, zaak__in=zaken)
        .exclude(fase=Fase.AFGEHANDELD)
        .select_related("zaak__status__statustype", "zaak__behandelaar")
        .order_by("volgende_termijn", "zaak__identificatie")
    )


def per_fase(lid) -> list[dict]:
    telling = dict(lopende_zaken(lid).order_by().values_list("fase").annotate(n=Count("id")))
    return [{"fase": f, "label": f.label, "aantal": telling.get(f.value, 0)} for f in Fase if f != Fase.AFGEHANDELD]


def _verbeurten(lid):
    zaken = Zaak.objects.voor_lidmaatschap(lid)
    return Verbeurte.objects.filter(
        last__handhavingszaak__organisatie_id=lid.organisatie_id,
        last__handhavingszaak__zaak__in=zaken,
        betaald_op__isnull=True,
    ).select_related("last__handhavingszaak__zaak", "invordering")


def in_te_vorderen(lid):
    """Forfeited and unpaid, no invorderingsbeschikking yet: oldest betaaltermijn first."""
    return _verbeurten(lid).filter(invordering__isnull=True).order_by("betaaltermijn_einde", "id")


def bijna_verjaard(lid, vandaag: datetime.date | None = None, dagen: int = VERJARING_SIGNAAL_DAGEN):
    vandaag = vandaag or timezone.localdate()
    return (
        _verbeurten(lid)
        .filter(verjaringsdatum__lte=vandaag + datetime.timedelta(days=dagen))
        .order_by("verjaringsdatum", "id")
    )


def handhavingszaak_van(zaak) -> Handhavingszaak | None:
    return (
        Handhavingszaak.objects.filter(zaak=zaak)
        .prefetch_related(
            "overtredingen__overtreder",
            "overtredingen__fotos",
            Prefetch("stappen", queryset=Stap.objects.select_related("document", "door")),
            "lasten__verbeurten__invordering",
            "lasten__rechtsmiddelen",
            "lasten__tenuitvoerlegging",
            "gedoogbeschikkingen",
            "verzoeken__zaak",
        )
        .first()
    )
