"""Signalering ("green lane"): which risk zones a zaak's location falls in.

Matches are computed on write (a locatie or a zone changed) and stored as ZaakSignaal rows, so
screens listing many zaken do no geometry work. Zones are parsed and prepared once per tenant
and reused until one of that tenant's zones changes.
"""

import threading
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Max
from shapely import prepared
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from clo.audit.log import log_gebeurtenis
from zaken.models import Locatie, Zaak
from zaken.zoeken.geometrie import geometrie_uit_geojson
from zaken.zoeken.models import Risicozone, ZaakSignaal, ZaakZoekindex
from zaken.zoeken.normalisatie import normaliseer


@dataclass(frozen=True)
class VoorbereideZone:
    id: int
    naam: str
    zaaktypen: frozenset[str]
    activiteiten: tuple[str, ...]
    geometrie: BaseGeometry
    voorbereid: object  # shapely PreparedGeometry

    def geldt_voor(self, zaaktype_identificatie: str, activiteitentekst: str) -> bool:
        if self.zaaktypen and zaaktype_identificatie not in self.zaaktypen:
            return False
        return not self.activiteiten or any(a in activiteitentekst for a in self.activiteiten)


_cache: dict[int, tuple[tuple, list[VoorbereideZone]]] = {}
_lock = threading.Lock()


def voorbereide_zones(organisatie_id: int) -> list[VoorbereideZone]:
    # One cheap aggregate tells whether this tenant's zones changed since they were prepared;
    # that also holds across worker processes, unlike invalidation by signal.
    stand = Risicozone.objects.filter(organisatie_id=organisatie_id).aggregate(
        n=Count("id"), laatst=Max("gewijzigd_op"))
    sleutel = (stand["n"], stand["laatst"])
    with _lock:
        if (bewaard := _cache.get(organisatie_id)) and bewaard[0] == sleutel:
            return bewaard[1]
    zones = []
    for zone in Risicozone.objects.filter(organisatie_id=organisatie_id, actief=True):
        try:
            geometrie = geometrie_uit_geojson(zone.geometrie)
        except ValueError:
            continue  # the admin refuses invalid geometry; old rows must not break every save
        zones.append(VoorbereideZone(
            zone.pk, zone.naam, frozenset(zone.zaaktypen), tuple(normaliseer(a) for a in zone.activiteiten if a),
            geometrie, prepared.prep(geometrie)))
    with _lock:
        _cache[organisatie_id] = (sleutel, zones)
    return zones


def zaakgeometrie(locaties) -> BaseGeometry | None:
    delen = []
    for loc in locaties:
        if loc.geometrie:
            try:
                delen.append(geometrie_uit_geojson(loc.geometrie))
                continue
            except ValueError:
                pass
        if loc.lat is not None and loc.lon is not None:
            delen.append(Point(loc.lon, loc.lat))
    if not delen:
        return None
    return delen[0] if len(delen) == 1 else unary_union(delen)


def activiteitentekst(zaak: Zaak) -> str:
    """What the zaak is about, for zones limited to activiteiten: the omschrijving and any
    eigenschap named 'activiteit(en)' (filled by the DSO intake)."""
    waarden = [e.waarde for e in zaak.eigenschappen.all() if "activiteit" in e.eigenschap.naam.lower()]
    return normaliseer(" ".join([zaak.omschrijving, *waarden]))


def _synchroniseer(zaak: Zaak, zone_ids: set[int], alleen_zone: int | None = None) -> None:
    bestaand = ZaakSignaal.objects.filter(zaak=zaak)
    if alleen_zone is not None:
        bestaand = bestaand.filter(zone_id=alleen_zone)
    huidig = set(bestaand.values_list("zone_id", flat=True))
    bestaand.exclude(zone_id__in=zone_ids).delete()
    nieuw = zone_ids - huidig
    for zone in Risicozone.objects.filter(pk__in=nieuw):
        ZaakSignaal.objects.get_or_create(zaak=zaak, zone=zone)
        log_gebeurtenis(organisatie=zaak.organisatie, door=None, actie="signaal.toegevoegd", zaak=zaak, obj=zone,
                        omschrijving=f"Signaal: de locatie ligt in '{zone.naam}'. {zone.melding}")


def herbereken_signalen(zaak_id: int) -> None:
    zaak = Zaak.objects.select_related("zaaktype", "organisatie").prefetch_related(
        "locaties", "eigenschappen__eigenschap").filter(pk=zaak_id).first()
    if zaak is None:
        return
    geometrie = zaakgeometrie(zaak.locaties.all())
    gevonden: set[int] = set()
    if geometrie is not None:
        tekst = activiteitentekst(zaak)
        gevonden = {z.id for z in voorbereide_zones(zaak.organisatie_id)
                    if z.geldt_voor(zaak.zaaktype.identificatie, tekst) and z.voorbereid.intersects(geometrie)}
    with transaction.atomic():
        _synchroniseer(zaak, gevonden)


def herbereken_zone(zone_id: int) -> int:
    """After a zone changed: recompute its matches over the tenant's zaken. Candidates come from
    the indexed points inside the zone's bounding box, zaken with a drawn geometry, and the
    zaken it matched before. Returns the number of zaken now signalled."""
    zone = Risicozone.objects.filter(pk=zone_id).first()
    if zone is None:
        return 0
    vz = next((z for z in voorbereide_zones(zone.organisatie_id) if z.id == zone_id), None)
    kandidaten = set(ZaakSignaal.objects.filter(zone_id=zone_id).values_list("zaak_id", flat=True))
    if vz is not None:
        minx, miny, maxx, maxy = vz.geometrie.bounds
        kandidaten |= set(ZaakZoekindex.objects.filter(
            organisatie_id=zone.organisatie_id, lat__range=(miny, maxy), lon__range=(minx, maxx),
        ).values_list("zaak_id", flat=True))
        kandidaten |= set(Locatie.objects.filter(zaak__organisatie_id=zone.organisatie_id, geometrie__isnull=False)
                          .values_list("zaak_id", flat=True))
    raam = box(*vz.geometrie.bounds) if vz else None
    aantal = 0
    zaken = Zaak.objects.filter(pk__in=kandidaten).select_related("zaaktype", "organisatie").prefetch_related(
        "locaties", "eigenschappen__eigenschap")
    for zaak in zaken.iterator(chunk_size=500):
        geometrie = zaakgeometrie(zaak.locaties.all())
        raakt = (vz is not None and geometrie is not None and raam.intersects(geometrie)
                 and vz.geldt_voor(zaak.zaaktype.identificatie, activiteitentekst(zaak))
                 and vz.voorbereid.intersects(geometrie))
        with transaction.atomic():
            _synchroniseer(zaak, {zone_id} if raakt else set(), alleen_zone=zone_id)
        aantal += raakt
    return aantal
