"""Samenwerken (SWF v5): an adviesverzoek to a ketenpartner via the fake, and the answer back on the zaak."""

import datetime
import io

import pytest
import requests
from ape_pie import APIClient

from koppelingen.dso.fake.testhulp import na_commit
from koppelingen.dso.models import Actieverzoek, ActieverzoekStatus, Ketenpartner, SwfKoppeling, SwfNotificatie
from koppelingen.errors import NietGeautoriseerd
from koppelingen.fakes.server import serve
from koppelingen.swf.client import SwfClient
from koppelingen.swf.fake import SamenwerkenFake
from koppelingen.swf.inrichting import richt_swf_in
from koppelingen.swf.services import haal_notificaties_op, vraag_advies_via_swf
from vergunningen.models import Adviesverzoek
from zaken.models import Zaak

pytestmark = pytest.mark.django_db

PARTNER = "00000009999999990001"  # FUMO in the demo ketenpartners
VREEMDE = "00000009999999990099"


def _koppeling(org, url):
    richt_swf_in(org, url + "/")
    return SwfKoppeling.objects.select_related("service", "organisatie").get(organisatie=org)


def _client(url, oin):
    return SwfClient(APIClient(url + "/"), oin=oin)


def _vraag(fake, methode, pad_begint_met):
    return [
        (pad, query, body) for m, pad, query, body in fake.verzoeken if m == methode and pad.startswith(pad_begint_met)
    ]


def _vraag_advies(zaak, door, documenten=()):
    with na_commit():
        return vraag_advies_via_swf(
            zaak,
            ketenpartner=Ketenpartner.objects.get(organisatie=zaak.organisatie, oin=PARTNER),
            vraag="Graag advies over geluid van de warmtepomp.",
            deadline=datetime.date.today() + datetime.timedelta(days=14),
            documenten=documenten,
            door=door,
        )


def test_adviesverzoek_aan_ketenpartner_komt_met_antwoord_en_document_terug(
    client, nef, vergunningverlener, maak_zaak, maak_document
):
    zaak = maak_zaak(nef, vergunningverlener)
    tekening = maak_document(zaak, vergunningverlener)
    fake = SamenwerkenFake(automatisch_advies=True)
    with serve(fake) as url:
        koppeling = _koppeling(nef, url)
        fumo = Ketenpartner.objects.get(organisatie=nef, oin=PARTNER)
        client.force_login(vergunningverlener)
        deadline = datetime.date.today() + datetime.timedelta(days=14)
        with na_commit():
            antwoord = client.post(
                f"/intake/zaak/{zaak.identificatie}/samenwerken/advies/",
                {
                    "ketenpartner": fumo.pk,
                    "vraag": "Graag advies over geluid.",
                    "deadline": deadline.isoformat(),
                    "documenten": [tekening.pk],
                },
            )
        assert antwoord.status_code == 302
        av = Actieverzoek.objects.get(samenwerking__zaak=zaak)
        assert av.status == ActieverzoekStatus.UITGEZET
        sid = av.samenwerking.samenwerking_id
        sw = fake.opslag.samenwerkingen[sid]
        assert sid.startswith("SAM-") and fumo.oin in sw["_deelnemers"]
        assert (sw["kenmerkSysteem"], sw["nummerBinnenSysteem"]) == ("CLO", zaak.identificatie)
        # Our document went up as multipart with our own id as kenmerkSysteem, and with the actieverzoek.
        [(_, upload_query, _)] = _vraag(fake, "POST", f"/samenwerkingen/{sid}/documenten")
        assert upload_query == {"kenmerkSysteem": [str(tekening.uuid)]}
        [(_, _, body)] = _vraag(fake, "POST", f"/samenwerkingen/{sid}/actieverzoeken")
        [eigen_doc] = [d for d in fake.opslag.documenten.values() if d["aangemaaktDoor"] == nef.oin]
        with tekening.laatste_versie.bestand.open("rb") as fh:
            assert eigen_doc["_inhoud"] == fh.read()
        assert body["ontvanger"] == fumo.oin and body["documenten"] == [eigen_doc["documentId"]]
        assert body["uiterlijkeReactiedatum"] == deadline.isoformat()
        with na_commit():
            assert haal_notificaties_op(koppeling) == 2  # the answer document and the status GEREEDGEMELD
            assert haal_notificaties_op(koppeling) == 0  # the overlapping window reads them again: known ids
    [antwoord_doc] = [d for d in fake.opslag.documenten.values() if d["aangemaaktDoor"] == PARTNER]
    assert _vraag(fake, "GET", f"/documenten/{antwoord_doc['documentId']}/content")
    av.refresh_from_db()
    assert av.status == ActieverzoekStatus.BEANTWOORD and "Geen bezwaar" in av.antwoord
    assert zaak.documenten.filter(titel="advies-ketenpartner.pdf", documenttype__code="advies").exists()
    adviesverzoek = Adviesverzoek.objects.get(pk=av.adviesverzoek_id)  # the adviestaak is complete
    assert adviesverzoek.status == Adviesverzoek.Status.ONTVANGEN and adviesverzoek.documenten.count() == 1
    html = client.get(f"/zaken/{zaak.identificatie}/?tab=samenwerken").content.decode()
    assert "Beantwoord" in html


def test_ketenpartner_meldt_gereed_met_een_patch_van_de_status(nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    fake = SamenwerkenFake(automatisch_advies=False)
    with serve(fake) as url:
        koppeling = _koppeling(nef, url)
        _vraag_advies(zaak, vergunningverlener)
        aid = Actieverzoek.objects.get(samenwerking__zaak=zaak).actieverzoek_id
        wij, partner = _client(url, nef.oin), _client(url, PARTNER)
        with pytest.raises(NietGeautoriseerd):
            wij.meld_gereed(aid, "Alleen de ontvanger meldt gereed.")
        with pytest.raises(NietGeautoriseerd):
            partner.trek_in(aid)
        assert partner.meld_gereed(aid, "Akkoord, zonder voorwaarden.")["status"] == "GEREEDGEMELD"
        assert (
            f"/actieverzoeken/{aid}",
            {},
            {"status": "GEREEDGEMELD", "melding": "Akkoord, zonder voorwaarden."},
        ) in (_vraag(fake, "PATCH", "/actieverzoeken/"))
        with na_commit():
            haal_notificaties_op(koppeling)
    av = Actieverzoek.objects.get(samenwerking__zaak=zaak)
    assert av.status == ActieverzoekStatus.BEANTWOORD and av.antwoord == "Akkoord, zonder voorwaarden."
    assert not zaak.documenten.filter(documenttype__code="advies").exists()


def test_weigering_van_de_ketenpartner_staat_bij_het_actieverzoek(nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    fake = SamenwerkenFake(automatisch_advies=False)
    with serve(fake) as url:
        koppeling = _koppeling(nef, url)
        _vraag_advies(zaak, vergunningverlener)
        av = Actieverzoek.objects.get(samenwerking__zaak=zaak)
        _client(url, PARTNER).wijzig_actieverzoek(av.actieverzoek_id, status="GEWEIGERD", melding="Niet ons gebied.")
        with na_commit():
            haal_notificaties_op(koppeling)
    av.refresh_from_db()
    assert av.status == ActieverzoekStatus.UITGEZET and "Niet ons gebied." in av.fout_melding


def test_swf_weigert_zonder_oin_en_buiten_de_samenwerking(nef):
    fake = SamenwerkenFake(automatisch_advies=True)
    with serve(fake) as url:
        assert requests.post(f"{url}/samenwerkingen", json={"titel": "x"}, timeout=5).status_code == 401
        wij = _client(url, nef.oin)
        sid = wij.start_samenwerking("Schuur", kenmerk_systeem="CLO", nummer_binnen_systeem="Z-1")
        wij.nodig_uit(sid, PARTNER)
        did = wij.upload(sid, "tekening.pdf", io.BytesIO(b"%PDF-1.4 tekening"))
        aid = wij.stuur_actieverzoek(
            sid, ontvanger=PARTNER, titel="Advies", omschrijving="Graag advies", deadline=None, documenten=[]
        )
        vreemd = {"x-oin": VREEMDE}
        for pad in (f"samenwerkingen/{sid}", f"actieverzoeken/{aid}", f"documenten/{did}/content"):
            assert requests.get(f"{url}/{pad}", headers=vreemd, timeout=5).status_code == 403
        assert requests.get(f"{url}/notificaties", headers=vreemd, timeout=5).json()["_embedded"]["notificaties"] == []
        with pytest.raises(NietGeautoriseerd):
            _client(url, VREEMDE).actieverzoek(aid)


def test_inkomende_actieverzoeken_over_twee_paginas_maken_zaken_advies_verstrekken(dantumadiel):
    fake = SamenwerkenFake(pagina_grootte=3)
    with serve(fake) as url:
        koppeling = _koppeling(dantumadiel, url)
        for onderwerp in ("een gebruiksmelding", "een evenement"):
            requests.post(
                f"{url}/_fake/partner/actieverzoek",
                timeout=5,
                json={
                    "van": PARTNER,
                    "naar": dantumadiel.oin,
                    "omschrijving": f"Advies over {onderwerp}",
                    "uiterlijkeReactiedatum": "2026-12-20",
                },
            ).raise_for_status()
        with na_commit():
            assert haal_notificaties_op(koppeling) == 4  # per actieverzoek: the document and the status OPEN
            assert haal_notificaties_op(koppeling) == 0
    # The second poll's window overlaps the first, so it reads the same two pages (and knows their ids).
    eerste, tweede, derde, vierde = [query for _, query, _ in _vraag(fake, "GET", "/notificaties")]
    assert [q["page"] for q in (eerste, tweede, derde, vierde)] == [["0"], ["1"], ["0"], ["1"]]
    assert eerste["eventDatumTijd[lte]"] == tweede["eventDatumTijd[lte]"]  # one window, two pages
    tijd = datetime.datetime.fromisoformat
    assert tijd(derde["eventDatumTijd[gt]"][0]) < tijd(eerste["eventDatumTijd[lte]"][0])  # windows overlap
    koppeling.refresh_from_db()
    assert koppeling.laatst_opgehaald == tijd(derde["eventDatumTijd[lte]"][0])
    zaken = Zaak.objects.filter(organisatie=dantumadiel, zaaktype__identificatie="ADVIES-VERSTREKKEN")
    assert sorted(z.omschrijving.rpartition("over ")[2] for z in zaken) == ["een evenement", "een gebruiksmelding"]
    for zaak in zaken:
        assert zaak.documenten.filter(titel="adviesvraag.pdf").exists()
        [av] = Actieverzoek.objects.filter(inkomend=True, samenwerking__zaak=zaak)
        assert av.deadline == datetime.date(2026, 12, 20) and av.ketenpartner_oin == PARTNER


def test_mislukte_notificatie_wordt_opnieuw_verwerkt_ook_buiten_het_venster(dantumadiel, monkeypatch):
    from koppelingen.swf import notificaties

    fake = SamenwerkenFake()
    with serve(fake) as url:
        koppeling = _koppeling(dantumadiel, url)
        requests.post(
            f"{url}/_fake/partner/actieverzoek", timeout=5, json={"van": PARTNER, "naar": dantumadiel.oin}
        ).raise_for_status()
        monkeypatch.setattr(notificaties, "geldig_zaaktype", lambda *args: None)
        with na_commit():
            haal_notificaties_op(koppeling)
        mislukt = SwfNotificatie.objects.get(organisatie=dantumadiel, verwerkt=False)
        assert "ADVIES-VERSTREKKEN" in mislukt.fout_melding
        monkeypatch.undo()
        fake.opslag.notificaties.clear()  # the API no longer returns it: only our own copy remains
        koppeling.refresh_from_db()
        with na_commit():
            assert haal_notificaties_op(koppeling) == 1
    assert Zaak.objects.filter(organisatie=dantumadiel, zaaktype__identificatie="ADVIES-VERSTREKKEN").count() == 1


def test_dezelfde_notificatie_voor_beide_gemeenten_is_voor_elk_een_eigen_rij(nef, dantumadiel):
    """Both tenants in one samenwerking read the same notificatieId, each for itself."""
    for org in (nef, dantumadiel):
        SwfNotificatie.objects.create(organisatie=org, notificatie_id="N-1", soort="ACTIEVERZOEK_STATUS_CHANGED")
    assert SwfNotificatie.objects.filter(notificatie_id="N-1").count() == 2


def test_swf_ophalen_gaat_door_na_de_storing_van_een_gemeente(nef, dantumadiel):
    """One tenant's SWF being down must not stop the other's poll; ops see why, in Dutch, and a
    non-zero exit code; the koppeling shows the error in the admin."""
    import socket

    from django.core.management import call_command

    with socket.socket() as s:  # a port nobody listens on: connection refused
        s.bind(("127.0.0.1", 0))
        dicht = f"http://127.0.0.1:{s.getsockname()[1]}"
    with serve(SamenwerkenFake()) as url:
        _koppeling(dantumadiel, url)
        _koppeling(nef, url)
        # Each gemeente has its own Service in production (its own PKIoverheid certificate).
        service = SwfKoppeling.objects.get(organisatie=nef).service
        service.pk, service.slug, service.api_root = None, "swf-nef", dicht + "/"
        service.save()
        SwfKoppeling.objects.filter(organisatie=nef).update(service=service)
        uit, fout = io.StringIO(), io.StringIO()
        with pytest.raises(SystemExit) as einde:
            call_command("swf_ophalen", stdout=uit, stderr=fout)
    assert einde.value.code == 1, fout.getvalue()
    assert "Gemeente Dantumadiel: 0 notificatie(s) verwerkt" in uit.getvalue(), fout.getvalue()
    assert "niet bereikbaar" in fout.getvalue() and nef.naam in fout.getvalue()
    assert "niet bereikbaar" in SwfKoppeling.objects.get(organisatie=nef).laatste_fout
    assert SwfKoppeling.objects.get(organisatie=dantumadiel).laatste_fout == ""
