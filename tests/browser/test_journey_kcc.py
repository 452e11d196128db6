"""Journey: a KCC-medewerker searches an address, opens the zaak in the KCC view and registers a
contactmoment with a terugbelverzoek — with an accessibility check of each screen."""

import pytest

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from tests.browser.conftest import WACHTWOORD, ernstige_toegankelijkheidsfouten
from zaken.actions import registreer_zaak, voeg_betrokkene_toe, voeg_locatie_toe, wijs_behandelaar_toe
from zaken.kcc.models import Contactmoment
from zaken.models import Zaaktype

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_kcc_medewerker_finds_zaak_by_address_and_registers_a_terugbelverzoek(pagina, nef, maak_gebruiker,
                                                                             vergunningverlener):
    Lidmaatschap.objects.filter(medewerker=vergunningverlener).update(team="Team Vergunningen")
    kcc = maak_gebruiker(nef, Rol.KCC)
    zaaktype = Zaaktype.objects.get(organisatie=nef, identificatie="AANVRAAG-REGULIER", versie=1)
    zaak = registreer_zaak(zaaktype=zaaktype, omschrijving="Plaatsen dakkapel", door=vergunningverlener)
    voeg_betrokkene_toe(zaak, roltype=zaaktype.roltypen.get(omschrijving_generiek="initiator"),
                        door=vergunningverlener, betrokkene_type="natuurlijk_persoon", naam="S. van der Meulen")
    voeg_locatie_toe(zaak, door=vergunningverlener, omschrijving="Hoogstraat 12, 9101LJ Dokkum", straat="Hoogstraat",
                     huisnummer="12", postcode="9101LJ", woonplaats="Dokkum", lat=53.3258, lon=5.9989)
    wijs_behandelaar_toe(zaak, vergunningverlener, door=vergunningverlener)

    pagina.goto("/inloggen/")
    pagina.get_by_label("Gebruikersnaam").fill(kcc.username)
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen").click()
    pagina.get_by_role("link", name="KCC-inlichtingen").click()
    pagina.get_by_role("heading", name="KCC-inlichtingen").wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_label("Adres, naam, BSN of KvK-nummer").fill("9101 LJ 12")
    pagina.get_by_role("button", name="Opzoeken").click()
    pagina.get_by_role("cell", name="Team Vergunningen").wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_role("link", name=zaak.identificatie).click()
    pagina.wait_for_url(f"**/kcc/zaak/{zaak.identificatie}/")
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_label("Vraag van de klant").fill("Wanneer wordt er besloten over mijn dakkapel?")
    pagina.get_by_label("Gegeven antwoord").fill("Uiterlijk op de genoemde datum; de behandelaar belt terug.")
    pagina.get_by_label("Terugbelverzoek voor de behandelaar").check()
    pagina.get_by_label("Terugbelnummer (bij terugbelverzoek)").fill("0519 123456")
    pagina.get_by_role("button", name="Contactmoment opslaan").click()
    pagina.get_by_text("Het contactmoment is geregistreerd.").wait_for()
    assert pagina.get_by_text("Wanneer wordt er besloten over mijn dakkapel?").is_visible()
    assert ernstige_toegankelijkheidsfouten(pagina) == []
    cm = Contactmoment.objects.get(zaak=zaak)
    assert cm.vervolg == "terugbelverzoek" and cm.behandelaar == vergunningverlener


def test_kcc_medewerker_registreert_een_algemene_vraag_en_vindt_die_terug(pagina, nef, maak_gebruiker):
    kcc = maak_gebruiker(nef, Rol.KCC)
    pagina.goto("/inloggen/")
    pagina.get_by_label("Gebruikersnaam").fill(kcc.username)
    pagina.get_by_label("Wachtwoord").fill(WACHTWOORD)
    pagina.get_by_role("button", name="Inloggen").click()
    pagina.get_by_role("link", name="Contactmomenten").click()
    pagina.get_by_role("heading", name="Contactmomenten", exact=True).wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    vraag = pagina.locator("form[aria-labelledby=vraag-kop]")
    vraag.get_by_label("Kanaal").select_option("balie")
    pagina.get_by_label("Vraag van de klant").fill("Heb ik een vergunning nodig voor een schutting?")
    pagina.get_by_label("Gegeven antwoord").fill("Verwezen naar de vergunningcheck.")
    pagina.get_by_role("button", name="Vraag opslaan").click()
    pagina.get_by_text("De vraag is geregistreerd.").wait_for()
    assert pagina.get_by_role("cell", name="Heb ik een vergunning nodig voor een schutting?").is_visible()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_role("form", name="Contactmomenten filteren").get_by_label("Zaak").select_option("zonder")
    pagina.get_by_role("button", name="Filteren").click()
    pagina.wait_for_url("**/kcc/contactmomenten/?*")
    assert pagina.get_by_role("cell", name="Heb ik een vergunning nodig voor een schutting?").is_visible()
    cm = Contactmoment.objects.get()
    assert cm.zaak is None and cm.kanaal == "balie" and cm.medewerker == kcc
