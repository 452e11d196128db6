"""Messages that cannot be processed are kept with a Dutch reason, visible and retryable."""

import io
import json

import pytest
from django.core.management import call_command

from clo.accounts.rollen import Rol
from koppelingen.dso.fake.testhulp import dso_fake, haal_en_verwerk, na_commit, sample
from koppelingen.dso.models import ActiviteitZaaktype, Bericht, BerichtStatus, Bijlage
from koppelingen.dso.samples.generator import maak_verzoek_xml
from koppelingen.dso.services.inrichting import richt_mapping_in
from koppelingen.dso.services.ontvangst import ontvang_bericht
from zaken.models import Zaak

pytestmark = pytest.mark.django_db

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<verzoekXML xmlns="http://www.omgevingswet.nl/koppelvlak/stam-v4/IMAM">&lol2;</verzoekXML>"""
XXE = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>"""


def _ontvang(inhoud: bytes) -> Bericht:
    with na_commit():
        bericht, _ = ontvang_bericht(inhoud)
    return Bericht.objects.get(pk=bericht.pk)


@pytest.mark.parametrize(
    "inhoud, soort",
    [
        (b"<verzoekXML><niet-afgesloten>", "xml_ongeldig"),
        (BILLION_LAUGHS, "xml_onveilig"),
        (XXE, "xml_onveilig"),
        (b"<html><body>404</body></html>", "onbekend_bericht"),
    ],
)
def test_onleesbaar_of_vijandig_bericht_wordt_bewaard_met_reden_en_start_geen_zaak(nef, inhoud, soort):
    bericht = _ontvang(inhoud)
    assert bericht.status == BerichtStatus.FOUT
    assert bericht.fout_soort == soort
    assert bytes(bericht.inhoud) == inhoud  # nothing received is lost
    assert bericht.fout_melding and "etc/passwd" not in bericht.fout_melding
    assert not Zaak.objects.filter(bron="dso").exists()
    # The same bytes again are recognised, not stored twice.
    assert _ontvang(inhoud).pk == bericht.pk


def test_intakescherm_toont_fout_met_reden_en_de_knop_opnieuw_verwerken(client, nef, maak_gebruiker):
    bericht = _ontvang(BILLION_LAUGHS)
    client.force_login(maak_gebruiker(nef, Rol.FUNCTIONEEL_BEHEERDER))
    lijst = client.get("/intake/?status=aandacht").content.decode()
    assert "onveilige XML-constructies" in lijst
    detail = client.get(f"/intake/berichten/{bericht.pk}/").content.decode()
    assert "Opnieuw verwerken" in detail
    assert client.get(f"/intake/berichten/{bericht.pk}/xml/").content == BILLION_LAUGHS


def test_intakescherm_is_alleen_voor_functioneel_beheer(client, nef, vergunningverlener):
    client.force_login(vergunningverlener)
    assert client.get("/intake/").status_code == 403


def test_onbekend_oin_wordt_fout_met_uitleg(nef):
    xml = maak_verzoek_xml(seed=3, bevoegd_gezag={"naam": "Gemeente Elders", "oin": "00000001999999999000"})
    bericht = _ontvang(xml)
    assert bericht.status == BerichtStatus.FOUT and bericht.fout_soort == "onbekend_oin"
    assert "00000001999999999000" in bericht.fout_melding


def test_kopie_voor_andere_uitvoerende_instantie_wordt_vastgelegd_en_genegeerd(nef):
    fumo = {"naam": "FUMO", "oin": "00000001234567890000"}
    bericht = _ontvang(maak_verzoek_xml(seed=4, bevoegd_gezag="nef", uitvoerende_instantie=fumo))
    assert bericht.status == BerichtStatus.GENEGEERD
    assert "FUMO" in bericht.fout_melding
    assert not Zaak.objects.filter(verzoeknummer=bericht.verzoeknummer).exists()


def test_activiteit_zonder_zaaktype_gaat_naar_triage_en_start_na_keuze_de_zaak(client, nef, maak_gebruiker):
    ActiviteitZaaktype.objects.filter(organisatie=nef).delete()
    bericht = _ontvang(sample("nef_kap_kollum"))
    assert bericht.status == BerichtStatus.TRIAGE
    assert "HoutopstandVellen" in bericht.fout_melding
    client.force_login(maak_gebruiker(nef, Rol.FUNCTIONEEL_BEHEERDER))
    assert "Triage" in client.get(f"/intake/berichten/{bericht.pk}/").content.decode()
    with na_commit():
        antwoord = client.post(
            f"/intake/berichten/{bericht.pk}/triage/", {"zaaktype_0": "AANVRAAG-REGULIER", "onthouden": "1"}
        )
    assert antwoord.status_code == 302
    zaak = Zaak.objects.get(verzoeknummer="2026111200203")
    assert zaak.zaaktype.identificatie == "AANVRAAG-REGULIER"
    assert ActiviteitZaaktype.objects.filter(organisatie=nef, activiteit__contains="HoutopstandVellen").exists()


def test_aanvulling_zonder_zaak_wacht_en_wordt_verwerkt_zodra_de_zaak_bestaat(nef, dantumadiel):
    richt_mapping_in(nef)
    aanvulling = _ontvang(sample("nef_bouwactiviteit_dokkum_aanvullen"))
    assert aanvulling.status == BerichtStatus.FOUT and aanvulling.fout_soort == "geen_zaak"
    _ontvang(sample("nef_bouwactiviteit_dokkum_initieren"))
    aanvulling.refresh_from_db()
    assert aanvulling.fout_soort != "geen_zaak"
    assert Zaak.objects.filter(verzoeknummer="2026110200117").count() == 1


def test_checksumfout_bij_bijlage_wordt_fout_maar_de_zaak_bestaat(nef, dantumadiel, monkeypatch):
    from koppelingen.dso.fake import app as fake_app

    monkeypatch.setattr(fake_app, "bijlage_sha256", lambda *args: "0" * 64)
    with dso_fake(nef, dantumadiel):
        [bericht] = haal_en_verwerk(nef, "2026111200203")
    assert bericht.status == BerichtStatus.FOUT and bericht.fout_soort == "bijlagen"
    assert "controlesom" in bericht.fout_melding
    assert Zaak.objects.filter(verzoeknummer="2026111200203").count() == 1


def test_te_grote_bijlage_wordt_geweigerd_met_reden(nef, dantumadiel):
    with dso_fake(nef, dantumadiel) as (fake, _):
        from koppelingen.dso.models import DsoKoppeling

        DsoKoppeling.objects.filter(organisatie=nef).update(max_bijlage_mb=0)
        [bericht] = haal_en_verwerk(nef, "2026111200203")
    assert bericht.status == BerichtStatus.FOUT
    assert "groter dan het maximum" in bericht.fout_melding


def test_dso_inlezen_uit_bestand_met_bijlagenmap_geeft_json(nef, dantumadiel, tmp_path):
    richt_mapping_in(dantumadiel)
    pad = tmp_path / "sloop.xml"
    pad.write_bytes(sample("dantumadiel_sloopmelding_feanwalden"))
    bijlagen = tmp_path / "bijlagen"
    bijlagen.mkdir()
    from koppelingen.dso.stam import parse_verzoek

    for doc in parse_verzoek(pad.read_bytes()).verzoek.documenten:
        (bijlagen / doc.bestandsnaam).write_bytes(b"%PDF-1.4\n%%EOF\n")
    uit = io.StringIO()
    with na_commit():
        call_command("dso_inlezen", str(pad), "--bijlagen", str(bijlagen), "--json", stdout=uit)
    resultaat = json.loads(uit.getvalue())
    assert resultaat["verzoeknummer"] == "2026110900058"
    assert resultaat["status"] == "verwerkt"
    assert resultaat["zaken"] and resultaat["zaken"][0].startswith("DAN-")


def test_dso_inlezen_zonder_bijlagen_meldt_welke_ontbreken(nef, dantumadiel, tmp_path):
    richt_mapping_in(dantumadiel)
    pad = tmp_path / "sloop.xml"
    pad.write_bytes(sample("dantumadiel_sloopmelding_feanwalden"))
    uit = io.StringIO()
    with na_commit(), pytest.raises(SystemExit):
        call_command("dso_inlezen", str(pad), stdout=uit)
    assert "zaken: DAN-" in uit.getvalue()
    assert "geen bron" in uit.getvalue()


def test_opslagfout_laat_de_bijlagen_open_en_opnieuw_verwerken_slaat_ze_op(nef, dantumadiel, monkeypatch):
    from koppelingen.dso.services import bijlagen
    from koppelingen.dso.services.ontvangst import opnieuw_verwerken

    echt = bijlagen.voeg_documenten_toe

    def schijf_vol(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bijlagen, "voeg_documenten_toe", schijf_vol)
    with dso_fake(nef, dantumadiel):
        [bericht] = haal_en_verwerk(nef, "2026111200203")
        assert bericht.status == BerichtStatus.FOUT and bericht.fout_soort == "bijlagen"
        assert "No space left" in bericht.fout_melding
        zaak = Zaak.objects.get(verzoeknummer="2026111200203")
        assert not zaak.documenten.exists()
        monkeypatch.setattr(bijlagen, "voeg_documenten_toe", echt)
        with na_commit():
            opnieuw_verwerken(bericht)
    bericht.refresh_from_db()
    assert bericht.status == BerichtStatus.VERWERKT
    assert zaak.documenten.count() == Bijlage.objects.filter(bericht=bericht).count() > 0
