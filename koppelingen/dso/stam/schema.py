"""XSD validation against the STAM 4.0 schemas in the shared specs folder.

The copies in `shared/specs/dso/stam/` have `puntlocatie` and `vlaklocatie` commented out and
import a GML schema that is not there (see its SOURCES.md), so DSO's own example fails on them.
The files stay untouched: they are loaded, patched in memory (both elements declared as
xs:anyType, i.e. lax content, the GML import dropped) and compiled with a resolver that serves
the imports between the three XSDs from memory, never from disk or network.
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path

from lxml import etree

from .fouten import SchemaNietBeschikbaar, Validatiefout

XS = "http://www.w3.org/2001/XMLSchema"
GML_NS = "http://www.opengis.net/gml"
HOOFDSCHEMA = "imam-4.0.xsd"
SCHEMA_BESTANDEN = (HOOFDSCHEMA, "verzoek-4.0.xsd", "common-4.0.xsd")
_TE_PATCHEN = {
    "common-4.0.xsd": "CoordinatenEtrs",
    "verzoek-4.0.xsd": "CoordinatenOpgegeven",
}
# A hostile message can produce one error per element; the first ones say enough.
MAX_VALIDATIEFOUTEN = 200

# libxml2 keeps the error log on the schema object, so concurrent validations must not overlap.
_validatie_lock = threading.Lock()
# Compiling with a custom resolver is not safe in two threads at once either: a worker with a
# thread pool got "Document is not valid XML Schema" when two verzoeken needed the schema first.
_compileer_lock = threading.Lock()


def specs_dir() -> Path:
    """`CLO_SPECS_DIR` if set, else `<repo>/../shared/specs` (independent of Django settings)."""
    if configured := os.environ.get("CLO_SPECS_DIR"):
        return Path(configured)
    repo = Path(__file__).resolve().parents[3]
    return repo.parent / "shared" / "specs"


def stam_dir() -> Path:
    return specs_dir() / "dso" / "stam"


def _xsd_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _patch(doc: etree._Element, complex_type: str) -> None:
    for imp in doc.findall(f"{{{XS}}}import"):
        if imp.get("namespace") == GML_NS:
            doc.remove(imp)
    sequence = doc.find(f"{{{XS}}}complexType[@name='{complex_type}']/{{{XS}}}sequence")
    stelsel = None
    if sequence is not None:
        stelsel = sequence.find(f"{{{XS}}}element[@name='referentiestelsel']")
    if stelsel is None:
        raise SchemaNietBeschikbaar(f"{complex_type}/referentiestelsel niet gevonden in schema")
    # Order per the original (commented) declarations: puntlocatie?, referentiestelsel, vlaklocatie?
    for naam, voor in (("puntlocatie", True), ("vlaklocatie", False)):
        if sequence.find(f"{{{XS}}}element[@name='{naam}']") is not None:
            continue  # a future copy of the XSD may have them back
        decl = etree.Element(f"{{{XS}}}element", name=naam, type="xs:anyType", minOccurs="0")
        if voor:
            stelsel.addprevious(decl)
        else:
            stelsel.addnext(decl)


class _GeheugenResolver(etree.Resolver):
    def __init__(self, documenten: dict[str, bytes]) -> None:
        super().__init__()
        self._documenten = documenten

    def resolve(self, url, pubid, context):  # noqa: ANN001 - lxml signature
        naam = (url or "").rsplit("/", 1)[-1]
        if naam in self._documenten:
            return self.resolve_string(self._documenten[naam], context, base_url=url)
        # Anything else would be read from disk or network: refuse with an empty schema.
        return self.resolve_string(f'<xs:schema xmlns:xs="{XS}"/>', context)


@functools.lru_cache(maxsize=4)
def _compileer(map_: Path) -> etree.XMLSchema:
    try:
        documenten = {naam: etree.parse(str(map_ / naam), _xsd_parser()).getroot() for naam in SCHEMA_BESTANDEN}
    except (OSError, etree.LxmlError) as exc:
        raise SchemaNietBeschikbaar(f"STAM-XSD niet leesbaar in {map_}: {exc}") from None
    for naam, complex_type in _TE_PATCHEN.items():
        _patch(documenten[naam], complex_type)
    als_bytes = {naam: etree.tostring(doc) for naam, doc in documenten.items()}
    parser = _xsd_parser()
    parser.resolvers.add(_GeheugenResolver(als_bytes))
    try:
        hoofd = etree.fromstring(als_bytes[HOOFDSCHEMA], parser, base_url=f"stam:/{HOOFDSCHEMA}")
        return etree.XMLSchema(hoofd)
    except etree.LxmlError as exc:
        raise SchemaNietBeschikbaar(f"STAM-XSD compileert niet: {exc}") from None


def stam_schema() -> etree.XMLSchema:
    """The compiled, patched schema; compiled once per specs folder and cached."""
    with _compileer_lock:
        return _compileer(stam_dir().resolve())


def valideer_boom(root: etree._Element) -> list[Validatiefout]:
    schema = stam_schema()
    with _validatie_lock:
        if schema.validate(root):
            return []
        log = list(schema.error_log)
    fouten = [Validatiefout(regel=e.line or None, melding=e.message, pad=e.path or None) for e in log]
    if len(fouten) > MAX_VALIDATIEFOUTEN:
        overig = len(fouten) - MAX_VALIDATIEFOUTEN
        fouten = fouten[:MAX_VALIDATIEFOUTEN]
        fouten.append(Validatiefout(regel=None, melding=f"... en nog {overig} schemafouten"))
    return fouten
