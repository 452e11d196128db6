"""The shared fake-server machinery: loopback serving, one process for the demo, outage switch."""

from __future__ import annotations

import pytest
import requests

from koppelingen.fakes import registry, serve
from koppelingen.fakes.serve_all import make_app
from koppelingen.fakes.wsgi import Response


def test_serve_stopt_de_server_aan_het_eind_van_het_blok() -> None:
    with serve(make_app()) as url:
        assert requests.get(url + "/", timeout=2).status_code == 200

    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/", timeout=2)


def test_alle_nepservers_draaien_samen_onder_hun_eigen_voorvoegsel() -> None:
    with serve(make_app(storing=[])) as url:
        index = requests.get(url + "/", timeout=2).json()["fakes"]
        bag = requests.get(
            f"{url}/bag/adressen/1891200000004468", headers={"X-Api-Key": "demo"}, timeout=2
        )
        kvk = requests.get(
            f"{url}/kvk/v1/basisprofielen/69599084", headers={"apikey": "demo"}, timeout=2
        )
        onbekend = requests.get(f"{url}/bestaatniet/x", timeout=2)

    assert set(index) >= {"bag", "brk", "brp", "kvk"}
    assert bag.json()["adresregel5"] == "Haadwei 62"
    # Links carry the mount point, so a client can follow them through the dispatcher.
    assert bag.json()["_links"]["self"]["href"] == f"{url}/bag/adressen/1891200000004468"
    assert kvk.json()["naam"] == "Test EMZ Dagobert"
    assert onbekend.status_code == 404


def test_een_later_geregistreerde_nepserver_wordt_meegeserveerd(monkeypatch) -> None:
    def dso_app(environ, start_response):
        return Response(200, {"pad": environ["PATH_INFO"]})(start_response)

    monkeypatch.setattr(registry, "FAKES", dict(registry.FAKES))
    registry.register("/dso/", lambda: dso_app)

    with serve(make_app(storing=[])) as url:
        antwoord = requests.get(f"{url}/dso/verzoeken/1", timeout=2)

    assert antwoord.json() == {"pad": "/verzoeken/1"}


def test_storing_aan_en_uit_via_het_beheerendpoint() -> None:
    with serve(make_app(storing=[])) as url:
        requests.get(f"{url}/brk/_fake/storing?aan=1", timeout=2)
        tijdens = requests.get(
            f"{url}/brk/kadastraalonroerendezaken/20050138560000",
            headers={"X-Api-Key": "demo"},
            timeout=2,
        )
        requests.get(f"{url}/brk/_fake/storing?aan=0", timeout=2)
        erna = requests.get(
            f"{url}/brk/kadastraalonroerendezaken/20050138560000",
            headers={"X-Api-Key": "demo"},
            timeout=2,
        )

    assert tijdens.status_code == 503
    assert tijdens.headers["Content-Type"] == "application/problem+json"
    assert erna.status_code == 200


def test_omgevingsvariabele_start_nepservers_in_storing(monkeypatch) -> None:
    monkeypatch.setenv("CLO_FAKE_STORING", "kvk")

    with serve(make_app()) as url:
        kvk = requests.get(
            f"{url}/kvk/v1/basisprofielen/69599084", headers={"apikey": "demo"}, timeout=2
        )
        bag = requests.get(
            f"{url}/bag/panden/1970100000002000", headers={"X-Api-Key": "demo"}, timeout=2
        )

    assert kvk.status_code == 503
    assert kvk.json()["fout"][0]["code"] == "IPD1003"
    assert bag.status_code == 200


def test_verkeerde_methode_geeft_405_in_de_foutvorm_van_de_api(bag_url: str) -> None:
    antwoord = requests.post(
        f"{bag_url}/adressen", headers={"X-Api-Key": "sleutel-voor-tests"}, timeout=2
    )

    assert antwoord.status_code == 405
    assert antwoord.json()["code"] == "methodNotAllowed"
