"""Result of a term calculation: the date plus every step that led to it, in Dutch."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

_DAGAFKORTINGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")


def datum_nl(datum: date) -> str:
    """'do 17-12-2026'."""
    return f"{_DAGAFKORTINGEN[datum.weekday()]} {datum:%d-%m-%Y}"


def datum_kort(datum: date) -> str:
    """'17-12-2026'."""
    return f"{datum:%d-%m-%Y}"


def euro(bedrag: Decimal) -> str:
    """'€ 1.442,00'."""
    tekst = f"{bedrag:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {tekst}"


@dataclass(frozen=True)
class Stap:
    omschrijving: str
    datum: date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "omschrijving": self.omschrijving,
            "datum": self.datum.isoformat() if self.datum else None,
        }


@dataclass
class Termijnberekening:
    """A computed deadline with its explanation.

    `einddatum` is the deadline the procedure is about (see each procedure's docstring).
    `opgeschort` means a suspension is still running; then `voorlopig` is also set and the
    date is computed as if the suspension ended on the reference day (`vandaag`).
    `datums` holds further named dates, e.g. 'uiterste_bekendmaking_verlenging',
    'interne_streefdatum', 'per_post_ontvangen_uiterlijk', 'vaststelling_uiterlijk'.
    """

    procedure: str
    einddatum: date
    stappen: list[Stap] = field(default_factory=list)
    waarschuwingen: list[str] = field(default_factory=list)
    verschoven: bool = False
    opgeschort: bool = False
    voorlopig: bool = False
    datums: dict[str, date] = field(default_factory=dict)
    bedrag: Decimal | None = None
    dwangsomdagen: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "procedure": self.procedure,
            "einddatum": self.einddatum.isoformat(),
            "stappen": [stap.to_dict() for stap in self.stappen],
            "waarschuwingen": list(self.waarschuwingen),
            "verschoven": self.verschoven,
            "opgeschort": self.opgeschort,
            "voorlopig": self.voorlopig,
            "datums": {naam: datum.isoformat() for naam, datum in self.datums.items()},
            "bedrag": None if self.bedrag is None else f"{self.bedrag:.2f}",
            "dwangsomdagen": self.dwangsomdagen,
        }

    def als_tekst(self) -> str:
        """Human-readable explanation, one step per line, ending with the deadline."""
        regels = [f"- {stap.omschrijving}" for stap in self.stappen]
        regels += [f"Let op: {w}" for w in self.waarschuwingen]
        status = " (voorlopig)" if self.voorlopig else ""
        regels.append(f"Einddatum{status}: {datum_nl(self.einddatum)}")
        if self.bedrag is not None:
            regels.append(f"Dwangsom: {self.dwangsomdagen} dagen, {euro(self.bedrag)}")
        return "\n".join(regels)


class Uitleg:
    """Collects steps and warnings while a procedure computes its deadline."""

    def __init__(self) -> None:
        self.stappen: list[Stap] = []
        self.waarschuwingen: list[str] = []

    def stap(self, omschrijving: str, datum: date | None = None) -> None:
        self.stappen.append(Stap(omschrijving, datum))

    def waarschuw(self, tekst: str) -> None:
        if tekst not in self.waarschuwingen:
            self.waarschuwingen.append(tekst)

    def resultaat(self, procedure: str, einddatum: date, **kwargs: Any) -> Termijnberekening:
        return Termijnberekening(
            procedure, einddatum, list(self.stappen), list(self.waarschuwingen), **kwargs
        )
