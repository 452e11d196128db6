"""Zaken list (constant queries), registration by hand, health, login lock-out, security headers."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from clo.accounts.rollen import Rol
from zaken.models import Zaak


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_zaken_list_query_count_does_not_grow_with_rows(client, nef, vergunningverlener, maak_zaak):
    client.force_login(vergunningverlener)
    maak_zaak(nef, vergunningverlener)
    url = reverse("zaken:lijst") + "?afgesloten=alle"
    weinig = _queries(client, url)
    for _ in range(12):
        zaak = maak_zaak(nef, vergunningverlener)
        zaak.behandelaar = vergunningverlener
        zaak.save()
    assert _queries(client, url) == weinig


def test_zaken_list_filters_and_search(client, nef, vergunningverlener, maak_zaak):
    melding = maak_zaak(nef, vergunningverlener, identificatie="MELDING-ACTIVITEIT", omschrijving="Sloopmelding schuur")
    aanvraag = maak_zaak(nef, vergunningverlener, omschrijving="Dakkapel plaatsen")
    client.force_login(vergunningverlener)
    inhoud = client.get(reverse("zaken:lijst") + "?zaaktype=MELDING-ACTIVITEIT").content.decode()
    assert melding.identificatie in inhoud and aanvraag.identificatie not in inhoud
    inhoud = client.get(reverse("zaken:lijst") + "?q=dakkapel").content.decode()
    assert aanvraag.identificatie in inhoud and melding.identificatie not in inhoud


def test_register_zaak_by_hand(client, nef, maak_gebruiker):
    from tests.fixtures import zaaktype

    kcc = maak_gebruiker(nef, Rol.KCC)
    client.force_login(kcc)
    response = client.post(
        reverse("zaken:registreren"),
        {
            "zaaktype": zaaktype(nef).pk,
            "omschrijving": "Aanbouw achterzijde",
            "startdatum": "2026-11-20",
            "kanaal": "balie",
            "aanvrager_naam": "P. Jansma",
            "aanvrager_bsn": "999990755",
            "aanvrager_email": "p.jansma@example.nl",
            "adres": "Voorstraat 21",
            "postcode": "9291 ce",
            "woonplaats": "Kollum",
        },
    )
    zaak = Zaak.objects.get(omschrijving="Aanbouw achterzijde")
    assert response.status_code == 302
    assert zaak.organisatie == nef and zaak.kanaal == "balie"
    assert zaak.betrokkenen.get().bsn == "999990755"
    assert zaak.locaties.get().postcode == "9291CE"
    assert zaak.uiterste_afdoeningsdatum is not None


def test_register_zaak_with_invalid_bsn_shows_dutch_error(client, nef, maak_gebruiker):
    from tests.fixtures import zaaktype

    client.force_login(maak_gebruiker(nef, Rol.KCC))
    response = client.post(
        reverse("zaken:registreren"),
        {
            "zaaktype": zaaktype(nef).pk,
            "omschrijving": "X",
            "startdatum": "2026-11-20",
            "kanaal": "balie",
            "aanvrager_naam": "P. Jansma",
            "aanvrager_bsn": "123456789",
        },
    )
    assert response.status_code == 200
    assert "elfproef" in response.content.decode()
    assert not Zaak.objects.filter(omschrijving="X").exists()


def test_health_reports_components(client, db):
    response = client.get(reverse("health"))
    assert response.status_code == 200, response.json()
    assert set(response.json()["onderdelen"]) == {"database", "broker", "storage"}


def test_health_is_503_when_a_component_is_down(client, db, monkeypatch):
    from clo.core import health

    def kapot():
        raise OSError("schijf vol")

    monkeypatch.setitem(health.CONTROLES, "storage", kapot)
    response = client.get(reverse("health"))
    assert response.status_code == 503
    assert "schijf vol" in response.json()["onderdelen"]["storage"]["fout"]


def test_login_locks_out_after_repeated_failures(client, vergunningverlener, settings):
    url = reverse("login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(url, {"username": vergunningverlener.username, "password": "fout"})
    response = client.post(url, {"username": vergunningverlener.username, "password": "Test-wachtwoord-1"})
    assert "tijdelijk geblokkeerd" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_successful_login_and_security_headers(client, vergunningverlener):
    response = client.post(reverse("login"), {"username": vergunningverlener.username, "password": "Test-wachtwoord-1"})
    assert response.status_code == 302
    page = client.get(reverse("zaken:lijst"))
    assert "default-src 'self'" in page["Content-Security-Policy"]
    assert page["X-Frame-Options"] == "DENY"


def test_output_is_escaped(client, nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener, omschrijving="<script>alert(1)</script>")
    client.force_login(vergunningverlener)
    inhoud = client.get(reverse("zaken:detail", args=[zaak.identificatie])).content.decode()
    assert "<script>alert(1)</script>" not in inhoud and "&lt;script&gt;" in inhoud


def test_functioneel_beheer_assigns_stacked_roles_with_checkboxes_in_admin(client, nef, django_user_model):
    from clo.accounts.models import Lidmaatschap

    beheerder = django_user_model.objects.create_superuser("fb", password="Test-wachtwoord-1")
    medewerker = django_user_model.objects.create_user("nieuw", password="Test-wachtwoord-1")
    client.force_login(beheerder)
    response = client.post(
        reverse("admin:accounts_lidmaatschap_add"),
        {
            "medewerker": medewerker.pk,
            "organisatie": nef.pk,
            "rollen": [Rol.KCC, Rol.TOEZICHTHOUDER],
            "team": "Toezicht",
            "max_vertrouwelijkheid": "zaakvertrouwelijk",
            "actief": "on",
        },
    )
    assert response.status_code == 302
    lid = Lidmaatschap.objects.get(medewerker=medewerker)
    assert sorted(lid.rollen) == ["kcc", "toezichthouder"]
    assert {"kcc.inlichtingen", "toezicht.uitvoeren"} <= lid.rechten


def test_after_login_each_role_lands_on_its_main_screen(client, nef, maak_gebruiker):
    client.force_login(maak_gebruiker(nef, Rol.VERGUNNINGVERLENER))
    assert client.get("/")["Location"] == reverse("werkvoorraad:index")
    client.force_login(maak_gebruiker(nef, Rol.AUDITOR))
    assert client.get("/")["Location"] == reverse("zaken:lijst")


def test_admin_index_and_every_changelist_open_for_functioneel_beheer(client, nef, django_user_model):
    """Every admin screen functioneel beheer uses renders (a broken ModelAdmin would 500 them all)."""
    from django.contrib import admin

    client.force_login(django_user_model.objects.create_superuser("fb2", password="Test-wachtwoord-1"))
    assert client.get(reverse("admin:index")).status_code == 200
    for model in admin.site._registry:
        meta = model._meta
        url = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
        assert client.get(url).status_code == 200, url
