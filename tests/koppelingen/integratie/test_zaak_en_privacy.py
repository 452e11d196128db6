"""The zaak tab shows stored snapshots (never asks a registration), masks BSNs for roles that do
not need them, and logs every display and lookup of personal data."""

from __future__ import annotations

import pytest
from django.urls import reverse

from clo.accounts.rollen import Rol
from clo.audit.models import Verwerking
from koppelingen.basisregistraties.models import Verrijking

from .helpers import SUZANNE, registreer


@pytest.fixture
def verrijkte_zaak(nep, nef, vergunningverlener, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return registreer(nef, vergunningverlener)


def tab(client, zaak):
    return client.get(
        reverse("zaken:detail", kwargs={"identificatie": zaak.identificatie}), {"tab": "basisregistraties"}
    )


def test_tab_toont_pand_perceel_en_eigenaar_uit_de_momentopname(nep, verrijkte_zaak, client, vergunningverlener):
    client.force_login(vergunningverlener)
    aanroepen = nep.bag.aantal_aanroepen() + nep.brk.aantal_aanroepen()

    html = tab(client, verrijkte_zaak).content.decode()

    assert "woonfunctie" in html and "bouwjaar 2004" in html and "64 m²" in html
    assert "Dokkum B 1459 A1" in html and "Suzanne Moulin" in html
    assert f"BSN {SUZANNE}" in html  # a vergunningverlener may see the BSN
    assert 'id="br-kaart-data"' in html and "Polygon" in html
    assert nep.bag.aantal_aanroepen() + nep.brk.aantal_aanroepen() == aanroepen  # no live calls


def test_auditor_ziet_bsn_van_eigenaar_gemaskeerd_en_de_inzage_wordt_gelogd(
    verrijkte_zaak, client, maak_gebruiker, nef
):
    auditor = maak_gebruiker(nef, Rol.AUDITOR)
    client.force_login(auditor)

    html = tab(client, verrijkte_zaak).content.decode()

    assert SUZANNE not in html and "*****3653" in html
    inzage = Verwerking.objects.filter(gebruiker=auditor, actie_naam="Inzien", object_id=SUZANNE)
    assert inzage.filter(gegevensbron="BRK", betrokkenheid="Zakelijk gerechtigde", zaak_id=verrijkte_zaak.pk).exists()
    assert inzage.exclude(gegevensbron="BRK").exists()  # the betrokkene shown with masked BSN


def test_ontbrekende_gegevens_staan_met_reden_op_de_tab(
    nep, nef, vergunningverlener, client, django_capture_on_commit_callbacks
):
    nep.storing("bag")
    with django_capture_on_commit_callbacks(execute=True):
        zaak = registreer(nef, vergunningverlener, bsn=None)
    client.force_login(vergunningverlener)

    html = tab(client, zaak).content.decode()

    assert "Nog niet opgehaald: BAG niet bereikbaar, wordt automatisch opnieuw geprobeerd." in html


def test_zaak_van_andere_gemeente_is_onvindbaar(verrijkte_zaak, client, maak_gebruiker, dantumadiel):
    client.force_login(maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER))
    url = reverse("basisregistraties:betrokkene-toevoegen", kwargs={"identificatie": verrijkte_zaak.identificatie})

    assert client.get(url).status_code == 404
    assert (
        client.post(reverse("basisregistraties:opnieuw-ophalen", args=[verrijkte_zaak.identificatie])).status_code
        == 404
    )
    assert tab(client, verrijkte_zaak).status_code == 404


def betrokkene_url(zaak) -> str:
    return reverse("basisregistraties:betrokkene-toevoegen", kwargs={"identificatie": zaak.identificatie})


def test_betrokkene_toevoegen_op_bsn_haalt_naam_en_adres_op_en_logt_de_opvraging(nep, nef, vergunningverlener, client):
    zaak = registreer(nef, vergunningverlener, bsn=None, adres=None)
    roltype = zaak.zaaktype.roltypen.filter(omschrijving_generiek="belanghebbende").first()
    client.force_login(vergunningverlener)

    gevonden = client.post(betrokkene_url(zaak), {"roltype": roltype.pk, "soort": "bsn", "nummer": SUZANNE})

    assert "Suzanne Moulin" in gevonden.content.decode() and "Koningstraat 12" in gevonden.content.decode()
    log = Verwerking.objects.get(gebruiker=vergunningverlener, gegevensbron="BRP")
    assert (log.actie_naam, log.object_id, log.zaak_id) == ("Opvragen", SUZANNE, zaak.pk)

    client.post(betrokkene_url(zaak), {"actie": "bevestigen"})

    b = zaak.betrokkenen.get(bsn=SUZANNE)
    assert (b.naam, b.postcode, b.bron, b.roltype) == ("Suzanne Moulin", "9101LN", "brp", roltype)
    assert b.gegevens_per is not None
    assert Verrijking.objects.get(betrokkene=b).status == "ok"
    assert Verwerking.objects.filter(gegevensbron="BRP").count() == 1  # confirming asks nothing again


def test_betrokkene_toevoegen_op_kvk_nummer(nep, nef, vergunningverlener, client):
    zaak = registreer(nef, vergunningverlener, bsn=None, adres=None)
    roltype = zaak.zaaktype.roltypen.filter(omschrijving_generiek="belanghebbende").first()
    client.force_login(vergunningverlener)

    client.post(betrokkene_url(zaak), {"roltype": roltype.pk, "soort": "kvk", "nummer": "68750110"})
    client.post(betrokkene_url(zaak), {"actie": "bevestigen"})

    b = zaak.betrokkenen.get(kvk_nummer="68750110")
    assert (b.naam, b.betrokkene_type, b.woonplaats) == ("Test BV Donald", "niet_natuurlijk_persoon", "Dokkum")


def test_brp_in_storing_betrokkene_kan_toch_worden_toegevoegd_en_wordt_later_aangevuld(
    nep, nef, vergunningverlener, client, django_capture_on_commit_callbacks
):
    zaak = registreer(nef, vergunningverlener, bsn=None, adres=None)
    roltype = zaak.zaaktype.roltypen.filter(omschrijving_generiek="belanghebbende").first()
    client.force_login(vergunningverlener)
    nep.storing("brp")

    antwoord = client.post(betrokkene_url(zaak), {"roltype": roltype.pk, "soort": "bsn", "nummer": SUZANNE})
    assert "Toevoegen zonder gegevens" in antwoord.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(betrokkene_url(zaak), {"actie": "zonder_gegevens"})

    b = zaak.betrokkenen.get(bsn=SUZANNE)
    assert b.naam.startswith("Onbekend") and Verrijking.objects.get(betrokkene=b).status == "ontbreekt"

    nep.storing("brp", aan=False)
    from django.core.management import call_command

    call_command("verrijking_inhalen", stdout=open("/dev/null", "w"))
    b.refresh_from_db()
    assert b.naam == "Suzanne Moulin"


def test_ongeldig_bsn_wordt_niet_opgevraagd(nep, nef, vergunningverlener, client):
    zaak = registreer(nef, vergunningverlener, bsn=None, adres=None)
    roltype = zaak.zaaktype.roltypen.filter(omschrijving_generiek="belanghebbende").first()
    client.force_login(vergunningverlener)

    antwoord = client.post(betrokkene_url(zaak), {"roltype": roltype.pk, "soort": "bsn", "nummer": "123456789"})

    assert "elfproef" in antwoord.content.decode()
    assert nep.brp.aantal_aanroepen() == 0


def test_alleen_behandelaars_voegen_betrokkenen_toe(verrijkte_zaak, client, maak_gebruiker, nef):
    client.force_login(maak_gebruiker(nef, Rol.AUDITOR))

    assert client.get(betrokkene_url(verrijkte_zaak)).status_code == 403


def test_locatie_toevoegen_uit_bag_legt_ids_en_punten_vast(nep, nef, vergunningverlener, client):
    zaak = registreer(nef, vergunningverlener, bsn=None, adres=None)
    client.force_login(vergunningverlener)
    nummer = client.get(reverse("basisregistraties:adressen"), {"postcode": "9101KE", "huisnummer": "3"}).json()[
        "adressen"
    ][0]["nummeraanduiding_id"]

    client.post(
        reverse("basisregistraties:locatie-toevoegen", args=[zaak.identificatie]), {"nummeraanduiding_id": nummer}
    )

    locatie = zaak.locaties.get()
    assert (locatie.omschrijving, locatie.nummeraanduiding_id) == ("Grote Breedstraat 3, 9101 KE Dokkum", nummer)
    assert locatie.verblijfsobject_id and locatie.pand_ids == ["1970100000002000"]
    assert locatie.rd_x and 53.3 < locatie.lat < 53.36
