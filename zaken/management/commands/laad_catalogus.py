import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from clo.accounts.models import Organisatie
from zaken.models import Documenttype, Zaaktype

ONDERDELEN = {"statustypen": "statustypen", "resultaattypen": "resultaattypen", "roltypen": "roltypen",
              "eigenschappen": "eigenschappen"}


class Command(BaseCommand):
    help = "Laadt een catalogus (zaaktypen met statussen, resultaten, rollen; documenttypen) uit JSON. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("pad", type=Path)
        parser.add_argument("--organisatie", required=True, help="Gemeentecode, bijv. GM1970")

    @transaction.atomic
    def handle(self, pad: Path, organisatie: str, **options):
        try:
            org = Organisatie.objects.get(gemeentecode=organisatie)
        except Organisatie.DoesNotExist as exc:
            raise CommandError(f"Organisatie {organisatie} bestaat niet.") from exc
        try:
            data = json.loads(pad.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"Kan {pad} niet lezen: {exc}") from exc
        for dt in data.get("documenttypen", []):
            Documenttype.objects.update_or_create(organisatie=org, code=dt.pop("code"), defaults=dt)
        nieuw = 0
        for zt in data["zaaktypen"]:
            onderdelen = {k: zt.pop(k, []) for k in ONDERDELEN}
            zaaktype, gemaakt = Zaaktype.objects.get_or_create(
                organisatie=org, identificatie=zt["identificatie"], versie=1,
                defaults={**zt, "begin_geldigheid": timezone.localdate().replace(month=1, day=1, year=2024)},
            )
            if not gemaakt:
                continue
            nieuw += 1
            for relatie, items in onderdelen.items():
                for item in items:
                    getattr(zaaktype, relatie).create(**item)
            zaaktype.documenttypen.set(Documenttype.objects.filter(organisatie=org))
        self.stdout.write(f"{nieuw} zaaktypen geladen voor {org.naam} ({len(data['zaaktypen']) - nieuw} bestonden al).")
