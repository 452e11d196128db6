"""Sync API of the offline app: idempotent per client_id, conflicts shown not overwritten,
tenant and role checks."""

import uuid

import pytest
from django.utils import timezone

from clo.accounts.rollen import Rol
from tests.toezicht.conftest import actieve_versie, vraag
from toezicht.actions import plan_controle, start_controle
from toezicht.models import Bevinding, Overtredingsvoorstel, SyncConflict, VoorstelStatus
from toezicht.selectors import open_overtredingsvoorstellen

pytestmark = pytest.mark.django_db
URL = "/toezicht/api/bevindingen"


@pytest.fixture
def api(client, toezichthouder):
    client.force_login(toezichthouder)
    return client


def stuur(api, *items):
    return api.post(URL, {"bevindingen": list(items)}, content_type="application/json")


def item(controle, code, client_id=None, basis=None, **inhoud):
    return {
        "controle": controle.pk,
        "client_id": str(client_id or uuid.uuid4()),
        "vraag": vraag(controle, code).pk,
        "basis_versie": basis,
        "antwoord": inhoud.get("antwoord", "ja"),
        "oordeel": inhoud.get("oordeel", "voldoet"),
        "toelichting": inhoud.get("toelichting", ""),
        "vastgelegd_op": timezone.now().isoformat(),
    }


def test_dagplanning_contains_todays_controle_with_checklist_and_object(api, controle):
    data = api.get("/toezicht/api/dagplanning").json()
    assert [c["zaak"] for c in data["controles"]] == [controle.zaak.identificatie]
    c = data["controles"][0]
    assert c["object"]["naam"] == "Zorgcentrum De Terp"
    checklist = data["checklists"][str(c["checklistversie"])]
    assert any(
        v["code"] == "BG3a" and v["toon_als_antwoord"] == "nee" for s in checklist["secties"] for v in s["vragen"]
    )


def test_same_bevinding_sent_twice_is_stored_once(api, controle):
    b = item(controle, "BG1")
    assert stuur(api, b).json()["resultaten"][0]["status"] == "toegepast"
    tweede = stuur(api, b)
    assert tweede.status_code == 200
    assert tweede.json()["resultaten"][0] == {
        "client_id": b["client_id"],
        "status": "ongewijzigd",
        "versie": 1,
        "server_client_id": b["client_id"],
    }
    assert Bevinding.objects.filter(controle=controle).count() == 1


def test_edit_on_current_version_is_applied_and_bumps_version(api, controle):
    b = item(controle, "BG1")
    stuur(api, b)
    r = stuur(api, {**b, "basis_versie": 1, "antwoord": "nee", "oordeel": "voldoet_niet"}).json()["resultaten"][0]
    assert (r["status"], r["versie"]) == ("toegepast", 2)
    assert Bevinding.objects.get(client_id=b["client_id"]).oordeel == "voldoet_niet"


def test_edit_on_stale_version_is_a_conflict_with_both_versions(api, controle, nef, maak_gebruiker):
    b = item(controle, "BG1", antwoord="ja", oordeel="voldoet")
    stuur(api, b)
    collega = maak_gebruiker(nef, Rol.TOEZICHTHOUDER)
    api.force_login(collega)
    stuur(api, {**b, "basis_versie": 1, "antwoord": "nee", "oordeel": "voldoet_niet", "toelichting": "collega"})
    api.force_login(controle.toezichthouder)
    antwoord = stuur(api, {**b, "basis_versie": 1, "antwoord": "ja", "oordeel": "voldoet", "toelichting": "ik"})
    assert antwoord.status_code == 409
    conflict = antwoord.json()["conflicten"][0]
    assert conflict["server"]["toelichting"] == "collega"
    assert conflict["client"]["toelichting"] == "ik"
    assert Bevinding.objects.get(client_id=b["client_id"]).toelichting == "collega"  # not overwritten
    assert SyncConflict.objects.filter(controle=controle, opgelost_op__isnull=True).count() == 1


def test_a_conflict_does_not_block_the_other_items_of_the_batch(api, controle):
    eerste = item(controle, "BG1")
    stuur(api, eerste)
    Bevinding.objects.filter(client_id=eerste["client_id"]).update(versie=5, toelichting="server")
    antwoord = stuur(api, {**eerste, "basis_versie": 1, "toelichting": "apparaat"}, item(controle, "BG4"))
    assert antwoord.status_code == 409
    assert [r["status"] for r in antwoord.json()["resultaten"]] == ["conflict", "toegepast"]


def test_voldoet_niet_proposes_an_overtreding_and_changing_it_withdraws(api, controle, nef):
    b = item(controle, "BG3", antwoord="nee", oordeel="voldoet_niet", toelichting="Pallets in de gang")
    stuur(api, b)
    voorstel = open_overtredingsvoorstellen(nef).get()
    assert "Pallets in de gang" in voorstel.omschrijving
    assert voorstel.wettelijke_grondslag.startswith("Bbl")
    stuur(api, {**b, "basis_versie": 1, "antwoord": "ja", "oordeel": "voldoet"})
    assert Overtredingsvoorstel.objects.get().status == VoorstelStatus.INGETROKKEN
    assert not open_overtredingsvoorstellen(nef).exists()


def test_first_bevinding_moves_controle_to_in_uitvoering(api, controle):
    stuur(api, item(controle, "BG1"))
    controle.refresh_from_db()
    assert controle.status == "in_uitvoering"


def test_other_tenants_controle_is_not_found(api, dantumadiel, maak_gebruiker, checklists):
    collega = maak_gebruiker(dantumadiel, Rol.TOEZICHTHOUDER)
    vreemd = start_controle(organisatie=dantumadiel, checklistversie=actieve_versie(dantumadiel), door=collega)
    plan_controle(vreemd, datum=timezone.localdate(), toezichthouder=collega, door=collega)
    r = stuur(api, item(vreemd, "BG1"))
    assert r.json()["resultaten"][0]["status"] == "fout"
    assert not Bevinding.objects.filter(controle=vreemd).exists()
    assert api.get(f"/toezicht/api/controles/{vreemd.pk}").status_code == 404


def test_only_toezichthouders_may_use_the_api(client, nef, maak_gebruiker, controle):
    client.force_login(maak_gebruiker(nef, Rol.VERGUNNINGVERLENER))
    assert client.get("/toezicht/api/dagplanning").status_code == 403
    assert stuur(client, item(controle, "BG1")).status_code == 403


def test_api_requires_csrf_token_for_writes(controle, toezichthouder):
    from django.test import Client

    strikt = Client(enforce_csrf_checks=True)
    strikt.force_login(toezichthouder)
    assert stuur(strikt, item(controle, "BG1")).status_code == 403
