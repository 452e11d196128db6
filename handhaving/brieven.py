"""Lazy adapter to the letters app (zaken.brieven): every handhaving step calls `maak_brief`
here. When the letters app, its template or a placeholder is missing, the step still goes
through and the tijdlijn says which letter must be made by hand."""

import logging

from clo.audit.log import log_gebeurtenis

logger = logging.getLogger(__name__)

# Letter codes used by handhaving; the letters app must ship a template for each.
CODES = (
    "handhaving_waarschuwing",
    "handhaving_voornemen",
    "handhaving_last_onder_dwangsom",
    "handhaving_last_onder_bestuursdwang",
    "handhaving_invorderingsbeschikking",
    "handhaving_gedoogbeschikking",
    "handhavingsverzoek_besluit",
)


def _toegestaan(extra: dict) -> tuple[dict, list[str]]:
    """Drops keys the letter schema does not (yet) declare, so a richer `extra` never blocks
    a letter; returns the dropped paths for the event."""
    try:
        from zaken.brieven.schema import SCHEMA
        from zaken.brieven.sjabloontaal import toegestane_paden
    except ImportError:
        return extra, []
    paden = toegestane_paden(SCHEMA)
    weggelaten: list[str] = []

    def filter_(waarde: dict, prefix: str) -> dict:
        uit = {}
        for sleutel, sub in waarde.items():
            pad = f"{prefix}.{sleutel}" if prefix else sleutel
            if pad not in paden:
                weggelaten.append(pad)
            elif isinstance(sub, dict):
                uit[sleutel] = filter_(sub, pad)
            else:
                uit[sleutel] = sub
        return uit

    return filter_(extra, ""), weggelaten


def _niet_beschikbaar(zaak, code: str, door, reden: str) -> None:
    log_gebeurtenis(
        organisatie=zaak.organisatie,
        door=door,
        actie="handhaving.brief_niet_beschikbaar",
        zaak=zaak,
        omschrijving=f"Brief '{code}' nog niet beschikbaar; maak de brief handmatig.",
        reden=reden,
        data={"code": code},
    )


def maak_brief(zaak, code: str, *, door, extra: dict | None = None, definitief: bool = False):
    """The generated document, or None when the letter could not be made (event written)."""
    try:
        from zaken.brieven.actions import BriefFout, maak_brief_definitief
        from zaken.brieven.actions import maak_brief as _maak_brief
    except ImportError:
        _niet_beschikbaar(zaak, code, door, "De briefmodule is niet geïnstalleerd.")
        return None
    gegevens, weggelaten = _toegestaan(extra or {})
    if weggelaten:
        logger.info("Brief %s: gegevens nog niet in het briefschema: %s", code, ", ".join(weggelaten))
    try:
        document = _maak_brief(zaak, code, door=door, extra=gegevens)
        if definitief:
            document = maak_brief_definitief(document, door=door)
    except BriefFout as exc:
        _niet_beschikbaar(zaak, code, door, str(exc))
        return None
    return document
