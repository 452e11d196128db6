"""/health/: state of database, broker and storage as JSON; 503 when one is down."""

import time
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"status": "ok", "vendor": connection.vendor}


def _broker() -> dict:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return {"status": "ok", "modus": "eager (geen broker geconfigureerd)"}
    from clo.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return {"status": "ok", "modus": "broker"}


def _storage() -> dict:
    naam = default_storage.save(f"health/{uuid.uuid4().hex}", ContentFile(b"ok"))
    default_storage.delete(naam)
    return {"status": "ok"}


CONTROLES = {"database": _database, "broker": _broker, "storage": _storage}


@never_cache
def health(request):
    resultaat, gezond = {}, True
    for naam, controle in CONTROLES.items():
        start = time.monotonic()
        try:
            resultaat[naam] = controle()
        except Exception as exc:  # noqa: BLE001 - any failure means "down", reported as such
            gezond = False
            resultaat[naam] = {"status": "fout", "fout": f"{type(exc).__name__}: {exc}"[:300]}
        resultaat[naam]["ms"] = round((time.monotonic() - start) * 1000, 1)
    return JsonResponse({"status": "ok" if gezond else "fout", "onderdelen": resultaat}, status=200 if gezond else 503)
