"""DSO's own example verzoekbericht (shared/specs/dso/stam) maps completely."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from koppelingen.dso.stam import (
    Adressoort,
    Doel,
    Locatiesoort,
    Persoonsoort,
    Rol,
    parse_verzoek,
    valideer,
)
from koppelingen.dso.stam.schema import stam_dir

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture(scope="module")
def voorbeeld_xml() -> bytes:
    return (stam_dir() / "verzoekbericht_4_0_0.xml").read_bytes()


@pytest.fixture(scope="module")
def verzoek(voorbeeld_xml):
    resultaat = parse_verzoek(voorbeeld_xml)
    assert resultaat.validatiefouten == []
    return resultaat.verzoek


def test_dso_example_is_valid_against_the_patched_schemas(voorbeeld_xml):
    assert valideer(voorbeeld_xml) == []


def test_verzoek_identification_and_routing_fields(verzoek):
    assert verzoek.verzoeknummer == "2023073100048"
    assert verzoek.volgnummer == "000"
    assert verzoek.volgnummer_getal == 0
    assert verzoek.idempotentiesleutel == "2023073100048/000"
    assert verzoek.doel is Doel.INITIEREN
    assert verzoek.type_verzoek == "Aanvraag vergunning"
    assert verzoek.bevoegd_gezag.oin == "00000099130854102011"
    assert verzoek.bevoegd_gezag.naam == "provincie TST_03"
    assert verzoek.uitvoerende_instantie.oin == "00000099900007060000"
    assert verzoek.akkoordverklaring is True and verzoek.ambtshalve is False


def test_indieningsdatum_without_offset_is_dutch_local_time(verzoek):
    assert verzoek.indieningsdatum == datetime(2023, 7, 31, 13, 17, 45, 251080, tzinfo=AMSTERDAM)
    assert verzoek.indieningsdatum.utcoffset().total_seconds() == 7200  # CEST in July
    assert verzoek.stuurgegevens.tijdstip_bericht == datetime(
        2023, 7, 31, 19, 50, 33, 799397, tzinfo=AMSTERDAM
    )
    assert verzoek.stuurgegevens.zender_applicatie == "DSO-LV"


def test_project_and_texts(verzoek):
    assert verzoek.project.project_id == "f162fe27-5368-4728-a245-af636519e9cf-0"
    assert verzoek.project.omschrijving.startswith("Dit betreft een vergunningaanvraag")
    assert verzoek.project.omschrijving_publiceerbaar is True
    assert verzoek.referentie_aanvrager == "test1"
    assert verzoek.toelichting_verzoek == "Een goed plan."
    assert verzoek.toelichting_later_aan_te_leveren == "N.v.t.."


def test_initiatiefnemer_natuurlijk_persoon_with_postbus_correspondence(verzoek):
    ini = verzoek.initiatiefnemer
    assert ini.rol is Rol.INITIATIEFNEMER
    assert ini.soort is Persoonsoort.NATUURLIJK_PERSOON
    assert (ini.voorletters, ini.voorvoegsel, ini.achternaam) == (
        "N.P.",
        "Met",
        "Binnenlands Verblijfsadres",
    )
    assert ini.bsn == "12345678"
    assert ini.telefoonnummer == "0612345678"
    assert ini.adres.regels == ("Teststraat 1e-bis", "1234AB  Amsterdam")
    assert ini.correspondentieadres.soort is Adressoort.POSTBUS
    assert ini.correspondentieadres.regels == ("Postbus 1234", "3333RR  Rotterdam")


def test_gemachtigde_bedrijf_keeps_both_sources_of_a_doubled_address(verzoek):
    gem = verzoek.gemachtigde
    assert gem.soort is Persoonsoort.NIET_NATUURLIJK_PERSOON
    assert (gem.kvk_nummer, gem.rsin, gem.naam) == ("90003365", "992104439", "Free Bamsolcom")
    assert gem.emailadres == "gemachtigde@bamsolcom.nl"
    assert gem.adres.regels == ("De Stroom 5", "7901TG  Hoogeveen")
    # The aanvrager's own entry is used; the register variant stays visible.
    assert gem.correspondentieadres.straatnaam == "Warande"
    assert gem.correspondentieadres.postcode == "7610AA"
    verschillen = {v.veld: (v.gebruiker, v.register) for v in gem.bronverschillen}
    assert verschillen["postadres.straatnaam"] == ("Warande", "Drakensteyn")
    assert verschillen["postadres.huisnummer"] == ("8", "305")


def test_contactpersoon_with_foreign_address(verzoek):
    cp = verzoek.contactpersoon
    assert cp.rol is Rol.CONTACTPERSOON
    assert (cp.voorletters, cp.achternaam, cp.functie) == ("C.", "Persoon", "Contactpersoon")
    assert cp.emailadres == "contact@persoon.nl"
    assert cp.correspondentieadres.soort is Adressoort.BUITENLAND
    assert cp.correspondentieadres.regels == ("Test 1", "Test 2", "Belgie")


def test_projectlocatie_has_etrs89_and_rd_points(verzoek):
    (locatie,) = verzoek.projectlocaties
    assert locatie.soort is Locatiesoort.COORDINATEN
    assert (locatie.etrs89_punt.lat, locatie.etrs89_punt.lon) == (52.80657237, 4.438095384)
    assert (locatie.rd_punt.x, locatie.rd_punt.y) == (91000.0, 535900.0)
    assert locatie.opgegeven_referentiestelsel == "RD"
    assert locatie.vlak is None


def test_projectactiviteit_with_specificaties_and_documents(verzoek):
    (activiteit,) = verzoek.projectactiviteiten
    assert activiteit.imow_id == "nl.imow-pv63.activiteit.OOW1KapstokActiviteitKetenTest"
    assert activiteit.activiteit_id.endswith(activiteit.imow_id)
    assert activiteit.volgnummer == "1"
    assert [s.vraag_id for s in activiteit.specificaties] == ["10028", "10027", "10030", "10031"]
    eerste = activiteit.specificaties[0]
    assert eerste.antwoord == "Olie, 20 kubieke meter en ondergronds"
    assert eerste.groepering == "Vragengroep Aanvragen vergunning vloeistoffen in opslagtank"
    assert eerste.vraagclassificatie == "activiteit" and eerste.publiceerbaar is True
    bijlage = activiteit.specificaties[2].gevraagde_bijlage
    assert bijlage.documentsoort_dso == "Maatregelen voorkomen bodemverontreiniging"
    assert (bijlage.verplicht, bijlage.potentieel_vertrouwelijk) == (False, False)
    (document,) = bijlage.documenten
    assert document.bestandsnaam == "doc.doc"
    assert document.document_id.startswith("a4de8bfd25d4")
    assert document.mime_type == "application/msword"
    assert activiteit.onderliggende_activiteit.imow_id.endswith("OOW1ActiviteitKetenTest1")


def test_participatie_and_verzoekbijlage(verzoek):
    assert verzoek.participatie.geparticipeerd is True
    assert verzoek.participatie.wijze == "Bewonersbijeenkomst georganiseerd."
    assert verzoek.participatie.resultaat == "Iedereen was enthousiast."
    (bijlage,) = verzoek.verzoekbijlagen
    assert bijlage.vraagreferentie == "mnre1034:Verzoek.BijlageLocatie"
    (document,) = bijlage.gevraagde_bijlage.documenten
    assert (document.bestandsnaam, document.vertrouwelijk) == ("test.pdf", True)
    assert document.mime_type == "application/pdf"


def test_all_documents_are_listed_once_for_download(verzoek):
    namen = sorted(d.bestandsnaam for d in verzoek.documenten)
    assert namen == ["doc.doc", "logo.png", "test.pdf"]
