"""The handhaver's screens: overview, the Handhaving tab with proposal and decision forms,
the step endpoint (permissions, tenant isolation), and the handhavingsverzoek flow."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from clo.accounts.rollen import Rol
from handhaving import actions
from handhaving.models import Fase, Handhavingsverzoek

D = dt.date
pytestmark = pytest.mark.django_db


def _stap(client, hz, **data):
    return client.post(f"/handhaving/zaken/{hz.zaak.identificatie}/stap/", data)


def test_tab_shows_proposal_with_explanation_after_classification(client, maak_hz, handhaver):
    hz = maak_hz()
    client.force_login(handhaver)
    _stap(client, hz, actie="interventie", gedrag="C", gevolgen="3", recidive="on")
    pagina = client.get(f"/zaken/{hz.zaak.identificatie}/?tab=handhaving").content.decode()
    assert "Voorstel: R5" in pagina
    assert "Recidive binnen 24 maanden: gedrag één stap zwaarder, van C naar D" in pagina
    assert "Voornemen versturen" in pagina


def test_deviating_without_reason_is_refused_with_a_message(client, maak_hz, handhaver):
    hz = maak_hz()
    client.force_login(handhaver)
    antwoord = _stap(client, hz, actie="interventie", gedrag="A", gevolgen="1", gekozen="R3")
    pagina = client.get(antwoord.url).content.decode()
    assert "geef de reden" in pagina
    hz.refresh_from_db()
    assert hz.gekozen_interventie == ""


def test_voornemen_through_the_screen_records_zienswijzetermijn(client, maak_hz, handhaver):
    hz = maak_hz()
    client.force_login(handhaver)
    _stap(
        client,
        hz,
        actie="voornemen",
        soort="lod",
        verzonden="2025-04-07",
        zienswijze_weken="2",
        bedrag="500",
        eenheid="per_week",
        maximum="5000",
    )
    hz.refresh_from_db()
    assert hz.fase == Fase.VOORNEMEN and hz.volgende_termijn == D(2025, 4, 22)
    pagina = client.get(f"/zaken/{hz.zaak.identificatie}/?tab=handhaving").content.decode()
    assert "Tweede Paasdag" in pagina


def test_user_without_decision_right_gets_403_and_sees_no_forms(client, nef, maak_gebruiker, maak_hz):
    hz = maak_hz()
    vv = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER)
    client.force_login(vv)
    pagina = client.get(f"/zaken/{hz.zaak.identificatie}/?tab=handhaving").content.decode()
    assert "Interventie vastleggen" not in pagina
    assert _stap(client, hz, actie="waarschuwen").status_code == 403
    toezicht = maak_gebruiker(nef, Rol.TOEZICHTHOUDER)
    client.force_login(toezicht)
    assert _stap(client, hz, actie="waarschuwen").status_code == 403


def test_zaak_of_another_tenant_is_404(client, dantumadiel, maak_gebruiker, maak_hz):
    hz = maak_hz()
    client.force_login(maak_gebruiker(dantumadiel, Rol.HANDHAVER))
    assert _stap(client, hz, actie="waarschuwen").status_code == 404
    hz.refresh_from_db()
    assert hz.fase == Fase.CONSTATERING


def _met_verbeurte(maak_hz, handhaver, omschrijving: str, verbeurd: dt.date):
    hz = maak_hz(omschrijving=omschrijving, geconstateerd_op=verbeurd - dt.timedelta(days=90))
    actions.verstuur_voornemen(hz, door=handhaver, verzonden=verbeurd - dt.timedelta(days=60))
    actions.verwerk_zienswijze(hz, door=handhaver, ontvangen=False)
    last = actions.leg_last_op(
        hz,
        door=handhaver,
        soort="lod",
        maatregel="Herstel",
        bekendgemaakt=verbeurd - dt.timedelta(days=30),
        begunstigingstermijn_dagen=14,
        bedrag=Decimal("750"),
        eenheid="ineens",
        maximum=Decimal("750"),
    )
    return actions.registreer_verbeurte(last, door=handhaver, datum=verbeurd)


def test_overview_lists_running_zaken_forfeited_dwangsommen_and_near_verjaring(client, maak_hz, handhaver):
    vandaag = dt.date.today()
    maak_hz(omschrijving="Illegale dakopbouw Diep 3")
    recent = _met_verbeurte(maak_hz, handhaver, "Reclamebord Grote Breedstraat", vandaag - dt.timedelta(days=10))
    oud = _met_verbeurte(maak_hz, handhaver, "Opslag in voortuin Voorstraat", vandaag - dt.timedelta(days=320))
    client.force_login(handhaver)
    pagina = client.get("/handhaving/").content.decode()
    assert "Illegale dakopbouw Diep 3" in pagina
    in_te_vorderen, verjaring = pagina.split("Verbeurde dwangsommen om in te vorderen")[1].split("binnen 90 dagen")
    assert recent.last.handhavingszaak.zaak.identificatie in in_te_vorderen
    assert oud.last.handhavingszaak.zaak.identificatie in verjaring.split("Overtredingen uit controles")[0]
    assert recent.last.handhavingszaak.zaak.identificatie not in verjaring.split("Overtredingen uit controles")[0]


def test_overview_query_count_does_not_grow_with_the_number_of_zaken(client, maak_hz, handhaver):
    client.force_login(handhaver)
    maak_hz()
    client.get("/handhaving/")
    with CaptureQueriesContext(connection) as een:
        client.get("/handhaving/")
    for _ in range(4):
        maak_hz()
    with CaptureQueriesContext(connection) as vijf:
        client.get("/handhaving/")
    assert len(vijf) == len(een)


def test_handhavingsverzoek_flow_through_the_screens(client, nef, handhaver):
    client.force_login(handhaver)
    antwoord = client.post(
        "/handhaving/verzoeken/nieuw/",
        {
            "omschrijving": "Verzoek handhaving schutting buren",
            "ontvangen": "2026-03-10",
            "naam": "S. van der Meulen",
            "postcode": "9101LJ",
            "woonplaats": "Dokkum",
            "email": "",
        },
    )
    verzoek = Handhavingsverzoek.objects.get()
    assert antwoord.status_code == 302
    pagina = client.get(antwoord.url, follow=True).content.decode()
    assert "06-05-2026" in pagina  # 8 weeks, moved off 5 mei
    client.post(
        f"/handhaving/verzoeken/{verzoek.zaak.identificatie}/stap/",
        {"actie": "starten", "overtreding": "Schutting van 2,5 m op de erfgrens"},
    )
    client.post(
        f"/handhaving/verzoeken/{verzoek.zaak.identificatie}/stap/",
        {"actie": "besluiten", "uitkomst": "toegewezen", "motivering": "Overtreding vastgesteld."},
    )
    verzoek.refresh_from_db()
    assert verzoek.uitkomst == "toegewezen" and verzoek.handhavingszaak is not None
    assert verzoek.zaak.einddatum is not None
