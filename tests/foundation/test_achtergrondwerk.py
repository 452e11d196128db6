"""Follow-up work of a registration: inline for a medewerker, queued for a worker; never lost."""

import pytest
from django.db import transaction

from clo.core.achtergrond import achtergrondwerk, in_achtergrond, voer_uit_of_plan
from tests.fixtures import zaaktype
from vergunningen.tasks import start_proces_taak
from zaken.actions import registreer_zaak
from zaken.werkvoorraad.models import ZaakProces
from zaken.zoeken.models import ZaakZoekindex
from zaken.zoeken.tasks import werk_index_bij


class _Wachtrij:
    """Records what would be published to the broker instead of publishing it."""

    def __init__(self, monkeypatch, *taken, fout: Exception | None = None) -> None:
        self.berichten: list[tuple[str, tuple]] = []
        for taak in taken:
            monkeypatch.setattr(taak, "delay", self._plaatser(taak, fout))

    def _plaatser(self, taak, fout):
        def delay(*args):
            if fout:
                raise fout
            self.berichten.append((taak.name, args))

        return delay


def test_buiten_een_worker_is_er_geen_achtergrond():
    assert not in_achtergrond()
    with achtergrondwerk():
        assert in_achtergrond()
    assert not in_achtergrond()


def test_medewerker_ziet_proces_en_zoekindex_meteen(
    nef, vergunningverlener, monkeypatch, django_capture_on_commit_callbacks
):
    wachtrij = _Wachtrij(monkeypatch, start_proces_taak, werk_index_bij)
    with django_capture_on_commit_callbacks(execute=True):
        zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Dakkapel", door=vergunningverlener)
    assert wachtrij.berichten == []
    assert ZaakProces.objects.filter(zaak=zaak).exists()
    assert ZaakZoekindex.objects.filter(zaak_id=zaak.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_worker_zet_proces_en_zoekindex_in_de_wachtrij(nef, monkeypatch):
    wachtrij = _Wachtrij(monkeypatch, start_proces_taak, werk_index_bij)
    with achtergrondwerk(), transaction.atomic():
        zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Dakkapel", door=None)
        assert wachtrij.berichten == []  # nothing is published before the commit
    assert sorted(wachtrij.berichten) == sorted(
        [("vergunningen.tasks.start_proces_taak", (zaak.pk,)), ("zaken.zoeken.tasks.werk_index_bij", (zaak.pk, True))]
    )
    assert not ZaakProces.objects.filter(zaak=zaak).exists()
    # The worker that picks the tasks up does the same work a medewerker's request does inline.
    start_proces_taak(zaak.pk)
    start_proces_taak(zaak.pk)  # a redelivered task changes nothing
    werk_index_bij(zaak.pk, True)
    assert ZaakProces.objects.filter(zaak=zaak).count() == 1
    assert ZaakZoekindex.objects.filter(zaak_id=zaak.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_onbereikbare_broker_voert_het_werk_alsnog_direct_uit(nef, monkeypatch, caplog):
    _Wachtrij(monkeypatch, start_proces_taak, werk_index_bij, fout=ConnectionError("redis weg"))
    with achtergrondwerk(), transaction.atomic():
        zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Dakkapel", door=None)
    assert ZaakProces.objects.filter(zaak=zaak).exists()
    assert ZaakZoekindex.objects.filter(zaak_id=zaak.pk).exists()
    assert "niet in de wachtrij gezet" in caplog.text


def test_voer_uit_of_plan_geeft_argumenten_door(monkeypatch):
    ontvangen = []

    class Taak:
        name = "test.taak"

        def __call__(self, *args):
            ontvangen.append(("direct", args))

        def delay(self, *args):
            ontvangen.append(("wachtrij", args))

    voer_uit_of_plan(Taak(), 1, "a")
    with achtergrondwerk():
        voer_uit_of_plan(Taak(), 2, "b")
    assert ontvangen == [("direct", (1, "a")), ("wachtrij", (2, "b"))]
