"""Journey: a toezichthouder opens the app, loses the network, answers the checklist with a
photo, comes back online and sees everything synced and the bezoekrapport made."""

import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from clo.accounts.rollen import Rol
from tests.browser.conftest import ernstige_toegankelijkheidsfouten, inloggen
from toezicht.actions import maak_object, plan_controle, start_controle
from toezicht.models import Bevinding, Checklist, Controle, Foto, Overtredingsvoorstel

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _foto(tmp_path):
    pad = tmp_path / "vluchtweg.jpg"
    beeld = Image.effect_noise((640, 480), 60).convert("RGB")  # noise: a few hundred KB, several chunks
    beeld.save(pad, "JPEG", quality=95)
    return pad


def test_offline_controle_with_photo_syncs_and_produces_bezoekrapport(
    browser, live_server, nef, maak_gebruiker, tmp_path
):
    call_command("laad_checklists", stdout=io.StringIO())
    th = maak_gebruiker(nef, Rol.TOEZICHTHOUDER)
    obj = maak_object(
        nef,
        door=th,
        objectcode="NEF-900",
        naam="Zorgcentrum De Terp",
        straat="Hoogstraat",
        huisnummer="12",
        postcode="9101LJ",
        woonplaats="Dokkum",
        lat=53.3258,
        lon=5.9989,
        contactnaam="Stichting De Terp",
        contact_email="beheer@determ.example",
    )
    versie = Checklist.objects.get(organisatie=nef, code="brandveilig-gebruik").actieve_versie()
    controle = plan_controle(
        start_controle(organisatie=nef, checklistversie=versie, door=th, object=obj),
        datum=timezone.localdate(),
        toezichthouder=th,
        door=th,
    )
    vraag_id = {v.code: v.pk for s in versie.secties.all() for v in s.vragen.all()}

    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        permissions=["geolocation"],
        geolocation={"latitude": 53.3258, "longitude": 5.9989},
    )
    pagina = context.new_page()
    pagina.set_default_timeout(20_000)
    inloggen(pagina, th)
    pagina.goto("/toezicht/app/")
    pagina.get_by_text("is opgeslagen voor offline gebruik").wait_for()
    pagina.wait_for_selector("body[data-klaar='1']")
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    context.set_offline(True)
    pagina.reload()  # shell from the service worker, planning from IndexedDB
    pagina.get_by_text("Offline").first.wait_for()
    pagina.get_by_role("link", name=re.compile("Hoogstraat 12")).click()

    def vraag(code):
        return pagina.locator(f'[data-vraag="{vraag_id[code]}"]')

    vraag("BG1").get_by_label("Ja", exact=True).check()
    vraag("BG3").get_by_label("Nee", exact=True).check()
    assert vraag("BG3").get_by_label("Voldoet niet", exact=True).is_checked()  # derived from the norm
    vraag("BG3").get_by_label("Toelichting").fill("Pallets in de vluchtgang naar de nooduitgang oost.")
    vraag("BG3").get_by_label("Toelichting").blur()
    vraag("BG3a").get_by_label("Foto toevoegen (verplicht)").set_input_files(str(_foto(tmp_path)))
    vraag("BG3a").get_by_text("nog niet verstuurd").wait_for()
    pagina.get_by_label("Algemene opmerkingen voor het bezoekrapport").fill("Beheerder was aanwezig.")
    pagina.get_by_role("button", name="Controle afronden").click()
    pagina.get_by_text("wacht op synchronisatie").wait_for()
    assert re.search(r"Nog niet gesynchroniseerd: [1-9]", pagina.locator("#syncstatus").inner_text())
    assert not Bevinding.objects.filter(controle=controle).exists()
    assert ernstige_toegankelijkheidsfouten(pagina) == []

    context.set_offline(False)
    pagina.get_by_text("Alles is gesynchroniseerd").wait_for(timeout=30_000)
    pagina.get_by_text("bezoekrapport gemaakt").wait_for(timeout=30_000)

    controle = Controle.objects.get(pk=controle.pk)
    assert controle.status == "gerapporteerd" and controle.rapport is not None
    assert controle.rapport.laatste_versie.bestand.read(5) == b"%PDF-"
    assert Bevinding.objects.get(controle=controle, vraag_id=vraag_id["BG3"]).oordeel == "voldoet_niet"
    foto = Foto.objects.get(controle=controle)
    assert foto.voltooid and foto.vraag_id == vraag_id["BG3a"] and round(foto.lat, 3) == 53.326
    assert Overtredingsvoorstel.objects.filter(bevinding__controle=controle).exists()
    assert any("beheer@determ.example" in m.to for m in mail.outbox)
    context.close()
