"""Journey over the search page and the map (shared with KCC work): markers and zones appear without any tile
server (no network in tests), popups link to the zaak, and the pages pass the axe check."""

import pytest

from tests.browser.conftest import ernstige_toegankelijkheidsfouten, inloggen
from zaken.zoeken.models import Risicozone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_results_and_map_show_zaken_and_zones_without_tiles(pagina, settings, nef, vergunningverlener,
                                                                   maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener, omschrijving="Plaatsen dakkapel, Hoogstraat 12")
    Risicozone.objects.create(organisatie=nef, naam="Beschermd stadsgezicht Dokkum", soort="monument",
                              melding="Welstandsadvies nodig.", geometrie={"type": "Polygon", "coordinates": [[
                                  [5.993, 53.322], [6.006, 53.322], [6.006, 53.330], [5.993, 53.322]]]})
    inloggen(pagina, vergunningverlener)
    pagina.get_by_label("Zoeken").fill("hoogstaat dakkapel")
    pagina.get_by_role("button", name="Zoeken").click()
    pagina.get_by_role("link", name=zaak.identificatie).wait_for()
    pagina.locator("#zoekkaart .kaart-punt").first.wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_role("link", name="Kaart").click()
    pagina.get_by_text("1 objecten op de kaart.").wait_for()
    pagina.locator("#zoekkaart .kaart-punt").first.click()
    pagina.locator(".leaflet-popup").get_by_role("link", name=zaak.identificatie).click()
    pagina.wait_for_url(f"**/zaken/{zaak.identificatie}/")
