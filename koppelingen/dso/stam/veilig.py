"""Hardened parsing of untrusted XML from DSO-LV.

A verzoekbericht never needs a DTD or entities, so any DOCTYPE is refused outright rather than
parsed carefully: that closes billion-laughs expansion and XXE (external entities reading
local files or the network) in one rule.
"""

from __future__ import annotations

from lxml import etree

from .fouten import OngeldigeXml, OnveiligeXml

# Bijlagen travel separately; the XML itself is small (DSO's example is 14 kB). The caller may
# pass a setting instead.
MAX_BYTES_STANDAARD = 50 * 1024 * 1024

# Cheap first line of defence for ASCII-compatible encodings; the docinfo check after parsing
# covers UTF-16 and other encodings in which these bytes do not appear literally.
_VERBODEN_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")


def _parser() -> etree.XMLParser:
    # A fresh parser per call: lxml parsers must not be shared between threads.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=False,
        remove_pis=True,
    )


def lees_veilig(data: bytes, *, max_bytes: int = MAX_BYTES_STANDAARD) -> etree._Element:
    """Parse `data` and return the root element, or raise OnveiligeXml / OngeldigeXml."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"verwacht bytes, kreeg {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_bytes:
        raise OnveiligeXml(f"bericht is {len(data)} bytes, maximum is {max_bytes}")
    if not data or data.isspace():
        raise OngeldigeXml("leeg bericht", "Het DSO-verzoekbericht is leeg.")
    for marker in _VERBODEN_MARKERS:
        if marker in data:
            raise OnveiligeXml(f"bericht bevat {marker.decode()}: DTD's en entities zijn verboden")

    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise OngeldigeXml(f"regel {exc.lineno}: {exc.msg}") from None
    except (etree.LxmlError, ValueError) as exc:
        raise OngeldigeXml(f"{type(exc).__name__}: {exc}") from None
    if root is None:
        raise OngeldigeXml("geen root-element")

    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise OnveiligeXml("bericht bevat een DOCTYPE (in een niet-ASCII-codering)")
    for _ in root.iter(etree.Entity):
        raise OnveiligeXml("bericht bevat een entity-verwijzing")
    return root
