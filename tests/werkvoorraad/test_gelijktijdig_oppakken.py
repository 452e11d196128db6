import threading

import pytest
from django.db import connection

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from tests.vergunningen.conftest import open_taak
from zaken.werkvoorraad.actions import TaakFout, pak_op


@pytest.mark.django_db(transaction=True)
def test_van_twee_gelijktijdige_oppakkers_wint_er_precies_een(aanvraag, nef, maak_gebruiker):
    km = open_taak(aanvraag(), "Ontvankelijkheid beoordelen")
    gebruikers = [maak_gebruiker(nef, Rol.VERGUNNINGVERLENER) for _ in range(2)]
    start = threading.Barrier(2)
    uitkomsten: list = []

    def probeer(user):
        lid = Lidmaatschap.objects.get(medewerker=user)
        start.wait()
        try:
            pak_op(km.pk, door=user, lidmaatschap=lid)
            uitkomsten.append(("gewonnen", user.pk))
        except TaakFout as exc:
            uitkomsten.append(("melding", str(exc)))
        finally:
            connection.close()

    threads = [threading.Thread(target=probeer, args=(u,)) for u in gebruikers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    gewonnen = [u for soort, u in uitkomsten if soort == "gewonnen"]
    meldingen = [m for soort, m in uitkomsten if soort == "melding"]
    assert len(gewonnen) == 1 and len(meldingen) == 1
    assert "net opgepakt door" in meldingen[0]
    km.task.refresh_from_db()
    assert km.task.owner_id == gewonnen[0]
