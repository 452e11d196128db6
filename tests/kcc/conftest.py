import pytest

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from tests.zoeken.conftest import zoekzaak  # noqa: F401 - shared fixture
from zaken.actions import wijs_behandelaar_toe


@pytest.fixture
def kcc(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.KCC, username="kcc.klaas")


@pytest.fixture
def behandelde_zaak(nef, vergunningverlener, zoekzaak, maak_document,  # noqa: F811
                    django_capture_on_commit_callbacks):
    Lidmaatschap.objects.filter(medewerker=vergunningverlener).update(team="Team Omgevingsvergunningen Noord")
    vergunningverlener.email = "vera@example.nl"
    vergunningverlener.last_name = "de Vries"
    vergunningverlener.save()
    zaak = zoekzaak(nef, vergunningverlener, "Plaatsen dakkapel", naam="S. van der Meulen", bsn="999993653")
    with django_capture_on_commit_callbacks(execute=True):
        wijs_behandelaar_toe(zaak, vergunningverlener, door=vergunningverlener)
    maak_document(zaak, vergunningverlener, naam="bouwtekening.pdf", code="bouwtekening")
    maak_document(zaak, vergunningverlener, naam="ontvangst.pdf", code="ontvangstbevestiging")
    zaak.refresh_from_db()
    return zaak
