from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie
from zaken.zoeken.indexering import herbouw_index
from zaken.zoeken.models import Risicozone
from zaken.zoeken.signalering import herbereken_zone


class Command(BaseCommand):
    help = ("Bouwt de zoekindex en de signalen opnieuw op (na een import of een herstel). "
            "Normaal worden ze bij elke wijziging bijgewerkt.")

    def add_arguments(self, parser):
        parser.add_argument("--organisatie", help="Alleen deze gemeentecode, bijv. GM1970.")
        parser.add_argument("--zonder-signalen", action="store_true")

    def handle(self, organisatie=None, zonder_signalen=False, **options):
        org = Organisatie.objects.get(gemeentecode=organisatie) if organisatie else None
        aantal = herbouw_index(org, stdout=self.stdout)
        self.stdout.write(f"{aantal} zaken geïndexeerd.")
        if not zonder_signalen:
            zones = Risicozone.objects.all() if org is None else Risicozone.objects.filter(organisatie=org)
            for zone in zones:
                self.stdout.write(f"Risicozone '{zone.naam}': {herbereken_zone(zone.pk)} zaken met signaal.")
        self.stdout.write(self.style.SUCCESS("Zoekindex bijgewerkt."))
