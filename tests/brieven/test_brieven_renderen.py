"""Every shipped template renders for a realistic zaak of both tenants, with the right names,
dates and amounts in the PDF text."""

import datetime

import pytest

from tests.brieven.conftest import BESLUITDATUM, pdf_tekst
from zaken import termijnen
from zaken.brieven.actions import maak_brief
from zaken.brieven.laden import geleverde_sjablonen
from zaken.brieven.sjabloontaal_filters import datum

EXTRA = {
    "leges": {"bedrag": "1442.50", "omschrijving": "Leges bouwactiviteit"},
    "termijnen": {
        "zienswijze_van": datetime.date(2026, 4, 2),
        "zienswijze_tot": datetime.date(2026, 5, 13),
        "begunstigingstermijn_tot": datetime.date(2026, 6, 1),
    },
    "bezoek": {
        "datum": datetime.date(2026, 3, 3),
        "toezichthouder": "Tjitske Bouma",
        "bevindingen": [
            {"onderwerp": "Erfafscheiding", "bevinding": "Schutting van 2,5 meter", "oordeel": "overtreding"}
        ],
    },
    "handhaving": {
        "overtreding": "Schutting hoger dan 2 meter",
        "grondslag": "artikel 5.1 Omgevingswet",
        "maatregel": "Verlaag de schutting tot 2 meter",
        "dwangsom_bedrag": "750",
        "dwangsom_per": "per week",
        "dwangsom_maximum": "7500",
        "hersteltermijn_tot": datetime.date(2026, 5, 4),
        "kostenraming": "2350",
        "verbeurd_bedrag": "3000",
        "verbeurd_op": datetime.date(2026, 6, 2),
        "betalen_uiterlijk": datetime.date(2026, 7, 14),
        "verjaringsdatum": datetime.date(2027, 6, 2),
        "gedogen_van": datetime.date(2026, 4, 1),
        "gedogen_tot": datetime.date(2026, 10, 1),
        "gedoogvoorwaarden": "Geen opslag na 22.00 uur.\nHekwerk gesloten houden.",
    },
}
CODES = [s["code"] for s in geleverde_sjablonen()]
# What each template must say beyond the common zaak data: its key facts and legal grounds.
KERNGEGEVENS = {
    "handhaving_waarschuwing": ["4 mei 2026", "Verlaag de schutting tot 2 meter", "geen besluit"],
    "handhaving_voornemen": ["€ 750,00 per week", "artikel 4:8 Awb"],
    "handhaving_last_onder_dwangsom": ["€ 750,00 per week", "€ 7.500,00", "1 juni 2026", "5:31d"],
    "handhaving_last_onder_bestuursdwang": ["artikel 5:21 Awb", "1 juni 2026", "€ 2.350,00", "5:25", "6:7"],
    "handhaving_invorderingsbeschikking": [
        "€ 3.000,00",
        "2 juni 2026",
        "uiterlijk op 14 juli 2026",
        "verjaart op 2 juni 2027",
        "5:37",
        "5:35",
        "6:7",
    ],
    "handhaving_gedoogbeschikking": [
        "1 april 2026 tot en met 1 oktober 2026",
        "Geen opslag na 22.00 uur.",
        "Hekwerk gesloten houden.",
        "geen vergunning",
        "6:7",
    ],
    "handhavingsverzoek_besluit": ["verzoek om handhaving", "Wij wijzen uw verzoek af", "6:7"],
    "buitenbehandelingstelling": ["artikel 4:5", "niet te behandelen", "6:7"],
    "kennisgeving_melding": ["melding", "geen besluit", "geen bezwaar"],
}


@pytest.mark.parametrize("tenant", ["nef", "dantumadiel"])
def test_elk_meegeleverd_sjabloon_geeft_een_pdf_met_de_gegevens_van_de_zaak(tenant, request, realistische_zaak):
    org = request.getfixturevalue(tenant)
    zaak, door = realistische_zaak(org, aanvrager="Pieter van der Meer", woonplaats="Damwâld")
    for code in CODES:
        document = maak_brief(zaak, code, door=door, extra=EXTRA)
        tekst = pdf_tekst(document.laatste_versie.bestand.read())
        assert zaak.identificatie in tekst, code
        assert "Pieter van der Meer" in tekst and "Zuiderstraat 7" in tekst and "DAMWÂLD" in tekst, code
        assert org.naam in tekst and "CONCEPT" in tekst, code
        assert "pagina 1 van" in tekst, code
        assert "{{" not in tekst and "{%" not in tekst, code
        for verwacht in KERNGEGEVENS.get(code, []):
            assert verwacht in tekst, (code, verwacht)
        assert document.documenttype.organisatie == org


def test_beschikking_noemt_voorschriften_leges_en_het_einde_van_de_bezwaartermijn(nef, realistische_zaak):
    zaak, door = realistische_zaak(nef)
    tekst = pdf_tekst(maak_brief(zaak, "beschikking_verleend", door=door, extra=EXTRA).laatste_versie.bestand.read())
    einde = termijnen.bereken("bezwaar", bekendgemaakt=BESLUITDATUM).einddatum
    assert einde == datetime.date(2026, 4, 23)
    assert f"uiterlijk op {datum(einde)} zijn ontvangen" in tekst
    assert "1. Meld de start van de bouw twee werkdagen vooraf." in tekst
    assert "€ 1.442,50" in tekst
    assert "artikelen 6:7 en 6:8" in tekst and "Burgemeester en wethouders van Noardeast-Fryslân" in tekst


def test_aanvulverzoek_noemt_wat_ontbreekt_en_de_aanvullingstermijn(dantumadiel, realistische_zaak):
    zaak, door = realistische_zaak(dantumadiel)
    tekst = pdf_tekst(maak_brief(zaak, "aanvulverzoek", door=door).laatste_versie.bestand.read())
    termijn = zaak.opschortingen.get().aanvullingstermijn_tot
    assert "Constructieberekening dakkapel" in tekst and "Doorsnedetekening" in tekst
    assert datum(termijn) in tekst
    assert "Gemeente Dantumadiel" in tekst


def test_last_onder_dwangsom_noemt_bedragen_en_begunstigingstermijn(nef, realistische_zaak):
    zaak, door = realistische_zaak(nef)
    tekst = pdf_tekst(
        maak_brief(zaak, "handhaving_last_onder_dwangsom", door=door, extra=EXTRA).laatste_versie.bestand.read()
    )
    assert "€ 750,00 per week" in tekst and "€ 7.500,00" in tekst and "1 juni 2026" in tekst


def test_onbekende_extra_gegevens_worden_geweigerd(nef, realistische_zaak):
    from zaken.brieven.actions import BriefFout

    zaak, door = realistische_zaak(nef)
    with pytest.raises(BriefFout, match="leges.bedragg"):
        maak_brief(zaak, "ontvangstbevestiging", door=door, extra={"leges": {"bedragg": 1}})


def test_elk_sjabloon_dat_handhaving_en_vergunningen_gebruiken_wordt_meegeleverd():
    from handhaving.brieven import CODES as HANDHAVING_CODES

    assert set(HANDHAVING_CODES) | {"buitenbehandelingstelling", "kennisgeving_melding"} <= set(CODES)


def test_toegewezen_handhavingsverzoek_zegt_dat_wij_optreden(dantumadiel, realistische_zaak):
    zaak, door = realistische_zaak(dantumadiel)
    extra = {"besluit": {"uitkomst": "toegewezen", "toelichting": "De schutting is te hoog."}}
    tekst = pdf_tekst(
        maak_brief(zaak, "handhavingsverzoek_besluit", door=door, extra=extra).laatste_versie.bestand.read()
    )
    assert "Wij wijzen uw verzoek toe" in tekst and "Wij wijzen uw verzoek af" not in tekst
    assert "De schutting is te hoog." in tekst


def test_spoedeisende_bestuursdwang_noemt_artikel_5_31_en_geen_begunstigingstermijn(nef, realistische_zaak):
    zaak, door = realistische_zaak(nef)
    extra = {"handhaving": {**EXTRA["handhaving"], "spoed": True}}
    tekst = pdf_tekst(
        maak_brief(zaak, "handhaving_last_onder_bestuursdwang", door=door, extra=extra).laatste_versie.bestand.read()
    )
    assert "artikel 5:31 Awb" in tekst and "begunstigingstermijn" not in tekst


def test_handhavingsadapter_geeft_de_nieuwe_gegevens_door_aan_de_brief():
    from handhaving.brieven import _toegestaan

    extra = {"handhaving": {"hersteltermijn_tot": "x", "verjaringsdatum": "y", "gedoogvoorwaarden": "z", "iets": 1}}
    gegevens, weggelaten = _toegestaan(extra)
    assert gegevens["handhaving"] == {"hersteltermijn_tot": "x", "verjaringsdatum": "y", "gedoogvoorwaarden": "z"}
    assert weggelaten == ["handhaving.iets"]
