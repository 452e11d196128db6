"""Keep the index and the signals current on write: every change to a zaak or what hangs off
it schedules `bijwerken(zaak_id)` for after the commit (never on read)."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from zaken.models import Betrokkene, Locatie, Resultaat, Status, Zaak, ZaakEigenschap

logger = logging.getLogger(__name__)


def bijwerken(zaak_id: int, signalen: bool = True) -> None:
    from zaken.zoeken.indexering import update_index
    from zaken.zoeken.signalering import herbereken_signalen

    try:
        update_index(zaak_id)
        if signalen:
            herbereken_signalen(zaak_id)
    except Exception:  # an index hiccup must never undo or block case handling
        logger.exception("Zoekindex of signalen van zaak %s niet bijgewerkt", zaak_id)


def plan(zaak_id: int | None, signalen: bool = False) -> None:
    """One update per zaak per transaction: registering a zaak saves it, its status, betrokkene
    and locatie; a pending callback for the same zaak is reused instead of adding another."""
    if not zaak_id:
        return
    connection = transaction.get_connection()
    for _sids, func, *_ in connection.run_on_commit if connection.in_atomic_block else []:
        if getattr(func, "zoek_zaak_id", None) == zaak_id and not func.uitgevoerd:
            func.signalen = func.signalen or signalen
            return

    def callback() -> None:
        from clo.core.achtergrond import voer_uit_of_plan
        from zaken.zoeken.tasks import werk_index_bij

        callback.uitgevoerd = True
        # Inline for a medewerker (the next search finds the zaak), queued for a worker's change.
        voer_uit_of_plan(werk_index_bij, zaak_id, callback.signalen)

    callback.zoek_zaak_id = zaak_id
    callback.uitgevoerd = False
    callback.signalen = signalen
    transaction.on_commit(callback)


def _zaak(sender, instance, **kwargs):
    plan(instance.pk, signalen=kwargs.get("created", False))


def _onderdeel(sender, instance, **kwargs):
    plan(instance.zaak_id)


def _locatie(sender, instance, **kwargs):
    plan(instance.zaak_id, signalen=True)


def _zone(sender, instance, **kwargs):
    from zaken.zoeken.tasks import herbereken_zone_taak

    zone_id = instance.pk
    transaction.on_commit(lambda: herbereken_zone_taak.delay(zone_id))


def verbind() -> None:
    from zaken.zoeken.models import Risicozone

    post_save.connect(_zaak, sender=Zaak, dispatch_uid="zoeken_zaak")
    for model in (Betrokkene, Status, Resultaat):
        post_save.connect(_onderdeel, sender=model, dispatch_uid=f"zoeken_{model.__name__}")
        post_delete.connect(_onderdeel, sender=model, dispatch_uid=f"zoeken_{model.__name__}_weg")
    for model in (Locatie, ZaakEigenschap):
        post_save.connect(_locatie, sender=model, dispatch_uid=f"zoeken_{model.__name__}")
        post_delete.connect(_locatie, sender=model, dispatch_uid=f"zoeken_{model.__name__}_weg")
    # No receivers for zaak_geregistreerd/status_gezet/zaak_afgesloten: each is sent after a save
    # of the Zaak, Status or Resultaat above, which already planned the update in that transaction
    # (the signals arrive after the commit and would index the same zaak a second time).
    post_save.connect(_zone, sender=Risicozone, dispatch_uid="zoeken_zone")
