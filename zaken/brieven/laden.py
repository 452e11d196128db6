"""Loads the shipped letter templates (fixtures/brieven/sjablonen.json) for a tenant."""

import json
from pathlib import Path

from django.conf import settings
from django.db import transaction

from zaken.brieven.models import BriefBlok, BriefSjabloon
from zaken.models import Documenttype

BESTAND = Path(settings.BASE_DIR) / "fixtures" / "brieven" / "sjablonen.json"


def geleverde_sjablonen() -> list[dict]:
    return json.loads(BESTAND.read_text(encoding="utf-8"))["sjablonen"]


@transaction.atomic
def laad_sjablonen(organisatie, *, overschrijven: bool = False) -> tuple[int, int]:
    """Creates missing templates; existing ones (possibly edited by functioneel beheer) are
    left alone unless overschrijven. Returns (aangemaakt, bijgewerkt)."""
    aangemaakt = bijgewerkt = 0
    for data in geleverde_sjablonen():
        documenttype = Documenttype.objects.get(organisatie=organisatie, code=data["documenttype"])
        sjabloon = BriefSjabloon.objects.filter(organisatie=organisatie, code=data["code"]).first()
        if sjabloon and not overschrijven:
            continue
        if sjabloon is None:
            sjabloon = BriefSjabloon(organisatie=organisatie, code=data["code"])
            aangemaakt += 1
        else:
            sjabloon.versie += 1
            sjabloon.blokken.all().delete()
            bijgewerkt += 1
        sjabloon.naam, sjabloon.onderwerp, sjabloon.documenttype = data["naam"], data["onderwerp"], documenttype
        sjabloon.full_clean()
        sjabloon.save()
        for volgorde, blok in enumerate(data["blokken"], start=1):
            b = BriefBlok(sjabloon=sjabloon, volgorde=volgorde * 10, titel=blok["titel"], tekst=blok["tekst"])
            b.full_clean()
            b.save()
    return aangemaakt, bijgewerkt
