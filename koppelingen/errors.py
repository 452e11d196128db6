"""Errors raised by the clients of external systems (BAG, BRK, BRP, KvK, ...).

Every error carries a Dutch `melding` fit for the screen ("what happened, what to do next") and a
technical `detail` for the log and the koppelingen status page. Callers decide on the class:
`KoppelingNietBeschikbaar` means "try again later" (enrichment catches up), the others mean the
question itself or the configuration is wrong and retrying will not help.
"""

from __future__ import annotations

from typing import Any


class KoppelingFout(Exception):
    """Base class: an external system could not answer the question."""

    retryable: bool = False
    standaard_melding = "Het externe systeem gaf een onverwachte fout. Probeer het later opnieuw."

    def __init__(
        self,
        melding: str | None = None,
        *,
        detail: str = "",
        systeem: str = "",
        status: int | None = None,
        fout: dict[str, Any] | None = None,
    ) -> None:
        self.melding = melding or self.standaard_melding
        self.detail = detail
        self.systeem = systeem
        self.status = status
        # The parsed error body (problem+json or KvK "fout"), kept for the log.
        self.fout = fout or {}
        super().__init__(self.melding)

    def __str__(self) -> str:
        bron = f"{self.systeem}: " if self.systeem else ""
        extra = f" ({self.detail})" if self.detail else ""
        return f"{bron}{self.melding}{extra}"


class KoppelingNietBeschikbaar(KoppelingFout):
    """Timeout, connection error, 5xx or rate limit: the same question may succeed later."""

    retryable = True
    standaard_melding = (
        "Het externe systeem is tijdelijk niet bereikbaar. De gegevens worden later aangevuld."
    )


class NietGevonden(KoppelingFout):
    """404: the object does not exist in the registration."""

    standaard_melding = "Het gevraagde gegeven is niet gevonden in de registratie."


class OngeldigVerzoek(KoppelingFout):
    """400: the question is malformed (e.g. a postcode in the wrong format, an unknown field)."""

    standaard_melding = "De vraag aan het externe systeem is niet geldig. Controleer de invoer."

    @property
    def ongeldige_parameters(self) -> list[str]:
        # BAG spells the key "invalid-params", BRK and BRP "invalidParams".
        params = self.fout.get("invalidParams") or self.fout.get("invalid-params") or []
        return [p.get("name", "") for p in params if isinstance(p, dict)]


class NietGeautoriseerd(KoppelingFout):
    """401/403: the API key or certificate of the koppeling is missing or wrong."""

    standaard_melding = (
        "CLO heeft geen toegang tot het externe systeem. Functioneel beheer moet de "
        "koppeling (API-sleutel of certificaat) controleren."
    )
