"""Samenwerken: an adviesverzoek to a ketenpartner via the fake SWF, and the answer back on the zaak."""

import datetime

import pytest
import requests

from koppelingen.dso.fake.testhulp import na_commit
from koppelingen.dso.models import Actieverzoek, ActieverzoekStatus, Ketenpartner, SwfKoppeling
from koppelingen.fakes.server import serve
from koppelingen.swf.fake import SamenwerkenFake
from koppelingen.swf.inrichting import richt_swf_in
from koppelingen.swf.services import haal_notificaties_op
from zaken.models import Zaak

pytestmark = pytest.mark.django_db


def _koppeling(org, url):
    richt_swf_in(org, url + "/")
    return SwfKoppeling.objects.select_related("service", "organisatie").get(organisatie=org)


def test_adviesverzoek_aan_ketenpartner_komt_met_antwoord_en_document_terug(
    client, nef, vergunningverlener, maak_zaak, maak_document
):
    zaak = maak_zaak(nef, vergunningverlener)
    tekening = maak_document(zaak, vergunningverlener)
    fake = SamenwerkenFake(automatisch_advies=True)
    with serve(fake) as url:
        koppeling = _koppeling(nef, url)
        fumo = Ketenpartner.objects.filter(organisatie=nef).first()
        client.force_login(vergunningverlener)
        with na_commit():
            antwoord = client.post(
                f"/intake/zaak/{zaak.identificatie}/samenwerken/advies/",
                {
                    "ketenpartner": fumo.pk,
                    "vraag": "Graag advies over geluid van de warmtepomp.",
                    "deadline": (datetime.date.today() + datetime.timedelta(days=14)).isoformat(),
                    "documenten": [tekening.pk],
                },
            )
        assert antwoord.status_code == 302
        av = Actieverzoek.objects.get(samenwerking__zaak=zaak)
        assert av.status == ActieverzoekStatus.UITGEZET
        sw = fake.samenwerkingen[av.samenwerking.samenwerking_id]
        assert fumo.oin in sw["deelnemers"] and len(sw["documenten"]) >= 1
        with na_commit():
            assert haal_notificaties_op(koppeling) == 1
            assert haal_notificaties_op(koppeling) == 0  # notificaties are deleted after processing
    av.refresh_from_db()
    assert av.status == ActieverzoekStatus.BEANTWOORD and "Geen bezwaar" in av.antwoord
    assert zaak.documenten.filter(titel="advies-ketenpartner.pdf", documenttype__code="advies").exists()
    html = client.get(f"/zaken/{zaak.identificatie}/?tab=samenwerken").content.decode()
    assert "Beantwoord" in html


def test_swf_weigert_zonder_oin(nef):
    with serve(SamenwerkenFake()) as url:
        assert requests.post(f"{url}/samenwerkingen", json={"titel": "x"}, timeout=5).status_code == 401


def test_inkomend_actieverzoek_maakt_zaak_advies_verstrekken(dantumadiel):
    fake = SamenwerkenFake()
    with serve(fake) as url:
        koppeling = _koppeling(dantumadiel, url)
        requests.post(
            f"{url}/_fake/partner/actieverzoek",
            timeout=5,
            json={
                "van": "00000009999999990001",
                "naar": dantumadiel.oin,
                "omschrijving": "Advies over een gebruiksmelding",
                "uiterlijkeReactiedatum": "2026-12-20",
            },
        )
        with na_commit():
            haal_notificaties_op(koppeling)
            haal_notificaties_op(koppeling)
    zaak = Zaak.objects.get(organisatie=dantumadiel, zaaktype__identificatie="ADVIES-VERSTREKKEN")
    assert "gebruiksmelding" in zaak.omschrijving
    assert zaak.documenten.filter(titel="adviesvraag.pdf").exists()
    assert Actieverzoek.objects.filter(inkomend=True, samenwerking__zaak=zaak).count() == 1
