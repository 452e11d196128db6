"""Follow-up work of a change: inline for a user who waits for the result, queued when the change
itself already runs in the background (DSO intake, mail gateway, other Celery tasks).

A medewerker who registers a zaak expects its process and search entry the moment the page
reloads; an intake worker that registers twenty zaken a second should not also start twenty
processes and index them — other workers do that, seconds later.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from contextvars import ContextVar

logger = logging.getLogger(__name__)
_achtergrond: ContextVar[bool] = ContextVar("clo_achtergrond", default=False)


@contextmanager
def achtergrondwerk():
    """Marks the block as background work: follow-up tasks are queued instead of run inline."""
    token = _achtergrond.set(True)
    try:
        yield
    finally:
        _achtergrond.reset(token)


def in_achtergrond() -> bool:
    if _achtergrond.get():
        return True
    from celery import current_task

    # Inside any real (non-eager) Celery task nobody waits for the follow-up work either.
    return bool(current_task and not current_task.request.is_eager and current_task.request.id)


def voer_uit_of_plan(taak, *args) -> None:
    """Run the Celery `taak` inline, or queue it when running in the background. A broker that
    cannot be reached must not lose the work: then it runs inline after all."""
    if in_achtergrond():
        try:
            taak.delay(*args)
            return
        except Exception:  # noqa: BLE001 - kombu raises several types for an unreachable broker
            logger.warning("Taak %s%r niet in de wachtrij gezet; nu direct uitgevoerd", taak.name, args, exc_info=True)
    taak(*args)
