"""What the fake DSO-LV holds: verzoekberichten per verzoeknummer/volgnummer with their bijlagen."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime

from ..stam import StamFout, Verzoek, parse_verzoek
from .inhoud import bijlage_sha256


@dataclass
class FakeVerzoek:
    verzoek: Verzoek
    xml: bytes
    # document_id -> (bestandsnaam, grootte in bytes)
    documenten: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def oins(self) -> set[str]:
        """OINs allowed to fetch (documented: bevoegd gezag and the behandeldienst it set)."""
        v = self.verzoek
        oins = {v.bevoegd_gezag.oin} if v.bevoegd_gezag and v.bevoegd_gezag.oin else set()
        if v.uitvoerende_instantie and v.uitvoerende_instantie.oin:
            oins.add(v.uitvoerende_instantie.oin)
        return oins


class VerzoekOpslag:
    def __init__(self, bijlage_grootte: int = 120_000) -> None:
        self.bijlage_grootte = bijlage_grootte
        self._berichten: dict[str, dict[str, FakeVerzoek]] = {}
        self._lock = threading.Lock()

    def voeg_toe(self, xml: bytes, groottes: dict[str, int] | None = None) -> FakeVerzoek:
        """Adds a verzoekbericht; `groottes` overrides the size of bijlagen by bestandsnaam."""
        verzoek = parse_verzoek(xml, valideer=False).verzoek
        documenten = {
            d.document_id: (
                d.bestandsnaam or d.document_id,
                max(200, (groottes or {}).get(d.bestandsnaam or "", self.bijlage_grootte)),
            )
            for d in verzoek.documenten
        }
        for document_id, (naam, grootte) in documenten.items():
            # Like the real DSO-LV, know the checksum from the moment the document is stored (the
            # samenvatting would otherwise hash every bijlage on its first request).
            bijlage_sha256(document_id, grootte, naam)
        item = FakeVerzoek(verzoek=verzoek, xml=xml, documenten=documenten)
        with self._lock:
            self._berichten.setdefault(verzoek.verzoeknummer, {})[verzoek.volgnummer or "000"] = item
        return item

    def probeer_toe_te_voegen(self, xml: bytes, groottes: dict[str, int] | None = None) -> FakeVerzoek | None:
        try:
            return self.voeg_toe(xml, groottes)
        except StamFout:
            return None

    def berichten(self, verzoeknummer: str) -> list[FakeVerzoek]:
        with self._lock:
            return [v for _, v in sorted(self._berichten.get(verzoeknummer, {}).items())]

    def bericht(self, verzoeknummer: str, volgnummer: str) -> FakeVerzoek | None:
        with self._lock:
            return self._berichten.get(verzoeknummer, {}).get(volgnummer)

    def alle(self) -> list[FakeVerzoek]:
        with self._lock:
            return [v for per in self._berichten.values() for v in per.values()]

    def zoek(self, oin: str, vanaf: datetime | None, tot: datetime | None) -> list[FakeVerzoek]:
        def binnen(v: FakeVerzoek) -> bool:
            datum = v.verzoek.indieningsdatum
            if datum is None:
                return True
            datum = datum.replace(tzinfo=None)
            return (vanaf is None or datum >= vanaf) and (tot is None or datum <= tot)

        return sorted(
            (v for v in self.alle() if oin in v.oins and binnen(v)),
            key=lambda v: (v.verzoek.verzoeknummer, v.verzoek.volgnummer or ""),
        )
