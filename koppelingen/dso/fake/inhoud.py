"""Deterministic bijlage content for the fake: any size, generated in chunks, never in memory."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import lru_cache

CHUNK = 1 << 20
_KOP = b"%PDF-1.4\n% CLO nep-bijlage "
_STAART = b"\n%%EOF\n"
# Leading bytes per extension, so the content passes CLO's (and any) magic-byte check.
_MAGIC = {
    "jpg": b"\xff\xd8\xff\xe0",
    "jpeg": b"\xff\xd8\xff\xe0",
    "png": b"\x89PNG\r\n\x1a\n",
    "docx": b"PK\x03\x04",
    "xlsx": b"PK\x03\x04",
    "tif": b"II*\x00",
    "dwg": b"AC1032",
}


def bijlage_inhoud(document_id: str, grootte: int, bestandsnaam: str = "") -> Iterator[bytes]:
    """A file of exactly `grootte` bytes (at least header + trailer) that looks like its extension."""
    extensie = bestandsnaam.rsplit(".", 1)[-1].lower() if "." in bestandsnaam else "pdf"
    kop = _MAGIC.get(extensie, b"") + _KOP + document_id.encode()[:64] + b"\n"
    grootte = max(grootte, len(kop) + len(_STAART))
    yield kop
    rest = grootte - len(kop) - len(_STAART)
    regel = (b"% opvulling " + document_id.encode()[:32] + b" ").ljust(79, b".") + b"\n"
    blok = (regel * (CHUNK // len(regel) + 1))[:CHUNK]
    while rest > 0:
        stuk = blok[: min(rest, CHUNK)]
        rest -= len(stuk)
        yield stuk
    yield _STAART


@lru_cache(maxsize=4096)
def bijlage_sha256(document_id: str, grootte: int, bestandsnaam: str = "") -> str:
    sha = hashlib.sha256()
    for stuk in bijlage_inhoud(document_id, grootte, bestandsnaam):
        sha.update(stuk)
    return sha.hexdigest()
