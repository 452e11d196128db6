"""Input rows (opschortingen, verlengingen) and parsing of user-typed values."""

from dataclasses import dataclass
from datetime import date, datetime

from .duur import Duur
from .fouten import TermijnFout


@dataclass(frozen=True)
class Opschorting:
    """Awb 4:15: `start` = date the aanvullingsverzoek was sent; `einde` = date the aanvulling was
    received or the hersteltermijn expired unused; None while it is still running."""

    start: date
    einde: date | None = None
    reden: str = ""

    def __post_init__(self) -> None:
        if self.einde is not None and self.einde < self.start:
            raise TermijnFout(
                f"Opschorting eindigt ({self.einde:%d-%m-%Y}) vóór de start "
                f"({self.start:%d-%m-%Y})."
            )


@dataclass(frozen=True)
class Verlenging:
    """Extension of a beslistermijn; `bekendgemaakt`: date the verlengingsbesluit was made known."""

    duur: Duur
    bekendgemaakt: date | None = None
    reden: str = ""


def parse_datum(tekst: str) -> date:
    """Read '2026-12-17' or '17-12-2026'."""
    for formaat in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(tekst.strip(), formaat).date()
        except (ValueError, AttributeError):
            continue
    raise TermijnFout(f"Ongeldige datum '{tekst}': gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-17.")


def parse_opschorting(tekst: str) -> Opschorting:
    """Read 'START:EINDE' (e.g. '2027-01-04:2027-01-18'); 'START:' for one still running."""
    start, scheiding, einde = tekst.partition(":")
    if not scheiding:
        raise TermijnFout(
            f"Ongeldige opschorting '{tekst}': gebruik START:EINDE, bijvoorbeeld "
            "2027-01-04:2027-01-18 "
            "(of 2027-01-04: als de aanvulling nog niet binnen is)."
        )
    return Opschorting(parse_datum(start), parse_datum(einde) if einde.strip() else None)


def parse_verlenging(tekst: str) -> Verlenging:
    """Read '6w' or '6w@2027-02-01' (duration, optionally @ the date of bekendmaking)."""
    duur, _, bekendgemaakt = tekst.partition("@")
    return Verlenging(
        Duur.parse(duur), parse_datum(bekendgemaakt) if bekendgemaakt.strip() else None
    )
