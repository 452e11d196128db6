import datetime

from django.core.management.base import BaseCommand

from zaken.werkvoorraad.termijnbewaking import voer_uit


class Command(BaseCommand):
    help = "Markeert taken en zaken waarvan de termijn nadert of verlopen is en waarschuwt de behandelaar."

    def add_arguments(self, parser):
        parser.add_argument("--datum", type=datetime.date.fromisoformat, help="Peildatum (standaard vandaag).")

    def handle(self, *args, datum=None, **options):
        telling = voer_uit(datum)
        self.stdout.write(
            f"Termijnbewaking: {telling['taken']} taken en {telling['zaken']} zaken gemarkeerd, "
            f"{telling['meldingen']} meldingen verstuurd."
        )
