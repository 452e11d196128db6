"""Triage of messages whose activiteiten have no zaaktype yet: a person picks one."""

from __future__ import annotations

from django.db import transaction

from zaken.models import Zaaktype

from ..models import ActiviteitZaaktype, Bericht, TriageKeuze
from ..services.ontvangst import opnieuw_verwerken
from ..services.routering import wijs_zaaktypen_toe
from ..stam import StamFout, parse_verzoek


def _onbekend(bericht: Bericht) -> list[str]:
    try:
        verzoek = parse_verzoek(bytes(bericht.inhoud), valideer=False).verzoek
    except StamFout:
        return []
    return wijs_zaaktypen_toe(bericht, verzoek, bericht.organisatie)[1]


def _zaaktypen(organisatie):
    return (
        Zaaktype.objects.filter(organisatie=organisatie, concept=False)
        .order_by("identificatie", "-versie")
        .distinct("identificatie")
    )


def triage_context(bericht: Bericht) -> dict:
    if bericht.organisatie_id is None:
        return {}
    return {"onbekende_activiteiten": _onbekend(bericht), "zaaktypen": _zaaktypen(bericht.organisatie)}


def verwerk_triage(bericht: Bericht, data, door, organisatie) -> str | None:
    """Stores the choices (and optionally a rule for the future) and requeues. Returns an error."""
    if bericht.organisatie_id != organisatie.pk:
        return "Dit bericht hoort niet bij uw organisatie."
    toegestaan = set(_zaaktypen(organisatie).values_list("identificatie", flat=True))
    onthouden = data.get("onthouden") == "1"
    keuzes = {}
    for index, sleutel in enumerate(_onbekend(bericht)):
        gekozen = data.get(f"zaaktype_{index}", "")
        if gekozen not in toegestaan:
            return f"Kies een zaaktype voor activiteit '{sleutel}'."
        keuzes[sleutel] = gekozen
    with transaction.atomic():
        for sleutel, gekozen in keuzes.items():
            TriageKeuze.objects.update_or_create(
                bericht=bericht,
                activiteit_sleutel=sleutel,
                defaults={"zaaktype_identificatie": gekozen, "gekozen_door": door},
            )
            if onthouden:
                ActiviteitZaaktype.objects.update_or_create(
                    organisatie=organisatie,
                    activiteit=sleutel,
                    type_verzoek=bericht.type_verzoek,
                    doel="",
                    defaults={"zaaktype_identificatie": gekozen, "prioriteit": 40},
                )
        opnieuw_verwerken(bericht)
    return None
