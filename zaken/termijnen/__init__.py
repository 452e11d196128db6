"""Termijnen: deadlines under the Awb, Ow and Algemene termijnenwet, each with its explanation.

Pure Python (no Django at import time). Entry point: `bereken(procedure, **gegevens)`.
"""

from .beslisprocedures import BESLISPROCEDURES, Beslisprocedure
from .beslistermijn import bereken_beslistermijn, uiterste_bekendmaking_verlenging
from .bezwaar import bereken_bezwaartermijn, bereken_wettelijke_termijn
from .conventies import STANDAARD_CONVENTIES, TermijnConventies
from .dispatcher import PROCEDURES, bereken
from .django_bridge import kalender_voor_django
from .duur import Duur
from .dwangsom import bereken_dwangsom, dwangsombedrag
from .fouten import TermijnFout
from .gelijkgestelde_dagen import GELIJKGESTELDE_DAGEN, GelijkgesteldeDag
from .invoer import Opschorting, Verlenging, parse_datum, parse_opschorting, parse_verlenging
from .kalender import AtwKalender, paaszondag
from .melding import bereken_meldingstermijn
from .resultaat import Stap, Termijnberekening, datum_nl
from .voor_zaak import bereken_voor_zaak
from .zienswijze import bereken_zienswijzetermijn

__all__ = [
    "BESLISPROCEDURES",
    "GELIJKGESTELDE_DAGEN",
    "PROCEDURES",
    "STANDAARD_CONVENTIES",
    "AtwKalender",
    "Beslisprocedure",
    "Duur",
    "GelijkgesteldeDag",
    "Opschorting",
    "Stap",
    "TermijnConventies",
    "TermijnFout",
    "Termijnberekening",
    "Verlenging",
    "bereken",
    "bereken_beslistermijn",
    "bereken_voor_zaak",
    "bereken_bezwaartermijn",
    "bereken_dwangsom",
    "bereken_meldingstermijn",
    "bereken_wettelijke_termijn",
    "bereken_zienswijzetermijn",
    "datum_nl",
    "dwangsombedrag",
    "kalender_voor_django",
    "paaszondag",
    "parse_datum",
    "parse_opschorting",
    "parse_verlenging",
    "uiterste_bekendmaking_verlenging",
]
