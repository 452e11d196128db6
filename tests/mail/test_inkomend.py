"""Incoming mail: filed on the zaak named in the subject, otherwise in the tenant's postvak;
stored before the source is touched, never twice."""

from email.message import EmailMessage

import pytest
from django.core.management import call_command

from clo.audit.models import Gebeurtenis
from koppelingen.mail.actions import MailFout, wijs_bericht_toe
from koppelingen.mail.models import BerichtStatus, InkomendBericht
from tests.fixtures import PDF


def eml(onderwerp: str, *, message_id: str, aan: str = "info@noardeast-fryslan.nl", bijlage: bool = True) -> bytes:
    bericht = EmailMessage()
    bericht["From"] = "Pieter van der Meer <aanvrager@example.nl>"
    bericht["To"] = aan
    bericht["Subject"] = onderwerp
    bericht["Message-ID"] = message_id
    bericht["Date"] = "Tue, 10 Mar 2026 09:15:00 +0100"
    bericht.set_content("Hierbij de gevraagde constructieberekening.")
    if bijlage:
        bericht.add_attachment(PDF, maintype="application", subtype="pdf", filename="constructieberekening.pdf")
        bericht.add_attachment(b"MZ\x90\x00", maintype="application", subtype="octet-stream", filename="virus.exe")
    return bytes(bericht)


@pytest.fixture
def eml_map(tmp_path):
    map_ = tmp_path / "inbox"
    map_.mkdir()
    return map_


def test_mail_met_zaaknummer_wordt_met_bijlage_bij_de_zaak_opgeslagen_en_behandelaar_gemaild(
    nef, realistische_zaak, mailsjablonen, eml_map, django_capture_on_commit_callbacks, mailoutbox
):
    zaak, behandelaar = realistische_zaak(nef)
    (eml_map / "1.eml").write_bytes(eml(f"RE: aanvulling {zaak.identificatie}", message_id="<a1@example.nl>"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("mailgateway_ophalen", "--eml-map", str(eml_map), stdout=open("/dev/null", "w"))
    bericht = InkomendBericht.objects.get(message_id="<a1@example.nl>")
    assert bericht.zaak == zaak and bericht.status == BerichtStatus.GEKOPPELD
    documenten = {d.laatste_versie.bestandsnaam: d for d in zaak.documenten.filter(bron="mail")}
    assert set(documenten) == {"bericht.eml", "constructieberekening.pdf"}
    assert "virus.exe" in bericht.fout
    assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="mail.ontvangen").exists()
    assert any(behandelaar.email in m.to and zaak.identificatie in m.subject for m in mailoutbox)
    assert not (eml_map / "1.eml").exists() and (eml_map / "verwerkt" / "1.eml").exists()


def test_mail_zonder_zaaknummer_komt_in_het_postvak_en_kan_worden_toegewezen(
    nef, dantumadiel, realistische_zaak, mailsjablonen, eml_map, django_capture_on_commit_callbacks
):
    zaak, behandelaar = realistische_zaak(nef)
    (eml_map / "2.eml").write_bytes(eml("Vraag over mijn schuur", message_id="<b2@example.nl>"))
    call_command("mailgateway_ophalen", "--eml-map", str(eml_map), stdout=open("/dev/null", "w"))
    bericht = InkomendBericht.objects.get(message_id="<b2@example.nl>")
    assert bericht.status == BerichtStatus.POSTVAK and bericht.zaak is None
    assert bericht.organisatie == nef  # recognised by the tenant's address
    ander, _ = realistische_zaak(dantumadiel)
    with pytest.raises(MailFout):
        wijs_bericht_toe(bericht, ander, door=behandelaar)
    with django_capture_on_commit_callbacks(execute=True):
        wijs_bericht_toe(bericht, zaak, door=behandelaar)
    bericht.refresh_from_db()
    assert bericht.zaak == zaak and bericht.toegewezen_door == behandelaar
    assert zaak.documenten.filter(bron="mail", titel__contains="Vraag over mijn schuur").exists()


def test_hetzelfde_bericht_twee_keer_ophalen_slaat_het_een_keer_op(nef, realistische_zaak, mailsjablonen, eml_map):
    zaak, _ = realistische_zaak(nef)
    inhoud = eml(f"Zaak {zaak.identificatie}", message_id="<c3@example.nl>", bijlage=False)
    (eml_map / "3.eml").write_bytes(inhoud)
    call_command("mailgateway_ophalen", "--eml-map", str(eml_map), stdout=open("/dev/null", "w"))
    (eml_map / "3.eml").write_bytes(inhoud)
    call_command("mailgateway_ophalen", "--eml-map", str(eml_map), stdout=open("/dev/null", "w"))
    assert InkomendBericht.objects.filter(message_id="<c3@example.nl>").count() == 1
    assert zaak.documenten.filter(bron="mail").count() == 1
    assert len(list((eml_map / "verwerkt").iterdir())) == 2  # both files kept, none deleted


def test_maildir_berichten_worden_opgeslagen_en_als_gelezen_gemarkeerd_zonder_verwijderen(
    nef, realistische_zaak, mailsjablonen, tmp_path
):
    zaak, _ = realistische_zaak(nef)
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    inhoud = eml(f"Aanvulling {zaak.identificatie}", message_id="<d4@example.nl>", bijlage=False)
    (maildir / "new" / "1700000000.M1.host").write_bytes(inhoud)
    call_command("mailgateway_ophalen", "--maildir", str(maildir), stdout=open("/dev/null", "w"))
    assert InkomendBericht.objects.get(message_id="<d4@example.nl>").zaak == zaak
    [gelezen] = list((maildir / "cur").iterdir())
    assert gelezen.name.endswith(":2,S") and gelezen.read_bytes() == inhoud
    assert InkomendBericht.objects.get(message_id="<d4@example.nl>").eml.open("rb").read() == inhoud
