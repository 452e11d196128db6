"""Slow or external work of the vergunning flows. Tasks take ids and are idempotent."""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(acks_late=True)
def start_proces_taak(zaak_id: int) -> None:
    """Queued by the zaak_geregistreerd receiver when a worker registered the zaak; idempotent."""
    from vergunningen.ontvangers import start_proces_voor

    start_proces_voor(zaak_id)


@shared_task
def maak_en_verstuur_brief(zaak_id: int, code: str, door_id: int | None, extra: dict) -> None:
    from clo.accounts.models import Medewerker
    from vergunningen import brieven
    from zaken.models import Zaak

    zaak = Zaak.objects.select_related("organisatie").get(pk=zaak_id)
    if code == "ontvangstbevestiging" and zaak.documenten.filter(documenttype__code=code).exists():
        return  # idempotent: a redelivered task does not send a second bevestiging
    door = Medewerker.objects.filter(pk=door_id).first() if door_id else None
    brieven.maak_en_verstuur(zaak, code, door=door, extra=extra)


@shared_task
def verzend_besluit(proces_id: int) -> None:
    """Send the beschikking and tell the flow it went out (free viewflow has no job nodes:
    the flow waits in a Handle node that this task completes)."""
    from vergunningen.actions import besluit_verzonden

    besluit_verzonden(proces_id)
