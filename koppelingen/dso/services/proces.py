"""Adapters to the vergunningen processes, loaded lazily: that app may not have them (yet)."""

from __future__ import annotations

import datetime
import logging

from django.apps import apps

from zaken.actions import sluit_zaak
from zaken.actions.termijnen import beeindig_opschorting

logger = logging.getLogger(__name__)
_RESULTAAT_INGETROKKEN = ("ingetrokken", "afgebroken")


def proces_actie(naam: str):
    """vergunningen.actions.<naam>, or None when that app or action is not available."""
    if not apps.is_installed("vergunningen"):
        return None
    try:
        from vergunningen import actions
    except ImportError:
        return None
    return getattr(actions, naam, None)


def trek_in(zaak, *, reden: str) -> None:
    """Ends the zaak as withdrawn through its process; without a process action, closes it
    directly with the resultaat 'ingetrokken' (or 'afgebroken')."""
    actie = proces_actie("trek_in")
    if actie is not None:
        actie(zaak, door=None, reden=reden)
        return
    resultaattype = next(
        (r for code in _RESULTAAT_INGETROKKEN for r in zaak.zaaktype.resultaattypen.filter(code=code)), None
    )
    if resultaattype is None:
        from .fouten import IntakeFout

        raise IntakeFout(
            "geen_resultaattype",
            f"Zaaktype {zaak.zaaktype} heeft geen resultaat 'ingetrokken' of "
            "'afgebroken'; voeg dat toe in de catalogus en probeer opnieuw.",
        )
    sluit_zaak(zaak, resultaattype, door=None, toelichting=reden)


def aanvulling_ontvangen(zaak, *, ontvangen_op: datetime.date) -> None:
    """Ends a running opschorting (Awb 4:15) — through the process when it has that step."""
    if not zaak.opschortingen.filter(einddatum__isnull=True).exists():
        return
    actie = proces_actie("registreer_aanvulling")
    if actie is not None:
        actie(zaak, door=None, ontvangen_op=ontvangen_op)
        return
    beeindig_opschorting(zaak, door=None, einddatum=ontvangen_op, reden="Aanvulling ontvangen via het Omgevingsloket")
