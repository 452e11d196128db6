"""Letters the process sends are final documents and reach the aanvrager by mail; without an
e-mail address the letter is kept and the tijdlijn says it must go by post."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from clo.audit.models import Gebeurtenis
from vergunningen.brieven import maak_en_verstuur
from zaken.actions import voeg_betrokkene_toe


@pytest.fixture
def sjablonen(nef):
    call_command("laad_brieven", stdout=io.StringIO())
    call_command("laad_mailsjablonen", stdout=io.StringIO())


def test_ontvangstbevestiging_is_definitief_and_mailed_as_pdf(sjablonen, nef, vergunningverlener, maak_zaak,
                                                             django_capture_on_commit_callbacks):
    zaak = maak_zaak(nef, vergunningverlener)
    initiator = zaak.zaaktype.roltypen.get(omschrijving_generiek="initiator")
    voeg_betrokkene_toe(zaak, roltype=initiator, door=vergunningverlener, betrokkene_type="natuurlijk_persoon",
                        naam="S. van der Meulen", email="s.vandermeulen@example.nl")
    with django_capture_on_commit_callbacks(execute=True):
        document = maak_en_verstuur(zaak, "ontvangstbevestiging", door=vergunningverlener)
    assert document.is_definitief
    verzonden = [m for m in mail.outbox if "s.vandermeulen@example.nl" in m.to]
    assert len(verzonden) == 1
    assert any(naam.endswith(".pdf") for naam, _inhoud, _type in verzonden[0].attachments)


def test_without_email_the_letter_is_kept_and_the_tijdlijn_says_so(sjablonen, nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)  # the fixture's aanvrager has no e-mail address
    document = maak_en_verstuur(zaak, "ontvangstbevestiging", door=vergunningverlener)
    assert document.is_definitief
    melding = Gebeurtenis.objects.get(zaak_id=zaak.pk, actie="mail.niet_verzonden")
    assert "per post" in melding.omschrijving
