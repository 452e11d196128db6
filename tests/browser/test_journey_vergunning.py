"""Journey: a behandelaar claims a task in the werkvoorraad, asks for an aanvulling, registers
it, decides (a colleague does the collegiale toets) and sees the zaak closed as verleend."""

import datetime

import pytest

from clo.accounts.rollen import Rol
from tests.browser.conftest import ernstige_toegankelijkheidsfouten, inloggen
from vergunningen.actions import start_proces

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _taak(pagina, titel: str) -> None:
    pagina.goto("/werkvoorraad/")
    pagina.get_by_role("link", name=titel).click()
    pagina.get_by_role("heading", name=titel).wait_for()


def test_behandelaar_handelt_aanvraag_af_via_de_werkvoorraad(
    pagina, browser, live_server, nef, maak_zaak, maak_gebruiker
):
    behandelaar = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, username="vera")
    collega = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, username="collega")
    zaak = maak_zaak(nef, behandelaar, omschrijving="Bouwen van een schuur, Hoogstraat 12")
    start_proces(zaak, door=None)
    vandaag = datetime.date.today()

    inloggen(pagina, behandelaar)
    pagina.goto("/werkvoorraad/?lijst=team")
    assert ernstige_toegankelijkheidsfouten(pagina) == []
    pagina.get_by_role("button", name=f"Oppakken Ontvankelijkheid beoordelen {zaak.identificatie}").click()
    pagina.get_by_text("U heeft de taak 'Ontvankelijkheid beoordelen' opgepakt.").wait_for()

    _taak(pagina, "Ontvankelijkheid beoordelen")
    assert ernstige_toegankelijkheidsfouten(pagina) == []
    pagina.get_by_label("Nee").check()
    pagina.get_by_label("Wat moet de aanvrager aanvullen?").fill("Constructieberekening ontbreekt")
    pagina.get_by_label("Aanvullen uiterlijk op").fill((vandaag + datetime.timedelta(days=14)).isoformat())
    pagina.get_by_role("button", name="Vastleggen").click()
    pagina.get_by_text("Taak 'Ontvankelijkheid beoordelen' afgerond.").wait_for()

    _taak(pagina, "Aanvulling registreren")
    pagina.get_by_label("Aanvulling ontvangen").check()
    pagina.get_by_label("Ontvangen op").fill(vandaag.isoformat())
    pagina.get_by_role("button", name="Vastleggen").click()
    pagina.get_by_text("Taak 'Aanvulling registreren' afgerond.").wait_for()

    _taak(pagina, "Ontvankelijkheid beoordelen")
    pagina.get_by_label("Ja").check()
    pagina.get_by_role("button", name="Vastleggen").click()
    _taak(pagina, "Adviezen uitzetten")
    pagina.get_by_role("button", name="Adviezen uitzetten").click()
    _taak(pagina, "Inhoudelijk beoordelen")
    pagina.get_by_label("Bevindingen van de inhoudelijke beoordeling").fill("Voldoet aan het Bbl.")
    pagina.get_by_role("button", name="Beoordeling afronden").click()
    _taak(pagina, "Conceptbesluit opstellen")
    pagina.get_by_label("Verleend", exact=True).check()
    pagina.get_by_label("Motivering").fill("Past binnen het omgevingsplan.")
    pagina.get_by_role("button", name="Concept ter toetsing aanbieden").click()
    pagina.get_by_text("Taak 'Conceptbesluit opstellen' afgerond.").wait_for()

    tweede = browser.new_context(base_url=live_server.url, locale="nl-NL").new_page()
    inloggen(tweede, collega)
    tweede.goto("/werkvoorraad/?lijst=team")
    tweede.get_by_role("button", name=f"Oppakken Collegiale toets {zaak.identificatie}").click()
    _taak(tweede, "Collegiale toets")
    tweede.get_by_label("Ja").check()
    tweede.get_by_role("button", name="Toets vastleggen").click()
    tweede.get_by_text("Taak 'Collegiale toets' afgerond.").wait_for()
    tweede.context.close()

    _taak(pagina, "Besluit vastleggen")
    pagina.get_by_role("button", name="Besluit vastleggen").click()
    pagina.get_by_text("Taak 'Besluit vastleggen' afgerond.").wait_for()
    pagina.goto(f"/zaken/{zaak.identificatie}/")
    pagina.get_by_text("Afgehandeld: Verleend").wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []
