"""Counting conventions the law leaves open, as settings with the project defaults (DOMAIN.md)."""

from dataclasses import dataclass
from typing import Literal

from .fouten import TermijnFout

OpschortingTelling = Literal["exclusief", "inclusief"]


@dataclass(frozen=True)
class TermijnConventies:
    # Awb 4:15: suspended "tot" the day of completion. 'exclusief' (project default, the
    # conservative reading): ontvangen - verzoek - 1 days; 'inclusief': ontvangen - verzoek.
    opschorting_telling: OpschortingTelling = "exclusief"
    # Awb 4:17: first dwangsom day = later of (ingebrekestelling ontvangen, termijn verstreken)
    # + this many days; some tools use 15.
    dwangsom_offset_dagen: int = 14
    # Per the MvT the day the late decision is sent counts as the last dwangsom day.
    dwangsom_verzenddag_telt: bool = True
    # Awb 4:8 sets no term for a zienswijze on a voornemen (handhaving); the gemeente does.
    zienswijze_voornemen_weken: int = 2
    # A term set by the bestuursorgaan itself is outside the Atw; moving its end to the next
    # working day anyway keeps the overtreder's full term and costs nothing.
    voornemen_naar_werkdag: bool = True
    # Bal/Bbl: most meldingen at least 4 weeks before the start (some activities differ).
    melding_weken: int = 4

    def __post_init__(self) -> None:
        if self.opschorting_telling not in ("exclusief", "inclusief"):
            raise TermijnFout(
                f"Onbekende opschortingstelling '{self.opschorting_telling}': kies 'exclusief' of "
                "'inclusief'."
            )
        if (
            self.dwangsom_offset_dagen < 0
            or self.zienswijze_voornemen_weken < 1
            or self.melding_weken < 0
        ):
            raise TermijnFout("Termijnconventies bevatten een ongeldige (negatieve) waarde.")


STANDAARD_CONVENTIES = TermijnConventies()
