"""Zaken registered through the real actions, with a locatie and betrokkenen to enrich."""

from __future__ import annotations

from zaken.actions import registreer_zaak, voeg_betrokkene_toe, voeg_locatie_toe
from zaken.models import Zaaktype

SUZANNE = "999993653"  # RvIG test person: Suzanne Moulin, Koningstraat 12 A, Dokkum (fake BRP)
DONALD = "68750110"  # KVK test number: Test BV Donald


def registreer(organisatie, door, *, adres="Koningstraat 12 A", postcode="9101LN", bsn=SUZANNE, kvk=None):
    zaaktype = Zaaktype.objects.get(organisatie=organisatie, identificatie="AANVRAAG-REGULIER", versie=1)
    zaak = registreer_zaak(zaaktype=zaaktype, door=door, omschrijving="Dakkapel plaatsen")
    initiator = zaaktype.roltypen.get(omschrijving_generiek="initiator")
    if bsn:
        voeg_betrokkene_toe(
            zaak, roltype=initiator, door=door, betrokkene_type="natuurlijk_persoon", naam="S. M.", bsn=bsn
        )
    if kvk:
        voeg_betrokkene_toe(
            zaak, roltype=initiator, door=door, betrokkene_type="niet_natuurlijk_persoon", naam="?", kvk_nummer=kvk
        )
    if adres:
        voeg_locatie_toe(zaak, door=door, omschrijving=f"{adres}, Dokkum", postcode=postcode, woonplaats="Dokkum")
    return zaak
