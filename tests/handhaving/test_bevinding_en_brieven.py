"""Starting from a failed controle (toezicht), hercontrole through toezicht, and letters
generated from the shipped templates."""

import datetime as dt
import io

import pytest

from handhaving import actions
from handhaving.toezicht import open_voorstellen, start_uit_bevinding
from tests.handhaving.conftest import maak_mislukte_controle

pytestmark = pytest.mark.django_db


def test_voldoet_niet_bevinding_becomes_a_handhavingszaak_with_overtreder_and_location(nef, toezichthouder, handhaver):
    controle = maak_mislukte_controle(nef, toezichthouder)
    voorstel = next(v for v in open_voorstellen(nef) if v.bevinding.controle_id == controle.pk)
    hz = start_uit_bevinding(voorstel.pk, door=handhaver, organisatie=nef)
    overtreding = hz.overtredingen.get()
    assert "Nooduitgang geblokkeerd" in overtreding.omschrijving
    assert overtreding.bron_bevinding_id == voorstel.bevinding_id
    assert overtreding.overtreder.naam == "Stichting De Terp"
    assert hz.zaak.locaties.exists()
    assert hz.aanleiding == "bevinding"
    assert voorstel.pk not in [v.pk for v in open_voorstellen(nef)]
    with pytest.raises(actions.HandhavingFout, match="al verwerkt"):
        start_uit_bevinding(voorstel.pk, door=handhaver, organisatie=nef)


def test_voorstel_of_another_tenant_is_not_found(nef, dantumadiel, toezichthouder, handhaver):
    controle = maak_mislukte_controle(nef, toezichthouder)
    voorstel = controle.bevindingen.get().overtredingsvoorstel
    with pytest.raises(actions.HandhavingFout, match="bestaat niet"):
        start_uit_bevinding(voorstel.pk, door=handhaver, organisatie=dantumadiel)


def test_hercontrole_uses_toezicht_with_the_same_checklist_and_object(nef, toezichthouder, handhaver):
    controle = maak_mislukte_controle(nef, toezichthouder)
    hz = start_uit_bevinding(controle.bevindingen.get().overtredingsvoorstel.pk, door=handhaver)
    actions.waarschuw(hz, door=handhaver)
    zaak = actions.plan_hercontrole(hz, door=handhaver, datum=dt.date.today() + dt.timedelta(days=28))
    hercontrole = zaak.controle
    assert hercontrole.hercontrole_van == controle
    assert hercontrole.checklistversie == controle.checklistversie
    assert hercontrole.bron_zaak == hz.zaak


@pytest.fixture
def sjablonen(nef):
    from zaken.brieven.laden import laad_sjablonen

    laad_sjablonen(nef)


def test_voornemen_letter_is_generated_final_with_the_zienswijze_date(nef, handhaver, maak_hz, sjablonen):
    from pypdf import PdfReader

    hz = maak_hz()
    actions.verstuur_voornemen(hz, door=handhaver, verzonden=dt.date(2025, 4, 7), zienswijze_weken=2)
    stap = hz.stappen.get(soort="voornemen")
    assert stap.document is not None and stap.document.is_definitief
    tekst = "".join(p.extract_text() for p in PdfReader(io.BytesIO(stap.document.laatste_versie.bestand.read())).pages)
    assert "Schutting van 2,5 m hoog" in tekst
    assert "J. de Boer" in tekst
