import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(bind=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def maak_bezoekrapport(self, controle_id: int) -> None:
    from toezicht.rapport import maak_en_verstuur_rapport

    logger.info("Bezoekrapport maken voor controle %s", controle_id)
    maak_en_verstuur_rapport(controle_id)
