"""Aanvullen: answers and documents updated, replaced documents vervallen (never deleted), the
opschorting ends and the behandelaar is told; and the Verzoek tab on the zaak."""

import datetime

import pytest
from django.core import mail

from clo.accounts.rollen import Rol
from clo.audit.models import Gebeurtenis
from koppelingen.dso.fake.testhulp import dso_fake, haal_en_verwerk, na_commit, sample
from koppelingen.dso.models import VerzoekZaak
from koppelingen.dso.samples.catalogus import SAMPLES
from koppelingen.dso.samples.generator import maak_verzoek_xml
from koppelingen.dso.services.inrichting import richt_mapping_in
from koppelingen.dso.services.ontvangst import ontvang_bericht
from zaken.actions import wijs_behandelaar_toe
from zaken.actions.termijnen import schort_op
from zaken.models import Document, Zaak

pytestmark = pytest.mark.django_db


def test_aanvulling_beeindigt_opschorting_meldt_behandelaar_en_vervangt_documenten(nef, dantumadiel, maak_gebruiker):
    behandelaar = maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, email="behandelaar@example.org")
    with dso_fake(nef, dantumadiel) as (fake, _):
        fake.opslag._berichten["2026110200117"].pop("001")  # only the Initieren message first
        haal_en_verwerk(nef, "2026110200117")
        zaak = Zaak.objects.get(verzoeknummer="2026110200117")
        wijs_behandelaar_toe(zaak, behandelaar, door=None)
        schort_op(
            zaak,
            door=behandelaar,
            reden="Constructieberekening ontbreekt",
            begindatum=datetime.date(2026, 11, 9),
            aanvullingstermijn_tot=datetime.date(2026, 11, 30),
        )
        # The aanvrager replaces the gevels drawing and delivers the constructieberekening.
        gegevens = SAMPLES["nef_bouwactiviteit_dokkum_aanvullen"]
        gegevens = {**gegevens, "activiteiten": [dict(a) for a in gegevens["activiteiten"]]}
        tekeningen = gegevens["activiteiten"][0]["specificaties"][2]["bijlage"]
        tekeningen["bestanden"] = ["plattegrond_nieuw.pdf", "gevels_nieuw_v2.pdf"]
        fake.opslag.voeg_toe(maak_verzoek_xml(**gegevens))
        haal_en_verwerk(nef, "2026110200117")

    zaak.refresh_from_db()
    assert zaak.opschortingen.get().einddatum == datetime.date(2026, 11, 16)
    gevels = Document.objects.get(zaak=zaak, titel="gevels_nieuw.pdf")
    assert gevels.vervallen and "aanvulling 001" in gevels.vervallen_reden
    assert Document.objects.filter(zaak=zaak, titel="gevels_nieuw_v2.pdf", vervallen=False).exists()
    assert Document.objects.filter(zaak=zaak, titel="constructieberekening.pdf").exists()
    assert Document.objects.filter(zaak=zaak, titel="plattegrond_nieuw.pdf").count() == 1  # unchanged, not twice
    assert VerzoekZaak.objects.get(zaak=zaak).laatste_bericht.volgnummer == "001"
    assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="dso.aanvulling", actor_naam="Systeem").exists()
    assert [m.to for m in mail.outbox] == [["behandelaar@example.org"]]


def test_verzoek_tab_toont_vragen_antwoorden_en_bijlagen(client, nef, dantumadiel, vergunningverlener):
    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(nef, "2026110200117")
    zaak = Zaak.objects.get(verzoeknummer="2026110200117")
    client.force_login(vergunningverlener)
    html = client.get(f"/zaken/{zaak.identificatie}/?tab=verzoek").content.decode()
    assert "Wat zijn de bouwkosten in euro" in html and "185000" in html
    assert "plattegrond_nieuw.pdf" in html and "Bouwtekening" in html
    assert f"/intake/zaak/{zaak.identificatie}/berichten/" in html
    assert 'id="kaart"' in html


def test_ander_tenant_krijgt_404_op_het_originele_bericht(client, nef, dantumadiel, maak_gebruiker):
    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(nef, "2026111200203")
    zaak = Zaak.objects.get(verzoeknummer="2026111200203")
    bericht = VerzoekZaak.objects.get(zaak=zaak).eerste_bericht
    client.force_login(maak_gebruiker(dantumadiel, Rol.VERGUNNINGVERLENER))
    assert client.get(f"/intake/zaak/{zaak.identificatie}/berichten/{bericht.pk}/xml/").status_code == 404
    assert client.get(f"/zaken/{zaak.identificatie}/?tab=verzoek").status_code == 404


def test_conceptverzoek_start_een_vooroverleg(nef):
    richt_mapping_in(nef)
    with na_commit():
        ontvang_bericht(
            maak_verzoek_xml(seed=0, doel="Conceptverzoek", verzoeknummer="2026111700001", bevoegd_gezag="nef")
        )
    assert Zaak.objects.get(verzoeknummer="2026111700001").zaaktype.identificatie == "VOOROVERLEG"


def test_dokkum_sample_wordt_zonder_xsd_fouten_verwerkt(nef):
    richt_mapping_in(nef)
    with na_commit():
        bericht, _ = ontvang_bericht(sample("nef_bouwactiviteit_dokkum_initieren"))
    bericht.refresh_from_db()
    assert bericht.validatiefouten == []
