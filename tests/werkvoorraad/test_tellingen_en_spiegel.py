import datetime

from django.urls import reverse
from viewflow.workflow.status import STATUS

from clo.accounts.models import Lidmaatschap
from clo.accounts.rollen import Rol
from tests.vergunningen.conftest import doe_taak, open_taak
from zaken.querysets import BegrensdePaginator, telling_tekst
from zaken.werkvoorraad import actions, selectors
from zaken.werkvoorraad.models import Taakkenmerk
from zaken.werkvoorraad.tellingen import tel_wachtrijen

TITEL = "Ontvankelijkheid beoordelen"


def _kenmerken_volgen_hun_taak():
    for km in Taakkenmerk.objects.select_related("task"):
        assert (km.status, km.eigenaar_id) == (km.task.status, km.task.owner_id), km
        if km.task.status not in (STATUS.NEW, STATUS.ASSIGNED):
            assert not km.open


def test_kenmerk_volgt_status_en_eigenaar_van_de_taak_bij_elke_handeling(
    aanvraag, behandelaar, collega, nef, maak_gebruiker, client
):
    zaak = aanvraag()
    _kenmerken_volgen_hun_taak()
    km = open_taak(zaak, TITEL)
    lid = Lidmaatschap.objects.get(medewerker=behandelaar)
    actions.pak_op(km.pk, door=behandelaar, lidmaatschap=lid)
    _kenmerken_volgen_hun_taak()
    actions.geef_vrij(km.pk, door=behandelaar, lidmaatschap=lid)
    _kenmerken_volgen_hun_taak()
    leider = maak_gebruiker(nef, Rol.TEAMLEIDER)
    actions.wijs_toe(
        km.pk, collega, door=leider, lidmaatschap=Lidmaatschap.objects.get(medewerker=leider), reden="ziek"
    )
    _kenmerken_volgen_hun_taak()
    client.force_login(collega)
    assert zaak.identificatie in client.get(reverse("werkvoorraad:index")).content.decode()
    actions.geef_vrij(km.pk, door=collega, lidmaatschap=Lidmaatschap.objects.get(medewerker=collega))
    doe_taak(client, behandelaar, zaak, TITEL, {"ontvankelijk": "ja", "toelichting": "Compleet"}, verwacht_ok=False)
    _kenmerken_volgen_hun_taak()


def test_tellingen_stoppen_bij_de_grens_en_verlopen_blijft_exact(aanvraag, behandelaar):
    oud = datetime.date.today() - datetime.timedelta(days=80)
    for _ in range(2):
        aanvraag(oud)
    aanvraag()
    lid = Lidmaatschap.objects.get(medewerker=behandelaar)
    team = Taakkenmerk.objects.filter(selectors.wachtrij_voorwaarden(lid, behandelaar)["team"])
    vandaag = datetime.date.today()
    assert tel_wachtrijen({"team": team}, vandaag, 10) == {"team": 3, "team_verlopen": 2}
    # Cap 2: three tasks count as 3 ("2+"); the two overdue ones sort first, so 2 is exact.
    assert tel_wachtrijen({"team": team}, vandaag, 2) == {"team": 3, "team_verlopen": 2}
    assert tel_wachtrijen({"team": team}, vandaag, 1) == {"team": 2, "team_verlopen": 2}
    assert telling_tekst(3, 2) == "2+" and telling_tekst(2, 2) == 2


def test_begrensde_paginator_telt_voorbij_de_gevraagde_pagina(aanvraag, behandelaar):
    for _ in range(5):
        aanvraag()
    lid = Lidmaatschap.objects.get(medewerker=behandelaar)
    qs = selectors.in_volgorde(selectors.wachtrij_voorwaarden(lid, behandelaar)["team"])
    eerste = BegrensdePaginator(qs, 2, pagina=1, grens=3).get_page(1)
    assert eerste.paginator.meer and eerste.paginator.aantal_tekst == "meer dan 3" and eerste.has_next()
    derde = BegrensdePaginator(qs, 2, pagina=3, grens=3).get_page(3)
    assert not derde.paginator.meer and derde.paginator.count == 5 and not derde.has_next()
    assert len(derde) == 1
