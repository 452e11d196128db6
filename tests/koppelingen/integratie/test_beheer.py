"""Functioneel beheer: koppelingen status page with connection test; the demo configuration.
Auditors: the verwerkingenlogging viewer and its CSV export."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from zgw_consumers.models import Service

from clo.accounts.rollen import Rol
from clo.audit.log import log_verwerking
from clo.audit.models import Verwerking
from koppelingen.basisregistraties.models import Registratiekoppeling

from .helpers import SUZANNE


@pytest.fixture
def beheerder(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.FUNCTIONEEL_BEHEERDER)


def verbindingstest(client, soort: str) -> str:
    return client.post(reverse("basisregistraties:test-verbinding", args=[soort])).content.decode()


def test_test_verbinding_slaagt_voor_elke_registratie_en_staat_daarna_op_de_statuspagina(nep, client, beheerder):
    client.force_login(beheerder)

    for soort in ("bag", "brk", "brp", "kvk"):
        assert "Verbinding werkt" in verbindingstest(client, soort), soort

    pagina = client.get(reverse("basisregistraties:status")).content.decode()
    assert pagina.count("Test verbinding") == 4
    assert "0,0%" in pagina and "Niet ingericht" not in pagina
    # Even the connection test's BRP question (a test person) is a logged verwerking.
    assert Verwerking.objects.filter(gebruiker=beheerder, gegevensbron="BRP", actie_naam="Opvragen").count() == 1


def test_storing_toont_laatste_fout_en_foutpercentage(nep, client, beheerder):
    client.force_login(beheerder)
    verbindingstest(client, "kvk")
    nep.storing("kvk")

    resultaat = verbindingstest(client, "kvk")

    assert "Verbinding mislukt" in resultaat and "tijdelijk niet bereikbaar" in resultaat
    pagina = client.get(reverse("basisregistraties:status")).content.decode()
    assert "50,0%" in pagina and "503" in pagina


def test_verkeerde_api_sleutel_wijst_naar_functioneel_beheer(nep, client, beheerder):
    Service.objects.filter(slug="basisregistratie-bag").update(header_value="fout")
    client.force_login(beheerder)

    assert "Functioneel beheer moet de koppeling" in verbindingstest(client, "bag")


def test_statuspagina_alleen_voor_functioneel_beheer(nep, client, vergunningverlener):
    client.force_login(vergunningverlener)

    assert client.get(reverse("basisregistraties:status")).status_code == 403
    assert client.post(reverse("basisregistraties:test-verbinding", args=["brp"])).status_code == 403
    assert nep.brp.aantal_aanroepen() == 0


def test_demo_inrichting_is_herhaalbaar(db):
    for _ in range(2):
        call_command("koppelingen_demo_configureren", "--basis-url", "http://127.0.0.1:8001", stdout=io.StringIO())

    assert Registratiekoppeling.objects.count() == 4
    brp = Registratiekoppeling.objects.get(soort="brp").service
    assert (brp.api_root, brp.header_key, brp.auth_type) == ("http://127.0.0.1:8001/brp/", "X-API-KEY", "api_key")


# -- verwerkingenlogging ---------------------------------------------------------------------


def _verwerking(organisatie, door, bsn: str, handeling: str = "Betrokkene opzoeken"):
    return log_verwerking(
        organisatie=organisatie,
        door=door,
        actie_naam="Opvragen",
        handeling=handeling,
        verwerking="Zaakbehandeling omgevingsrecht",
        activiteit_id="VA-1",
        soort_object_id="BSN",
        object_id=bsn,
        gegevensbron="BRP",
        doel="Behandelen van de zaak",
        soorten_gegevens=["naam", "adres"],
    )


@pytest.fixture
def logregels(nef, dantumadiel, vergunningverlener, maak_gebruiker):
    _verwerking(nef, vergunningverlener, SUZANNE)
    _verwerking(nef, vergunningverlener, "999990755", handeling="Eigenaar bekijken")
    _verwerking(dantumadiel, maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER), "999995108")


def test_auditor_ziet_verwerkingen_van_de_eigen_gemeente_met_gemaskeerd_bsn(logregels, client, maak_gebruiker, nef):
    client.force_login(maak_gebruiker(nef, Rol.AUDITOR))

    html = client.get(reverse("basisregistraties:verwerkingen")).content.decode()

    assert "*****3653" in html and "*****0755" in html
    assert SUZANNE not in html and "5108" not in html  # other tenant


def test_filter_op_bsn_toont_alleen_die_persoon_en_wordt_zelf_gelogd(logregels, client, maak_gebruiker, nef):
    auditor = maak_gebruiker(nef, Rol.AUDITOR)
    client.force_login(auditor)

    html = client.get(reverse("basisregistraties:verwerkingen"), {"object_id": SUZANNE}).content.decode()

    assert "*****3653" in html and "*****0755" not in html
    assert Verwerking.objects.filter(gebruiker=auditor, object_id=SUZANNE, actie_naam="Inzien").exists()


def test_csv_export_bevat_de_gefilterde_verwerkingen(logregels, client, maak_gebruiker, nef):
    client.force_login(maak_gebruiker(nef, Rol.AUDITOR, Rol.VERGUNNINGVERLENER))  # may see BSNs

    antwoord = client.get(reverse("basisregistraties:verwerkingen-export"), {"verwerking": "eigenaar"})

    assert antwoord["Content-Type"].startswith("text/csv") and antwoord.streaming
    regels = list(csv.reader(io.StringIO(b"".join(antwoord.streaming_content).decode("utf-8-sig")), delimiter=";"))
    assert regels[0][:4] == ["tijdstip", "gebruiker", "actie", "handeling"]
    assert len(regels) == 2
    rij = dict(zip(regels[0], regels[1], strict=True))
    assert (rij["object-id"], rij["handeling"], rij["gegevensbron"]) == ("999990755", "Eigenaar bekijken", "BRP")
    assert rij["soorten gegevens"] == "naam, adres" and rij["uitvoerder (OIN)"] == nef.oin


def test_verwerkingenlogging_alleen_voor_auditors(logregels, client, vergunningverlener):
    client.force_login(vergunningverlener)

    assert client.get(reverse("basisregistraties:verwerkingen")).status_code == 403
    assert client.get(reverse("basisregistraties:verwerkingen-export")).status_code == 403
