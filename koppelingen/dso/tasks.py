"""Celery tasks of the DSO intake and samenwerken. All take ids and are idempotent."""

from __future__ import annotations

import logging

from celery import shared_task

from ..errors import KoppelingNietBeschikbaar

logger = logging.getLogger(__name__)


@shared_task(bind=True, acks_late=True, max_retries=5)
def verwerk_bericht(self, bericht_id: int) -> str:
    from .services.verwerking import verwerk

    bericht = verwerk(bericht_id)
    logger.info("DSO-bericht %s (id %s): %s", bericht, bericht_id, bericht.status)
    return bericht.status


@shared_task(
    bind=True,
    acks_late=True,
    max_retries=8,
    autoretry_for=(KoppelingNietBeschikbaar,),
    retry_backoff=30,
    retry_backoff_max=1800,
)
def verwerk_notificatie(self, notificatie_id: int) -> int:
    from .models import Verzoeknotificatie
    from .services.ophalen import verwerk_notificatie as verwerk

    notificatie = Verzoeknotificatie.objects.get(pk=notificatie_id)
    if notificatie.afgehandeld:
        return 0
    return len(verwerk(notificatie))


@shared_task(acks_late=True)
def dso_ophalen() -> int:
    """Periodic (beat): look for missed verzoeken for every active koppeling."""
    from .models import DsoKoppeling
    from .services.ophalen import haal_gemiste_op

    totaal = 0
    for koppeling in DsoKoppeling.objects.filter(actief=True).select_related("service", "organisatie"):
        try:
            totaal += len(haal_gemiste_op(koppeling))
        except Exception:  # noqa: BLE001 - one tenant's outage must not stop the other's
            logger.exception("dso_ophalen mislukt voor %s", koppeling.organisatie)
    return totaal


@shared_task(
    bind=True,
    acks_late=True,
    max_retries=8,
    autoretry_for=(KoppelingNietBeschikbaar,),
    retry_backoff=30,
    retry_backoff_max=1800,
)
def verstuur_actieverzoek(self, actieverzoek_id: int) -> str:
    from koppelingen.dso.models import Actieverzoek, ActieverzoekStatus
    from koppelingen.errors import KoppelingFout
    from koppelingen.swf.services import verstuur

    try:
        return verstuur(actieverzoek_id).status
    except KoppelingNietBeschikbaar:
        raise
    except KoppelingFout as exc:
        Actieverzoek.objects.filter(pk=actieverzoek_id).update(status=ActieverzoekStatus.FOUT, fout_melding=exc.melding)
        return ActieverzoekStatus.FOUT


@shared_task(acks_late=True)
def swf_notificaties_ophalen() -> int:
    """Periodic (beat): poll the SWF notificaties of every tenant."""
    from koppelingen.dso.models import SwfKoppeling
    from koppelingen.swf.services import haal_notificaties_op

    totaal = 0
    for koppeling in SwfKoppeling.objects.filter(actief=True).select_related("service", "organisatie"):
        try:
            totaal += haal_notificaties_op(koppeling)
        except Exception as exc:  # noqa: BLE001 - one tenant's outage must not stop the other's
            logger.exception("SWF-notificaties ophalen mislukt voor %s", koppeling.organisatie)
            SwfKoppeling.objects.filter(pk=koppeling.pk).update(laatste_fout=str(exc)[:2000])
    return totaal
