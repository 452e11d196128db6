"""Upload safety: size limit, allowed types checked on content (magic bytes), never on the
name alone, and a streaming SHA-256 so large files are never held in memory."""

import hashlib
from dataclasses import dataclass

from django.conf import settings

# extension -> (mimetype, accepted leading bytes). Office files are zip containers.
TOEGESTAAN: dict[str, tuple[str, tuple[bytes, ...]]] = {
    "pdf": ("application/pdf", (b"%PDF-",)),
    "png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    "tif": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    "tiff": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    "odt": ("application/vnd.oasis.opendocument.text", (b"PK\x03\x04",)),
    "eml": ("message/rfc822", ()),
    "txt": ("text/plain", ()),
    "xml": ("application/xml", (b"<?xml", b"<")),
    "dwg": ("image/vnd.dwg", (b"AC10",)),
    "ifc": ("application/x-step", (b"ISO-10303-21",)),
}


class UploadGeweigerd(Exception):
    pass


@dataclass
class Controle:
    mimetype: str
    grootte: int
    sha256: str


def _extensie(naam: str) -> str:
    return naam.rsplit(".", 1)[-1].lower() if "." in naam else ""


def controleer_upload(bestand, naam: str, bekend: Controle | None = None) -> Controle:
    """`bekend`: size and hash already computed over these bytes by the caller; then only the
    first bytes are read for the content check instead of the whole file."""
    extensie = _extensie(naam)
    if extensie not in TOEGESTAAN:
        toegestaan = ", ".join(sorted(TOEGESTAAN))
        raise UploadGeweigerd(
            f"Bestanden van het type '.{extensie or '?'}' worden niet geaccepteerd. Toegestaan: {toegestaan}."
        )
    grootte = getattr(bestand, "size", None)
    if grootte == 0:
        raise UploadGeweigerd("Het bestand is leeg.")
    maximum = settings.DOCUMENT_MAX_BYTES
    if grootte and grootte > maximum:
        raise UploadGeweigerd(
            f"Het bestand is te groot ({grootte // 1_048_576} MB); het maximum is {maximum // 1_048_576} MB."
        )
    mimetype, magics = TOEGESTAAN[extensie]
    if bekend is not None:
        return _controleer_kop(bestand, extensie, mimetype, magics, bekend, maximum)
    sha = hashlib.sha256()
    totaal = 0
    kop = b""
    bestand.seek(0)
    for chunk in bestand.chunks() if hasattr(bestand, "chunks") else iter(lambda: bestand.read(1 << 20), b""):
        if not kop:
            kop = chunk[:16]
        sha.update(chunk)
        totaal += len(chunk)
        if totaal > maximum:
            raise UploadGeweigerd(f"Het bestand is groter dan het maximum van {maximum // 1_048_576} MB.")
    bestand.seek(0)
    _controleer_inhoud(kop, totaal, extensie, magics)
    return Controle(mimetype=mimetype, grootte=totaal, sha256=sha.hexdigest())


def _controleer_kop(bestand, extensie: str, mimetype: str, magics, bekend: Controle, maximum: int) -> Controle:
    if bekend.grootte > maximum:
        raise UploadGeweigerd(f"Het bestand is groter dan het maximum van {maximum // 1_048_576} MB.")
    bestand.seek(0)
    kop = bestand.read(16)
    bestand.seek(0)
    _controleer_inhoud(kop, bekend.grootte, extensie, magics)
    return Controle(mimetype=mimetype, grootte=bekend.grootte, sha256=bekend.sha256)


def _controleer_inhoud(kop: bytes, totaal: int, extensie: str, magics) -> None:
    if totaal == 0:
        raise UploadGeweigerd("Het bestand is leeg.")
    if magics and not any(kop.startswith(m) for m in magics):
        raise UploadGeweigerd(
            f"De inhoud van het bestand past niet bij de extensie '.{extensie}'. Controleer het bestand."
        )
    if not magics and b"\x00" in kop:
        raise UploadGeweigerd("Een tekstbestand mag geen binaire inhoud bevatten.")


def veilige_bestandsnaam(naam: str) -> str:
    naam = naam.replace("\\", "/").rsplit("/", 1)[-1]
    schoon = "".join(c for c in naam if c.isalnum() or c in " ._-()").strip(" .")
    return schoon[:200] or "bestand"
