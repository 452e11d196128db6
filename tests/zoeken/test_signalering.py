"""Signalering: a zaak whose location (point or polygon) lies in a risk zone carries the zone's
signal, on its page and in bulk for lists; matches follow changes of zaak and zone."""

import pytest
from django.urls import reverse

from zaken.actions import voeg_locatie_toe
from zaken.zoeken.geometrie import geometrie_uit_geojson
from zaken.zoeken.models import Risicozone, ZaakSignaal
from zaken.zoeken.selectors import signalen_voor_zaak, signalen_voor_zaken

# A box around Dokkum's old centre (Hoogstraat 12 lies inside, Kollum far outside).
DOKKUM_CENTRUM = {"type": "Polygon", "coordinates": [[[5.993, 53.322], [6.006, 53.322], [6.006, 53.330],
                                                      [5.993, 53.330], [5.993, 53.322]]]}
KOLLUM = ("Voorstraat", "21", "9291CE", "Kollum", 53.2776, 6.1543)
BUITEN = ("Buitenweg", "1", "9101AA", "Dokkum", 53.3400, 5.9700)


@pytest.fixture
def zone(nef, django_capture_on_commit_callbacks):
    def maak(geometrie=DOKKUM_CENTRUM, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return Risicozone.objects.create(organisatie=nef, naam=extra.pop("naam", "Beschermd stadsgezicht Dokkum"),
                                             soort="monument", melding="Welstandsadvies nodig.", geometrie=geometrie,
                                             **extra)
    return maak


def test_point_inside_a_zone_gets_the_signal_and_a_point_outside_does_not(nef, vergunningverlener, zone, zoekzaak):
    zone()
    binnen = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    buiten = zoekzaak(nef, vergunningverlener, "Kappen linde", adres=KOLLUM)
    assert [s.naam for s in signalen_voor_zaak(binnen)] == ["Beschermd stadsgezicht Dokkum"]
    assert signalen_voor_zaak(buiten) == []


def test_a_drawn_polygon_overlapping_the_zone_gets_the_signal(nef, vergunningverlener, zone, zoekzaak):
    zone()
    perceel = {"type": "Polygon", "coordinates": [[[5.985, 53.3255], [5.9935, 53.3255], [5.9935, 53.3262],
                                                   [5.985, 53.3262], [5.985, 53.3255]]]}
    zaak = zoekzaak(nef, vergunningverlener, "Aanleggen parkeerterrein",
                    adres=("Lange Oosterstraat", "1", "9101AA", "Dokkum", None, None), geometrie=perceel)
    assert len(signalen_voor_zaak(zaak)) == 1


def test_zone_created_later_is_matched_against_existing_zaken(nef, vergunningverlener, zone, zoekzaak):
    zaak = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    assert signalen_voor_zaak(zaak) == []
    z = zone()
    assert ZaakSignaal.objects.filter(zaak=zaak, zone=z).exists()


def test_zone_limited_to_zaaktypen_and_activiteiten_only_signals_those(nef, vergunningverlener, zone, zoekzaak):
    zone(zaaktypen=["MELDING-ACTIVITEIT"])
    zone(naam="Verontreinigde grond", activiteiten=["slopen", "graven"])
    aanvraag = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    melding = zoekzaak(nef, vergunningverlener, "Slopen schuur", zaaktype="MELDING-ACTIVITEIT")
    assert signalen_voor_zaak(aanvraag) == []
    assert {s.naam for s in signalen_voor_zaak(melding)} == {"Beschermd stadsgezicht Dokkum", "Verontreinigde grond"}


def test_moving_the_location_or_deactivating_the_zone_updates_the_signal(nef, vergunningverlener, zone, zoekzaak,
                                                                        django_capture_on_commit_callbacks):
    z = zone()
    zaak = zoekzaak(nef, vergunningverlener, "Bouwen schuur", adres=BUITEN)
    assert signalen_voor_zaak(zaak) == []
    with django_capture_on_commit_callbacks(execute=True):
        voeg_locatie_toe(zaak, door=vergunningverlener, omschrijving="Hoogstraat 14", lat=53.3259, lon=5.9991)
    assert len(signalen_voor_zaak(zaak)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        z.actief = False
        z.save()
    assert not ZaakSignaal.objects.filter(zaak=zaak).exists()


def test_bulk_signals_for_a_list_take_one_query(nef, vergunningverlener, zone, zoekzaak, django_assert_num_queries):
    zone()
    zaken = [zoekzaak(nef, vergunningverlener, f"Zaak {i}") for i in range(3)]
    buiten = zoekzaak(nef, vergunningverlener, "Kollum", adres=KOLLUM)
    with django_assert_num_queries(1):
        signalen = signalen_voor_zaken([z.pk for z in [*zaken, buiten]])
    assert set(signalen) == {z.pk for z in zaken}


def test_zaak_page_shows_the_signal_tab_only_when_there_is_a_signal(client, nef, vergunningverlener, zone, zoekzaak):
    zone()
    binnen = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel")
    buiten = zoekzaak(nef, vergunningverlener, "Kappen linde", adres=KOLLUM)
    client.force_login(vergunningverlener)
    pagina = client.get(reverse("zaken:detail", args=[binnen.identificatie]) + "?tab=signalen").content.decode()
    assert "Welstandsadvies nodig." in pagina
    assert "Signalen" not in client.get(reverse("zaken:detail", args=[buiten.identificatie])).content.decode()


@pytest.mark.parametrize("invoer, fout", [
    ({"type": "Polygon", "coordinates": [[[190000, 590000], [191000, 590000], [191000, 591000], [190000, 590000]]]},
     "niet in Nederland"),
    ("{niet json", "geen geldige JSON"),
    ({"type": "FeatureCollection", "features": []}, "geen geometrie"),
])
def test_uploaded_geojson_is_validated_with_a_clear_message(invoer, fout):
    with pytest.raises(ValueError, match=fout):
        geometrie_uit_geojson(invoer)


def test_feature_collection_upload_becomes_one_geometry():
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": DOKKUM_CENTRUM},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [5.95, 53.29]}},
    ]}
    assert geometrie_uit_geojson(fc).geom_type == "GeometryCollection"
