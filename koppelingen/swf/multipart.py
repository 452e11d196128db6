"""A multipart/form-data body with one file part that requests streams block by block.

requests' own `files=` reads the whole file into memory; documents of a zaak (bouwtekeningen) can be
large, so the body is the file between a small head and tail, with a known Content-Length.
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterator
from typing import BinaryIO

BLOK = 64 * 1024


def _grootte(bestand: BinaryIO) -> int:
    grootte = getattr(bestand, "size", None)
    if isinstance(grootte, int):
        return grootte - bestand.tell()
    positie = bestand.tell()
    eind = bestand.seek(0, os.SEEK_END)
    bestand.seek(positie)
    return eind - positie


class MultipartBestand:
    def __init__(self, veld: str, bestandsnaam: str, bestand: BinaryIO, soort: str = "application/octet-stream"):
        grens = uuid.uuid4().hex
        naam = bestandsnaam.replace("\\", "_").replace('"', "%22").replace("\r", " ").replace("\n", " ")
        kop = (
            f"--{grens}\r\n"
            f'Content-Disposition: form-data; name="{veld}"; filename="{naam}"\r\n'
            f"Content-Type: {soort}\r\n\r\n"
        ).encode()
        staart = f"\r\n--{grens}--\r\n".encode()
        self.content_type = f"multipart/form-data; boundary={grens}"
        self._lengte = len(kop) + _grootte(bestand) + len(staart)
        self._delen = [io.BytesIO(kop), bestand, io.BytesIO(staart)]

    def __len__(self) -> int:
        return self._lengte

    def read(self, aantal: int = -1) -> bytes:
        uit = bytearray()
        while self._delen and (aantal < 0 or len(uit) < aantal):
            blok = self._delen[0].read(-1 if aantal < 0 else aantal - len(uit))
            if blok:
                uit += blok
            else:
                self._delen.pop(0)
        return bytes(uit)

    def __iter__(self) -> Iterator[bytes]:
        while blok := self.read(BLOK):
            yield blok
