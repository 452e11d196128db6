"""Journey: a vergunningverlener logs in, finds a zaak, uploads a document and sees it in the
tijdlijn — with an accessibility check of each screen."""

import pytest

from tests.browser.conftest import ernstige_toegankelijkheidsfouten, inloggen

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_vergunningverlener_uploads_document_and_sees_it_in_tijdlijn(
    pagina, nef, maak_zaak, vergunningverlener, tmp_path
):
    zaak = maak_zaak(nef, vergunningverlener, omschrijving="Plaatsen dakkapel, Hoogstraat 12")
    inloggen(pagina, vergunningverlener)
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_label("Zoeken").fill("dakkapel")
    pagina.get_by_role("button", name="Zoeken").click()
    pagina.get_by_role("link", name=zaak.identificatie).click()
    pagina.wait_for_url(f"**/zaken/{zaak.identificatie}/")
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_role("link", name="Documenten").click()
    pagina.get_by_role("heading", name="Document toevoegen").wait_for()
    tekening = tmp_path / "plattegrond.pdf"
    tekening.write_bytes(b"%PDF-1.4\n% plattegrond begane grond\n%%EOF\n")
    pagina.get_by_label("Bestand").set_input_files(str(tekening))
    pagina.get_by_label("Titel (optioneel)").fill("Plattegrond begane grond")
    pagina.get_by_label("Documenttype").select_option(label="Bouwtekening")
    pagina.get_by_role("button", name="Toevoegen").click()
    pagina.get_by_text("Document 'Plattegrond begane grond' is toegevoegd.").wait_for()
    assert pagina.get_by_role("link", name="Plattegrond begane grond").is_visible()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    pagina.get_by_role("link", name="Tijdlijn").click()
    pagina.get_by_text("Document 'Plattegrond begane grond' toegevoegd").wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []
