"""The four fake registrations on one loopback port (as in the demo) with the Services pointing
at them, configured through the same code as `manage.py koppelingen_demo_configureren`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from koppelingen.bag.client import BAG_CACHE
from koppelingen.bag.fake import BagFake
from koppelingen.basis import RetryBeleid
from koppelingen.basisregistraties import clients
from koppelingen.basisregistraties.inrichting import richt_in
from koppelingen.brk.fake import BrkFake
from koppelingen.brp.fake import BrpFake
from koppelingen.fakes import serve
from koppelingen.fakes.serve_all import Dispatcher
from koppelingen.kvk.client import KVK_CACHE
from koppelingen.kvk.fake import KvkFake

SLEUTEL = "sleutel-integratie"


@dataclass
class Nepregistraties:
    url: str
    bag: BagFake
    brk: BrkFake
    brp: BrpFake
    kvk: KvkFake

    def storing(self, *namen: str, aan: bool = True) -> None:
        for naam in namen:
            getattr(self, naam).zet_storing(aan)


@pytest.fixture(autouse=True)
def _snel_en_vers(monkeypatch) -> None:
    # Retries must not sleep, and no answer cached by an earlier test may hide an outage.
    monkeypatch.setattr(clients, "STANDAARD_RETRY", RetryBeleid(sleep=lambda _s: None))
    BAG_CACHE.clear()
    KVK_CACHE.clear()


@pytest.fixture
def nep(db) -> Iterator[Nepregistraties]:
    apps = {
        "bag": BagFake(api_keys={SLEUTEL}),
        "brk": BrkFake(api_keys={SLEUTEL}),
        "brp": BrpFake(api_keys={SLEUTEL}),
        "kvk": KvkFake(api_keys={SLEUTEL}),
    }
    with serve(Dispatcher(apps)) as url:
        richt_in(url, sleutel=SLEUTEL, timeout=2)
        yield Nepregistraties(url=url, **apps)
