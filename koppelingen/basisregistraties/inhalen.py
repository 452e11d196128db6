"""The periodic catch-up: retry every enrichment still missing, and enrich recent zaken whose
locaties or betrokkenen were added after the task ran (e.g. by a later DSO message)."""

from __future__ import annotations

import datetime
import logging

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from zaken.models import Betrokkene, Locatie, Zaak

from .models import Verrijking, VerrijkingStatus
from .verrijking import Ronde, verrijk

logger = logging.getLogger(__name__)
RECENT = datetime.timedelta(days=14)
MAX_PER_RONDE = 500


def te_verrijken_zaken() -> list[int]:
    ontbrekend = set(
        Verrijking.objects.filter(status=VerrijkingStatus.ONTBREEKT)
        .values_list("zaak_id", flat=True)
        .distinct()[:MAX_PER_RONDE]
    )
    zonder_locatie = Locatie.objects.filter(zaak=OuterRef("pk")).exclude(
        pk__in=Verrijking.objects.filter(soort="bag", locatie__isnull=False).values("locatie_id")
    )
    zonder_betrokkene = (
        Betrokkene.objects.filter(zaak=OuterRef("pk"))
        .filter(Q(bsn__gt="") | Q(kvk_nummer__gt=""))
        .exclude(pk__in=Verrijking.objects.filter(betrokkene__isnull=False).values("betrokkene_id"))
    )
    recent = (
        Zaak.objects.filter(registratiedatum__gte=timezone.localdate() - RECENT, einddatum__isnull=True)
        .filter(Exists(zonder_locatie) | Exists(zonder_betrokkene))
        .values_list("pk", flat=True)[:MAX_PER_RONDE]
    )
    return sorted(ontbrekend | set(recent))


def inhalen() -> dict[str, int]:
    """Enrich now; the circuit is ignored because this round is the probe that closes it."""
    ronde = Ronde(negeer_circuit=True)
    zaken = te_verrijken_zaken()
    for zaak_id in zaken:
        try:
            verrijk(zaak_id, ronde=ronde)
        except Exception:  # one broken zaak must not stop the round for all others
            logger.exception("inhalen: verrijking van zaak %s mislukt", zaak_id)
    return {"zaken": len(zaken), **ronde.als_dict()}
