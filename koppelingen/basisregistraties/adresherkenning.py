"""Finding the BAG address behind a locatie typed by hand ("Grote Breedstraat 3 A, Dokkum")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..bag.mapping import Adres

POSTCODE = re.compile(r"\b(\d{4})\s?([A-Za-z]{2})\b")
# street, number, optional letter, optional toevoeging ("12", "3 A", "3a", "12-2", "7 bis")
HUISNUMMER = re.compile(
    r"(?P<straat>.*?\D)\s+(?P<nummer>\d{1,5})\s*(?P<letter>[A-Za-z](?![A-Za-z]))?\s*(?:[-\s]\s*(?P<toev>[A-Za-z0-9]{1,4}))?\s*$"
)


@dataclass(frozen=True)
class Adresvraag:
    postcode: str
    huisnummer: int
    rest: str  # huisletter + toevoeging as typed, upper case, without separators

    def past(self, adres: Adres) -> bool:
        return ((adres.huisletter or "") + (adres.toevoeging or "")).upper() == self.rest


def normaliseer_postcode(postcode: str) -> str:
    return postcode.replace(" ", "").upper()


def adresvraag(*, postcode: str, huisnummer: str, huisletter: str = "", toevoeging: str = "", omschrijving: str = ""):
    """Postcode + huisnummer from the locatie's fields, falling back to its description."""
    postcode = normaliseer_postcode(postcode or "")
    if not postcode and (m := POSTCODE.search(omschrijving or "")):
        postcode = (m.group(1) + m.group(2)).upper()
    rest = (huisletter or "") + (toevoeging or "")
    nummer = huisnummer.strip() if huisnummer else ""
    if not nummer:
        eerste = (omschrijving or "").split(",")[0]
        eerste = POSTCODE.sub("", eerste).strip()
        if m := HUISNUMMER.match(eerste):
            nummer = m.group("nummer")
            rest = (m.group("letter") or "") + (m.group("toev") or "")
    if not (postcode and nummer.isdigit()):
        return None
    return Adresvraag(postcode, int(nummer), rest.replace("-", "").replace(" ", "").upper())


def kies(vraag: Adresvraag, kandidaten: list[Adres]) -> Adres | None:
    passend = [a for a in kandidaten if a.huisnummer == vraag.huisnummer and vraag.past(a)]
    return passend[0] if len(passend) == 1 else None
