"""Data for the map: zaken as points per layer, risk zones as polygons, and layers other apps
register (e.g. toezichtobjecten) without this module importing them."""

from collections.abc import Callable
from dataclasses import dataclass

from zaken.zoeken.geometrie import geometrie_uit_geojson, naar_geojson
from zaken.zoeken.models import Kaartlaag, Risicozone
from zaken.zoeken.selectors import (
    Filters,
    _filter,
    log_bsn_zoekopdracht,
    signalen_voor_zaken,
    toegestane_index,
    zoek_in,
)
from zaken.zoeken.zoekopdracht import ontleed

MAX_PUNTEN = 5000


@dataclass(frozen=True)
class ExtraLaag:
    code: str
    label: str
    bron: Callable  # (lidmaatschap) -> list[dict(lat, lon, label, url)]
    recht: str | None = None


_EXTRA: dict[str, ExtraLaag] = {}


def registreer_kaartlaag(laag: ExtraLaag) -> None:
    """For other apps (toezicht: objecten) to add a layer from their AppConfig.ready()."""
    _EXTRA[laag.code] = laag


def extra_lagen(lid) -> list[ExtraLaag]:
    return [laag for laag in _EXTRA.values() if laag.recht is None or laag.recht in lid.rechten]


def _punten(lid, invoer: str, door, filters: Filters, url_voor) -> tuple[list[dict], bool, str]:
    opdracht = ontleed(invoer)
    if opdracht.soort == "bsn":
        if "betrokkene.bsn_inzien" not in lid.rechten:
            return [], False, "U mag niet op burgerservicenummer zoeken."
        log_bsn_zoekopdracht(lid, door, opdracht.sleutel, "Zaken op de kaart tonen")
    qs = zoek_in(_filter(toegestane_index(lid), filters), opdracht).filter(lat__isnull=False, lon__isnull=False)
    rijen = list(qs.values("zaak_id", "lat", "lon", "laag", "status", "afgesloten", "adres",
                           "identificatie", "omschrijving")[:MAX_PUNTEN + 1])
    signalen = signalen_voor_zaken([r["zaak_id"] for r in rijen[:MAX_PUNTEN]])
    punten = [{
        "lat": round(r["lat"], 6), "lon": round(r["lon"], 6), "laag": r["laag"],
        "identificatie": r["identificatie"], "omschrijving": r["omschrijving"],
        "status": "Afgehandeld" if r["afgesloten"] else r["status"], "adres": r["adres"],
        "url": url_voor(r["identificatie"]),
        "signalen": [s.naam for s in signalen.get(r["zaak_id"], [])],
    } for r in rijen[:MAX_PUNTEN]]
    return punten, len(rijen) > MAX_PUNTEN, ""


def _zones(lid) -> list[dict]:
    features = []
    for zone in Risicozone.objects.filter(organisatie_id=lid.organisatie_id, actief=True):
        try:
            geometrie = naar_geojson(geometrie_uit_geojson(zone.geometrie))
        except ValueError:
            continue
        features.append({"type": "Feature", "geometry": geometrie,
                         "properties": {"naam": zone.naam, "soort": zone.get_soort_display(),
                                        "melding": zone.melding}})
    return features


def kaartgegevens(lid, invoer: str, *, door, filters: Filters, url_voor) -> dict:
    punten, afgekapt, melding = _punten(lid, invoer, door, filters, url_voor)
    lagen = [{"code": code, "label": label} for code, label in Kaartlaag.choices]
    extra = []
    for laag in extra_lagen(lid):
        lagen.append({"code": laag.code, "label": laag.label})
        extra += [{**p, "laag": laag.code} for p in laag.bron(lid)]
    return {"punten": punten + extra, "afgekapt": afgekapt, "melding": melding, "lagen": lagen,
            "zones": {"type": "FeatureCollection", "features": _zones(lid)}}
