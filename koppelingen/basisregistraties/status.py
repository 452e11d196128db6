"""Health bookkeeping per registration: last success, last error, hourly counters, circuit.

Every call made through `clients.client_voor` passes here, so the status page reflects what
CLO really experienced, not a synthetic probe.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Sum
from django.utils import timezone

from ..errors import KoppelingFout, NietGevonden, OngeldigVerzoek
from .models import KoppelingStatus, KoppelingTeller, Soort

# After this many failures in a row, calls are refused for a while instead of each waiting for
# a timeout: an autocomplete or a zaak page must not hang on a registration that is down.
CIRCUIT_DREMPEL = 3
CIRCUIT_WACHTTIJD = datetime.timedelta(seconds=60)


def telt_als_storing(fout: KoppelingFout) -> bool:
    """404 and 400 mean the registration answered: the question was wrong, not the connection."""
    return not isinstance(fout, (NietGevonden, OngeldigVerzoek))


def _tel(soort: str, fout: bool) -> None:
    uur = timezone.now().replace(minute=0, second=0, microsecond=0)
    teller, _ = KoppelingTeller.objects.get_or_create(soort=soort, uur=uur)
    KoppelingTeller.objects.filter(pk=teller.pk).update(
        aanroepen=F("aanroepen") + 1, fouten=F("fouten") + (1 if fout else 0)
    )


def registreer_succes(soort: str) -> None:
    with transaction.atomic():
        status, _ = KoppelingStatus.objects.get_or_create(soort=soort)
        KoppelingStatus.objects.filter(pk=status.pk).update(laatste_succes=timezone.now(), opeenvolgende_fouten=0)
        _tel(soort, fout=False)


def registreer_fout(soort: str, fout: KoppelingFout) -> None:
    with transaction.atomic():
        status, _ = KoppelingStatus.objects.get_or_create(soort=soort)
        KoppelingStatus.objects.filter(pk=status.pk).update(
            laatste_fout=timezone.now(),
            laatste_foutmelding=str(fout)[:2000],
            opeenvolgende_fouten=F("opeenvolgende_fouten") + 1,
        )
        _tel(soort, fout=True)


def circuit_open(soort: str) -> bool:
    status = KoppelingStatus.objects.filter(soort=soort).first()
    return bool(
        status
        and status.opeenvolgende_fouten >= CIRCUIT_DREMPEL
        and status.laatste_fout
        and timezone.now() - status.laatste_fout < CIRCUIT_WACHTTIJD
    )


@dataclass(frozen=True)
class Overzicht:
    soort: str
    label: str
    status: KoppelingStatus | None
    aanroepen_24u: int
    fouten_24u: int
    circuit_open: bool

    @property
    def foutpercentage(self) -> float | None:
        return round(100 * self.fouten_24u / self.aanroepen_24u, 1) if self.aanroepen_24u else None


def overzicht() -> list[Overzicht]:
    sinds = timezone.now() - datetime.timedelta(hours=24)
    tellers = {
        r["soort"]: r
        for r in KoppelingTeller.objects.filter(uur__gte=sinds.replace(minute=0, second=0, microsecond=0))
        .values("soort")
        .annotate(a=Sum("aanroepen"), f=Sum("fouten"))
    }
    statussen = {s.soort: s for s in KoppelingStatus.objects.all()}
    return [
        Overzicht(
            soort=soort.value,
            label=soort.label,
            status=statussen.get(soort.value),
            aanroepen_24u=(tellers.get(soort.value) or {}).get("a") or 0,
            fouten_24u=(tellers.get(soort.value) or {}).get("f") or 0,
            circuit_open=circuit_open(soort.value),
        )
        for soort in Soort
    ]
