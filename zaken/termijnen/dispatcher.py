"""One entry point for all procedures, used by the management command and the zaak model."""

import inspect
from collections.abc import Callable
from functools import partial
from typing import Any

from .beslisprocedures import BESLISPROCEDURES
from .beslistermijn import bereken_beslistermijn
from .bezwaar import bereken_bezwaartermijn, bereken_wettelijke_termijn
from .dwangsom import bereken_dwangsom
from .fouten import TermijnFout
from .melding import bereken_meldingstermijn
from .resultaat import Termijnberekening
from .zienswijze import bereken_zienswijzetermijn

_ANDERE: dict[str, Callable[..., Termijnberekening]] = {
    "zienswijze": bereken_zienswijzetermijn,
    "melding": bereken_meldingstermijn,
    "bezwaar": bereken_bezwaartermijn,
    "dwangsom": bereken_dwangsom,
    "termijn": bereken_wettelijke_termijn,
}
PROCEDURES: tuple[str, ...] = (*BESLISPROCEDURES, *_ANDERE)
# Context every caller may pass; silently left out for procedures that do not use it.
_CONTEXT = frozenset({"kalender", "conventies", "vandaag"})


def _functie(procedure: str) -> Callable[..., Termijnberekening]:
    if procedure in BESLISPROCEDURES:
        return partial(bereken_beslistermijn, procedure)
    if procedure in _ANDERE:
        return _ANDERE[procedure]
    raise TermijnFout(f"Onbekende procedure '{procedure}'; kies uit: {', '.join(PROCEDURES)}.")


def bereken(procedure: str, /, **gegevens: Any) -> Termijnberekening:
    """Compute the deadline of `procedure` (one of PROCEDURES) from keyword arguments:

    - regulier, uitgebreid, aanvraag, handhavingsverzoek: ontvangen, opschortingen,
      verlengingen, vandaag
    - bezwaar: bekendgemaakt
    - zienswijze: ter_inzage | voornemen_verzonden, weken
    - melding: start, weken, ontvangen
    - dwangsom: ingebrekestelling_ontvangen, termijn_einde | ontvangen (+ opschortingen,
      verlengingen), beslist, vandaag
    - termijn: gebeurtenis, duur (a Duur), grondslag
    and for every procedure kalender (AtwKalender), conventies (TermijnConventies) and vandaag
    (reference day), ignored where not used. None values are treated as not given.
    """
    functie = _functie(procedure)
    gegevens = {naam: waarde for naam, waarde in gegevens.items() if waarde is not None}
    parameters = {
        naam: p
        for naam, p in inspect.signature(functie).parameters.items()
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    }
    gegevens = {
        naam: w for naam, w in gegevens.items() if naam in parameters or naam not in _CONTEXT
    }
    onbekend = sorted(set(gegevens) - set(parameters))
    if onbekend:
        raise TermijnFout(
            f"Gegevens {', '.join(onbekend)} horen niet bij procedure '{procedure}'; "
            f"mogelijk: {', '.join(parameters)}."
        )
    ontbrekend = [
        naam for naam, p in parameters.items() if p.default is p.empty and naam not in gegevens
    ]
    if ontbrekend:
        raise TermijnFout(f"Voor procedure '{procedure}' ontbreekt: {', '.join(ontbrekend)}.")
    return functie(**gegevens)
