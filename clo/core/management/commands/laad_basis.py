import json

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie


class Command(BaseCommand):
    help = "Laadt de organisaties (NEF, Dantumadiel) en hun catalogus. Veilig om vaker te draaien."

    def handle(self, **options):
        fixtures = settings.BASE_DIR / "fixtures"
        data = json.loads((fixtures / "organisaties.json").read_text(encoding="utf-8"))
        for org in data["organisaties"]:
            Organisatie.objects.update_or_create(gemeentecode=org["gemeentecode"], defaults=org)
        call_command("laad_catalogus", fixtures / "catalogus_gm1970.json", organisatie="GM1970", stdout=self.stdout)
        call_command("kopieer_catalogus", van="GM1970", naar="GM1891", stdout=self.stdout)
