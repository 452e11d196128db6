"""GeoJSON for the map on the Basisregistraties tab (pand outlines, percelen, address points)."""

from __future__ import annotations

from typing import Any

from ..models import VerrijkingStatus


def _feature(geometrie: dict[str, Any] | None, soort: str, label: str) -> dict[str, Any] | None:
    if not geometrie:
        return None
    return {"type": "Feature", "geometry": geometrie, "properties": {"soort": soort, "label": label}}


def kaartlagen(locaties: list[dict[str, Any]]) -> dict[str, Any]:
    features: list[dict[str, Any] | None] = []
    for item in locaties:
        loc = item["locatie"]
        if loc.lat is not None and loc.lon is not None:
            features.append(_feature({"type": "Point", "coordinates": [loc.lon, loc.lat]}, "adres", loc.omschrijving))
        bag, brk = item["bag"], item["brk"]
        if bag and bag.status == VerrijkingStatus.OK:
            for pand in bag.data.get("panden", []):
                label = f"Pand {pand['id']}" + (f", bouwjaar {pand['bouwjaar']}" if pand.get("bouwjaar") else "")
                features.append(_feature(pand.get("geometrie"), "pand", label))
        if brk and brk.status == VerrijkingStatus.OK:
            for perceel in brk.data.get("percelen", []):
                for p in [perceel, *perceel.get("grondpercelen", [])]:
                    features.append(_feature(p.get("begrenzing"), "perceel", f"Perceel {p['kadastrale_aanduiding']}"))
    return {"type": "FeatureCollection", "features": [f for f in features if f]}
