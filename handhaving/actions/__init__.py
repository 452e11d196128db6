"""Writes of handhaving. Each transition locks the handhavingszaak, checks the allowed
previous fase and the capability (handhaving.besluiten for decisions), writes a Stap and an
event, mirrors the zaak status and generates its letter."""

from handhaving.actions.basis import GeenBevoegdheid, HandhavingFout, neem_besluit
from handhaving.actions.escalatie import (
    plan_hercontrole,
    spreek_aan,
    verstuur_voornemen,
    verwerk_hercontrole,
    verwerk_zienswijze,
    waarschuw,
)
from handhaving.actions.invordering import (
    invorder,
    registreer_betaling,
    registreer_rechtsmiddel,
    registreer_verbeurte,
    voer_bestuursdwang_uit,
)
from handhaving.actions.last import gedoog, leg_last_op, sluit_af, spoedeisende_bestuursdwang
from handhaving.actions.starten import kies_interventie, start_handhavingszaak, voeg_overtreding_toe, voorstel_voor
from handhaving.actions.verzoek import (
    beslis_op_verzoek,
    koppel_verzoek,
    registreer_handhavingsverzoek,
    start_handhaving_uit_verzoek,
)

__all__ = [
    "GeenBevoegdheid",
    "HandhavingFout",
    "beslis_op_verzoek",
    "gedoog",
    "invorder",
    "kies_interventie",
    "koppel_verzoek",
    "leg_last_op",
    "neem_besluit",
    "plan_hercontrole",
    "registreer_betaling",
    "registreer_handhavingsverzoek",
    "registreer_rechtsmiddel",
    "registreer_verbeurte",
    "sluit_af",
    "spoedeisende_bestuursdwang",
    "spreek_aan",
    "start_handhaving_uit_verzoek",
    "start_handhavingszaak",
    "verstuur_voornemen",
    "verwerk_hercontrole",
    "verwerk_zienswijze",
    "voeg_overtreding_toe",
    "voer_bestuursdwang_uit",
    "voorstel_voor",
    "waarschuw",
]
