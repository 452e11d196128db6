"""KCC inlichtingen: the KCC sees status in plain Dutch, dates, the team and public documents —
never the behandelaar's name, case documents or a full BSN — and every view of personal data
is logged."""

import datetime

from django.urls import reverse

from clo.accounts.rollen import Rol
from clo.audit.models import Verwerking
from zaken.actions import sluit_zaak


def test_kcc_finds_zaken_at_an_address_with_status_dates_and_team(client, kcc, behandelde_zaak):
    client.force_login(kcc)
    pagina = client.get(reverse("kcc:index"), {"q": "9101 LJ 12"}).content.decode()
    zaak = behandelde_zaak
    assert zaak.identificatie in pagina
    assert zaak.status.statustype.statustekst in pagina
    assert zaak.startdatum.strftime("%d-%m-%Y") in pagina
    assert zaak.uiterste_afdoeningsdatum.strftime("%d-%m-%Y") in pagina
    assert "Team Omgevingsvergunningen Noord" in pagina
    assert "de Vries" not in pagina


def test_kcc_zaak_page_shows_only_public_documents_and_a_masked_bsn(client, kcc, behandelde_zaak):
    client.force_login(kcc)
    pagina = client.get(reverse("kcc:zaak", args=[behandelde_zaak.identificatie])).content.decode()
    assert "Ontvangstbevestiging" in pagina
    assert "Bouwtekening" not in pagina
    assert "999993653" not in pagina and "*****3653" in pagina
    assert "de Vries" not in pagina and "Team Omgevingsvergunningen Noord" in pagina


def test_viewing_the_aanvrager_and_searching_by_bsn_are_logged(client, kcc, behandelde_zaak):
    client.force_login(kcc)
    client.get(reverse("kcc:zaak", args=[behandelde_zaak.identificatie]))
    inzage = Verwerking.objects.get(zaak_id=behandelde_zaak.pk, gebruiker=kcc)
    assert inzage.object_id == "999993653" and "KCC" in inzage.doel
    pagina = client.get(reverse("kcc:index"), {"q": "999993653"}).content.decode()
    assert behandelde_zaak.identificatie in pagina
    assert Verwerking.objects.filter(gebruiker=kcc, handeling_naam="Zaken zoeken op BSN").count() == 1


def test_kcc_cannot_open_the_zaak_page_nor_another_tenants_zaak(client, kcc, behandelde_zaak, dantumadiel,
                                                                 maak_gebruiker, zoekzaak):
    client.force_login(kcc)
    assert client.get(reverse("zaken:detail", args=[behandelde_zaak.identificatie])).status_code == 403
    ander = zoekzaak(dantumadiel, maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER), "Bouwen schuur")
    assert client.get(reverse("kcc:zaak", args=[ander.identificatie])).status_code == 404


def test_header_search_of_a_kcc_medewerker_lands_on_the_kcc_screen(client, kcc, behandelde_zaak):
    client.force_login(kcc)
    antwoord = client.get(reverse("zoeken:zoeken"), {"q": "meulen"}, follow=True)
    assert antwoord.redirect_chain[-1][0].startswith(reverse("kcc:index"))
    assert behandelde_zaak.identificatie in antwoord.content.decode()


def test_vergunninghistorie_lists_closed_zaken_at_the_address_with_year_and_result(
        client, nef, kcc, vergunningverlener, zoekzaak, behandelde_zaak, django_capture_on_commit_callbacks):
    oud = zoekzaak(nef, vergunningverlener, "Bouwen garage", dagen_geleden=400)
    verleend = oud.zaaktype.resultaattypen.get(omschrijving="Verleend")
    with django_capture_on_commit_callbacks(execute=True):
        sluit_zaak(oud, verleend, door=vergunningverlener, einddatum=datetime.date(2025, 3, 14))
    client.force_login(kcc)
    for url, params in [(reverse("kcc:index"), {"q": "9101LJ 12"}),
                        (reverse("kcc:zaak", args=[behandelde_zaak.identificatie]), {})]:
        pagina = client.get(url, params).content.decode()
        historie = pagina.split("Vergunninghistorie")[1]
        assert "2025" in historie and "Verleend" in historie and "Bouwen garage" in historie
