"""Journey: a vergunningverlener adds a locatie to a zaak by searching the BAG (autocomplete),
then sees the pand and perceel on the Basisregistraties tab — with an accessibility check."""

import pytest

from tests.browser.conftest import ernstige_toegankelijkheidsfouten, inloggen
from tests.koppelingen.integratie.conftest import _snel_en_vers, nep  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_locatie_zoeken_in_de_bag_en_pand_en_perceel_zien(pagina, nep, nef, maak_zaak, vergunningverlener):  # noqa: F811
    zaak = maak_zaak(nef, vergunningverlener, omschrijving="Verbouwing winkelpand")
    inloggen(pagina, vergunningverlener)
    pagina.goto(f"/zaken/{zaak.identificatie}/?tab=basisregistraties")
    pagina.get_by_role("heading", name="Basisregistraties").wait_for()
    # maak_zaak adds its locatie after the registration committed: the catch-up job will get it.
    assert pagina.get_by_text("Nog niet opgehaald").first.is_visible()

    pagina.get_by_text("Locatie toevoegen uit de BAG").click()
    pagina.get_by_label("Of zoek op straat en huisnummer").fill("grote breedstraat 3")
    pagina.get_by_role("button", name="Grote Breedstraat 3 A, 9101 KE Dokkum").click()
    assert pagina.get_by_label("Gekozen adres").input_value() == "Grote Breedstraat 3 A"
    assert ernstige_toegankelijkheidsfouten(pagina) == []
    pagina.get_by_role("button", name="Locatie toevoegen").click()

    pagina.get_by_text("Locatie Grote Breedstraat 3 A, 9101 KE Dokkum is toegevoegd.").wait_for()
    assert pagina.get_by_text("bouwjaar 1890").first.is_visible()
    assert pagina.get_by_text("Dokkum B 1237").first.is_visible()
    assert pagina.locator("#br-kaart .leaflet-interactive").count() >= 2  # pand and perceel drawn
    assert ernstige_toegankelijkheidsfouten(pagina) == []
