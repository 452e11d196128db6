"""RD New (EPSG:28992) to WGS84 (EPSG:4326): the registrations deliver RD, Leaflet wants WGS84."""

from __future__ import annotations

from functools import cache
from typing import Any

from pyproj import Transformer


@cache
def _transformer() -> Transformer:
    return Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)


def rd_naar_wgs84(x: float, y: float) -> tuple[float, float]:
    """(lat, lon) of an RD point, rounded to about 1 cm."""
    lon, lat = _transformer().transform(x, y)
    return round(lat, 7), round(lon, 7)


def _ring(ring: list[list[float]]) -> list[list[float]]:
    # GeoJSON order is lon, lat; the BAG adds a z coordinate that the map does not need.
    return [[round(c, 7) for c in _transformer().transform(p[0], p[1])] for p in ring]


def geometrie_naar_wgs84(geometrie: dict[str, Any] | None) -> dict[str, Any] | None:
    """A GeoJSON Polygon or MultiPolygon in RD as GeoJSON in WGS84; other types are dropped."""
    if not geometrie or not geometrie.get("coordinates"):
        return None
    if geometrie.get("type") == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(r) for r in geometrie["coordinates"]]}
    if geometrie.get("type") == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[_ring(r) for r in p] for p in geometrie["coordinates"]]}
    return None
