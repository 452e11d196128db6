"""Address search (BAG) for the registration forms: by postcode + huisnummer and free text."""

from __future__ import annotations

from django.urls import reverse

from clo.accounts.models import Medewerker

URL = reverse("basisregistraties:adressen")
ZOEK = reverse("basisregistraties:adressen-zoek")


def test_postcode_en_huisnummer_geven_alle_adressen_op_dat_nummer(nep, client, vergunningverlener):
    client.force_login(vergunningverlener)

    antwoord = client.get(URL, {"postcode": "9101 ke", "huisnummer": "3"})

    assert antwoord.status_code == 200
    adressen = antwoord.json()["adressen"]
    assert [a["adres"] for a in adressen] == ["Grote Breedstraat 3", "Grote Breedstraat 3 A", "Grote Breedstraat 3 B"]
    assert adressen[1] | {"nummeraanduiding_id": "x"} == {
        "nummeraanduiding_id": "x",
        "weergave": "Grote Breedstraat 3 A, 9101 KE Dokkum",
        "adres": "Grote Breedstraat 3 A",
        "postcode": "9101KE",
        "woonplaats": "Dokkum",
    }


def test_toevoeging_kiest_het_ene_adres(nep, client, vergunningverlener):
    client.force_login(vergunningverlener)

    adressen = client.get(URL, {"postcode": "9101KE", "huisnummer": "3", "toevoeging": "b"}).json()["adressen"]

    assert [a["adres"] for a in adressen] == ["Grote Breedstraat 3 B"]


def test_zoeken_op_straatnaam_voor_autoaanvullen(nep, client, maak_gebruiker, dantumadiel):
    client.force_login(maak_gebruiker(dantumadiel, "kcc"))  # any role of any tenant may search

    adressen = client.get(ZOEK, {"q": "grote breedstraat 3"}).json()["adressen"]

    assert "Grote Breedstraat 3 A, 9101 KE Dokkum" in [a["weergave"] for a in adressen]


def test_ongeldige_invoer_krijgt_een_nederlandse_uitleg(nep, client, vergunningverlener):
    client.force_login(vergunningverlener)

    assert client.get(URL, {"postcode": "91O1KE", "huisnummer": "3"}).json()["melding"].startswith("Vul een postcode")
    assert client.get(URL, {"postcode": "9101KE", "huisnummer": "drie"}).status_code == 400
    assert client.get(ZOEK, {"q": "gr"}).status_code == 400


def test_bag_in_storing_zegt_dat_en_laat_handmatig_invullen_toe(nep, client, vergunningverlener):
    nep.storing("bag")
    client.force_login(vergunningverlener)

    antwoord = client.get(URL, {"postcode": "9101KE", "huisnummer": "3"})

    assert antwoord.status_code == 503
    assert "tijdelijk niet bereikbaar" in antwoord.json()["melding"]
    assert "met de hand" in antwoord.json()["melding"]


def test_adres_zoeken_vraagt_inloggen_en_een_organisatie(nep, client):
    assert client.get(URL, {"postcode": "9101KE", "huisnummer": "3"}).status_code == 302
    client.force_login(Medewerker.objects.create_user(username="zonder-organisatie", password="x"))
    assert client.get(URL, {"postcode": "9101KE", "huisnummer": "3"}).status_code == 403
