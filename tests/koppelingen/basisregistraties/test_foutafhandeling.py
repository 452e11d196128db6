"""What a client does when the other side is slow, down or unreachable: CLO must not hang, must
retry only what is safe, and must say so in a way a Celery task can act on (retry later)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from koppelingen.bag.client import BagClient
from koppelingen.bag.fake import BagFake
from koppelingen.basis import STANDAARD_TIMEOUT, RetryBeleid
from koppelingen.errors import KoppelingNietBeschikbaar
from koppelingen.kvk.client import KvkClient

from .conftest import Wachttijden, sessie


@pytest.fixture
def zwijgende_server() -> Iterator[str]:
    """A socket that accepts connections (backlog) but never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


@pytest.fixture
def dichte_poort() -> str:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    poort = sock.getsockname()[1]
    sock.close()  # nothing listens here any more: connection refused
    return f"http://127.0.0.1:{poort}"


def test_trage_bag_geeft_na_de_timeout_niet_beschikbaar(
    bag_url: str, bag_fake: BagFake, wachttijden: Wachttijden
) -> None:
    bag_fake.vertraging = 1.0
    client = BagClient(
        sessie(bag_url, "X-Api-Key", timeout=0.2), cache=None, retry=RetryBeleid(sleep=wachttijden)
    )

    begin = time.monotonic()
    with pytest.raises(KoppelingNietBeschikbaar) as fout:
        client.pand("1970100000002000")

    assert time.monotonic() - begin < 0.9
    assert fout.value.retryable
    assert "later aangevuld" in fout.value.melding
    # A read timeout is not retried: the request may still be running at the other side.
    assert bag_fake.aantal_aanroepen() == 1
    assert wachttijden == []


def test_server_die_nooit_antwoordt_blokkeert_clo_niet(zwijgende_server: str) -> None:
    client = BagClient(sessie(zwijgende_server, "X-Api-Key", timeout=0.2), cache=None)

    begin = time.monotonic()
    with pytest.raises(KoppelingNietBeschikbaar):
        client.adres("1970200000004013")

    assert time.monotonic() - begin < 1.5


def test_onbereikbare_server_wordt_begrensd_opnieuw_geprobeerd(
    dichte_poort: str, wachttijden: Wachttijden
) -> None:
    client = BagClient(
        sessie(dichte_poort, "X-Api-Key"),
        cache=None,
        retry=RetryBeleid(pogingen=3, eerste_wachttijd=0.5, sleep=wachttijden),
    )

    with pytest.raises(KoppelingNietBeschikbaar) as fout:
        client.adres("1970200000004013")

    assert wachttijden == [0.5, 1.0]  # three attempts, exponential backoff between them
    assert "verbinding mislukt" in fout.value.detail


def test_korte_storing_wordt_binnen_een_aanroep_overbrugd(
    bag: BagClient, bag_fake: BagFake, wachttijden: Wachttijden
) -> None:
    bag_fake.zet_storing(aantal=2)

    adressen = bag.zoek_adressen("9151HE", 40)

    assert [a.weergave for a in adressen] == ["Foarstrjitte 40, 9151 HE Holwerd"]
    assert bag_fake.aantal_aanroepen() == 3
    assert wachttijden == [0.5, 1.0]


def test_langdurige_storing_en_daarna_herstel(bag: BagClient, bag_fake: BagFake) -> None:
    bag_fake.zet_storing(True)
    with pytest.raises(KoppelingNietBeschikbaar) as fout:
        bag.adres("1970200000004013")
    assert fout.value.status == 503
    assert fout.value.fout["code"] == "sourceUnavailable"
    assert bag_fake.aantal_aanroepen() == 3

    bag_fake.zet_storing(False)  # the BAG is back: the same question now succeeds

    assert bag.adres("1970200000004013").adresregel5 == "Grote Breedstraat 3"


def test_interne_fout_wordt_niet_herhaald_maar_is_wel_tijdelijk(kvk, kvk_fake) -> None:
    with pytest.raises(KoppelingNietBeschikbaar) as fout:
        kvk.basisprofiel("90004973")  # KVK's test number that answers with an error

    assert fout.value.status == 500
    assert "IPD9999" in fout.value.detail
    assert kvk_fake.aantal_aanroepen() == 1


def test_timeout_komt_uit_de_sessie_of_is_tien_seconden(bag_url: str) -> None:
    from ape_pie import APIClient

    assert BagClient(sessie(bag_url, "X-Api-Key", timeout=3)).timeout == 3
    assert BagClient(APIClient(bag_url)).timeout == STANDAARD_TIMEOUT == 10.0
    assert KvkClient(APIClient(bag_url), timeout=1.5).timeout == 1.5
