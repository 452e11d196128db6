"""Applying bevindingen sent by the offline app. Idempotent per client_id: the same content
sent twice is applied once. A change made on top of an older server version is a conflict
(kept as a SyncConflict and shown), never a silent overwrite."""

import datetime
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from clo.audit.log import log_gebeurtenis
from toezicht.actions.controles import zet_controlestatus
from toezicht.fouten import ToezichtFout
from toezicht.models import (
    Bevinding,
    Controle,
    ControleStatus,
    Oordeel,
    Overtredingsvoorstel,
    SyncConflict,
    VoorstelStatus,
    Vraag,
)

BEWERKBAAR = (ControleStatus.GEPLAND, ControleStatus.IN_UITVOERING)


@dataclass
class Wijziging:
    client_id: uuid.UUID
    vraag_id: int
    basis_versie: int | None  # the server version the client edited; None for a new answer
    antwoord: str = ""
    oordeel: str = ""
    toelichting: str = ""
    positie: dict | None = None
    vastgelegd_op: datetime.datetime | None = None

    def inhoud(self) -> dict:
        return {
            "antwoord": self.antwoord,
            "oordeel": self.oordeel,
            "toelichting": self.toelichting,
            "positie": self.positie,
        }


@dataclass
class Uitkomst:
    client_id: uuid.UUID
    status: str  # "toegepast" | "ongewijzigd" | "conflict"
    versie: int
    bevinding: Bevinding
    conflict: SyncConflict | None = field(default=None)


def _controleer(controle: Controle, w: Wijziging) -> Vraag:
    if controle.status not in BEWERKBAAR:
        raise ToezichtFout("Deze controle is al afgerond; bevindingen kunnen niet meer worden gewijzigd.")
    vraag = Vraag.objects.filter(pk=w.vraag_id, sectie__versie_id=controle.checklistversie_id).first()
    if vraag is None:
        raise ToezichtFout("Deze vraag hoort niet bij de checklistversie van de controle.")
    if w.oordeel and w.oordeel not in Oordeel.values:
        raise ToezichtFout(f"Onbekend oordeel '{w.oordeel}'.")
    return vraag


def _schrijf(bevinding: Bevinding, w: Wijziging, door) -> None:
    for naam, waarde in w.inhoud().items():
        setattr(bevinding, naam, waarde)
    bevinding.vastgelegd_op = w.vastgelegd_op
    bevinding.gewijzigd_door = door


@transaction.atomic
def verwerk_bevinding(controle: Controle, w: Wijziging, *, door) -> Uitkomst:
    controle = Controle.objects.select_for_update().get(pk=controle.pk)
    vraag = _controleer(controle, w)
    bestaand = Bevinding.objects.select_for_update().filter(controle=controle, vraag=vraag).first()
    if bestaand is None:
        if Bevinding.objects.filter(client_id=w.client_id).exists():
            raise ToezichtFout("Deze client_id is al gebruikt voor een andere vraag.")
        bevinding = Bevinding(client_id=w.client_id, controle=controle, vraag=vraag)
        _schrijf(bevinding, w, door)
        bevinding.save()
        _na_wijziging(controle, bevinding, vraag, door)
        return Uitkomst(w.client_id, "toegepast", bevinding.versie, bevinding)
    if bestaand.inhoud() == w.inhoud():
        # A retried request, or two devices that agree: nothing to do, and never a conflict.
        return Uitkomst(w.client_id, "ongewijzigd", bestaand.versie, bestaand)
    if w.basis_versie != bestaand.versie:
        conflict = SyncConflict.objects.create(
            controle=controle,
            vraag=vraag,
            client_id=w.client_id,
            basis_versie=w.basis_versie,
            client_inhoud=w.inhoud(),
            server_inhoud=bestaand.inhoud(),
            server_versie=bestaand.versie,
            door=door,
        )
        log_gebeurtenis(
            organisatie=controle.organisatie,
            door=door,
            actie="controle.conflict",
            zaak=controle.zaak,
            obj=conflict,
            omschrijving=f"Synchronisatieconflict bij vraag {vraag.code}.",
        )
        return Uitkomst(w.client_id, "conflict", bestaand.versie, bestaand, conflict)
    _schrijf(bestaand, w, door)
    bestaand.versie += 1
    bestaand.save()
    _na_wijziging(controle, bestaand, vraag, door)
    return Uitkomst(w.client_id, "toegepast", bestaand.versie, bestaand)


def _na_wijziging(controle: Controle, bevinding: Bevinding, vraag: Vraag, door) -> None:
    if controle.status == ControleStatus.GEPLAND:
        zet_controlestatus(controle, ControleStatus.IN_UITVOERING, door=door)
    stel_overtreding_voor(bevinding, vraag)


def stel_overtreding_voor(bevinding: Bevinding, vraag: Vraag) -> Overtredingsvoorstel | None:
    """A 'voldoet niet' proposes an overtreding for handhaving; changing the answer withdraws
    a proposal nobody has picked up yet."""
    voorstel = Overtredingsvoorstel.objects.filter(bevinding=bevinding).first()
    if bevinding.oordeel == Oordeel.VOLDOET_NIET:
        omschrijving = f"{vraag.tekst} — voldoet niet." + (f" {bevinding.toelichting}" if bevinding.toelichting else "")
        if voorstel is None:
            return Overtredingsvoorstel.objects.create(
                organisatie_id=bevinding.controle.organisatie_id,
                bevinding=bevinding,
                omschrijving=omschrijving,
                wettelijke_grondslag=vraag.wettelijke_grondslag,
            )
        if voorstel.status in (VoorstelStatus.OPEN, VoorstelStatus.INGETROKKEN):
            voorstel.omschrijving, voorstel.status = omschrijving, VoorstelStatus.OPEN
            voorstel.save(update_fields=["omschrijving", "status"])
        return voorstel
    if voorstel is not None and voorstel.status == VoorstelStatus.OPEN:
        voorstel.status = VoorstelStatus.INGETROKKEN
        voorstel.save(update_fields=["status"])
    return voorstel


@transaction.atomic
def los_conflict_op(conflict: SyncConflict, *, keuze: str, door) -> Bevinding:
    """keuze 'client' applies the device's version on top of the current one; 'server' keeps it."""
    if conflict.opgelost_op:
        raise ToezichtFout("Dit conflict is al opgelost.")
    if keuze not in ("client", "server"):
        raise ToezichtFout("Kies de versie van het apparaat of die op de server.")
    bevinding = Bevinding.objects.get(controle=conflict.controle, vraag=conflict.vraag)
    if keuze == "client":
        c = conflict.client_inhoud
        w = Wijziging(
            client_id=bevinding.client_id,
            vraag_id=conflict.vraag_id,
            basis_versie=bevinding.versie,
            antwoord=c.get("antwoord", ""),
            oordeel=c.get("oordeel", ""),
            toelichting=c.get("toelichting", ""),
            positie=c.get("positie"),
        )
        bevinding = verwerk_bevinding(conflict.controle, w, door=door).bevinding
    conflict.opgelost_op, conflict.oplossing = timezone.now(), keuze
    conflict.save(update_fields=["opgelost_op", "oplossing"])
    log_gebeurtenis(
        organisatie=conflict.controle.organisatie,
        door=door,
        actie="controle.conflict_opgelost",
        zaak=conflict.controle.zaak,
        obj=conflict,
        omschrijving=f"Conflict bij vraag {conflict.vraag.code} opgelost: {conflict.get_oplossing_display()}.",
    )
    return bevinding
