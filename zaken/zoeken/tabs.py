"""The "Signalen" tab on the zaak page (shown only when the zaak lies in a risk zone)."""

from zaken.zoeken.models import ZaakSignaal
from zaken.zoeken.selectors import signalen_voor_zaak


def heeft_signalen(zaak) -> bool:
    return ZaakSignaal.objects.filter(zaak=zaak, zone__actief=True).exists()


def signalen_context(request, zaak, lid) -> dict:
    return {"signalen": signalen_voor_zaak(zaak)}
