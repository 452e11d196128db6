"""Downloads of a message's bijlagen a few at a time in threads, while the worker stores the ones
already received: transfer and checksum overlap with the database work of the previous bijlage.

The threads only download into temporary files (streamed, size and checksum checked); every
database write stays in the worker's own thread and its own per-document transaction. At most
PARALLEL downloads run or wait unclaimed at any moment, so the temporary disk use is bounded too.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import IO

from django.conf import settings

from ..models import Bijlage
from .client import Download, VerzoekAfhandelenClient

PARALLEL = 3  # downloads per message running or waiting to be stored
_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _gedeelde_pool() -> ThreadPoolExecutor:
    """One pool per process, made on first use (after a prefork worker has forked): starting
    threads for every message would cost more than the overlap gains on small bijlagen."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=PARALLEL * 4, thread_name_prefix="dso-bijlage")
        return _pool


@dataclass
class Ontvangen:
    bestand: IO[bytes]  # a NamedTemporaryFile; deleted when closed
    download: Download


def _download(client: VerzoekAfhandelenClient, bijlage: Bijlage, max_bytes: int) -> Ontvangen:
    tmp = tempfile.NamedTemporaryFile(dir=settings.FILE_UPLOAD_TEMP_DIR, prefix="dso-bijlage-")
    try:
        download = client.download(
            bijlage.url,
            tmp,
            max_bytes=max_bytes,
            verwachte_sha256=bijlage.verwachte_sha256,
            verwachte_grootte=bijlage.verwachte_grootte,
        )
        tmp.seek(0)
        return Ontvangen(tmp, download)
    except BaseException:
        tmp.close()
        raise


class Downloader:
    """`with Downloader(client, bijlagen, max_bytes) as d: d.ontvang(bijlage)` in the same order."""

    def __init__(self, client: VerzoekAfhandelenClient, bijlagen: Iterable[Bijlage], max_bytes: int) -> None:
        self._client = client
        self._max_bytes = max_bytes
        self._wachtrij = iter([b for b in bijlagen if b.url])
        self._lopend: dict[int, Future[Ontvangen]] = {}
        self._pool = _gedeelde_pool()
        for _ in range(PARALLEL):
            self._start_volgende()

    def _start_volgende(self) -> None:
        bijlage = next(self._wachtrij, None)
        if bijlage is not None:
            self._lopend[bijlage.pk] = self._pool.submit(_download, self._client, bijlage, self._max_bytes)

    def ontvang(self, bijlage: Bijlage) -> Ontvangen:
        """The downloaded file of `bijlage`, or the download's error (DownloadFout, KoppelingFout, OSError)."""
        future = self._lopend.pop(bijlage.pk)
        try:
            return future.result()
        finally:
            self._start_volgende()  # runs while the caller stores this one

    def __enter__(self) -> Downloader:
        return self

    def __exit__(self, *exc) -> None:
        # Unclaimed downloads (the worker stopped early): cancel what has not started, remove the rest.
        for future in self._lopend.values():
            if not future.cancel() and future.exception() is None:
                future.result().bestand.close()  # waits for a running download, then removes its file
