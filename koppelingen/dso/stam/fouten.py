"""Failure classes of the STAM verzoekbericht parser.

Every error the parser raises is a `StamFout`. The caller stores the raw message before parsing
(koppelingen pattern), so an error never loses a verzoek: `melding` is shown to functioneel
beheer, `detail` goes to the log for ops.

Fatal (processing stops): OnveiligeXml, OngeldigeXml, OnbekendBericht, OnvolledigBericht, and
SchemaNietBeschikbaar (a deployment problem, not a message problem). XSD schema errors are not
exceptions but `Validatiefout` records returned next to the mapped verzoek.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Validatiefout:
    """One schema (or mapping) problem; processing continued despite it."""

    regel: int | None
    melding: str
    pad: str | None = None

    def __str__(self) -> str:
        plaats = f"regel {self.regel}" if self.regel else "regel onbekend"
        return f"{plaats}: {self.melding}"


class StamFout(Exception):
    """Base of every error raised by the STAM parser."""

    standaard_melding = "Het DSO-verzoekbericht kon niet worden verwerkt."

    def __init__(self, detail: str, melding: str | None = None) -> None:
        self.melding = melding or self.standaard_melding
        self.detail = detail
        super().__init__(f"{self.melding} ({detail})")

    def __reduce__(self):
        # Keep melding/detail (and subclass fields) when Celery pickles the exception.
        return (_herbouw, (type(self), self.args, self.__dict__))


def _herbouw(cls: type[StamFout], args: tuple, toestand: dict) -> StamFout:
    fout = cls.__new__(cls)
    Exception.__init__(fout, *args)
    fout.__dict__.update(toestand)
    return fout


class OnveiligeXml(StamFout):
    """Hostile or oversized input: DTD, entity declarations, external entities, size limit."""

    standaard_melding = (
        "Het DSO-verzoekbericht is geweigerd omdat het onveilige XML-constructies bevat of te "
        "groot is. Neem contact op met functioneel beheer."
    )


class OngeldigeXml(StamFout):
    """The bytes are not well-formed XML (including empty input)."""

    standaard_melding = (
        "Het DSO-verzoekbericht is geen geldige XML en kan niet worden gelezen. Vraag het bericht "
        "opnieuw op bij het Omgevingsloket."
    )


class OnbekendBericht(StamFout):
    """Well-formed XML, but not a STAM 4.0 verzoekbericht (wrong root element or namespace)."""

    standaard_melding = (
        "Het bericht is geen STAM 4.0-verzoekbericht van het Omgevingsloket en is niet verwerkt."
    )


class OnvolledigBericht(StamFout):
    """A field needed to route the verzoek (verzoeknummer, doel, OIN bevoegd gezag) is missing."""

    standaard_melding = (
        "Het DSO-verzoekbericht mist gegevens die nodig zijn om het verzoek te verwerken."
    )

    def __init__(
        self,
        detail: str,
        *,
        ontbrekend: tuple[str, ...] = (),
        validatiefouten: tuple[Validatiefout, ...] = (),
    ) -> None:
        self.ontbrekend = ontbrekend
        self.validatiefouten = validatiefouten
        melding = self.standaard_melding
        if ontbrekend:
            melding = f"{melding} Ontbrekend of onbruikbaar: {', '.join(ontbrekend)}."
        super().__init__(detail, melding)


class SchemaNietBeschikbaar(StamFout):
    """The STAM XSDs could not be loaded from the shared specs folder (installation problem)."""

    standaard_melding = (
        "De STAM-schema's zijn niet gevonden; DSO-verzoeken kunnen niet worden gecontroleerd. "
        "Neem contact op met de beheerder van de installatie."
    )
