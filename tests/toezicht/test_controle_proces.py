"""The controle process: start from a vergunning, plan, execute, report, hercontrole, close."""

import datetime
import hashlib
import uuid

import pytest
from django.core import mail
from django.utils import timezone
from pypdf import PdfReader

from clo.accounts.rollen import Rol
from tests.toezicht.conftest import actieve_versie, vraag
from toezicht.actions import (
    Wijziging,
    handel_controle_af,
    object_van_vergunning,
    ontvang_deel,
    plan_controle,
    plan_hercontrole,
    registreer_foto,
    rond_controle_af,
    start_controle,
    verwerk_bevinding,
    voltooi_foto,
    zet_controlestatus,
)
from toezicht.fouten import ToezichtFout
from toezicht.models import ToezichtInstellingen

pytestmark = pytest.mark.django_db


def antwoord(controle, code, door, antwoord="ja", oordeel="voldoet", toelichting=""):
    return verwerk_bevinding(
        controle, Wijziging(uuid.uuid4(), vraag(controle, code).pk, None, antwoord, oordeel, toelichting), door=door
    )


def foto(controle, code, door, inhoud):
    f = registreer_foto(
        controle,
        client_id=uuid.uuid4(),
        bestandsnaam="f.png",
        mimetype="image/png",
        grootte=len(inhoud),
        sha256=hashlib.sha256(inhoud).hexdigest(),
        door=door,
        vraag_id=vraag(controle, code).pk,
        lat=53.3,
        lon=6.0,
        tijdstip=timezone.now(),
    )
    ontvang_deel(f, offset=0, data=inhoud)
    return voltooi_foto(f, door=door)


@pytest.fixture
def png():
    import io

    from PIL import Image

    uit = io.BytesIO()
    Image.new("RGB", (40, 30), "#a4000f").save(uit, "PNG")
    return uit.getvalue()


def test_controle_from_vergunning_copies_aanvrager_and_links_the_zaak(nef, checklists, toezichthouder, maak_zaak):
    vergunning = maak_zaak(nef, toezichthouder)
    obj = object_van_vergunning(vergunning, door=toezichthouder)
    assert object_van_vergunning(vergunning, door=toezichthouder) == obj
    c = start_controle(
        organisatie=nef,
        checklistversie=actieve_versie(nef, "bouw-realisatie"),
        door=toezichthouder,
        object=obj,
        aanleiding="vergunning",
        bron_zaak=vergunning,
    )
    assert c.zaak.relaties.get().naar == vergunning
    assert c.zaak.betrokkenen.get().roltype.omschrijving == "Aanvrager"
    assert c.zaak.locaties.get().lat == 53.3258


def test_full_process_report_is_stored_mailed_and_lists_the_overtreding(
    controle, toezichthouder, png, nef, django_capture_on_commit_callbacks
):
    ToezichtInstellingen.objects.update_or_create(
        organisatie=nef,
        defaults={"interne_ontvangers": [{"naam": "BAG-beheerder", "email": "bag@noardeast-fryslan.example"}]},
    )
    antwoord(controle, "BG1", toezichthouder)
    antwoord(controle, "BG3", toezichthouder, "nee", "voldoet_niet", "Pallets in de gang")
    with pytest.raises(ToezichtFout, match="BG3a is een foto verplicht"):
        rond_controle_af(controle, door=toezichthouder)
    foto(controle, "BG3a", toezichthouder, png)
    with django_capture_on_commit_callbacks(execute=True):
        rond_controle_af(
            controle, door=toezichthouder, opmerkingen="Beheerder aanwezig.", intern=["bag@noardeast-fryslan.example"]
        )
    controle.refresh_from_db()
    assert controle.status == "gerapporteerd"
    assert controle.zaak.status.statustype.code == "rapport"
    tekst = "".join(p.extract_text() for p in PdfReader(controle.rapport.laatste_versie.bestand.open("rb")).pages)
    assert "Pallets in de gang" in tekst and "Beheerder aanwezig." in tekst and controle.zaak.identificatie in tekst
    assert controle.rapport.documenttype.code == "bezoekrapport"
    ontvangers = {adres for m in mail.outbox for adres in m.to}
    assert ontvangers == {"beheer@determ.example", "bag@noardeast-fryslan.example"}

    # Running the task again neither makes a second report nor mails again.
    from toezicht.tasks import maak_bezoekrapport

    maak_bezoekrapport(controle.pk)
    assert controle.zaak.documenten.count() == 1 and len(mail.outbox) == 1

    hercontrole = plan_hercontrole(
        controle, datum=timezone.localdate() + datetime.timedelta(days=42), door=toezichthouder
    )
    assert hercontrole.hercontrole_van == controle and hercontrole.checklistversie == controle.checklistversie
    handel_controle_af(controle, door=toezichthouder, resultaat_code="uitgevoerd")
    controle.zaak.refresh_from_db()
    assert controle.zaak.is_afgesloten and controle.zaak.resultaat.resultaattype.selectielijstklasse == "12.1"


def test_illegal_transition_is_refused_with_a_dutch_message(controle, toezichthouder):
    with pytest.raises(ToezichtFout, match="kan niet naar 'Afgehandeld'"):
        zet_controlestatus(controle, "afgehandeld", door=toezichthouder)


def test_bevindingen_cannot_change_after_afronden(controle, toezichthouder):
    antwoord(controle, "BG1", toezichthouder)
    zet_controlestatus(controle, "uitgevoerd", door=toezichthouder)
    with pytest.raises(ToezichtFout, match="al afgerond"):
        antwoord(controle, "BG4", toezichthouder)


def test_only_a_toezichthouder_of_the_tenant_can_be_planned(controle, toezichthouder, dantumadiel, maak_gebruiker):
    with pytest.raises(ToezichtFout, match="geen toezichthouder"):
        plan_controle(
            controle,
            datum=timezone.localdate(),
            toezichthouder=maak_gebruiker(dantumadiel, Rol.TOEZICHTHOUDER),
            door=toezichthouder,
        )
