import logging

from celery import shared_task
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from zaken.brieven.models import BatchOpdracht, BatchStatus, Brief
from zaken.models import Zaak

logger = logging.getLogger(__name__)


def _tel(batch_id: int, *, gelukt: int = 0, mislukt: int = 0, fout: str | None = None) -> None:
    with transaction.atomic():
        batch = BatchOpdracht.objects.select_for_update().get(pk=batch_id)
        batch.gelukt = F("gelukt") + gelukt
        batch.mislukt = F("mislukt") + mislukt
        if fout:
            batch.fouten = [*batch.fouten, fout][-200:]
        batch.status = BatchStatus.BEZIG
        batch.save(update_fields=["gelukt", "mislukt", "fouten", "status"])
        batch.refresh_from_db()
        if batch.verwerkt >= batch.totaal:
            batch.status = BatchStatus.KLAAR_MET_FOUTEN if batch.mislukt else BatchStatus.KLAAR
            batch.klaar_op = timezone.now()
            batch.save(update_fields=["status", "klaar_op"])


@shared_task(acks_late=True)
def maak_batchbrieven(batch_id: int, zaak_ids: list[int]) -> None:
    """Idempotent: a zaak that already has its letter in this batch is skipped, so a
    redelivered chunk does not count twice."""
    from zaken.brieven.actions import BriefFout, maak_brief

    batch = BatchOpdracht.objects.select_related("sjabloon", "aangemaakt_door").get(pk=batch_id)
    klaar = set(Brief.objects.filter(batch=batch, zaak_id__in=zaak_ids).values_list("zaak_id", flat=True))
    for zaak in Zaak.objects.filter(pk__in=[z for z in zaak_ids if z not in klaar]).select_related("organisatie"):
        try:
            maak_brief(zaak, batch.sjabloon.code, door=batch.aangemaakt_door, batch=batch)
        except BriefFout as exc:
            _tel(batch_id, mislukt=1, fout=f"{zaak.identificatie}: {exc}")
        except Exception as exc:  # one broken zaak must not stop the other letters
            logger.exception("batchbrief mislukt", extra={"batch_id": batch_id, "zaak_id": zaak.pk})
            _tel(batch_id, mislukt=1, fout=f"{zaak.identificatie}: onverwachte fout ({type(exc).__name__})")
        else:
            _tel(batch_id, gelukt=1)
