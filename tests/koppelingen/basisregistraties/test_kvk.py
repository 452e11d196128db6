"""KVK client against the fake KVK APIs (Zoeken v2, Basisprofiel, Vestigingsprofiel)."""

from __future__ import annotations

import pytest
import requests

from koppelingen.bag.fakedata import bag_data
from koppelingen.errors import NietGeautoriseerd, NietGevonden, OngeldigVerzoek
from koppelingen.kvk.client import KvkClient
from koppelingen.kvk.fake import KvkFake

from .conftest import SLEUTEL, sessie


def test_zoeken_op_plaats_vindt_bedrijven_in_damwald(kvk: KvkClient) -> None:
    resultaten = kvk.zoeken(plaats="Damwald")

    assert [(r.naam, r.type, r.straat) for r in resultaten.resultaten] == [
        ("Test BV Donald Werkplaats", "nevenvestiging", "Kuipersweg"),
        ("Supermarkt De Haadwei", "hoofdvestiging", "Haadwei"),
    ]


def test_zoeken_op_postcode_en_huisnummer(kvk: KvkClient) -> None:
    [gevonden] = kvk.zoeken(postcode="9101 lp", huisnummer=8).resultaten

    assert (gevonden.kvk_nummer, gevonden.vestigingsnummer) == ("69599084", "000038509504")
    assert gevonden.naam == "Test EMZ Dagobert"


def test_zoeken_bladert_per_pagina(kvk: KvkClient) -> None:
    eerste = kvk.zoeken(naam="test", resultaten_per_pagina=4)
    laatste = kvk.zoeken(naam="test", resultaten_per_pagina=4, pagina=3)

    assert eerste.totaal == laatste.totaal == 10
    assert eerste.meer and not laatste.meer
    assert len(eerste.resultaten) == 4 and len(laatste.resultaten) == 2
    namen = {r.naam for r in eerste.resultaten} | {r.naam for r in laatste.resultaten}
    assert "Test BV Donald" in namen


def test_niets_gevonden_is_een_lege_lijst(kvk: KvkClient, kvk_url: str) -> None:
    assert kvk.zoeken(naam="Bestaat Niet Bouw").totaal == 0

    antwoord = requests.get(
        f"{kvk_url}/v2/zoeken",
        params={"naam": "Bestaat Niet Bouw"},
        headers={"apikey": SLEUTEL},
        timeout=2,
    )
    assert antwoord.status_code == 404  # how KVK itself says "no results"
    assert antwoord.json()["fout"][0]["code"] == "IPD5200"


def test_basisprofiel_met_hoofdvestiging_en_eigenaar(kvk: KvkClient) -> None:
    profiel = kvk.basisprofiel("68750110", geo_data=True)

    assert profiel.naam == "Test BV Donald"
    assert profiel.rechtsvorm == "BeslotenVennootschap"
    assert profiel.rsin == "857587973"
    assert profiel.registratiedatum == "2017-03-07"
    hoofd = profiel.hoofdvestiging
    assert hoofd.vestigingsnummer == "000037178598"
    adres = hoofd.bezoekadres
    assert (adres.straat, adres.huisnummer, adres.plaats) == ("Birdaarderstraatweg", 45, "Dokkum")
    # geoData points at the same BAG object as the fake BAG: one consistent story.
    assert adres.nummeraanduiding_id == bag_data().zoek("9103PC", 45).nummeraanduiding_id


def test_vestigingsprofiel_van_een_nevenvestiging(kvk: KvkClient) -> None:
    vestiging = kvk.vestigingsprofiel("000038509520")

    assert vestiging.kvk_nummer == "69599084"
    assert not vestiging.hoofdvestiging
    assert vestiging.bezoekadres.plaats == "Kollum"
    assert vestiging.sbi_activiteiten[0].hoofdactiviteit


def test_onbekend_kvk_nummer_is_niet_gevonden(kvk: KvkClient) -> None:
    with pytest.raises(NietGevonden) as fout:
        kvk.basisprofiel("12345678")

    assert "IPD0005" in fout.value.detail
    assert "Handelsregister" in fout.value.melding


def test_kvk_nummer_van_vier_cijfers_is_ongeldig(kvk: KvkClient) -> None:
    with pytest.raises(OngeldigVerzoek) as fout:
        kvk.basisprofiel("1234")

    assert fout.value.fout == {
        "fout": [{"code": "IPD0004", "omschrijving": "Het KVK-nummer 1234 is niet valide."}]
    }


def test_zonder_apikey_header_geen_toegang(kvk_url: str) -> None:
    with pytest.raises(NietGeautoriseerd) as fout:
        KvkClient(sessie(kvk_url + "/", None), cache=None).basisprofiel("68750110")

    assert fout.value.status == 401


def test_basisprofiel_komt_binnen_vijf_minuten_uit_de_cache(
    kvk: KvkClient, kvk_fake: KvkFake
) -> None:
    kvk.basisprofiel("69599084")
    kvk.basisprofiel("69599084")

    assert kvk_fake.aantal_aanroepen("/v1/basisprofielen") == 1
