from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie
from handhaving.instellingen import laad_standaardmatrix


class Command(BaseCommand):
    help = (
        "Laadt de standaard-interventiematrix (DOMAIN.md §4) voor elke organisatie. Veilig om vaker te draaien: "
        "wat functioneel beheer heeft aangepast blijft staan."
    )

    def add_arguments(self, parser):
        parser.add_argument("--organisatie", help="Alleen deze gemeentecode, bijv. GM1970.")

    def handle(self, organisatie=None, **options):
        organisaties = Organisatie.objects.all()
        if organisatie:
            organisaties = organisaties.filter(gemeentecode=organisatie)
        for org in organisaties:
            rungs, cellen = laad_standaardmatrix(org)
            self.stdout.write(f"{org.naam}: {rungs} interventies en {cellen} matrixcellen toegevoegd.")
