"""Journey: DSO intake. Functioneel beheer sees a message that could not be processed, with its
Dutch reason; a vergunningverlener opens a zaak that arrived from the Omgevingsloket and reads
the verzoek (activiteiten, vragen en antwoorden, bijlagen) — with an accessibility check of
each screen."""

import pytest

from clo.accounts.rollen import Rol
from koppelingen.dso.fake.testhulp import dso_fake, haal_en_verwerk
from koppelingen.dso.models import BerichtStatus, VerzoekZaak
from koppelingen.dso.samples.generator import maak_verzoek_xml
from koppelingen.dso.services.ontvangst import ontvang_bericht
from tests.browser.conftest import ernstige_toegankelijkheidsfouten, inloggen
from zaken.models import Zaak

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ONBEKEND_OIN = "00000001999999999000"


def test_functioneel_beheerder_ziet_een_mislukt_bericht_met_de_reden_in_het_intakescherm(pagina, nef, maak_gebruiker):
    xml = maak_verzoek_xml(seed=3, bevoegd_gezag={"naam": "Gemeente Elders", "oin": ONBEKEND_OIN})
    bericht, _ = ontvang_bericht(xml)
    bericht.refresh_from_db()
    assert bericht.status == BerichtStatus.FOUT
    beheerder = maak_gebruiker(nef, Rol.FUNCTIONEEL_BEHEERDER)

    inloggen(pagina, beheerder)
    pagina.goto("/intake/?status=aandacht")
    rij = pagina.get_by_role("row").filter(has_text=ONBEKEND_OIN)
    rij.get_by_text("is geen organisatie in CLO").wait_for()
    assert "Fout" in rij.inner_text() or "fout" in rij.inner_text()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    rij.get_by_role("link").first.click()
    pagina.wait_for_url(f"**/intake/berichten/{bericht.pk}/")
    pagina.get_by_text("Controleer het OIN").first.wait_for()
    assert pagina.get_by_role("button", name="Opnieuw verwerken").is_visible()
    assert ernstige_toegankelijkheidsfouten(pagina) == []


def test_vergunningverlener_leest_het_verzoek_van_een_zaak_uit_het_omgevingsloket(
    pagina, nef, dantumadiel, vergunningverlener
):
    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(nef, "2026110200117")
    zaak = Zaak.objects.get(verzoeknummer="2026110200117")
    gegevens = VerzoekZaak.objects.get(zaak=zaak).gegevens
    activiteit = gegevens["activiteiten"][0]
    vraag = next(v for g in activiteit["groepen"] for v in g["vragen"] if v.get("antwoord"))
    bestandsnaam = next(
        d["bestandsnaam"]
        for g in activiteit["groepen"]
        for v in g["vragen"]
        if v.get("bijlage")
        for d in v["bijlage"]["documenten"]
    )

    inloggen(pagina, vergunningverlener)
    pagina.goto(f"/zaken/{zaak.identificatie}/")
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_role("link", name="Verzoek", exact=True).click()
    pagina.get_by_role("heading", name="Verzoek uit het Omgevingsloket").wait_for()
    pagina.get_by_role("heading", name="Activiteiten").wait_for()
    assert pagina.get_by_role("listitem").filter(has_text=activiteit["naam"]).first.is_visible()
    assert pagina.get_by_role("cell", name=vraag["vraag"], exact=True).first.is_visible()
    assert pagina.get_by_role("cell", name=vraag["antwoord"], exact=True).first.is_visible()
    assert pagina.get_by_role("link", name=bestandsnaam).first.is_visible()
    assert ernstige_toegankelijkheidsfouten(pagina) == []
