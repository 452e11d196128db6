"""Concept → definitief: regenerable while concept, immutable once definitief."""

import pytest
from pypdf import PdfReader

from clo.audit.models import Gebeurtenis
from tests.brieven.conftest import als_bestand, pdf_tekst
from zaken.actions import DocumentFout, nieuwe_versie
from zaken.brieven.actions import BriefFout, maak_brief, maak_brief_definitief


def test_opnieuw_maken_van_een_concept_geeft_een_nieuwe_versie_van_hetzelfde_document(nef, realistische_zaak):
    zaak, door = realistische_zaak(nef)
    eerste = maak_brief(zaak, "ontvangstbevestiging", door=door)
    tweede = maak_brief(zaak, "ontvangstbevestiging", door=door)
    assert eerste.pk == tweede.pk
    assert tweede.versies.count() == 2 and tweede.laatste_versie.versie == 2


def test_definitieve_brief_is_pdfa_zonder_conceptmerk_en_schrijft_een_gebeurtenis(nef, realistische_zaak):
    zaak, door = realistische_zaak(nef)
    document = maak_brief_definitief(maak_brief(zaak, "beschikking_verleend", door=door), door=door)
    assert document.is_definitief
    inhoud = document.laatste_versie.bestand.read()
    assert "CONCEPT" not in pdf_tekst(inhoud)
    import io

    metadata = PdfReader(io.BytesIO(inhoud)).xmp_metadata
    assert metadata is not None and "pdfaid" in str(metadata.rdf_root.toxml())
    assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="brief.definitief").exists()


def test_een_definitieve_brief_kan_niet_meer_veranderen(nef, realistische_zaak):
    zaak, door = realistische_zaak(nef)
    document = maak_brief_definitief(maak_brief(zaak, "ontvangstbevestiging", door=door), door=door)
    sha = document.laatste_versie.sha256
    with pytest.raises(BriefFout):
        maak_brief_definitief(document, door=door)
    with pytest.raises(DocumentFout):
        nieuwe_versie(document, bestand=als_bestand(b"%PDF-1.4 anders"), bestandsnaam="x.pdf", door=door)
    nieuw = maak_brief(zaak, "ontvangstbevestiging", door=door)
    assert nieuw.pk != document.pk
    document.refresh_from_db()
    assert document.laatste_versie.sha256 == sha and document.versies.count() == 2
