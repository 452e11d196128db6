from django.core.management.base import BaseCommand, CommandError

from clo.accounts.models import Organisatie
from zaken.catalogus import kopieer_catalogus


class Command(BaseCommand):
    help = (
        "Kopieert de geldende catalogus van een organisatie naar een andere "
        "(bestaande zaaktypen worden overgeslagen)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--van", required=True, help="Gemeentecode bron, bijv. GM1970")
        parser.add_argument("--naar", required=True, help="Gemeentecode doel, bijv. GM1891")

    def handle(self, van: str, naar: str, **options):
        orgs = {o.gemeentecode: o for o in Organisatie.objects.filter(gemeentecode__in=[van, naar])}
        for code in (van, naar):
            if code not in orgs:
                raise CommandError(f"Organisatie {code} bestaat niet.")
        if van == naar:
            raise CommandError("Bron en doel zijn dezelfde organisatie.")
        aantal = kopieer_catalogus(van=orgs[van], naar=orgs[naar])
        self.stdout.write(f"{aantal} zaaktypen gekopieerd van {orgs[van].naam} naar {orgs[naar].naam}.")
