from celery import shared_task


@shared_task
def herbereken_zone_taak(zone_id: int) -> int:
    """Idempotent: recomputes the zone's matches from scratch."""
    from zaken.zoeken.signalering import herbereken_zone

    return herbereken_zone(zone_id)


@shared_task(acks_late=True)
def werk_index_bij(zaak_id: int, signalen: bool = True) -> None:
    """Idempotent: rebuilds the zaak's index row and signals from the current data."""
    from zaken.zoeken.receivers import bijwerken

    bijwerken(zaak_id, signalen)
