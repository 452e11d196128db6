"""Intake of DSO verzoeken per doel, for both tenants, through the fake Verzoek afhandelen API."""

import datetime

import pytest

from koppelingen.dso.fake.testhulp import dso_fake, haal_en_verwerk, na_commit, sample
from koppelingen.dso.models import Bericht, BerichtStatus, Bijlage, BijlageStatus, VerzoekZaak
from zaken.models import Zaak

pytestmark = pytest.mark.django_db


def test_bouwaanvraag_dokkum_start_een_zaak_met_betrokkenen_locatie_en_alle_bijlagen(nef, dantumadiel):
    with dso_fake(nef, dantumadiel):
        berichten = haal_en_verwerk(nef, "2026110200117")

    assert [b.status for b in berichten] == [BerichtStatus.VERWERKT, BerichtStatus.VERWERKT]
    zaak = Zaak.objects.get(verzoeknummer="2026110200117")
    assert zaak.organisatie == nef
    assert zaak.bron == "dso"
    assert zaak.startdatum == datetime.date(2026, 11, 2)  # ontvangstdatum from the message
    assert zaak.zaaktype.identificatie == "AANVRAAG-REGULIER"
    rollen = {b.roltype.omschrijving: b for b in zaak.betrokkenen.select_related("roltype")}
    assert set(rollen) == {"Aanvrager", "Gemachtigde", "Contactpersoon"}
    assert rollen["Gemachtigde"].kvk_nummer
    locatie = zaak.locaties.get()
    assert locatie.nummeraanduiding_id == "1970200000012345"
    assert locatie.lat and locatie.rd_x
    bijlagen = Bijlage.objects.filter(bericht__verzoeknummer="2026110200117")
    assert bijlagen.exists() and all(b.status == BijlageStatus.OPGEHAALD for b in bijlagen)
    assert zaak.documenten.count() == bijlagen.count()
    assert zaak.documenten.filter(documenttype__code="aanvraagformulier").count() == 2  # PDF per bericht
    assert zaak.documenten.filter(documenttype__code="constructieberekening", vervallen=False).exists()


def test_omgevingsplanactiviteit_damwald_komt_bij_dantumadiel(nef, dantumadiel):
    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(dantumadiel, "2026110400342")
    zaak = Zaak.objects.get(verzoeknummer="2026110400342")
    assert zaak.organisatie == dantumadiel
    assert zaak.identificatie.startswith("DAN-")
    assert zaak.locaties.filter(geometrie__isnull=False).exists()
    vragen = VerzoekZaak.objects.get(zaak=zaak).gegevens["activiteiten"][0]["groepen"]
    assert any(v["vraag_id"] == "284856" and v["antwoord"] == "420000" for g in vragen for v in g["vragen"])


def test_sloopmelding_start_een_meldingzaak(nef, dantumadiel):
    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(dantumadiel, "2026110900058")
    assert Zaak.objects.get(verzoeknummer="2026110900058").zaaktype.identificatie == "MELDING-ACTIVITEIT"


def test_kapaanvraag_kollum_bewaart_fotos_als_foto(nef, dantumadiel):
    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(nef, "2026111200203")
    zaak = Zaak.objects.get(verzoeknummer="2026111200203")
    assert zaak.documenten.filter(documenttype__code="foto").count() == 2


def test_intrekken_beeindigt_de_zaak_als_ingetrokken(nef, dantumadiel):
    with dso_fake(nef, dantumadiel, met_intrekking=True):
        berichten = haal_en_verwerk(nef, "2026110200117")
    assert [b.doel for b in berichten] == ["Initieren", "Aanvullen", "Intrekken"]
    zaak = Zaak.objects.get(verzoeknummer="2026110200117")
    assert zaak.is_afgesloten
    assert zaak.resultaat.resultaattype.code in ("ingetrokken", "afgebroken")


def test_herhaalde_levering_maakt_geen_tweede_zaak(nef, dantumadiel):
    from koppelingen.dso.services.ontvangst import ontvang_bericht

    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(nef, "2026111200203")
        with na_commit():
            bericht, nieuw = ontvang_bericht(sample("nef_kap_kollum"))
    assert not nieuw
    assert bericht.herhaald_ontvangen == 1
    assert Zaak.objects.filter(verzoeknummer="2026111200203").count() == 1
    assert Bericht.objects.filter(verzoeknummer="2026111200203").count() == 1
