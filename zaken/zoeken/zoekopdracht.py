"""Understanding what was typed in the one search box."""

import re
from dataclasses import dataclass

from clo.core.validators import elfproef
from zaken.zoeken.normalisatie import adres_sleutel_uit_zoekterm, normaliseer

_ZAAKNUMMER = re.compile(r"^([a-z]{2,8})-(\d{4})-(\d{1,6})$", re.IGNORECASE)
_CIJFERS = re.compile(r"^[\d\s.]+$")


@dataclass(frozen=True)
class Zoekopdracht:
    invoer: str
    soort: str  # leeg | zaaknummer | bsn | kvk | adres | tekst
    sleutel: str = ""
    genormaliseerd: str = ""


def ontleed(invoer: str) -> Zoekopdracht:
    invoer = " ".join((invoer or "").split())[:200]
    if not invoer:
        return Zoekopdracht(invoer, "leeg")
    if match := _ZAAKNUMMER.match(invoer):
        return Zoekopdracht(invoer, "zaaknummer", f"{match[1].upper()}-{match[2]}-{int(match[3]):06d}")
    if _CIJFERS.match(invoer):
        cijfers = re.sub(r"\D", "", invoer)
        if len(cijfers) == 9 and elfproef(cijfers):
            return Zoekopdracht(invoer, "bsn", cijfers)
        if len(cijfers) in (8, 12):
            return Zoekopdracht(invoer, "kvk", cijfers)
    if sleutel := adres_sleutel_uit_zoekterm(invoer):
        return Zoekopdracht(invoer, "adres", sleutel, normaliseer(invoer))
    return Zoekopdracht(invoer, "tekst", "", normaliseer(invoer))
