"""Shared fixtures: tenants, users with roles, zaken made through the real actions."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from clo.accounts.models import Lidmaatschap, Medewerker, Organisatie
from clo.accounts.rollen import Rol
from zaken.actions import registreer_zaak, voeg_betrokkene_toe, voeg_document_toe, voeg_locatie_toe
from zaken.models import Documenttype, Zaaktype

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def basis() -> None:
    """Tenants and catalogus; loaded at database setup, reloaded after a transactional test
    flushed the tables."""
    if not Zaaktype.objects.filter(organisatie__gemeentecode="GM1891").exists():
        call_command("laad_basis", stdout=io.StringIO())


@pytest.fixture
def nef(db) -> Organisatie:
    basis()
    return Organisatie.objects.get(gemeentecode="GM1970")


@pytest.fixture
def dantumadiel(db) -> Organisatie:
    basis()
    return Organisatie.objects.get(gemeentecode="GM1891")


@pytest.fixture
def maak_gebruiker(db):
    teller = iter(range(10_000))

    def maak(
        organisatie: Organisatie,
        *rollen: str,
        max_vertrouwelijkheid: str = "zaakvertrouwelijk",
        username: str | None = None,
        **extra,
    ) -> Medewerker:
        user = Medewerker.objects.create_user(
            username=username or f"gebruiker{next(teller)}",
            password="Test-wachtwoord-1",
            first_name="Test",
            last_name=(rollen[0] if rollen else "zonder-rol").capitalize(),
            **extra,
        )
        Lidmaatschap.objects.create(
            medewerker=user, organisatie=organisatie, rollen=list(rollen), max_vertrouwelijkheid=max_vertrouwelijkheid
        )
        return user

    return maak


@pytest.fixture
def vergunningverlener(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.VERGUNNINGVERLENER)


def zaaktype(organisatie, identificatie="AANVRAAG-REGULIER") -> Zaaktype:
    return Zaaktype.objects.get(organisatie=organisatie, identificatie=identificatie, versie=1)


@pytest.fixture
def maak_zaak(db):
    def maak(organisatie, door, identificatie="AANVRAAG-REGULIER", startdatum=None, **kwargs):
        zaak = registreer_zaak(
            zaaktype=zaaktype(organisatie, identificatie),
            door=door,
            omschrijving=kwargs.pop("omschrijving", "Bouwen van een schuur, Hoogstraat 12"),
            startdatum=startdatum or timezone.localdate() - datetime.timedelta(days=3),
            **kwargs,
        )
        initiator = zaak.zaaktype.roltypen.get(omschrijving_generiek="initiator")
        voeg_betrokkene_toe(
            zaak,
            roltype=initiator,
            door=door,
            betrokkene_type="natuurlijk_persoon",
            naam="J. de Boer",
            bsn="999993653",
            postcode="9101LJ",
            woonplaats="Dokkum",
        )
        voeg_locatie_toe(zaak, door=door, omschrijving="Hoogstraat 12, 9101LJ Dokkum", lat=53.3258, lon=5.9989)
        return zaak

    return maak


@pytest.fixture
def maak_document(db):
    def maak(zaak, door, inhoud: bytes = PDF, naam: str = "tekening.pdf", code: str = "bouwtekening"):
        bestand = io.BytesIO(inhoud)
        bestand.size = len(inhoud)
        return voeg_document_toe(
            zaak,
            bestand=bestand,
            bestandsnaam=naam,
            titel="Tekening",
            documenttype=Documenttype.objects.get(organisatie=zaak.organisatie, code=code),
            door=door,
        )

    return maak
