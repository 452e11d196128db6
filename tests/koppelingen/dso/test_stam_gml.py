"""GML geometries in projectlocaties become usable points and GeoJSON, whatever GML form
DSO-LV or the aanvrager's software chose; unusable geometry is a warning, not a crash."""

from __future__ import annotations

import pytest
from lxml import etree

from koppelingen.dso.samples.generator import maak_verzoek_xml
from koppelingen.dso.stam import parse_verzoek

VX = "http://www.omgevingswet.nl/koppelvlak/stam-v4/verzoek"
NAMESPACES = (
    'xmlns:ic="http://www.omgevingswet.nl/koppelvlak/stam-v4/common" '
    'xmlns:gml="http://www.opengis.net/gml"'
)
ETRS = 'srsName="urn:ogc:def:crs:EPSG::4258"'
PUNT = f"<ic:puntlocatie><gml:pos {ETRS}>53.3262 5.9979</gml:pos></ic:puntlocatie>"


def _locatie(etrs_inhoud: str):
    """Parse a message whose first coordinatenEtrs holds `etrs_inhoud`."""
    root = etree.fromstring(maak_verzoek_xml(seed=0))
    etrs = root.find(f".//{{{VX}}}coordinatenEtrs")
    for kind in list(etrs):
        etrs.remove(kind)
    for kind in etree.fromstring(f"<w {NAMESPACES}>{etrs_inhoud}</w>"):
        etrs.append(kind)
    resultaat = parse_verzoek(etree.tostring(root))
    return resultaat.verzoek.projectlocaties[0], resultaat.validatiefouten


def _vlak(polygonen: str, attrs: str = ETRS) -> str:
    return (
        f"{PUNT}<ic:referentiestelsel>ETRS89</ic:referentiestelsel>"
        f"<ic:vlaklocatie {attrs}>{polygonen}</ic:vlaklocatie>"
    )


def _polygoon(buiten: str, *binnen: str) -> str:
    ringen = f"<gml:exterior><gml:LinearRing>{buiten}</gml:LinearRing></gml:exterior>"
    for ring in binnen:
        ringen += f"<gml:interior><gml:LinearRing>{ring}</gml:LinearRing></gml:interior>"
    return f"<gml:surfaceMember><gml:Polygon>{ringen}</gml:Polygon></gml:surfaceMember>"


VIERKANT = "53.0 6.0 53.0 6.1 53.1 6.1 53.1 6.0 53.0 6.0"
VIERKANT_GEOJSON = [[6.0, 53.0], [6.1, 53.0], [6.1, 53.1], [6.0, 53.1], [6.0, 53.0]]


def test_etrs89_poslist_polygon_becomes_geojson_in_lon_lat_order():
    locatie, fouten = _locatie(_vlak(_polygoon(f"<gml:posList>{VIERKANT}</gml:posList>")))
    assert fouten == []
    assert locatie.vlak == {"type": "MultiPolygon", "coordinates": [[VIERKANT_GEOJSON]]}
    assert (locatie.etrs89_punt.lat, locatie.etrs89_punt.lon) == (53.3262, 5.9979)


def test_three_dimensional_poslist_drops_the_height():
    drie_d = "53.0 6.0 0 53.0 6.1 0 53.1 6.1 0 53.1 6.0 0 53.0 6.0 0"
    polygoon = _polygoon(f'<gml:posList srsDimension="3">{drie_d}</gml:posList>')
    locatie, _ = _locatie(_vlak(polygoon))
    assert locatie.vlak["coordinates"] == [[VIERKANT_GEOJSON]]


def test_ring_of_separate_pos_elements_and_interior_ring():
    losse = "".join(
        f"<gml:pos>{a} {b}</gml:pos>"
        for a, b in zip(VIERKANT.split()[::2], VIERKANT.split()[1::2], strict=True)
    )
    gat = "<gml:posList>53.02 6.02 53.02 6.05 53.05 6.05 53.02 6.02</gml:posList>"
    locatie, _ = _locatie(_vlak(_polygoon(losse, gat)))
    (polygoon,) = locatie.vlak["coordinates"]
    assert polygoon[0] == VIERKANT_GEOJSON
    assert polygoon[1][1] == [6.05, 53.02]


def test_gml2_style_coordinates_and_unclosed_ring_are_accepted():
    coords = "53.0,6.0 53.0,6.1 53.1,6.1 53.1,6.0"  # ring not closed
    locatie, _ = _locatie(_vlak(_polygoon(f"<gml:coordinates>{coords}</gml:coordinates>")))
    assert locatie.vlak["coordinates"] == [[VIERKANT_GEOJSON]]


def test_lon_lat_written_in_the_wrong_order_is_recognised_in_the_netherlands():
    verkeerd = "6.0 53.0 6.1 53.0 6.1 53.1 6.0 53.1 6.0 53.0"
    locatie, _ = _locatie(_vlak(_polygoon(f"<gml:posList>{verkeerd}</gml:posList>")))
    assert locatie.vlak["coordinates"] == [[VIERKANT_GEOJSON]]


def test_several_surface_members_make_a_multipolygon():
    tweede = VIERKANT.replace("6.0", "6.2").replace("6.1", "6.3")
    polygonen = _polygoon(f"<gml:posList>{VIERKANT}</gml:posList>") + _polygoon(
        f"<gml:posList>{tweede}</gml:posList>"
    )
    locatie, _ = _locatie(_vlak(polygonen))
    assert len(locatie.vlak["coordinates"]) == 2


@pytest.mark.parametrize(
    "poslist",
    [
        "53.0 6.0 53.0 abc 53.1 6.1 53.0 6.0",
        "53.0 6.0 53.0 NaN 53.1 6.1 53.0 6.0",
        "53.0 6.0 53.0",
        "53.0 6.0 53.0 6.0",
    ],
)
def test_unusable_polygon_is_a_warning_and_the_verzoek_still_maps(poslist):
    locatie, fouten = _locatie(_vlak(_polygoon(f"<gml:posList>{poslist}</gml:posList>")))
    assert locatie.vlak is None
    assert locatie.etrs89_punt is not None
    assert any("vlaklocatie" in f.melding and f.regel for f in fouten)


def test_unusable_point_is_a_warning():
    slecht = f"<ic:puntlocatie><gml:pos {ETRS}>noord oost</gml:pos></ic:puntlocatie>"
    locatie, fouten = _locatie(f"{slecht}<ic:referentiestelsel>ETRS89</ic:referentiestelsel>")
    assert locatie.etrs89_punt is None
    assert any("puntlocatie" in f.melding for f in fouten)


def test_rd_point_without_srsname_uses_the_referentiestelsel():
    root = etree.fromstring(
        maak_verzoek_xml(
            seed=0, locaties=[{"lat": 53.2777, "lon": 6.1545, "rd": (206182.36, 588181.53)}]
        )
    )
    for pos in root.iter("{http://www.opengis.net/gml}pos"):
        pos.attrib.pop("srsName")
    locatie = parse_verzoek(etree.tostring(root)).verzoek.projectlocaties[0]
    assert (locatie.rd_punt.x, locatie.rd_punt.y) == (206182.36, 588181.53)
    assert locatie.etrs89_punt.lon == 6.1545
