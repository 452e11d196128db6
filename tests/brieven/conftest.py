"""A realistic zaak per tenant: aanvrager with address, gemachtigde, location, besluit with
voorschriften, a running aanvulverzoek; and the shipped letter templates."""

import datetime
import io
import subprocess

import pytest

from clo.accounts.rollen import Rol
from zaken.actions import voeg_betrokkene_toe, wijs_behandelaar_toe
from zaken.actions.termijnen import schort_op
from zaken.brieven.laden import laad_sjablonen
from zaken.models import Besluit

BESLUITDATUM = datetime.date(2026, 3, 12)


def pdf_tekst(pdf: bytes) -> str:
    uit = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(uit.stdout.decode().split())


@pytest.fixture
def sjablonen(nef, dantumadiel):
    laad_sjablonen(nef)
    laad_sjablonen(dantumadiel)


@pytest.fixture
def realistische_zaak(maak_zaak, maak_gebruiker, sjablonen):
    def maak(org, *, aanvrager="Pieter van der Meer", straat="Zuiderstraat", woonplaats="Dokkum"):
        behandelaar = maak_gebruiker(org, Rol.VERGUNNINGVERLENER, email="s.hoekstra@gemeente.example")
        behandelaar.first_name, behandelaar.last_name = "Sietske", "Hoekstra"
        behandelaar.save()
        zaak = maak_zaak(
            org,
            behandelaar,
            startdatum=datetime.date.today() - datetime.timedelta(days=10),
            omschrijving="Plaatsen van een dakkapel",
        )
        wijs_behandelaar_toe(zaak, behandelaar, door=behandelaar)
        zaak.betrokkenen.all().delete()
        initiator = zaak.zaaktype.roltypen.get(omschrijving_generiek="initiator")
        voeg_betrokkene_toe(
            zaak,
            roltype=initiator,
            door=behandelaar,
            betrokkene_type="natuurlijk_persoon",
            naam=aanvrager,
            straat=straat,
            huisnummer="7",
            postcode="9101 AB",
            woonplaats=woonplaats,
            email="aanvrager@example.nl",
        )
        Besluit.objects.create(
            zaak=zaak,
            identificatie=f"B-{zaak.pk}",
            besluittype="Omgevingsvergunning",
            uitkomst="verleend",
            datum=BESLUITDATUM,
            ingangsdatum=BESLUITDATUM + datetime.timedelta(days=1),
            verzenddatum=BESLUITDATUM,
            toelichting="Het bouwplan past binnen het omgevingsplan.",
            voorschriften="Meld de start van de bouw twee werkdagen vooraf.\nBouw volgens de tekeningen.",
        )
        schort_op(
            zaak,
            door=behandelaar,
            reden="Constructieberekening dakkapel\nDoorsnedetekening",
            begindatum=datetime.date.today(),
            aanvullingstermijn_tot=datetime.date.today() + datetime.timedelta(days=14),
        )
        zaak.refresh_from_db()
        return zaak, behandelaar

    return maak


def als_bestand(inhoud: bytes):
    bestand = io.BytesIO(inhoud)
    bestand.size = len(inhoud)
    return bestand
