"""The authenticated verzoeknotificatie endpoint of digikoppelaars."""

import pytest

from koppelingen.dso.fake.testhulp import dso_fake, na_commit
from koppelingen.dso.models import Bericht, BerichtStatus, Digikoppelaar, Verzoeknotificatie
from zaken.models import Zaak

pytestmark = pytest.mark.django_db
URL = "/intake/api/notificaties/"
NOTIFICATIE = b"""<?xml version="1.0" encoding="UTF-8"?>
<vn:verzoekNotificatie xmlns:vn="urn:voorbeeld:verzoeknotificatie">
  <vn:verzoeknummer>2026110400342</vn:verzoeknummer><vn:oin>00000001001954805000</vn:oin>
</vn:verzoekNotificatie>"""


@pytest.fixture
def token(db) -> str:
    koppelaar = Digikoppelaar(naam="Digikoppelaar test")
    token = koppelaar.nieuw_token()
    koppelaar.save()
    return token


def test_notificatie_zonder_geldig_token_wordt_geweigerd(client, token):
    assert client.post(URL, NOTIFICATIE, content_type="application/xml").status_code == 401
    antwoord = client.post(URL, NOTIFICATIE, content_type="application/xml", HTTP_AUTHORIZATION="Token fout")
    assert antwoord.status_code == 401
    assert not Verzoeknotificatie.objects.exists()


def test_notificatie_haalt_het_verzoek_op_en_start_de_zaak(client, token, nef, dantumadiel):
    with dso_fake(nef, dantumadiel), na_commit():
        antwoord = client.post(URL, NOTIFICATIE, content_type="application/xml", HTTP_AUTHORIZATION=f"Token {token}")
    assert antwoord.status_code == 202
    assert antwoord.json()["verzoeknummer"] == "2026110400342"
    bericht = Bericht.objects.get(verzoeknummer="2026110400342")
    assert bericht.status == BerichtStatus.VERWERKT
    assert Zaak.objects.get(verzoeknummer="2026110400342").organisatie == dantumadiel
    assert Verzoeknotificatie.objects.get().afgehandeld


def test_herhaalde_notificatie_is_onschadelijk(client, token, nef, dantumadiel):
    with dso_fake(nef, dantumadiel):
        for _ in range(3):
            with na_commit():
                antwoord = client.post(
                    URL,
                    {"verzoeknummer": "2026110900058"},
                    content_type="application/json",
                    HTTP_AUTHORIZATION=f"Bearer {token}",
                )
            assert antwoord.status_code == 202
    assert Zaak.objects.filter(verzoeknummer="2026110900058").count() == 1
    assert Bericht.objects.filter(verzoeknummer="2026110900058").count() == 1


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x><verzoeknummer>&e;</verzoeknummer></x>',
        b"<x><andersveld>1</andersveld></x>",
        b"<x><verzoeknummer>1; DROP TABLE</verzoeknummer></x>",
    ],
)
def test_onbruikbare_of_vijandige_notificatie_krijgt_400(client, token, body):
    antwoord = client.post(URL, body, content_type="application/xml", HTTP_AUTHORIZATION=f"Token {token}")
    assert antwoord.status_code == 400
    assert not Verzoeknotificatie.objects.exists()


def test_notificatie_via_clientcertificaat_van_de_proxy(client, settings, nef, dantumadiel):
    settings.DSO_NOTIFICATIE_CERT_HEADER = "X-SSL-Client-S-DN"
    Digikoppelaar.objects.create(naam="mTLS", certificaat_subject="CN=digikoppelaar.example,O=Voorbeeld")
    with dso_fake(nef, dantumadiel), na_commit():
        antwoord = client.post(
            URL,
            {"verzoeknummer": "2026111200203"},
            content_type="application/json",
            HTTP_X_SSL_CLIENT_S_DN="CN=digikoppelaar.example,O=Voorbeeld",
        )
    assert antwoord.status_code == 202
    assert Zaak.objects.filter(verzoeknummer="2026111200203", organisatie=nef).exists()
