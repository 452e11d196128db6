"""Length of a term (dagen, weken, maanden, jaren) and calendar arithmetic with it."""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from .fouten import TermijnFout

Eenheid = Literal["dagen", "weken", "maanden", "jaren"]

_LETTERS: dict[str, Eenheid] = {
    "d": "dagen",
    "w": "weken",
    "m": "maanden",
    "j": "jaren",
    "y": "jaren",
}
_ENKELVOUD = {"dagen": "dag", "weken": "week", "maanden": "maand", "jaren": "jaar"}
# Atw art. 4: the Atw does not apply to terms longer than these (terms in years never).
_ATW_MAXIMUM = {"dagen": 90, "weken": 12, "maanden": 3, "jaren": 0}


def plus_maanden(datum: date, maanden: int) -> date:
    """Same day number `maanden` later; the last day of the month when that day does not exist."""
    index = datum.year * 12 + datum.month - 1 + maanden
    jaar, maand = divmod(index, 12)
    laatste = calendar.monthrange(jaar, maand + 1)[1]
    return date(jaar, maand + 1, min(datum.day, laatste))


@dataclass(frozen=True)
class Duur:
    aantal: int
    eenheid: Eenheid

    def __post_init__(self) -> None:
        if self.eenheid not in _ATW_MAXIMUM:
            raise TermijnFout(
                f"Onbekende eenheid '{self.eenheid}' (gebruik dagen, weken, maanden of jaren)."
            )
        if self.aantal < 0:
            raise TermijnFout("Een termijn kan niet negatief zijn.")

    @classmethod
    def dagen(cls, aantal: int) -> "Duur":
        return cls(aantal, "dagen")

    @classmethod
    def weken(cls, aantal: int) -> "Duur":
        return cls(aantal, "weken")

    @classmethod
    def maanden(cls, aantal: int) -> "Duur":
        return cls(aantal, "maanden")

    @classmethod
    def parse(cls, tekst: str) -> "Duur":
        """Read '6w', '14d', '2m' or '1j' (also '6 weken')."""
        match = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]+)\s*", tekst or "")
        letter = match.group(2)[0].lower() if match else ""
        if not match or letter not in _LETTERS:
            raise TermijnFout(
                f"Ongeldige duur '{tekst}': gebruik bijvoorbeeld 6w (weken), 14d (dagen) of 2m "
                "(maanden)."
            )
        return cls(int(match.group(1)), _LETTERS[letter])

    @property
    def omschrijving(self) -> str:
        eenheid = _ENKELVOUD[self.eenheid] if self.aantal == 1 else self.eenheid
        return f"{self.aantal} {eenheid}"

    @property
    def atw_van_toepassing(self) -> bool:
        """False for terms outside the Atw (art. 4: > 90 dagen, > 12 weken, > 3 maanden, jaren)."""
        return self.aantal <= _ATW_MAXIMUM[self.eenheid]

    def na(self, datum: date) -> date:
        """The day on which a term of this length, starting the day after `datum`, ends."""
        return self._verschuif(datum, 1)

    def voor(self, datum: date) -> date:
        """Counting backwards: the same length before `datum`."""
        return self._verschuif(datum, -1)

    def _verschuif(self, datum: date, richting: int) -> date:
        if self.eenheid == "dagen":
            return datum + timedelta(days=richting * self.aantal)
        if self.eenheid == "weken":
            return datum + timedelta(weeks=richting * self.aantal)
        maanden = self.aantal * (12 if self.eenheid == "jaren" else 1)
        return plus_maanden(datum, richting * maanden)

    def __str__(self) -> str:
        return self.omschrijving
