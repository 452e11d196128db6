import datetime

from django import template
from django.conf import settings
from django.utils import timezone

register = template.Library()


@register.filter
def urgentie(datum: datetime.date | None) -> dict:
    """Colour class for a deadline; thresholds are settings (WERKVOORRAAD_*_DAGEN)."""
    if not datum:
        return {"code": "geen", "label": "geen termijn"}
    dagen = (datum - timezone.localdate()).days
    if dagen < 0:
        return {"code": "verlopen", "label": f"{-dagen} dagen over de termijn"}
    if dagen <= settings.WERKVOORRAAD_URGENT_DAGEN:
        return {"code": "urgent", "label": f"nog {dagen} dagen"}
    if dagen <= settings.WERKVOORRAAD_LET_OP_DAGEN:
        return {"code": "letop", "label": f"nog {dagen} dagen"}
    return {"code": "ok", "label": f"nog {dagen} dagen"}
