"""Lenient readers for STAM elements.

Mapping must survive schema-invalid input (the caller asked us to carry on when the mandatory
fields are there), so every reader returns None for absent or unusable values instead of
raising, and notes unusable values as a Validatiefout.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from lxml import etree

from .fouten import Validatiefout
from .model_betrokkene import Bronverschil

NS_IMAM = "http://www.omgevingswet.nl/koppelvlak/stam-v4/IMAM"
NS_VX = "http://www.omgevingswet.nl/koppelvlak/stam-v4/verzoek"
NS_IC = "http://www.omgevingswet.nl/koppelvlak/stam-v4/common"

# DSO-LV writes local Dutch time without offset (see its example); xs:dateTime allows that.
NEDERLANDSE_TIJD = ZoneInfo("Europe/Amsterdam")

_XS_DATETIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?",
    re.ASCII,
)
_BRON_REGISTER = "DSO-LV"
_BRON_GEBRUIKER = "gebruiker"

Element = etree._Element


def kind(ouder: Element | None, ns: str, naam: str) -> Element | None:
    if ouder is None:
        return None
    return ouder.find(f"{{{ns}}}{naam}")


def kinderen(ouder: Element | None, ns: str, naam: str) -> list[Element]:
    if ouder is None:
        return []
    return ouder.findall(f"{{{ns}}}{naam}")


def tekst(el: Element | None) -> str | None:
    """Direct text of a simple-content element, stripped; None when empty."""
    if el is None:
        return None
    # Text split by comments is still one value; child elements would be invalid and are ignored.
    delen = [el.text or ""] + [c.tail or "" for c in el if not isinstance(c.tag, str)]
    waarde = "".join(delen).strip()
    return waarde or None


class Lezer:
    """Collects warnings about values that were present but could not be used."""

    def __init__(self) -> None:
        self.waarschuwingen: list[Validatiefout] = []

    def waarschuw(self, el: Element | None, melding: str) -> None:
        regel = el.sourceline if el is not None else None
        self.waarschuwingen.append(Validatiefout(regel=regel, melding=melding))

    def tekst(self, ouder: Element | None, ns: str, naam: str) -> str | None:
        return tekst(kind(ouder, ns, naam))

    def boolean(self, ouder: Element | None, ns: str, naam: str) -> bool | None:
        return self.boolean_van(kind(ouder, ns, naam))

    def boolean_van(self, el: Element | None) -> bool | None:
        waarde = tekst(el)
        if waarde is None:
            return None
        if waarde in ("true", "1"):
            return True
        if waarde in ("false", "0"):
            return False
        self.waarschuw(el, f"geen boolean: {waarde[:40]!r}")
        return None

    def datumtijd(self, ouder: Element | None, ns: str, naam: str) -> datetime | None:
        el = kind(ouder, ns, naam)
        waarde = tekst(el)
        if waarde is None:
            return None
        resultaat = parse_xs_datetime(waarde)
        if resultaat is None:
            self.waarschuw(el, f"geen geldige datum/tijd: {waarde[:40]!r}")
        return resultaat

    def antwoord(
        self,
        ouder: Element | None,
        ns: str,
        naam: str,
        *,
        register_eerst: bool = False,
        verschillen: list[Bronverschil] | None = None,
        veld: str = "",
    ) -> str | None:
        """Value of an ic:Antwoord element that DSO-LV may send twice (bron gebruiker/DSO-LV).

        Identifiers come from registers (eHerkenning/KvK), so the register value wins for them;
        for contact data the aanvrager's own entry wins, as that is what the aanvraag states.
        """
        waarden: dict[str | None, str] = {}
        for el in kinderen(ouder, ns, naam):
            waarde = tekst(el)
            if waarde is not None:
                waarden.setdefault(el.get("bron"), waarde)
        if not waarden:
            return None
        gebruiker = waarden.get(_BRON_GEBRUIKER)
        register = waarden.get(_BRON_REGISTER)
        if verschillen is not None and gebruiker and register and gebruiker != register:
            verschillen.append(Bronverschil(veld or naam, gebruiker, register))
        volgorde = (register, gebruiker) if register_eerst else (gebruiker, register)
        for kandidaat in (*volgorde, *waarden.values()):
            if kandidaat:
                return kandidaat
        return None


def parse_xs_datetime(waarde: str) -> datetime | None:
    """xs:dateTime to an aware datetime; no offset means Dutch local time."""
    match = _XS_DATETIME.fullmatch(waarde.strip())
    if not match:
        return None
    jaar, maand, dag, uur, minuut, seconde, fractie, zone = match.groups()
    microseconden = int((fractie or "0")[:6].ljust(6, "0"))
    extra_dag = uur == "24" and minuut == "00" and seconde == "00" and not int(fractie or "0")
    try:
        resultaat = datetime(
            int(jaar),
            int(maand),
            int(dag),
            0 if extra_dag else int(uur),
            int(minuut),
            int(seconde),
            microseconden,
        )
        if extra_dag:
            resultaat += timedelta(days=1)
        if zone is None:
            return resultaat.replace(tzinfo=NEDERLANDSE_TIJD)
        if zone == "Z":
            return resultaat.replace(tzinfo=UTC)
        teken = 1 if zone[0] == "+" else -1
        uren, minuten = int(zone[1:3]), int(zone[4:6])
        if uren > 14 or minuten > 59:
            return None
        return resultaat.replace(tzinfo=timezone(teken * timedelta(hours=uren, minutes=minuten)))
    except (ValueError, OverflowError):
        return None
