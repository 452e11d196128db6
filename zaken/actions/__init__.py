"""Every mutation of a zaak goes through these functions (views, flows, admin actions and
commands call them): one transaction, an append-only event row, side effects on commit."""

from zaken.actions.betrokkenen import voeg_betrokkene_toe, voeg_locatie_toe
from zaken.actions.documenten import (
    DocumentFout,
    NieuwDocument,
    controleer_document,
    maak_definitief,
    markeer_vervallen,
    nieuwe_versie,
    voeg_document_toe,
    voeg_documenten_toe,
)
from zaken.actions.relaties import relateer_zaak
from zaken.actions.zaak import (
    ZaakFout,
    registreer_zaak,
    sluit_zaak,
    wijs_behandelaar_toe,
    wijzig_zaak,
    zet_status,
)

__all__ = [
    "DocumentFout",
    "NieuwDocument",
    "ZaakFout",
    "controleer_document",
    "maak_definitief",
    "markeer_vervallen",
    "nieuwe_versie",
    "registreer_zaak",
    "relateer_zaak",
    "sluit_zaak",
    "voeg_betrokkene_toe",
    "voeg_document_toe",
    "voeg_documenten_toe",
    "voeg_locatie_toe",
    "wijs_behandelaar_toe",
    "wijzig_zaak",
    "zet_status",
]
