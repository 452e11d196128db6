from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie
from zaken.brieven.laden import laad_sjablonen


class Command(BaseCommand):
    help = "Laadt de meegeleverde briefsjablonen voor alle (of één) organisatie(s). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--organisatie", help="Gemeentecode, bijv. GM1970.")
        parser.add_argument(
            "--overschrijven",
            action="store_true",
            help="Ook bestaande (mogelijk aangepaste) sjablonen vervangen door de meegeleverde tekst.",
        )

    def handle(self, *args, organisatie=None, overschrijven=False, **options):
        organisaties = Organisatie.objects.all()
        if organisatie:
            organisaties = organisaties.filter(gemeentecode=organisatie)
        for org in organisaties:
            nieuw, bijgewerkt = laad_sjablonen(org, overschrijven=overschrijven)
            self.stdout.write(f"{org.naam}: {nieuw} briefsjablonen aangemaakt, {bijgewerkt} bijgewerkt.")
