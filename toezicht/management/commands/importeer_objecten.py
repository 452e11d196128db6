from django.core.management.base import BaseCommand, CommandError

from clo.accounts.models import Organisatie
from toezicht.importeren import KOLOMMEN, importeer_objecten


class Command(BaseCommand):
    help = (
        "Importeert VTH-objecten uit een Excel-bestand (.xlsx). Alles of niets: bij een fout in een rij "
        f"wordt niets geïmporteerd. Kolommen: {', '.join(KOLOMMEN)}."
    )

    def add_arguments(self, parser):
        parser.add_argument("pad")
        parser.add_argument("--organisatie", required=True, help="Gemeentecode, bijv. GM1970.")

    def handle(self, pad, organisatie, **options):
        try:
            org = Organisatie.objects.get(gemeentecode=organisatie)
        except Organisatie.DoesNotExist as exc:
            raise CommandError(f"Onbekende organisatie {organisatie}.") from exc
        resultaat = importeer_objecten(pad, organisatie=org)
        if not resultaat.gelukt:
            for fout in resultaat.fouten:
                self.stderr.write(fout)
            raise CommandError(
                f"Niets geïmporteerd: {len(resultaat.fouten)} fout(en). Verbeter het bestand en probeer opnieuw."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Klaar: {resultaat.nieuw} nieuwe en {resultaat.bijgewerkt} bijgewerkte objecten voor {org.naam}."
            )
        )
