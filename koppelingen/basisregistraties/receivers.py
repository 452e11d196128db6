"""zaken tells us a zaak was registered (by hand or from the DSO); we queue its enrichment."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


def bij_registratie(sender, zaak_id: int, **kwargs) -> None:
    from .verrijking import verrijk_zaak

    try:
        verrijk_zaak(zaak_id)
    except Exception:  # sent on commit: an error here would reach the user of a saved zaak
        logger.exception("verrijking van zaak %s niet ingepland", zaak_id)
