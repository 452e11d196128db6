"""Entry points: parse_verzoek and valideer."""

from __future__ import annotations

from lxml import etree

from .fouten import OnbekendBericht, Validatiefout
from .lezer import NS_IMAM, Lezer
from .map_verzoek import map_verzoekbericht
from .model import ParseResultaat
from .schema import valideer_boom
from .veilig import MAX_BYTES_STANDAARD, lees_veilig

ROOT_TAG = f"{{{NS_IMAM}}}verzoekXML"


def _lees_verzoekbericht(data: bytes, max_bytes: int) -> etree._Element:
    root = lees_veilig(data, max_bytes=max_bytes)
    if root.tag != ROOT_TAG:
        gevonden = root.tag if isinstance(root.tag, str) else repr(root.tag)
        raise OnbekendBericht(f"root-element is {gevonden[:200]}, verwacht {ROOT_TAG}")
    return root


def parse_verzoek(
    data: bytes, *, valideer: bool = True, max_bytes: int = MAX_BYTES_STANDAARD
) -> ParseResultaat:
    """Parse a STAM 4.0 verzoekbericht.

    Raises only StamFout subclasses: OnveiligeXml, OngeldigeXml, OnbekendBericht,
    OnvolledigBericht (and SchemaNietBeschikbaar when `valideer` and the XSDs are missing).
    Schema errors do not stop the mapping; they come back in `validatiefouten`, together with
    values that were present but unusable.
    """
    root = _lees_verzoekbericht(data, max_bytes)
    fouten: list[Validatiefout] = valideer_boom(root) if valideer else []
    lezer = Lezer()
    verzoek = map_verzoekbericht(root, lezer, fouten)
    return ParseResultaat(verzoek=verzoek, validatiefouten=fouten + lezer.waarschuwingen)


def valideer(data: bytes, *, max_bytes: int = MAX_BYTES_STANDAARD) -> list[Validatiefout]:
    """Schema errors of a verzoekbericht; [] when valid.

    Input that cannot be read at all still raises OnveiligeXml / OngeldigeXml / OnbekendBericht.
    """
    return valideer_boom(_lees_verzoekbericht(data, max_bytes))
