"""Reused compiled SQL of the werkvoorraad (zaken/werkvoorraad/gecompileerd.py): what the page
shows follows every change of data and membership at once, and the number of queries does
not depend on what was kept."""

import datetime
import re

import pytest
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from tests.fixtures import zaaktype
from tests.vergunningen.conftest import open_taak
from zaken.models import Zaak
from zaken.werkvoorraad import gecompileerd, selectors

TITEL = "Ontvankelijkheid beoordelen"


def _team(client) -> str:
    return client.get(reverse("werkvoorraad:index"), {"lijst": "team"}).content.decode()


def _zonder_tokens(html: str) -> str:
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r'"X-CSRFToken": "[^"]+"', "", html)


def test_lijst_volgt_wijzigingen_van_lidmaatschap_en_zaak_meteen(aanvraag, behandelaar, nef, client):
    zaak = aanvraag()
    client.force_login(behandelaar)
    assert zaak.identificatie in _team(client) and "Teamvoorraad: <strong>1</strong>" in _team(client)
    lid = Lidmaatschap.objects.get(medewerker=behandelaar)

    Lidmaatschap.objects.filter(pk=lid.pk).update(max_vertrouwelijkheid="openbaar")
    assert zaak.identificatie not in _team(client) and "Teamvoorraad: <strong>0</strong>" in _team(client)
    Lidmaatschap.objects.filter(pk=lid.pk).update(max_vertrouwelijkheid="zaakvertrouwelijk")
    assert zaak.identificatie in _team(client)

    lid.zaaktypen.add(zaaktype(nef, "MELDING-ACTIVITEIT"))
    assert zaak.identificatie not in _team(client)
    lid.zaaktypen.clear()
    Lidmaatschap.objects.filter(pk=lid.pk).update(rollen=[Rol.ADVISEUR])
    assert zaak.identificatie not in _team(client)
    Lidmaatschap.objects.filter(pk=lid.pk).update(rollen=[Rol.VERGUNNINGVERLENER])
    assert zaak.identificatie in _team(client)

    Zaak.objects.filter(pk=zaak.pk).update(vertrouwelijkheidaanduiding="geheim")
    assert zaak.identificatie not in _team(client)


def test_collega_met_andere_rechten_ziet_zijn_eigen_lijst(aanvraag, behandelaar, adviseur_ro, client):
    """Two users one after the other in the same process: no SQL of the one for the other."""
    zaak = aanvraag()
    client.force_login(behandelaar)
    assert zaak.identificatie in _team(client)
    client.force_login(adviseur_ro)
    assert zaak.identificatie not in _team(client)
    client.force_login(behandelaar)
    assert zaak.identificatie in _team(client)


def test_aantal_queries_en_pagina_gelijk_met_en_zonder_bewaarde_sql(aanvraag, behandelaar, client):
    for _ in range(3):
        aanvraag()
    client.force_login(behandelaar)
    url = reverse("werkvoorraad:index")
    hergebruikt = 0
    for params in (
        {},
        {"lijst": "team"},
        {"lijst": "team", "termijn": "week"},
        {"lijst": "team", "sortering": "nieuwste"},
    ):
        client.get(url, params)
        gecompileerd._tel_sql.cache_clear()
        gecompileerd._rijen_sql.cache_clear()
        with CaptureQueriesContext(connection) as koud:
            eerst = client.get(url, params).content.decode()
        with CaptureQueriesContext(connection) as warm:
            daarna = client.get(url, params).content.decode()
        assert len(koud) == len(warm), params
        assert _zonder_tokens(eerst) == _zonder_tokens(daarna), params
        assert gecompileerd._tel_sql.cache_info().hits == 1
        hergebruikt += gecompileerd._rijen_sql.cache_info().hits
    assert hergebruikt >= 2  # the team lists with rows


def test_sql_maken_leest_niets_uit_de_database(aanvraag, behandelaar):
    """The SQL may depend on its key only; reading the database while making it would make a
    kept entry stale."""
    aanvraag()
    lid = Lidmaatschap.objects.prefetch_related("zaaktypen").get(medewerker=behandelaar)
    voorwaarden = selectors.wachtrij_voorwaarden(lid, behandelaar)
    ongelezen = selectors.ongelezen_voorwaarde(behandelaar, lid)
    with CaptureQueriesContext(connection) as queries:
        gecompileerd._tel_sql.__wrapped__(
            "default", voorwaarden["mijn"], voorwaarden["team"], ongelezen, timezone.localdate(), 99
        )
        gecompileerd._rijen_sql.__wrapped__("default", voorwaarden["team"], "termijn", 0, 25)
    assert len(queries) == 0


def test_verlopen_telt_op_de_dag_van_het_verzoek(aanvraag, behandelaar):
    zaak = aanvraag()
    deadline = open_taak(zaak, TITEL).deadline
    lid = Lidmaatschap.objects.get(medewerker=behandelaar)
    voorwaarden = selectors.wachtrij_voorwaarden(lid, behandelaar)
    ongelezen = selectors.ongelezen_voorwaarde(behandelaar, lid)
    assert gecompileerd.tellingen(voorwaarden, ongelezen, deadline)["team_verlopen"] == 0
    assert gecompileerd.tellingen(voorwaarden, ongelezen, deadline + datetime.timedelta(days=1))["team_verlopen"] == 1


def test_sleutel_bevat_alleen_gewone_waarden(behandelaar):
    gewoon = Q(eigenaar_id=1, rol__in=["vergunningverlener"]) & ~Q(deadline__lt=datetime.date(2026, 1, 5))
    assert gecompileerd._gewoon(gewoon) is gewoon
    for fout in (Q(eigenaar=behandelaar), Q(gewijzigd__lt=timezone.now()), Q(zaak__in=Zaak.objects.all())):
        with pytest.raises(TypeError):
            gecompileerd._gewoon(Q(open=True) & fout)
