"""Enrichment of a registered zaak from BAG, BRK, BRP and KvK over HTTP, and what happens when a
registration is down: the zaak is there, the gap is visible, and the catch-up fills it."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.utils import timezone

from clo.audit.models import Verwerking
from koppelingen.basisregistraties import tasks
from koppelingen.basisregistraties.models import KoppelingStatus, Registratiekoppeling, Verrijking
from koppelingen.basisregistraties.verrijking import verrijk

from .helpers import DONALD, SUZANNE, registreer


@pytest.fixture
def registreer_en_verrijk(django_capture_on_commit_callbacks, nef, vergunningverlener):
    def maak(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            zaak = registreer(nef, vergunningverlener, **kwargs)
        return zaak

    return maak


def test_geregistreerde_zaak_krijgt_bag_brk_brp_en_kvk_gegevens(nep, registreer_en_verrijk):
    zaak = registreer_en_verrijk(kvk=DONALD)

    locatie = zaak.locaties.get()
    assert locatie.nummeraanduiding_id.startswith("19702")
    assert locatie.straat == "Koningstraat" and locatie.huisnummer == "12" and locatie.huisletter == "A"
    assert locatie.pand_ids and locatie.verblijfsobject_id
    assert 53.3 < locatie.lat < 53.36 and 5.93 < locatie.lon < 6.05  # Dokkum, converted from RD
    assert locatie.rd_x and locatie.rd_y
    assert locatie.kadastrale_aanduiding == "Dokkum B 1459 A1"
    assert locatie.gegevens_per == timezone.localdate()

    bag = Verrijking.objects.get(locatie=locatie, soort="bag")
    assert bag.status == "ok" and bag.opgehaald_op
    assert bag.data["verblijfsobject"]["gebruiksdoelen"] == ["woonfunctie"]
    assert bag.data["panden"][0]["bouwjaar"] == 2004
    assert bag.data["panden"][0]["geometrie"]["type"] == "Polygon"
    brk = Verrijking.objects.get(locatie=locatie, soort="brk")
    assert brk.data["percelen"][0]["gerechtigden"][0]["bsn"] == SUZANNE
    # An appartementsrecht has no boundary; its grondperceel's boundary is kept for the map.
    assert brk.data["percelen"][0]["grondpercelen"][0]["begrenzing"]["type"] == "Polygon"

    persoon = zaak.betrokkenen.get(bsn=SUZANNE)
    assert persoon.naam == "Suzanne Moulin"
    assert (persoon.straat, persoon.postcode, persoon.woonplaats) == ("Koningstraat", "9101LN", "Dokkum")
    assert persoon.gegevens_per == timezone.localdate() and persoon.bron == "brp"
    bedrijf = zaak.betrokkenen.get(kvk_nummer=DONALD)
    assert bedrijf.naam == "Test BV Donald" and bedrijf.straat == "Birdaarderstraatweg"


def test_brp_opvraging_bij_verrijking_staat_in_de_verwerkingenlogging(nep, registreer_en_verrijk):
    zaak = registreer_en_verrijk()

    brp = Verwerking.objects.get(gegevensbron="BRP", zaak_id=zaak.pk)
    assert (brp.actie_naam, brp.soort_object_id, brp.object_id) == ("Opvragen", "BSN", SUZANNE)
    assert brp.gebruiker_naam == "Systeem" and brp.doel and brp.verwerkingsactiviteit_id
    assert brp.betrokkenheid == zaak.betrokkenen.get().roltype.omschrijving
    # The owner of the apartment is a natural person: fetching it from the BRK is logged too.
    assert Verwerking.objects.filter(gegevensbron="BRK", object_id=SUZANNE, actie_naam="Opvragen").count() == 1


def test_nogmaals_verrijken_vraagt_niets_opnieuw(nep, registreer_en_verrijk):
    zaak = registreer_en_verrijk()
    brp_voor, verwerkingen_voor = nep.brp.aantal_aanroepen(), Verwerking.objects.count()

    ronde = verrijk(zaak.pk)

    assert ronde.als_dict()["ok"] == 0
    assert nep.brp.aantal_aanroepen() == brp_voor
    assert Verwerking.objects.count() == verwerkingen_voor


def test_storing_blokkeert_de_zaak_niet_en_de_inhaalronde_vult_aan(nep, registreer_en_verrijk):
    nep.storing("bag", "brp")

    zaak = registreer_en_verrijk()

    assert zaak.pk and zaak.locaties.count() == 1
    bag = Verrijking.objects.get(zaak=zaak, soort="bag")
    assert bag.status == "ontbreekt"
    assert bag.reden == "Nog niet opgehaald: BAG niet bereikbaar, wordt automatisch opnieuw geprobeerd."
    assert Verrijking.objects.get(zaak=zaak, soort="brk").status == "ontbreekt"
    assert Verrijking.objects.get(zaak=zaak, soort="brp").status == "ontbreekt"
    assert not Verwerking.objects.filter(gegevensbron="BRP").exists()  # nothing reached the BRP
    status = KoppelingStatus.objects.get(soort="bag")
    assert status.laatste_fout and "niet bereikbaar" in status.laatste_foutmelding

    nep.storing("bag", "brp", aan=False)
    call_command("verrijking_inhalen", stdout=open("/dev/null", "w"))

    assert set(Verrijking.objects.filter(zaak=zaak).values_list("status", flat=True)) == {"ok"}
    assert zaak.betrokkenen.get().naam == "Suzanne Moulin"
    assert KoppelingStatus.objects.get(soort="bag").opeenvolgende_fouten == 0


def test_taak_probeert_opnieuw_met_oplopende_wachttijd_bij_storing(nep, nef, vergunningverlener, monkeypatch):
    zaak = registreer(nef, vergunningverlener)  # not committed: no task has run yet
    nep.storing("bag")
    gevraagd = []

    class Opnieuw(Exception):
        pass

    def retry(countdown):
        gevraagd.append(countdown)
        return Opnieuw()

    monkeypatch.setattr(tasks.verrijk_zaak_task, "retry", retry)
    with pytest.raises(Opnieuw):
        tasks.verrijk_zaak_task.run(zaak.pk)  # as a worker would run it (not eager)

    assert gevraagd == [60]
    assert tasks.wachttijd(3) == 480


def test_zonder_ingerichte_koppeling_ontstaat_de_zaak_en_staat_de_reden_erbij(registreer_en_verrijk):
    assert not Registratiekoppeling.objects.exists()

    zaak = registreer_en_verrijk()

    bag = Verrijking.objects.get(zaak=zaak, soort="bag")
    assert bag.status == "ontbreekt" and "niet ingericht" in bag.reden


def test_onbekend_adres_wordt_niet_eindeloos_opnieuw_gevraagd(nep, registreer_en_verrijk):
    zaak = registreer_en_verrijk(adres="Koningstraat 999", bsn=None)
    bag = Verrijking.objects.get(zaak=zaak, soort="bag")
    assert bag.status == "fout" and "niet (eenduidig) gevonden" in bag.reden
    assert Verrijking.objects.get(zaak=zaak, soort="brk").status == "fout"
    aanroepen = nep.bag.aantal_aanroepen()

    call_command("verrijking_inhalen", stdout=open("/dev/null", "w"))

    assert nep.bag.aantal_aanroepen() == aanroepen


def test_na_herhaalde_storing_wordt_de_registratie_even_niet_bevraagd(nep, nef, vergunningverlener):
    nep.storing("bag")
    zaken = [registreer(nef, vergunningverlener, bsn=None) for _ in range(4)]
    for zaak in zaken[:3]:
        verrijk(zaak.pk)
    aanroepen = nep.bag.aantal_aanroepen()

    verrijk(zaken[3].pk)

    assert nep.bag.aantal_aanroepen() == aanroepen  # circuit open: no waiting on a dead service
    assert Verrijking.objects.get(zaak=zaken[3], soort="bag").status == "ontbreekt"


def test_inhaalronde_verrijkt_ook_locaties_die_na_de_registratie_zijn_toegevoegd(nep, nef, vergunningverlener):
    zaak = registreer(nef, vergunningverlener)  # the task never ran for this zaak
    assert not Verrijking.objects.filter(zaak=zaak).exists()

    call_command("verrijking_inhalen", stdout=open("/dev/null", "w"))

    assert zaak.locaties.get().nummeraanduiding_id
    assert set(Verrijking.objects.filter(zaak=zaak).values_list("soort", "status")) == {
        ("bag", "ok"),
        ("brk", "ok"),
        ("brp", "ok"),
    }
