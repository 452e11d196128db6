"""CLO's sample verzoeken for both tenants validate and map to the right tenant and zaak data."""

from __future__ import annotations

import pytest

from koppelingen.dso.samples import lees_sample, sample_bestanden
from koppelingen.dso.samples.generator import maak_verzoek_xml
from koppelingen.dso.stam import (
    Doel,
    Locatiesoort,
    Persoonsoort,
    TypeVerzoek,
    parse_verzoek,
    valideer,
)

OIN_NEF = "00000001825753582000"
OIN_DANTUMADIEL = "00000001001954805000"
VERWACHTE_SAMPLES = {
    "nef_bouwactiviteit_dokkum_initieren",
    "nef_bouwactiviteit_dokkum_aanvullen",
    "nef_bouwactiviteit_dokkum_intrekken",
    "dantumadiel_omgevingsplanactiviteit_damwald",
    "dantumadiel_sloopmelding_feanwalden",
    "nef_kap_kollum",
}


def _verzoek(naam: str):
    resultaat = parse_verzoek(lees_sample(naam))
    assert resultaat.validatiefouten == []
    return resultaat.verzoek


def test_every_scenario_has_a_sample_file():
    assert {p.stem for p in sample_bestanden()} == VERWACHTE_SAMPLES


@pytest.mark.parametrize("pad", sample_bestanden(), ids=lambda p: p.stem)
def test_sample_is_schema_valid_and_carries_the_dso_attribution(pad):
    data = pad.read_bytes()
    assert valideer(data) == []
    assert b"derived from DSO's example shared/specs/dso/stam/verzoekbericht_4_0_0.xml" in data


def test_dokkum_bouwaanvraag_routes_to_noardeast_fryslan_with_gemachtigde():
    verzoek = _verzoek("nef_bouwactiviteit_dokkum_initieren")
    assert verzoek.bevoegd_gezag.oin == OIN_NEF
    assert verzoek.doel is Doel.INITIEREN and verzoek.volgnummer == "000"
    assert verzoek.type_verzoek == TypeVerzoek.AANVRAAG_VERGUNNING
    assert verzoek.initiatiefnemer.bsn == "999993653"
    assert verzoek.initiatiefnemer.naam == "J. de Vries"
    assert verzoek.gemachtigde.kvk_nummer == "68750110"
    assert verzoek.gemachtigde.vestigingsnummer == "000037178598"
    assert verzoek.contactpersoon.achternaam == "Bosma"
    (locatie,) = verzoek.projectlocaties
    assert locatie.soort is Locatiesoort.ADRES
    assert locatie.adres.nummeraanduiding_id == "1970200000012345"
    assert (locatie.adres.postcode, locatie.adres.woonplaats) == ("9101LJ", "Dokkum")
    (activiteit,) = verzoek.projectactiviteiten
    assert activiteit.naam == "Bouwactiviteit (technisch)"
    bouwkosten = next(s for s in activiteit.specificaties if s.vraag_id == "368212")
    assert bouwkosten.antwoord == "185000"
    assert verzoek.toelichting_later_aan_te_leveren.startswith("De constructieberekening")
    assert "constructieberekening.pdf" not in {d.bestandsnaam for d in verzoek.documenten}


def test_aanvullen_and_intrekken_follow_up_the_same_verzoek_with_next_volgnummer():
    eerste = _verzoek("nef_bouwactiviteit_dokkum_initieren")
    aanvulling = _verzoek("nef_bouwactiviteit_dokkum_aanvullen")
    intrekking = _verzoek("nef_bouwactiviteit_dokkum_intrekken")
    assert aanvulling.verzoeknummer == intrekking.verzoeknummer == eerste.verzoeknummer
    assert (aanvulling.doel, aanvulling.volgnummer_getal) == (Doel.AANVULLEN, 1)
    assert (intrekking.doel, intrekking.volgnummer_getal) == (Doel.INTREKKEN, 2)
    assert (
        len(
            {
                eerste.idempotentiesleutel,
                aanvulling.idempotentiesleutel,
                intrekking.idempotentiesleutel,
            }
        )
        == 3
    )
    assert aanvulling.indieningsdatum > eerste.indieningsdatum
    assert "constructieberekening.pdf" in {d.bestandsnaam for d in aanvulling.documenten}


def test_damwald_omgevingsplanactiviteit_by_company_on_a_drawn_area():
    verzoek = _verzoek("dantumadiel_omgevingsplanactiviteit_damwald")
    assert verzoek.bevoegd_gezag.oin == OIN_DANTUMADIEL
    assert verzoek.initiatiefnemer.soort is Persoonsoort.NIET_NATUURLIJK_PERSOON
    assert verzoek.initiatiefnemer.kvk_nummer == "69599084"
    getekend, adres = verzoek.projectlocaties
    assert getekend.soort is Locatiesoort.COORDINATEN
    assert getekend.opgegeven_referentiestelsel == "RD"
    assert getekend.vlak["type"] == "MultiPolygon"
    ring = getekend.vlak["coordinates"][0][0]
    assert ring[0] == [5.99515, 53.29127]  # lon, lat per RFC 7946
    assert ring[0] == ring[-1]
    assert getekend.vlak_rd["coordinates"][0][0][2] == [195610.0, 589650.0]
    assert getekend.vlak_rd["crs"]["properties"]["name"].endswith("28992")
    assert adres.adres.nummeraanduiding_id.startswith("1891")
    assert adres.adres.woonplaats == "Damwâld"
    assert verzoek.projectactiviteiten[0].imow_id == (
        "nl.imow-gm1891.activiteit.BouwactiviteitOmgevingsplan"
    )


def test_feanwalden_sloopmelding_is_a_melding_for_dantumadiel():
    verzoek = _verzoek("dantumadiel_sloopmelding_feanwalden")
    assert verzoek.type_verzoek == TypeVerzoek.MELDING
    assert verzoek.bevoegd_gezag.oin == OIN_DANTUMADIEL
    assert verzoek.projectlocaties[0].adres.woonplaats == "Feanwâlden"
    (bijlage,) = verzoek.projectactiviteiten[0].gevraagde_bijlagen
    assert bijlage.documentsoort_dso == "Asbestinventarisatierapport"
    assert bijlage.documenttype_generiek == "Rapport"


def test_kollum_kap_is_located_by_kadastraal_perceel():
    verzoek = _verzoek("nef_kap_kollum")
    assert verzoek.bevoegd_gezag.oin == OIN_NEF
    (locatie,) = verzoek.projectlocaties
    assert locatie.soort is Locatiesoort.KADASTRAAL
    perceel = locatie.kadastrale_aanduiding
    assert (perceel.kadastrale_gemeente, perceel.sectie, perceel.perceelnummer) == (
        "Kollumerland",
        "B",
        "1287",
    )
    assert locatie.etrs89_punt.lat == pytest.approx(53.2777)
    assert verzoek.projectactiviteiten[0].imow_id == "nl.imow-gm1970.activiteit.HoutopstandVellen"
    fotos = verzoek.projectactiviteiten[0].gevraagde_bijlagen[0].documenten
    assert [d.mime_type for d in fotos] == ["image/jpeg", "image/jpeg"]


def test_generator_produces_varied_valid_messages():
    verzoeken = []
    for seed in range(12):
        data = maak_verzoek_xml(seed=seed)
        assert valideer(data) == [], seed
        verzoeken.append(parse_verzoek(data).verzoek)
    assert len({v.verzoeknummer for v in verzoeken}) == 12
    assert len({v.projectactiviteiten[0].imow_id for v in verzoeken}) >= 4
    assert {v.bevoegd_gezag.oin for v in verzoeken} == {OIN_NEF, OIN_DANTUMADIEL}
    assert len({v.projectlocaties[0].etrs89_punt for v in verzoeken}) >= 5


def test_generator_overrides_reach_the_message():
    data = maak_verzoek_xml(seed=3, doel="Aanvullen", volgnummer="004", verzoeknummer="X1")
    verzoek = parse_verzoek(data).verzoek
    assert (verzoek.doel, verzoek.volgnummer, verzoek.verzoeknummer) == (
        Doel.AANVULLEN,
        "004",
        "X1",
    )
    with pytest.raises(TypeError):
        maak_verzoek_xml(onbekend_veld=1)
