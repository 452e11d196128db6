"""Bijlagen are downloaded a few at a time while earlier ones are stored; nothing is left behind."""

import os
import threading
import time

import pytest

from koppelingen.dso.models import Bijlage
from koppelingen.dso.services.client import Download, DownloadFout
from koppelingen.dso.services.downloads import PARALLEL, Downloader


class _Client:
    def __init__(self, fout_voor: str = "") -> None:
        self.fout_voor = fout_voor
        self.lopend = 0
        self.max_lopend = 0
        self.bestanden: list[str] = []
        self._lock = threading.Lock()

    def download(self, url, doel, *, max_bytes, verwachte_sha256, verwachte_grootte):
        with self._lock:
            self.lopend += 1
            self.max_lopend = max(self.max_lopend, self.lopend)
            self.bestanden.append(doel.name)
        try:
            time.sleep(0.05)
            if url == self.fout_voor:
                raise DownloadFout("De controlesom van de bijlage klopt niet; het bestand is beschadigd.")
            doel.write(url.encode())
            return Download(grootte=len(url), sha256="x")
        finally:
            with self._lock:
                self.lopend -= 1


def _bijlagen(aantal: int) -> list[Bijlage]:
    return [Bijlage(pk=i, url=f"http://dso/{i}", bestandsnaam=f"{i}.pdf") for i in range(aantal)]


def test_downloads_lopen_tegelijk_maar_nooit_meer_dan_de_grens():
    client = _Client()
    bijlagen = _bijlagen(8)
    with Downloader(client, bijlagen, max_bytes=1000) as downloader:
        for bijlage in bijlagen:
            ontvangen = downloader.ontvang(bijlage)
            with ontvangen.bestand as bestand:
                assert bestand.read() == bijlage.url.encode()  # each file belongs to its own bijlage
    assert 1 < client.max_lopend <= PARALLEL


def test_een_mislukte_download_raakt_alleen_die_bijlage():
    client = _Client(fout_voor="http://dso/1")
    bijlagen = _bijlagen(3)
    with Downloader(client, bijlagen, max_bytes=1000) as downloader:
        downloader.ontvang(bijlagen[0]).bestand.close()
        with pytest.raises(DownloadFout, match="controlesom"):
            downloader.ontvang(bijlagen[1])
        downloader.ontvang(bijlagen[2]).bestand.close()


def test_vroeg_stoppen_laat_geen_tijdelijke_bestanden_achter():
    client = _Client()
    bijlagen = _bijlagen(6)
    with Downloader(client, bijlagen, max_bytes=1000) as downloader:
        downloader.ontvang(bijlagen[0]).bestand.close()  # the worker stops after the first one
    assert client.bestanden
    assert not [pad for pad in client.bestanden if os.path.exists(pad)]
