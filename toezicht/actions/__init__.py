"""Writes of toezicht. Other apps call these (and toezicht.selectors), not the models."""

from toezicht.actions.afronden import ontbrekende_punten, rond_controle_af
from toezicht.actions.bevindingen import Wijziging, los_conflict_op, verwerk_bevinding
from toezicht.actions.checklists import activeer_versie, laad_checklist, nieuwe_versie
from toezicht.actions.controles import (
    handel_controle_af,
    plan_controle,
    plan_hercontrole,
    start_controle,
    zet_controlestatus,
)
from toezicht.actions.fotos import ontvang_deel, registreer_foto, voltooi_foto
from toezicht.actions.objecten import maak_object, object_van_vergunning, wijzig_object
from toezicht.actions.programma import genereer_planning, maak_controles_aan

__all__ = [
    "Wijziging",
    "activeer_versie",
    "genereer_planning",
    "handel_controle_af",
    "laad_checklist",
    "los_conflict_op",
    "maak_controles_aan",
    "maak_object",
    "nieuwe_versie",
    "object_van_vergunning",
    "ontbrekende_punten",
    "ontvang_deel",
    "plan_controle",
    "plan_hercontrole",
    "registreer_foto",
    "rond_controle_af",
    "start_controle",
    "verwerk_bevinding",
    "voltooi_foto",
    "wijzig_object",
    "zet_controlestatus",
]
