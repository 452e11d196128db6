"""Enrichment of a zaak's locaties and betrokkenen from BAG, BRK, BRP and KvK.

Runs in a Celery task (never while a page renders). A registration that is down leaves a
Verrijking row `ontbreekt` with a Dutch reason; the task retries with backoff and the
catch-up job (`manage.py verrijking_inhalen`) picks up whatever is still missing. Rows that are
complete are skipped, so running it twice does no harm.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone

from zaken.models import Betrokkene, Locatie, Zaak

from ..errors import KoppelingFout, KoppelingNietBeschikbaar, NietGeautoriseerd, NietGevonden
from .clients import KoppelingNietGeconfigureerd, client_voor
from .models import KORTE_NAAM, Verrijking, VerrijkingStatus
from .verrijking_stappen import Overslaan, verrijk_bag, verrijk_betrokkene, verrijk_brk

logger = logging.getLogger(__name__)


@dataclass
class Ronde:
    """One enrichment run: clients per registration, and the ones found down in this run (so a
    down registration costs one timeout per run, not one per object)."""

    negeer_circuit: bool = False
    clients: dict[str, Any] = field(default_factory=dict)
    onbereikbaar: dict[str, KoppelingFout] = field(default_factory=dict)
    telling: dict[str, int] = field(default_factory=lambda: {"ok": 0, "ontbreekt": 0, "fout": 0})

    def client(self, soort: str) -> Any:
        if soort in self.onbereikbaar:
            raise self.onbereikbaar[soort]
        if soort not in self.clients:
            self.clients[soort] = client_voor(soort, negeer_circuit=self.negeer_circuit)
        return self.clients[soort]

    @property
    def opnieuw_proberen(self) -> bool:
        return self.telling["ontbreekt"] > 0

    def als_dict(self) -> dict[str, int]:
        return dict(self.telling)


def _reden_ontbreekt(soort: str, fout: KoppelingFout) -> str:
    naam = KORTE_NAAM[soort]
    if isinstance(fout, KoppelingNietGeconfigureerd):
        return (
            f"Nog niet opgehaald: de koppeling met de {naam} is niet ingericht; "
            "dit gebeurt zodra functioneel beheer haar instelt."
        )
    if isinstance(fout, NietGeautoriseerd):
        return (
            f"Nog niet opgehaald: CLO heeft geen toegang tot de {naam} (API-sleutel of certificaat); "
            "functioneel beheer ziet dit op de koppelingenstatus."
        )
    return f"Nog niet opgehaald: {naam} niet bereikbaar, wordt automatisch opnieuw geprobeerd."


def _rij(zaak: Zaak, soort: str, *, locatie: Locatie | None = None, betrokkene: Betrokkene | None = None) -> Verrijking:
    rij, _ = Verrijking.objects.get_or_create(zaak=zaak, soort=soort, locatie=locatie, betrokkene=betrokkene)
    return rij


def _voer_uit(ronde: Ronde, rij: Verrijking, stap) -> None:
    """Run one lookup step and store its outcome on the row."""
    rij.pogingen += 1
    rij.laatste_poging = timezone.now()
    try:
        # No surrounding transaction: the koppeling status and the verwerkingenlogging of a
        # lookup that reached the registration must stay even when a later step fails.
        object_id, data = stap(ronde.client(rij.soort), rij)
        rij.status, rij.reden, rij.data = VerrijkingStatus.OK, "", data
        rij.object_id, rij.opgehaald_op = object_id or "", timezone.now()
        rij.save()
        ronde.telling["ok"] += 1
        return
    except (KoppelingNietBeschikbaar, KoppelingNietGeconfigureerd, NietGeautoriseerd) as fout:
        ronde.onbereikbaar[rij.soort] = fout
        rij.status, rij.reden = VerrijkingStatus.ONTBREEKT, _reden_ontbreekt(rij.soort, fout)
        ronde.telling["ontbreekt"] += 1
        logger.info("verrijking zaak=%s soort=%s ontbreekt: %s", rij.zaak_id, rij.soort, fout)
    except Overslaan as reden:
        rij.status, rij.reden = VerrijkingStatus.FOUT, str(reden)
        ronde.telling["fout"] += 1
    except NietGevonden as fout:
        rij.status, rij.reden = VerrijkingStatus.FOUT, fout.melding
        ronde.telling["fout"] += 1
    except KoppelingFout as fout:
        rij.status, rij.reden = VerrijkingStatus.FOUT, fout.melding
        ronde.telling["fout"] += 1
        logger.warning("verrijking zaak=%s soort=%s fout: %s", rij.zaak_id, rij.soort, fout)
    rij.save()


def _al_klaar(rij: Verrijking) -> bool:
    return rij.status == VerrijkingStatus.OK


def verrijk(zaak_id: int, *, ronde: Ronde | None = None, opnieuw_fouten: bool = False) -> Ronde:
    """Complete the zaak's locaties and betrokkenen now (called by the task and the catch-up job).

    Pass one `ronde` for many zaken so a registration found down is not asked again for each.
    """
    ronde = ronde or Ronde()
    zaak = Zaak.objects.select_related("organisatie").filter(pk=zaak_id).first()
    if zaak is None:
        return ronde
    klaar = (lambda r: r.status != VerrijkingStatus.ONTBREEKT) if not opnieuw_fouten else _al_klaar
    for locatie in Locatie.objects.filter(zaak=zaak).select_related("zaak__organisatie"):
        bag = _rij(zaak, "bag", locatie=locatie)
        if not klaar(bag):
            _voer_uit(ronde, bag, lambda client, rij, loc=locatie: verrijk_bag(client, rij, loc))
        brk = _rij(zaak, "brk", locatie=locatie)
        if klaar(brk):
            continue
        locatie.refresh_from_db()
        if (
            not (locatie.nummeraanduiding_id or locatie.kadastrale_aanduiding)
            and bag.status == VerrijkingStatus.ONTBREEKT
        ):
            brk.status, brk.reden = VerrijkingStatus.ONTBREEKT, "Nog niet opgehaald: wacht op het BAG-adres."
            brk.save()
            ronde.telling["ontbreekt"] += 1
            continue
        _voer_uit(ronde, brk, lambda client, rij, loc=locatie: verrijk_brk(client, rij, loc))
    for betrokkene in Betrokkene.objects.filter(zaak=zaak).select_related("roltype", "zaak__organisatie"):
        soort = "brp" if betrokkene.bsn else "kvk" if betrokkene.kvk_nummer else None
        if soort is None:
            continue
        rij = _rij(zaak, soort, betrokkene=betrokkene)
        if not klaar(rij):
            _voer_uit(ronde, rij, lambda client, r, b=betrokkene: verrijk_betrokkene(client, r, b))
    return ronde


def verrijk_zaak(zaak_id: int) -> None:
    """Queue the enrichment of a zaak once the current transaction commits."""
    from .tasks import verrijk_zaak_task

    def versturen() -> None:
        try:
            verrijk_zaak_task.delay(zaak_id)
        except Exception:  # a broker hiccup must not turn a registered zaak into an error page
            logger.exception("verrijking van zaak %s kon niet worden ingepland; de inhaalronde pakt haar op", zaak_id)

    transaction.on_commit(versturen)
