from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie
from koppelingen.mail.laden import laad_mailsjablonen


class Command(BaseCommand):
    help = "Laadt de meegeleverde mailsjablonen voor alle organisaties. Idempotent: bestaande blijven staan."

    def handle(self, *args, **options):
        for org in Organisatie.objects.all():
            self.stdout.write(f"{org.naam}: {laad_mailsjablonen(org)} mailsjablonen aangemaakt.")
