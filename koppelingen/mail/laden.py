"""Loads the shipped mail templates (fixtures/brieven/mailsjablonen.json) for a tenant."""

import json
from pathlib import Path

from django.conf import settings

from koppelingen.mail.models import MailSjabloon

BESTAND = Path(settings.BASE_DIR) / "fixtures" / "brieven" / "mailsjablonen.json"


def laad_mailsjablonen(organisatie) -> int:
    aangemaakt = 0
    for data in json.loads(BESTAND.read_text(encoding="utf-8"))["sjablonen"]:
        if MailSjabloon.objects.filter(organisatie=organisatie, code=data["code"]).exists():
            continue
        sjabloon = MailSjabloon(organisatie=organisatie, **data)
        sjabloon.full_clean()
        sjabloon.save()
        aangemaakt += 1
    return aangemaakt
