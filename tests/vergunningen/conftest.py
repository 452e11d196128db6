import datetime

import pytest
from django.urls import reverse
from viewflow.workflow.status import STATUS

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from zaken.models import Zaak
from zaken.termijnbewaking import herbereken_afdoeningsdatum
from zaken.werkvoorraad.models import Taakkenmerk


@pytest.fixture
def vandaag(monkeypatch):
    """Set 'today' of the process steps (vergunningen.tijd) to a DOMAIN.md example date."""

    def zet(datum: datetime.date) -> None:
        monkeypatch.setattr("vergunningen.tijd.vandaag", lambda: datum)

    return zet


@pytest.fixture
def behandelaar(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, username="behandelaar")


@pytest.fixture
def collega(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.VERGUNNINGVERLENER, username="collega")


@pytest.fixture
def adviseur_ro(nef, maak_gebruiker):
    user = maak_gebruiker(nef, Rol.ADVISEUR, username="adviseur_ro")
    Lidmaatschap.objects.filter(medewerker=user).update(team="RO")
    return user


@pytest.fixture
def aanvraag(nef, behandelaar, maak_zaak):
    """A regulier aanvraag with a running process, received on a given (possibly future) date."""
    from vergunningen.actions import start_proces

    def maak(ontvangen: datetime.date | None = None, identificatie: str = "AANVRAAG-REGULIER") -> Zaak:
        zaak = maak_zaak(nef, behandelaar, identificatie=identificatie)
        if ontvangen:
            # registreer_zaak refuses future dates; the DOMAIN.md anchors lie after today.
            Zaak.objects.filter(pk=zaak.pk).update(startdatum=ontvangen)
            zaak.refresh_from_db()
            herbereken_afdoeningsdatum(zaak)
        start_proces(zaak, door=behandelaar)
        zaak.refresh_from_db()
        return zaak

    return maak


def open_taak(zaak, titel: str) -> Taakkenmerk:
    return Taakkenmerk.objects.select_related("task").get(zaak=zaak, titel=titel, open=True)


def doe_taak(client, user, zaak, titel: str, data: dict, verwacht_ok: bool = True):
    """Pick up (if needed) and complete a task through the real werkvoorraad URLs."""
    client.force_login(user)
    km = open_taak(zaak, titel)
    if km.task.status == STATUS.NEW:
        client.post(reverse("werkvoorraad:oppakken", args=[km.pk]))
    antwoord = client.post(reverse("werkvoorraad:taak", args=[km.pk]), data)
    if verwacht_ok:
        assert antwoord.status_code == 302, _fouten(antwoord)
    return antwoord


def _fouten(antwoord) -> str:
    form = antwoord.context and antwoord.context.get("form")
    return str(form.errors if form else antwoord.content[:2000])
