"""Calendar with the gelijkgestelde dagen functioneel beheer entered in the admin.

Kept apart so the rest of the package stays free of Django: the model is imported lazily.
"""

import logging

from .gelijkgestelde_dagen import GELIJKGESTELDE_DAGEN, GelijkgesteldeDag
from .kalender import AtwKalender

logger = logging.getLogger(__name__)


def kalender_voor_django() -> AtwKalender:
    """AtwKalender with the built-in KB table plus every row of
    `zaken.models.kalender.GelijkgesteldeDag` (its `datum`, and its `bron` for the explanation).
    When that model does not exist (yet) or the database cannot be read, the built-in table
    alone is used, so a term can always be computed."""
    try:
        from django.core.exceptions import AppRegistryNotReady, ImproperlyConfigured
        from django.db import DatabaseError
    except ImportError:
        return AtwKalender()
    try:
        from zaken.models.kalender import GelijkgesteldeDag as Model  # type: ignore[import-not-found]

        rijen = list(Model.objects.values_list("datum", "bron"))
    except (
        ImportError,
        AttributeError,
        LookupError,
        AppRegistryNotReady,
        ImproperlyConfigured,
    ) as exc:
        logger.debug("Geen gelijkgestelde dagen uit de database: %s", exc)
        return AtwKalender()
    except DatabaseError as exc:
        logger.warning(
            "Gelijkgestelde dagen niet te lezen (%s); alleen de ingebouwde tabel telt.", exc
        )
        return AtwKalender()
    ingevoerd = [
        GelijkgesteldeDag(datum, bron or "ingevoerd door functioneel beheer")
        for datum, bron in rijen
    ]
    return AtwKalender(tabel=(*GELIJKGESTELDE_DAGEN, *ingevoerd))
