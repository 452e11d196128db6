"""GeoJSON in and out of shapely, with the validation functioneel beheer needs to hear about."""

import json

from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.validation import explain_validity, make_valid

# Rough box around the Netherlands: catches RD coordinates or swapped lat/lon in an upload.
_NL = (3.0, 50.5, 7.5, 54.0)


def _geometrieen(data) -> list[dict]:
    soort = data.get("type") if isinstance(data, dict) else None
    if soort == "FeatureCollection":
        return [g for f in data.get("features") or [] for g in _geometrieen(f)]
    if soort == "Feature":
        return _geometrieen(data.get("geometry") or {})
    if soort in {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                 "GeometryCollection"}:
        return [data]
    raise ValueError("Dit is geen GeoJSON-geometrie, -Feature of -FeatureCollection.")


def geometrie_uit_geojson(data) -> BaseGeometry:
    """Parse a GeoJSON geometry, Feature or FeatureCollection (dict or str) into one shapely
    geometry in WGS84. Raises ValueError with a Dutch message."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise ValueError(f"Het bestand is geen geldige JSON: {exc.msg} (regel {exc.lineno}).") from exc
    delen = []
    for geo in _geometrieen(data):
        try:
            delen.append(shape(geo))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"Een geometrie kon niet worden gelezen ({geo.get('type')}).") from exc
    if not delen:
        raise ValueError("Het bestand bevat geen geometrie.")
    geometrie = delen[0] if len(delen) == 1 else unary_union(delen)
    if geometrie.is_empty:
        raise ValueError("De geometrie is leeg.")
    minx, miny, maxx, maxy = geometrie.bounds
    if minx < _NL[0] or miny < _NL[1] or maxx > _NL[2] or maxy > _NL[3]:
        raise ValueError(
            "De coördinaten liggen niet in Nederland. Gebruik WGS84 (lengtegraad, breedtegraad), "
            "geen RD-coördinaten."
        )
    if not geometrie.is_valid:
        reden = explain_validity(geometrie)
        geometrie = make_valid(geometrie)
        if geometrie.is_empty:
            raise ValueError(f"De geometrie is ongeldig: {reden}.")
    return geometrie


def naar_geojson(geometrie: BaseGeometry) -> dict:
    return json.loads(json.dumps(mapping(geometrie)))
