"""BRP client against the fake BRP API Personen over HTTP on loopback."""

from __future__ import annotations

import pytest
import requests

from koppelingen.bag.fakedata import bag_data
from koppelingen.brp import fields as brp_fields
from koppelingen.brp.client import VELDEN_BETROKKENE, BrpClient
from koppelingen.brp.fake import BrpFake
from koppelingen.errors import NietGeautoriseerd, NietGevonden, OngeldigVerzoek

from .conftest import SLEUTEL, sessie


def _vraag(url: str, body: dict, sleutel: str | None = SLEUTEL) -> requests.Response:
    headers = {"X-API-KEY": sleutel} if sleutel else {}
    return requests.post(f"{url}/personen", json=body, headers=headers, timeout=2)


def test_antwoord_bevat_alleen_de_gevraagde_velden(brp_url: str) -> None:
    antwoord = _vraag(
        brp_url,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": ["999993653"],
            "fields": ["naam.voornamen", "verblijfplaats.verblijfadres.postcode"],
        },
    )

    assert antwoord.status_code == 200
    assert antwoord.json() == {
        "type": "RaadpleegMetBurgerservicenummer",
        "personen": [
            {
                "naam": {"voornamen": "Suzanne"},
                "verblijfplaats": {"type": "Adres", "verblijfadres": {"postcode": "9101LN"}},
            }
        ],
    }


def test_testpersoon_woont_op_een_adres_uit_de_nep_bag(brp: BrpClient) -> None:
    persoon = brp.persoon("999993653", [*VELDEN_BETROKKENE, "gemeenteVanInschrijving"])

    assert persoon.volledige_naam == "Suzanne Moulin"
    assert persoon.geboortedatum == "1985-12-01"
    assert persoon.gemeente_van_inschrijving == "1970"
    assert persoon.adresregels == ("Koningstraat 12 A", "9101 LN  DOKKUM")
    bag_adres = bag_data().zoek("9101LN", 12, "A", None)
    assert persoon.adres.nummeraanduiding_id == bag_adres.nummeraanduiding_id
    assert persoon.adres.verblijfsobject_id == bag_adres.verblijfsobject_id


def test_aanhef_volgt_het_naamgebruik_van_de_partner(brp: BrpClient) -> None:
    [persoon] = brp.raadpleeg("999990755", ["adressering.aanhef", "adressering.aanschrijfwijze"])

    assert persoon.aanhef == "Geachte mevrouw Kwasniewski-Kierkegaard"
    assert persoon.aanschrijfnaam == "M.E. Kwasniewski-Kierkegaard"
    assert persoon.volledige_naam is None  # not asked, so not delivered


def test_overledene_is_herkenbaar_ook_als_alleen_de_naam_gevraagd_wordt(brp: BrpClient) -> None:
    [persoon] = brp.raadpleeg(["999995108"], ["naam.geslachtsnaam"])

    assert persoon.geslachtsnaam == "Meijden"
    assert persoon.overleden  # opschortingBijhouding is delivered automatically
    assert persoon.leeftijd is None


def test_onbekend_bsn_levert_geen_persoon_en_geen_bsn_in_de_melding(brp: BrpClient) -> None:
    assert brp.raadpleeg(["999999990"], ["naam"]) == []
    with pytest.raises(NietGevonden) as fout:
        brp.persoon("999999990")
    assert "999999990" not in str(fout.value)


def test_onbekend_veld_geeft_de_gedocumenteerde_400(brp: BrpClient, brp_url: str) -> None:
    with pytest.raises(OngeldigVerzoek) as fout:
        brp.raadpleeg(["999993653"], ["naam", "bestaatNiet"])
    assert fout.value.ongeldige_parameters == ["fields[1]"]

    body = _vraag(
        brp_url,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": ["999993653"],
            "fields": ["bestaatNiet"],
        },
    )
    assert body.status_code == 400
    assert body.headers["Content-Type"] == "application/problem+json"
    assert body.json()["title"] == "Een of meerdere parameters zijn niet correct."
    assert body.json()["detail"] == "De foutieve parameter(s) zijn: fields[0]."
    assert (
        body.json()["invalidParams"][0]["reason"] == "Parameter bevat een niet bestaande veldnaam."
    )


def test_automatisch_geleverd_veld_mag_niet_gevraagd_worden(brp: BrpClient) -> None:
    with pytest.raises(OngeldigVerzoek) as fout:
        brp.raadpleeg(["999993653"], ["inOnderzoek"])

    assert fout.value.ongeldige_parameters == ["fields[0]"]


def test_ongeldig_bsn_wordt_per_positie_gemeld(brp_url: str) -> None:
    antwoord = _vraag(
        brp_url,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": ["12345678", "999993653", "abc"],
            "fields": ["naam"],
        },
    )

    assert antwoord.status_code == 400
    assert [p["name"] for p in antwoord.json()["invalidParams"]] == [
        "burgerservicenummer[0]",
        "burgerservicenummer[2]",
    ]


def test_zonder_api_sleutel_geen_persoonsgegevens(brp_url: str) -> None:
    antwoord = _vraag(
        brp_url,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": ["999993653"],
            "fields": ["naam"],
        },
        sleutel=None,
    )
    assert antwoord.status_code == 401
    assert "personen" not in antwoord.json()

    with pytest.raises(NietGeautoriseerd):
        BrpClient(sessie(brp_url, None)).raadpleeg(["999993653"], ["naam"])


def test_brp_wordt_nooit_gecachet(brp: BrpClient, brp_fake: BrpFake) -> None:
    brp.raadpleeg(["999970008"], VELDEN_BETROKKENE)
    brp.raadpleeg(["999970008"], VELDEN_BETROKKENE)

    assert brp_fake.aantal_aanroepen("/personen") == 2
    assert brp.cache is None


def test_meer_dan_twintig_bsns_worden_in_delen_gevraagd(brp: BrpClient, brp_fake: BrpFake) -> None:
    bsns = ["999970008", "999970148"] + [f"{100000000 + i}" for i in range(20)]

    personen = brp.raadpleeg(bsns, ["burgerservicenummer"])

    assert [p.bsn for p in personen] == ["999970008", "999970148"]
    assert brp_fake.aantal_aanroepen("/personen") == 2


def test_binnenland_alias_levert_verblijfplaats(brp_url: str) -> None:
    antwoord = _vraag(
        brp_url,
        {
            "type": "RaadpleegMetBurgerservicenummer",
            "burgerservicenummer": ["999970446"],
            "fields": ["verblijfplaatsBinnenland.verblijfadres.woonplaats"],
        },
    )

    assert antwoord.json()["personen"] == [
        {"verblijfplaats": {"type": "Adres", "verblijfadres": {"woonplaats": "De Westereen"}}}
    ]


def test_veldenlijst_zonder_gedeelde_specs_komt_uit_de_nepdata(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(brp_fields, "FIELDS_CSV", tmp_path / "bestaat-niet.csv")
    brp_fields.toegestane_velden.cache_clear()
    try:
        velden = brp_fields.toegestane_velden()
        assert {"naam.voornamen", "verblijfplaatsBinnenland.verblijfadres.postcode"} <= velden
        assert "inOnderzoek" not in velden and "opschortingBijhouding" not in velden
    finally:
        brp_fields.toegestane_velden.cache_clear()
