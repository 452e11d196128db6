from celery import shared_task


@shared_task
def herbereken_zone_taak(zone_id: int) -> int:
    """Idempotent: recomputes the zone's matches from scratch."""
    from zaken.zoeken.signalering import herbereken_zone

    return herbereken_zone(zone_id)
