"""Why a message could not be processed: a kind (for filtering and the retry decision) and a
Dutch reason for functioneel beheer."""

from __future__ import annotations

from ..stam import OnbekendBericht, OngeldigeXml, OnveiligeXml, OnvolledigBericht, SchemaNietBeschikbaar, StamFout


class IntakeFout(Exception):
    def __init__(self, soort: str, melding: str, detail: str = "") -> None:
        self.soort = soort
        self.melding = melding
        self.detail = detail
        super().__init__(f"{soort}: {melding} {detail}".strip())


class NietVoorOns(Exception):
    """A copy for another uitvoerende instantie: recorded and ignored, not an error."""

    def __init__(self, melding: str) -> None:
        self.melding = melding
        super().__init__(melding)


_SOORTEN: dict[type[StamFout], str] = {
    OnveiligeXml: "xml_onveilig",
    OngeldigeXml: "xml_ongeldig",
    OnbekendBericht: "onbekend_bericht",
    OnvolledigBericht: "onvolledig",
    SchemaNietBeschikbaar: "schema_ontbreekt",
}


def uit_stamfout(fout: StamFout) -> IntakeFout:
    soort = next((s for k, s in _SOORTEN.items() if isinstance(fout, k)), "stam")
    return IntakeFout(soort, fout.melding, fout.detail)
