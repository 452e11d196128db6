"""GML 3.1.1 points and multi-surfaces (as DSO-LV writes them) to plain coordinates/GeoJSON.

Only reads coordinates; no CRS transformation. Axis order: EPSG:4258/4326 in URN form is
lat, lon; RD (EPSG:28992) is x, y. GeoJSON output uses x/lon first (RFC 7946).
"""

from __future__ import annotations

import math
from typing import Any

from lxml import etree

from .lezer import Element, Lezer, tekst

GML_NAMESPACES = frozenset({"http://www.opengis.net/gml", "http://www.opengis.net/gml/3.2"})
RD = "RD"
ETRS89 = "ETRS89"
WGS84 = "WGS84"
GRADEN_STELSELS = frozenset({ETRS89, WGS84})
RD_CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}

Positie = tuple[float, float]
Ring = list[Positie]


def _gml_naam(el: Element) -> str | None:
    if not isinstance(el.tag, str):
        return None
    qname = etree.QName(el)
    return qname.localname if qname.namespace in GML_NAMESPACES else None


def _stelsel_van_srs(srs: str) -> str | None:
    if "28992" in srs:
        return RD
    if "4258" in srs or "4937" in srs:
        return ETRS89
    if "4326" in srs:
        return WGS84
    return None


def stelsel(el: Element, container: Element, standaard: str | None) -> str | None:
    """The srsName nearest to `el` (up to `container`), else the STAM referentiestelsel."""
    huidig: Element | None = el
    while huidig is not None:
        srs = huidig.get("srsName")
        if srs and (gevonden := _stelsel_van_srs(srs)):
            return gevonden
        if huidig is container:
            break
        huidig = huidig.getparent()
    return standaard


def _dimensie(el: Element, container: Element) -> int:
    huidig: Element | None = el
    while huidig is not None:
        waarde = huidig.get("srsDimension") or huidig.get("dimension")
        if waarde and waarde.strip() in ("2", "3"):
            return int(waarde)
        if huidig is container:
            break
        huidig = huidig.getparent()
    return 2


def _getallen(waarden: list[str]) -> list[float] | None:
    try:
        getallen = [float(w) for w in waarden]
    except ValueError:
        return None
    return getallen if all(math.isfinite(g) for g in getallen) else None


def _posities(el: Element, container: Element) -> list[Positie] | None:
    """Positions of a gml:pos, gml:posList or gml:coordinates element."""
    inhoud = tekst(el) or ""
    if _gml_naam(el) == "coordinates":
        cs, decimaal = el.get("cs") or ",", el.get("decimal") or "."
        tupels = [t.replace(decimaal, ".").split(cs) for t in inhoud.split()]
        getallen_per_tupel = [_getallen(t) for t in tupels]
        if not tupels or any(g is None or len(g) < 2 for g in getallen_per_tupel):
            return None
        return [(g[0], g[1]) for g in getallen_per_tupel if g]
    getallen = _getallen(inhoud.split())
    if _gml_naam(el) == "pos":
        # One position; without srsDimension its length tells the dimension (2D or 3D).
        return [(getallen[0], getallen[1])] if getallen and len(getallen) in (2, 3) else None
    dim = _dimensie(el, container)
    if not getallen or len(getallen) % dim:
        return None
    return [(getallen[i], getallen[i + 1]) for i in range(0, len(getallen), dim)]


def lees_punt(container: Element, lezer: Lezer) -> tuple[Positie, Element] | None:
    """First position inside a gml:PointType element, with the element it came from."""
    for el in container.iter():
        if _gml_naam(el) in ("pos", "coordinates"):
            posities = _posities(el, container)
            if posities and len(posities) == 1:
                return posities[0], el
            lezer.waarschuw(el, "puntlocatie bevat geen bruikbare coördinaat")
            return None
    lezer.waarschuw(container, "puntlocatie zonder gml:pos")
    return None


def _ring(lineair: Element, container: Element) -> Ring | None:
    lijst = [el for el in lineair.iter() if _gml_naam(el) in ("posList", "coordinates")]
    if lijst:
        posities = _posities(lijst[0], container)
    else:
        losse = [_posities(el, container) for el in lineair.iter() if _gml_naam(el) == "pos"]
        posities = None if any(p is None or len(p) != 1 for p in losse) else [p[0] for p in losse]
    if not posities:
        return None
    if posities[0] != posities[-1]:
        posities.append(posities[0])
    return posities if len(posities) >= 4 else None


def _ringen_onder(polygoon: Element, rand: str) -> list[Element]:
    ringen = []
    for grens in polygoon:
        if _gml_naam(grens) == rand:
            ringen += [el for el in grens.iter() if _gml_naam(el) == "LinearRing"]
    return ringen


def lees_vlak(container: Element, lezer: Lezer) -> list[list[Ring]] | None:
    """Polygons (exterior ring first, then interiors) inside a gml:MultiSurfaceType element."""
    polygonen: list[list[Ring]] = []
    for polygoon in container.iter():
        if _gml_naam(polygoon) not in ("Polygon", "PolygonPatch"):
            continue
        buiten = _ringen_onder(polygoon, "exterior")
        ringen = [_ring(r, container) for r in buiten[:1] + _ringen_onder(polygoon, "interior")]
        if not buiten or any(r is None for r in ringen):
            lezer.waarschuw(polygoon, "vlaklocatie bevat een onbruikbare polygoon; overgeslagen")
            continue
        polygonen.append([r for r in ringen if r is not None])
    if not polygonen:
        lezer.waarschuw(container, "vlaklocatie zonder bruikbare polygoon")
        return None
    return polygonen


def lon_lat(positie: Positie) -> Positie:
    """GML lat/lon to (lon, lat), tolerating senders that already wrote lon/lat.

    Within the Netherlands the ranges of latitude (50-54) and longitude (3-7.5) do not overlap,
    so a swapped pair is recognisable; outside that box the GML URN order is assumed.
    """
    a, b = positie
    if 2.5 <= a <= 7.5 and 50 <= b <= 54.5:
        return a, b
    return b, a


def naar_geojson(polygonen: list[list[Ring]], stelsel_naam: str | None) -> dict[str, Any]:
    graden = stelsel_naam in GRADEN_STELSELS
    coordinaten = [
        [[list(lon_lat(p)) if graden else [p[0], p[1]] for p in ring] for ring in polygoon]
        for polygoon in polygonen
    ]
    geojson: dict[str, Any] = {"type": "MultiPolygon", "coordinates": coordinaten}
    if stelsel_naam == RD:
        geojson["crs"] = RD_CRS
    return geojson
