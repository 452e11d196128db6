"""Journey: a toezichthouder's 'voldoet niet' becomes a handhavingszaak; the handhaver
classifies it in the interventiematrix and sends the voornemen — with an accessibility check
of each screen."""

import pytest

from tests.browser.conftest import ernstige_toegankelijkheidsfouten, inloggen
from tests.handhaving.conftest import maak_mislukte_controle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_handhaver_goes_from_failed_controle_to_sent_voornemen(pagina, nef, maak_gebruiker):
    from clo.accounts.rollen import Rol
    from zaken.brieven.laden import laad_sjablonen

    laad_sjablonen(nef)
    toezichthouder = maak_gebruiker(nef, Rol.TOEZICHTHOUDER)
    handhaver = maak_gebruiker(nef, Rol.HANDHAVER, max_vertrouwelijkheid="vertrouwelijk")
    controle = maak_mislukte_controle(nef, toezichthouder)

    inloggen(pagina, handhaver)
    pagina.get_by_role("link", name="Handhaving", exact=True).click()
    pagina.get_by_role("heading", name="Overtredingen uit controles").wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []
    rij = pagina.get_by_role("row").filter(has_text=controle.zaak.identificatie)
    assert "Nooduitgang geblokkeerd" in rij.inner_text()
    rij.get_by_role("button", name="Handhavingszaak starten").click()

    pagina.get_by_text("is gestart uit de bevinding").wait_for()
    pagina.get_by_role("heading", name="Interventiematrix").wait_for()
    assert ernstige_toegankelijkheidsfouten(pagina) == []
    pagina.get_by_label("Gedrag").select_option("B")
    pagina.get_by_label("Gevolgen").select_option("3")
    pagina.get_by_role("button", name="Interventie vastleggen").click()
    pagina.get_by_text("Voorstel: R3").wait_for()
    assert pagina.get_by_role("listitem").filter(has_text="Matrix: cel B3 → R3").is_visible()

    pagina.get_by_label("Dwangsom (bedrag, optioneel)").fill("500")
    pagina.get_by_label("Eenheid").select_option("per_week")
    pagina.get_by_label("Maximum (optioneel)").fill("5000")
    pagina.get_by_role("button", name="Voornemen versturen").click()

    pagina.get_by_text("Voornemen verzonden.").wait_for()
    assert pagina.get_by_text("Voornemen (zienswijzetermijn)").is_visible()
    assert pagina.get_by_text("Einde zienswijzetermijn").is_visible()
    rij = pagina.get_by_role("row").filter(has_text="Voornemen").filter(has_text="definitief")
    assert rij.count() == 1
    rij.get_by_text("Berekening").click()
    assert rij.get_by_text("Zienswijzen uiterlijk op").is_visible()
    assert ernstige_toegankelijkheidsfouten(pagina) == []
