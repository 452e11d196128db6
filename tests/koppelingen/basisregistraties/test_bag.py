"""BAG client against the fake BAG API over HTTP on loopback."""

from __future__ import annotations

import math

import pytest
import requests
from shapely.geometry import Point, Polygon

from koppelingen.bag.client import BagClient
from koppelingen.bag.fakedata import STRATEN, bag_data
from koppelingen.basis import TTLCache
from koppelingen.errors import (
    KoppelingNietBeschikbaar,
    NietGeautoriseerd,
    NietGevonden,
    OngeldigVerzoek,
)

from .conftest import sessie


def test_postcode_en_huisnummer_geven_alle_adressen_op_dat_nummer(bag: BagClient) -> None:
    adressen = bag.zoek_adressen("9101 ke", 3)

    assert [a.adresregel5 for a in adressen] == [
        "Grote Breedstraat 3",
        "Grote Breedstraat 3 A",
        "Grote Breedstraat 3 B",
    ]
    eerste = adressen[0]
    assert eerste.nummeraanduiding_id == "1970200000004013"
    assert eerste.verblijfsobject_id == "1970010000004013"
    assert eerste.adresregel6 == "9101 KE  DOKKUM"
    assert eerste.weergave == "Grote Breedstraat 3, 9101 KE Dokkum"
    assert len({a.pand_ids for a in adressen}) == 1  # shop with two flats above, one pand


def test_exacte_match_geeft_alleen_het_adres_zonder_letter(bag: BagClient) -> None:
    adressen = bag.zoek_adressen("9101KE", 3, exacte_match=True)

    assert [a.adresregel5 for a in adressen] == ["Grote Breedstraat 3"]


def test_huisnummertoevoeging_wordt_met_koppelteken_geschreven(bag: BagClient) -> None:
    adressen = bag.zoek_adressen("9291CA", 5, toevoeging="2")

    assert [a.adresregel5 for a in adressen] == ["Oostwal 5-2"]


def test_vrij_zoeken_vindt_friese_plaatsnamen_ook_zonder_accent(bag: BagClient) -> None:
    adressen = bag.zoek_adressen_vrij("haadwei damwald")

    assert [a.weergave for a in adressen] == [
        "Haadwei 60, 9104 BB Damwâld",
        "Haadwei 62, 9104 BB Damwâld",
        "Haadwei 64, 9104 BB Damwâld",
    ]


def test_verblijfsobject_ligt_binnen_zijn_pand(bag: BagClient) -> None:
    adres = bag.zoek_adressen("9101LN", 12, "B")[0]

    vbo = bag.verblijfsobject(adres.verblijfsobject_id)
    pand = bag.pand(vbo.pand_ids[0])

    assert vbo.gebruiksdoelen == ("woonfunctie",)
    assert vbo.oppervlakte == 71
    assert vbo.status == "Verblijfsobject in gebruik"
    assert pand.bouwjaar == 2004
    assert pand.status == "Pand in gebruik"
    assert Polygon(pand.omtrek).contains(Point(vbo.punt_rd))
    assert [a.adresregel5 for a in bag.adressen_in_pand(pand.id)] == [
        "Koningstraat 12 A",
        "Koningstraat 12 B",
        "Koningstraat 12 C",
    ]


def test_nieuwbouw_in_aanbouw_heeft_de_status_van_een_bouwplaats(bag: BagClient) -> None:
    adres = bag.zoek_adressen("9103PC", 47)[0]

    assert bag.verblijfsobject(adres.verblijfsobject_id).status == "Verblijfsobject gevormd"
    assert bag.pand(adres.pand_ids[0]).status == "Bouw gestart"


def test_nummeraanduiding_geeft_status_en_openbare_ruimte(bag: BagClient) -> None:
    na = bag.nummeraanduiding("1970200000004026")

    assert (na.huisnummer, na.huisletter, na.postcode) == (3, "A", "9101KE")
    assert na.status == "Naamgeving uitgegeven"
    assert na.openbare_ruimte_id.startswith("197030")


def test_nepdata_dekt_beide_gemeenten_met_ids_volgens_het_bag_patroon() -> None:
    data = bag_data()

    assert len(data.adressen) >= 40
    assert {a.gemeentecode for a in data.adressen} == {"1970", "1891"}
    for adres in data.adressen:
        gm = adres.gemeentecode
        assert (
            adres.nummeraanduiding_id.startswith(f"{gm}20") and len(adres.nummeraanduiding_id) == 16
        )
        assert adres.verblijfsobject_id.startswith(f"{gm}01")
        assert data.pand_van(adres).identificatie.startswith(f"{gm}10")
        x0, y0, _ = STRATEN[(adres.woonplaats, adres.straat)]
        # Within a few hundred metres of its street: the fake puts houses where the village is.
        assert math.dist(adres.punt, (x0, y0)) < 800


def test_onbekend_adres_is_niet_gevonden(bag: BagClient) -> None:
    with pytest.raises(NietGevonden) as fout:
        bag.adres("1970209999999999")

    assert fout.value.status == 404
    assert "niet gevonden in de BAG" in fout.value.melding


def test_postcode_in_verkeerd_formaat_is_een_ongeldige_vraag(bag: BagClient) -> None:
    with pytest.raises(OngeldigVerzoek) as fout:
        bag.zoek_adressen("91", 3)

    assert fout.value.ongeldige_parameters == ["postcode"]
    assert fout.value.fout["code"] == "paramsValidation"


def test_zonder_api_sleutel_weigert_de_bag_met_probleem_json(bag_url: str) -> None:
    antwoord = requests.get(f"{bag_url}/adressen/1970200000004013", timeout=2)

    assert antwoord.status_code == 401
    assert antwoord.headers["Content-Type"] == "application/problem+json"
    assert antwoord.json()["code"] == "authentication"
    with pytest.raises(NietGeautoriseerd) as fout:
        BagClient(sessie(bag_url, None), cache=None).adres("1970200000004013")
    assert "Functioneel beheer" in fout.value.melding


def test_tweede_gelijke_vraag_komt_uit_de_cache(bag: BagClient, bag_fake) -> None:
    bag.zoek_adressen("9104BB", 62)
    bag.zoek_adressen("9104BB", 62)
    assert bag_fake.aantal_aanroepen("/adressen") == 1

    bag.zoek_adressen("9104BB", 64)
    assert bag_fake.aantal_aanroepen("/adressen") == 2


def test_cache_verloopt_na_de_ingestelde_tijd(bag_url: str, bag_fake) -> None:
    nu = [0.0]
    cache = TTLCache(ttl=300, clock=lambda: nu[0])
    client = BagClient(sessie(bag_url, "X-Api-Key"), cache=cache)

    client.pand("1970100000002000")
    nu[0] = 299.0
    client.pand("1970100000002000")
    nu[0] = 301.0
    client.pand("1970100000002000")

    assert bag_fake.aantal_aanroepen("/panden") == 2


def test_fouten_worden_niet_in_de_cache_bewaard(bag: BagClient, bag_fake) -> None:
    bag_fake.zet_storing(aantal=3)  # one client call with three attempts
    with pytest.raises(KoppelingNietBeschikbaar):
        bag.pand("1970100000002000")

    assert bag.pand("1970100000002000").bouwjaar == 1890
