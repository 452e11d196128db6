from celery import shared_task


@shared_task
def termijnbewaking() -> dict:
    """Daily (Celery beat); idempotent per day."""
    from zaken.werkvoorraad.termijnbewaking import voer_uit

    return voer_uit()
