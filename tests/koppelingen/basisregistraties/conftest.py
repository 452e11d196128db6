"""Fake servers on loopback and clients pointed at them, one fresh pair per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ape_pie import APIClient

from koppelingen.bag.client import BagClient
from koppelingen.bag.fake import BagFake
from koppelingen.basis import RetryBeleid, TTLCache
from koppelingen.brk.client import BrkClient
from koppelingen.brk.fake import BrkFake
from koppelingen.brp.client import BrpClient
from koppelingen.brp.fake import BrpFake
from koppelingen.fakes import serve
from koppelingen.kvk.client import KvkClient
from koppelingen.kvk.fake import KvkFake

SLEUTEL = "sleutel-voor-tests"


class Wachttijden(list[float]):
    """Records the retry pauses instead of sleeping, so tests stay fast."""

    def __call__(self, seconden: float) -> None:
        self.append(seconden)


def sessie(url: str, header: str | None, *, timeout: float = 2.0) -> APIClient:
    headers = {header: SLEUTEL} if header else {}
    return APIClient(url, request_kwargs={"headers": headers, "timeout": timeout})


@pytest.fixture
def wachttijden() -> Wachttijden:
    return Wachttijden()


@pytest.fixture
def retry(wachttijden: Wachttijden) -> RetryBeleid:
    return RetryBeleid(sleep=wachttijden)


@pytest.fixture
def bag_fake() -> BagFake:
    return BagFake(api_keys={SLEUTEL})


@pytest.fixture
def bag_url(bag_fake: BagFake) -> Iterator[str]:
    with serve(bag_fake) as url:
        yield url


@pytest.fixture
def bag(bag_url: str, retry: RetryBeleid) -> BagClient:
    return BagClient(sessie(bag_url, "X-Api-Key"), retry=retry, cache=TTLCache(ttl=300))


@pytest.fixture
def brk_fake() -> BrkFake:
    return BrkFake(api_keys={SLEUTEL})


@pytest.fixture
def brk_url(brk_fake: BrkFake) -> Iterator[str]:
    with serve(brk_fake) as url:
        yield url


@pytest.fixture
def brk(brk_url: str, retry: RetryBeleid) -> BrkClient:
    return BrkClient(sessie(brk_url, "X-Api-Key"), retry=retry)


@pytest.fixture
def brp_fake() -> BrpFake:
    return BrpFake(api_keys={SLEUTEL})


@pytest.fixture
def brp_url(brp_fake: BrpFake) -> Iterator[str]:
    with serve(brp_fake) as url:
        yield url


@pytest.fixture
def brp(brp_url: str, retry: RetryBeleid) -> BrpClient:
    return BrpClient(sessie(brp_url, "X-API-KEY"), retry=retry)


@pytest.fixture
def kvk_fake() -> KvkFake:
    return KvkFake(api_keys={SLEUTEL})


@pytest.fixture
def kvk_url(kvk_fake: KvkFake) -> Iterator[str]:
    with serve(kvk_fake) as url:
        yield url


@pytest.fixture
def kvk(kvk_url: str, retry: RetryBeleid) -> KvkClient:
    return KvkClient(sessie(kvk_url + "/", "apikey"), retry=retry, cache=TTLCache(ttl=300))
