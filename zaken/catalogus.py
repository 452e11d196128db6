"""Catalogus operations: versioning and copying a tenant's catalogus to another tenant."""

import datetime

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from zaken.models import Documenttype, Zaaktype

ONDERDELEN = ["statustypen", "resultaattypen", "roltypen", "eigenschappen"]


def _kopieer_onderdelen(bron: Zaaktype, doel: Zaaktype) -> None:
    for relatie in ONDERDELEN:
        for item in getattr(bron, relatie).all():
            item.pk = None
            item.zaaktype = doel
            item.save()


@transaction.atomic
def maak_nieuwe_versie(zaaktype: Zaaktype, *, door) -> Zaaktype:
    """A new concept version; zaken keep pointing at the version they started with."""
    hoogste = Zaaktype.objects.filter(organisatie=zaaktype.organisatie, identificatie=zaaktype.identificatie)
    versie = max(hoogste.values_list("versie", flat=True)) + 1
    nieuw = Zaaktype.objects.get(pk=zaaktype.pk)
    nieuw.pk = None
    nieuw.versie = versie
    nieuw.concept = True
    nieuw.begin_geldigheid = timezone.localdate() + datetime.timedelta(days=1)
    nieuw.einde_geldigheid = None
    nieuw.save()
    _kopieer_onderdelen(zaaktype, nieuw)
    log_gebeurtenis(
        organisatie=zaaktype.organisatie,
        door=door,
        actie="catalogus.versie",
        obj=nieuw,
        omschrijving=f"Nieuwe versie {versie} van zaaktype '{zaaktype.omschrijving}' aangemaakt.",
    )
    return nieuw


@transaction.atomic
def kopieer_catalogus(*, van, naar, door=None) -> int:
    """Copy the current zaaktypen and documenttypen of `van` to `naar`. Idempotent: a
    zaaktype that `naar` already has (same identificatie) is skipped."""
    bestaande = set(Zaaktype.objects.filter(organisatie=naar).values_list("identificatie", flat=True))
    documenttypen: dict[int, Documenttype] = {}
    for dt in Documenttype.objects.filter(organisatie=van):
        kopie, _ = Documenttype.objects.get_or_create(
            organisatie=naar,
            code=dt.code,
            defaults={
                "omschrijving": dt.omschrijving,
                "vertrouwelijkheidaanduiding": dt.vertrouwelijkheidaanduiding,
                "openbaar_voor_kcc": dt.openbaar_voor_kcc,
            },
        )
        documenttypen[dt.pk] = kopie
    aantal = 0
    huidige = Zaaktype.objects.filter(organisatie=van, concept=False, einde_geldigheid__isnull=True)
    for zaaktype in huidige.prefetch_related("documenttypen", *ONDERDELEN):
        if zaaktype.identificatie in bestaande:
            continue
        bron_pk = zaaktype.pk
        bron = Zaaktype.objects.get(pk=bron_pk)
        kopie = Zaaktype.objects.get(pk=bron_pk)
        kopie.pk = None
        kopie.organisatie = naar
        kopie.versie = 1
        kopie.save()
        _kopieer_onderdelen(bron, kopie)
        for dt in bron.documenttypen.all():
            documenttypen[dt.pk].zaaktypen.add(kopie)
        aantal += 1
    log_gebeurtenis(
        organisatie=naar,
        door=door,
        actie="catalogus.gekopieerd",
        omschrijving=f"{aantal} zaaktypen gekopieerd van {van.naam}.",
    )
    return aantal
