"""Zaak actions inside a caller's transaction (the DSO intake, mail archiving): a refused action
leaves nothing behind and the caller can carry on; events are written with their change."""

import io

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from clo.audit.log import gebundeld, log_gebeurtenis
from clo.audit.models import Gebeurtenis
from tests.fixtures import PDF, zaaktype
from zaken.actions import DocumentFout, ZaakFout, registreer_zaak, voeg_betrokkene_toe, voeg_document_toe
from zaken.models import Document, Documenttype, Zaak
from zaken.termijnbewaking import herbereken_afdoeningsdatum, termijnberekening


def _initiator(zaak):
    return zaak.zaaktype.roltypen.get(omschrijving_generiek="initiator")


def test_geweigerde_betrokkene_laat_de_transactie_van_de_aanroeper_bruikbaar(nef, vergunningverlener):
    with transaction.atomic():
        zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Schuur", door=vergunningverlener)
        with pytest.raises(ZaakFout, match="burgerservicenummer"):
            voeg_betrokkene_toe(
                zaak,
                roltype=_initiator(zaak),
                door=None,
                betrokkene_type="natuurlijk_persoon",
                naam="P. Visser",
                bsn="123456789",  # fails the elfproef
            )
        # As the DSO intake does: keep the person with only the name.
        voeg_betrokkene_toe(
            zaak, roltype=_initiator(zaak), door=None, betrokkene_type="natuurlijk_persoon", naam="P. Visser"
        )
    zaak = Zaak.objects.get(pk=zaak.pk)
    assert [(b.naam, b.bsn) for b in zaak.betrokkenen.all()] == [("P. Visser", "")]


def test_geweigerd_document_schrijft_niets_en_de_aanroeper_gaat_door(nef, vergunningverlener):
    documenttype = Documenttype.objects.get(organisatie=nef, code="bouwtekening")
    with transaction.atomic():
        zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Schuur", door=vergunningverlener)
        nep = io.BytesIO(b"MZ\x90\x00 geen pdf")
        with pytest.raises(DocumentFout, match="past niet bij de extensie"):
            voeg_document_toe(
                zaak, bestand=nep, bestandsnaam="tekening.pdf", titel="T", documenttype=documenttype, door=None
            )
        goed = io.BytesIO(PDF)
        voeg_document_toe(
            zaak, bestand=goed, bestandsnaam="tekening.pdf", titel="T", documenttype=documenttype, door=None
        )
    assert Document.objects.filter(zaak=zaak).count() == 1
    assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="document.toegevoegd").count() == 1


def test_bekende_controlesom_slaat_de_inhoudscontrole_niet_over(nef, vergunningverlener):
    from zaken.uploads import Controle

    zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Schuur", door=vergunningverlener)
    documenttype = Documenttype.objects.get(organisatie=nef, code="bouwtekening")
    with pytest.raises(DocumentFout, match="past niet bij de extensie"):
        voeg_document_toe(
            zaak,
            bestand=io.BytesIO(b"MZ\x90\x00"),
            bestandsnaam="tekening.pdf",
            titel="T",
            documenttype=documenttype,
            door=None,
            bekend=Controle(mimetype="", grootte=4, sha256="0" * 64),
        )
    bekend = Controle(mimetype="", grootte=len(PDF), sha256="a" * 64)
    document = voeg_document_toe(
        zaak,
        bestand=io.BytesIO(PDF),
        bestandsnaam="t.pdf",
        titel="T",
        documenttype=documenttype,
        door=None,
        bekend=bekend,
    )
    versie = document.laatste_versie
    assert (versie.grootte, versie.sha256, versie.mimetype) == (len(PDF), "a" * 64, "application/pdf")


def test_nieuwe_zaak_krijgt_de_afgeleide_afdoeningsdatum_bij_het_aanmaken(nef, vergunningverlener):
    zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Schuur", door=vergunningverlener)
    opgeslagen = Zaak.objects.get(pk=zaak.pk).uiterste_afdoeningsdatum
    assert opgeslagen == termijnberekening(zaak).einddatum == herbereken_afdoeningsdatum(zaak)


def test_gebundelde_gebeurtenissen_in_een_statement_en_in_volgorde(nef, vergunningverlener):
    zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Schuur", door=vergunningverlener)
    with CaptureQueriesContext(connection) as queries, transaction.atomic(), gebundeld():
        for nummer in range(3):
            log_gebeurtenis(organisatie=nef, door=None, actie="test.bundel", zaak=zaak, omschrijving=f"stap {nummer}")
        assert not Gebeurtenis.objects.filter(actie="test.bundel").exists()  # written at the end of the block
    inserts = [q for q in queries.captured_queries if 'INSERT INTO "audit_gebeurtenis"' in q["sql"]]
    assert len(inserts) == 1
    rijen = Gebeurtenis.objects.filter(actie="test.bundel").order_by("id")
    assert [g.omschrijving for g in rijen] == ["stap 0", "stap 1", "stap 2"]


def test_gebundelde_gebeurtenissen_verdwijnen_met_een_teruggedraaide_wijziging(nef):
    with pytest.raises(RuntimeError), transaction.atomic(), gebundeld():
        log_gebeurtenis(organisatie=nef, door=None, actie="test.terug", omschrijving="mag niet blijven")
        raise RuntimeError("wijziging mislukt")
    assert not Gebeurtenis.objects.filter(actie="test.terug").exists()


@pytest.mark.django_db(transaction=True)
def test_bundelen_buiten_een_transactie_wordt_geweigerd(nef):
    with pytest.raises(RuntimeError, match="transaction.atomic"), gebundeld():
        pass
