import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from clo.accounts.rollen import Rol
from toezicht.actions import maak_object, plan_controle, start_controle
from toezicht.models import Checklist


@pytest.fixture
def checklists(nef, dantumadiel):
    call_command("laad_checklists", stdout=io.StringIO())


def actieve_versie(organisatie, code="brandveilig-gebruik"):
    return Checklist.objects.get(organisatie=organisatie, code=code).actieve_versie()


@pytest.fixture
def toezichthouder(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.TOEZICHTHOUDER, email="t.hoekstra@example.nl")


@pytest.fixture
def object_nef(nef, toezichthouder):
    return maak_object(
        nef,
        door=toezichthouder,
        objectcode="NEF-001",
        naam="Zorgcentrum De Terp",
        straat="Hoogstraat",
        huisnummer="12",
        postcode="9101LJ",
        woonplaats="Dokkum",
        lat=53.3258,
        lon=5.9989,
        activiteiten=["brandveilig gebruik"],
        risicocategorie=4,
        contactnaam="Stichting De Terp",
        contact_email="beheer@determ.example",
    )


@pytest.fixture
def controle(nef, checklists, toezichthouder, object_nef):
    c = start_controle(organisatie=nef, checklistversie=actieve_versie(nef), door=toezichthouder, object=object_nef)
    return plan_controle(c, datum=timezone.localdate(), toezichthouder=toezichthouder, door=toezichthouder)


def vraag(controle, code):
    return controle.checklistversie.secties.get(vragen__code=code).vragen.get(code=code)
