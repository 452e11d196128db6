"""BRK client against the fake BRK-Bevragen API over HTTP on loopback."""

from __future__ import annotations

import pytest
import requests
from shapely.geometry import Point, Polygon

from koppelingen.bag.fakedata import bag_data
from koppelingen.brk.client import BrkClient
from koppelingen.brp.fakedata import personen
from koppelingen.errors import NietGeautoriseerd, NietGevonden, OngeldigVerzoek
from koppelingen.kvk.fakedata import ondernemingen

from .conftest import sessie


def test_woning_op_adres_heeft_twee_eigenaren_die_in_de_brp_staan(brk: BrkClient) -> None:
    [perceel] = brk.zoek_onroerende_zaken("9104 GE", 11)

    assert perceel.type == "perceel"
    assert perceel.kadastrale_aanduiding == "Dantumadiel B 1385"
    assert perceel.cultuur == "Wonen"
    gerechtigden = brk.zakelijk_gerechtigden(perceel.id)
    assert [(g.omschrijving, g.aandeel, g.type) for g in gerechtigden] == [
        ("Govert de Geus", "1/2", "eigenaar"),
        ("Grada Goverwelle", "1/2", "eigenaar"),
    ]
    for g in gerechtigden:
        assert g.bsn in personen()  # the same test persons the fake BRP knows


def test_perceel_omvat_het_verblijfsobject_op_zijn_adres(brk: BrkClient) -> None:
    [perceel] = brk.zoek_onroerende_zaken("9138TA", 1)
    vbo_punt = bag_data().zoek("9138TA", 1).punt

    omtrek = Polygon([tuple(p[:2]) for p in perceel.begrenzing_rd["coordinates"][0]])
    assert omtrek.contains(Point(vbo_punt))
    assert omtrek.contains(Point(perceel.punt_rd))
    assert perceel.grootte_m2 == pytest.approx(omtrek.area, abs=1)


def test_gesplitst_gebouw_bestaat_uit_appartementsrechten(brk: BrkClient) -> None:
    rechten = brk.zoek_onroerende_zaken("9101LN", 12)

    assert [r.kadastrale_aanduiding for r in rechten] == [
        "Dokkum B 1459 A1",
        "Dokkum B 1459 A2",
        "Dokkum B 1459 A3",
    ]
    assert {r.type for r in rechten} == {"appartementsrecht"}
    assert {r.grondperceel_ids for r in rechten} == {("20010145960000",)}

    eerste = brk.onroerende_zaak(rechten[0].id, met_gerechtigden=True)
    assert [(g.bsn, g.omschrijving) for g in eerste.zakelijk_gerechtigden] == [
        ("999993653", "Suzanne Moulin")
    ]


def test_bedrijfspand_is_van_de_rechtspersoon_uit_het_handelsregister(brk: BrkClient) -> None:
    [perceel] = brk.zoek_onroerende_zaken(
        nummeraanduiding_id=bag_data().zoek("9103PC", 45).nummeraanduiding_id
    )

    [eigenaar] = brk.zakelijk_gerechtigden(perceel.id)
    assert eigenaar.persoon_type == "ingeschreven_niet_natuurlijk_persoon"
    assert eigenaar.rsin == ondernemingen()["68750110"].rsin
    assert eigenaar.omschrijving == "Test BV Donald"
    assert not eigenaar.natuurlijk_persoon


def test_zoeken_op_kadastrale_aanduiding(brk: BrkClient) -> None:
    [perceel] = brk.zoek_onroerende_zaken(kadastrale_aanduiding="Dantumadiel B 1385")

    assert [a.straat for a in perceel.adressen] == ["Hegebuorren"]


def test_onbekende_onroerende_zaak_is_niet_gevonden(brk: BrkClient) -> None:
    with pytest.raises(NietGevonden) as fout:
        brk.onroerende_zaak("99990000000000")

    assert "99990000000000" in fout.value.melding


def test_twee_zoekcategorieen_tegelijk_mag_niet(brk: BrkClient) -> None:
    with pytest.raises(OngeldigVerzoek) as fout:
        brk.zoek_onroerende_zaken("9104GE", 11, kadastrale_aanduiding="Dantumadiel B 1385")

    assert fout.value.fout["code"] == "unsupportedCombination"


def test_zonder_api_sleutel_geen_eigenaren(brk_url: str) -> None:
    antwoord = requests.get(
        f"{brk_url}/kadastraalonroerendezaken/20050138560000/zakelijkgerechtigden", timeout=2
    )
    assert antwoord.status_code == 401
    assert antwoord.json()["title"] == "Niet correct geauthenticeerd."

    with pytest.raises(NietGeautoriseerd):
        BrkClient(sessie(brk_url, None)).zakelijk_gerechtigden("20050138560000")
