"""Celery tasks of the basisregistraties: enrichment per zaak and the catch-up round."""

from __future__ import annotations

import logging

from celery import shared_task
from celery.exceptions import MaxRetriesExceededError

logger = logging.getLogger(__name__)

MAX_POGINGEN = 6


def wachttijd(poging: int) -> int:
    """1, 2, 4, 8, 16, 32 minutes: a short outage is bridged quickly, a long one is left to the
    periodic catch-up job."""
    return 60 * 2**poging


@shared_task(bind=True, max_retries=MAX_POGINGEN, acks_late=True)
def verrijk_zaak_task(self, zaak_id: int) -> dict[str, int]:
    from .verrijking import verrijk

    ronde = verrijk(zaak_id)
    logger.info("verrijking zaak=%s poging=%s: %s", zaak_id, self.request.retries, ronde.als_dict())
    # Without a worker (eager mode) a retry would run at once and hammer a registration that is
    # down; the catch-up command does that work instead.
    if ronde.opnieuw_proberen and not self.request.is_eager:
        try:
            raise self.retry(countdown=wachttijd(self.request.retries))
        except MaxRetriesExceededError:
            logger.warning("verrijking zaak=%s: pogingen op, de inhaalronde neemt het over", zaak_id)
    return ronde.als_dict()


@shared_task(acks_late=True)
def verrijking_inhalen_task() -> dict[str, int]:
    from .inhalen import inhalen

    return inhalen()
