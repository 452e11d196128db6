from toezicht.models.checklists import Checklist, ChecklistVersie, Fase, Sectie, VersieStatus, Vraag, Vraagtype
from toezicht.models.controles import (
    Aanleiding,
    Bevinding,
    Controle,
    ControleStatus,
    Foto,
    FotoDeel,
    Oordeel,
    Overtredingsvoorstel,
    SyncConflict,
    VoorstelStatus,
)
from toezicht.models.instellingen import ToezichtInstellingen
from toezicht.models.objecten import Naleefgedrag, ObjectBron, Risicocategorie, VthObject
from toezicht.models.programma import KPI, Doel, Frequentie, GeplandeControle, Thema, Toezichtprogramma

__all__ = [
    "KPI",
    "Aanleiding",
    "Bevinding",
    "Checklist",
    "ChecklistVersie",
    "Controle",
    "ControleStatus",
    "Doel",
    "Fase",
    "Foto",
    "FotoDeel",
    "Frequentie",
    "GeplandeControle",
    "Naleefgedrag",
    "ObjectBron",
    "Oordeel",
    "Overtredingsvoorstel",
    "Risicocategorie",
    "Sectie",
    "SyncConflict",
    "Thema",
    "ToezichtInstellingen",
    "Toezichtprogramma",
    "VersieStatus",
    "VoorstelStatus",
    "Vraag",
    "Vraagtype",
    "VthObject",
]
