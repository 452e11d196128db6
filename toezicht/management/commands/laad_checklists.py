import json

from django.conf import settings
from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie
from toezicht.actions.checklists import laad_checklist


class Command(BaseCommand):
    help = (
        "Laadt de meegeleverde checklists (fixtures/checklists/*.json) voor alle organisaties. "
        "Veilig om vaker te draaien."
    )

    def handle(self, **options):
        bestanden = sorted((settings.BASE_DIR / "fixtures" / "checklists").glob("*.json"))
        for org in Organisatie.objects.all():
            for pad in bestanden:
                versie = laad_checklist(org, json.loads(pad.read_text(encoding="utf-8")))
                if versie:
                    self.stdout.write(f"{org.naam}: {versie} geladen.")
        self.stdout.write(self.style.SUCCESS("Checklists bijgewerkt."))
