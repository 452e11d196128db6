"""Desktop screens render for a toezichthouder, stay within the tenant, and the app is installable."""

import pytest
from django.utils import timezone

from clo.accounts.rollen import Rol
from tests.toezicht.conftest import actieve_versie
from toezicht.actions import start_controle

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingelogd(client, toezichthouder):
    client.force_login(toezichthouder)
    return client


def test_desktop_pages_render(ingelogd, controle, object_nef):
    for url in [
        "/toezicht/objecten/",
        f"/toezicht/objecten/{object_nef.pk}/",
        "/toezicht/objecten/nieuw/",
        "/toezicht/objecten/importeren/",
        "/toezicht/planning/",
        "/toezicht/programma/",
        "/toezicht/controles/nieuw/",
        f"/zaken/{controle.zaak.identificatie}/?tab=controle",
    ]:
        assert ingelogd.get(url).status_code == 200, url
    assert b"Hoogstraat 12" in ingelogd.get("/toezicht/planning/").content


def test_another_tenants_object_and_controle_are_404(ingelogd, dantumadiel, maak_gebruiker, checklists):
    collega = maak_gebruiker(dantumadiel, Rol.TOEZICHTHOUDER)
    vreemd = start_controle(organisatie=dantumadiel, checklistversie=actieve_versie(dantumadiel), door=collega)
    assert ingelogd.post(f"/toezicht/controles/{vreemd.pk}/actie/", {"actie": "afbreken"}).status_code == 404
    assert ingelogd.get(f"/zaken/{vreemd.zaak.identificatie}/").status_code == 404


def test_planning_assigns_date_and_toezichthouder(ingelogd, nef, checklists, toezichthouder, object_nef):
    c = start_controle(organisatie=nef, checklistversie=actieve_versie(nef), door=toezichthouder, object=object_nef)
    datum = timezone.localdate().isoformat()
    ingelogd.post(
        "/toezicht/planning/",
        {
            "controle": c.pk,
            f"c{c.pk}-controle": c.pk,
            f"c{c.pk}-datum": datum,
            f"c{c.pk}-toezichthouder": toezichthouder.pk,
        },
    )
    c.refresh_from_db()
    assert (c.datum.isoformat(), c.toezichthouder, c.zaak.behandelaar) == (datum, toezichthouder, toezichthouder)


def test_service_worker_is_served_with_app_scope_and_manifest_is_installable(ingelogd):
    sw = ingelogd.get("/toezicht/app/sw.js")
    assert sw["Service-Worker-Allowed"] == "/toezicht/app/"
    assert sw["Content-Type"].startswith("application/javascript")
    assert b"CACHE_VERSIE" in sw.content and b"/static/toezicht/app/app.js" in sw.content
    manifest = ingelogd.get("/toezicht/app/manifest.webmanifest").json()
    assert manifest["scope"] == manifest["start_url"] == "/toezicht/app/" and manifest["icons"]


def test_app_is_only_for_toezichthouders(client, nef, maak_gebruiker):
    client.force_login(maak_gebruiker(nef, Rol.KCC))
    assert client.get("/toezicht/app/").status_code == 403


def test_menu_shows_toezicht_for_toezichthouder(ingelogd):
    assert b"Toezicht-app" in ingelogd.get("/toezicht/objecten/").content


def test_start_controle_from_a_melding(ingelogd, nef, checklists, toezichthouder, maak_zaak):
    melding = maak_zaak(nef, toezichthouder, identificatie="MELDING-ACTIVITEIT")
    pagina = ingelogd.get(f"/toezicht/controles/nieuw/?zaak={melding.identificatie}")
    assert b'value="melding" selected' in pagina.content
    checklist = actieve_versie(nef, "sloop").checklist
    r = ingelogd.post(
        "/toezicht/controles/nieuw/",
        {"zaak": melding.identificatie, "checklist": checklist.pk, "aanleiding": "melding"},
    )
    assert r.status_code == 302
    assert melding.relaties_naar.get().van.controle.aanleiding == "melding"
