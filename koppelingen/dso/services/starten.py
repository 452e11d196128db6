"""Doel Initieren / Conceptverzoek: start the zaak (or zaken) with the ontvangstdatum of the message."""

from __future__ import annotations

from django.utils import timezone

from zaken.actions import registreer_zaak

from ..models import Bericht, VerzoekZaak
from ..stam import Verzoek
from .bijlagen_registratie import registreer_bijlagen
from .routering import activiteit_sleutel, wijs_zaaktypen_toe
from .snapshot import snapshot
from .zaakgegevens import voeg_betrokkenen_toe, voeg_locaties_toe


class TriageNodig(Exception):
    def __init__(self, activiteiten: list[str]) -> None:
        self.activiteiten = activiteiten
        super().__init__(", ".join(activiteiten))


def ontvangstdatum(verzoek: Verzoek):
    if verzoek.indieningsdatum is None:
        return timezone.localdate()
    datum = verzoek.indieningsdatum
    if timezone.is_naive(datum):
        datum = timezone.make_aware(datum)
    return min(timezone.localtime(datum).date(), timezone.localdate())


def start_zaken(bericht: Bericht, verzoek: Verzoek, organisatie, waarschuwingen: list[str]) -> list:
    """Runs inside the caller's transaction with the bericht row locked; idempotent per bericht."""
    bestaand = list(VerzoekZaak.objects.filter(eerste_bericht=bericht).select_related("zaak"))
    if bestaand:
        return [vz.zaak for vz in bestaand]
    toewijzingen, onbekend = wijs_zaaktypen_toe(bericht, verzoek, organisatie)
    if onbekend:
        raise TriageNodig(onbekend)
    omschrijving = verzoek.naam or verzoek.project.naam or f"Verzoek {verzoek.verzoeknummer} uit het Omgevingsloket"
    zaken = []
    zaak_per_activiteit = {}
    hoofdzaak = None
    for toewijzing in toewijzingen:
        zaak = registreer_zaak(
            zaaktype=toewijzing.zaaktype,
            omschrijving=omschrijving[:300],
            door=None,
            startdatum=ontvangstdatum(verzoek),
            toelichting=verzoek.project.omschrijving or "",
            bron="dso",
            kanaal="Omgevingsloket",
            verzoeknummer=verzoek.verzoeknummer,
            hoofdzaak=hoofdzaak,
        )
        hoofdzaak = hoofdzaak or zaak
        sleutels = [activiteit_sleutel(a) for a in toewijzing.activiteiten]
        zaak_per_activiteit.update(dict.fromkeys(sleutels, zaak))
        voeg_betrokkenen_toe(zaak, verzoek, waarschuwingen)
        voeg_locaties_toe(zaak, verzoek)
        VerzoekZaak.objects.create(
            zaak=zaak,
            verzoeknummer=verzoek.verzoeknummer,
            eerste_bericht=bericht,
            laatste_bericht=bericht,
            activiteit_sleutels=sleutels,
            gegevens=snapshot(verzoek, sleutels),
        )
        zaken.append(zaak)
    registreer_bijlagen(bericht, verzoek, zaak_per_activiteit, hoofdzaak)
    return zaken
