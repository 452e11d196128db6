"""Read side of toezicht: what views, the API and other apps (handhaving) call."""

import datetime

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from toezicht.models import (
    Controle,
    ControleStatus,
    Overtredingsvoorstel,
    Sectie,
    Toezichtprogramma,
    VoorstelStatus,
    Vraag,
    VthObject,
)
from zaken.models import Zaak

KLAAR = (
    ControleStatus.UITGEVOERD,
    ControleStatus.GERAPPORTEERD,
    ControleStatus.HERCONTROLE,
    ControleStatus.AFGEHANDELD,
)


def open_overtredingsvoorstellen(organisatie):
    """For handhaving: 'voldoet niet' bevindingen not yet taken up."""
    return Overtredingsvoorstel.objects.filter(organisatie=organisatie, status=VoorstelStatus.OPEN).select_related(
        "bevinding__vraag", "bevinding__controle__zaak", "bevinding__controle__object"
    )


def controles_voor(lidmaatschap):
    """Controles whose zaak this membership may see (tenant, zaaktype, vertrouwelijkheid)."""
    zaken = Zaak.objects.voor_lidmaatschap(lidmaatschap)
    return Controle.objects.filter(organisatie_id=lidmaatschap.organisatie_id, zaak__in=zaken)


def controle_voor(lidmaatschap, pk: int) -> Controle:
    try:
        return (
            controles_voor(lidmaatschap)
            .select_related("zaak", "object", "checklistversie__checklist", "toezichthouder")
            .get(pk=pk)
        )
    except (Controle.DoesNotExist, ValueError) as exc:
        raise Http404("Controle niet gevonden.") from exc


def checklist_prefetch(prefix: str = "checklistversie__") -> Prefetch:
    vragen = Vraag.objects.order_by("volgorde", "id")
    return Prefetch(
        f"{prefix}secties",
        queryset=Sectie.objects.order_by("volgorde", "id").prefetch_related(Prefetch("vragen", queryset=vragen)),
    )


def dagplanning(lidmaatschap, datum: datetime.date):
    """The user's controles of one day in route order, with everything the app needs offline."""
    return (
        controles_voor(lidmaatschap)
        .filter(toezichthouder_id=lidmaatschap.medewerker_id, datum=datum)
        .select_related("zaak", "object", "checklistversie__checklist")
        .prefetch_related(checklist_prefetch(), "bevindingen", "fotos", "conflicten")
        .order_by("volgorde", "id")
    )


def objecten_voor(organisatie, zoekterm: str = ""):
    qs = VthObject.objects.filter(organisatie=organisatie, actief=True)
    if zoekterm:
        qs = qs.filter(
            Q(naam__icontains=zoekterm)
            | Q(straat__icontains=zoekterm)
            | Q(postcode__iexact=zoekterm.replace(" ", ""))
            | Q(woonplaats__icontains=zoekterm)
            | Q(objectcode__iexact=zoekterm)
        )
    return qs.annotate(aantal_controles=Count("controles")).order_by("woonplaats", "straat", "huisnummer", "id")


def object_historie(obj: VthObject, lidmaatschap) -> dict:
    """Vergunningen, controles and handhaving at this object's address."""
    zaken = Zaak.objects.voor_lidmaatschap(lidmaatschap).met_lijstgegevens()
    plek = Q(pk__in=[])
    if obj.nummeraanduiding_id:
        plek |= Q(locaties__nummeraanduiding_id=obj.nummeraanduiding_id)
    if obj.postcode and obj.huisnummer:
        plek |= Q(locaties__postcode=obj.postcode, locaties__huisnummer=obj.huisnummer)
    if obj.vergunning_zaak_id:
        plek |= Q(pk=obj.vergunning_zaak_id)
    op_adres = zaken.filter(plek).distinct()
    return {
        "vergunningen": op_adres.filter(
            zaaktype__identificatie__in=["AANVRAAG-REGULIER", "AANVRAAG-UITGEBREID", "MELDING-ACTIVITEIT"]
        ),
        "handhaving": op_adres.filter(zaaktype__identificatie__startswith="HANDHAVING"),
        "controles": controles_voor(lidmaatschap)
        .filter(object=obj)
        .select_related("zaak", "toezichthouder", "checklistversie__checklist")
        .order_by("-datum", "-id"),
    }


def programma_voor(organisatie, jaar: int) -> Toezichtprogramma:
    try:
        return Toezichtprogramma.objects.get(organisatie=organisatie, jaar=jaar)
    except Toezichtprogramma.DoesNotExist as exc:
        raise Http404("Geen toezichtprogramma voor dit jaar.") from exc
