from django.core.management.base import BaseCommand

from koppelingen.basisregistraties.inrichting import richt_in


class Command(BaseCommand):
    help = "Richt de koppelingen met BAG, BRK, BRP en KvK in op de nepservers (idempotent)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--basis-url", default=None, help="Standaard CLO_FAKES_URL (http://127.0.0.1:8001).")

    def handle(self, *args, basis_url=None, **options) -> None:
        for koppeling in richt_in(basis_url):
            self.stdout.write(f"{koppeling.get_soort_display()}: {koppeling.service.api_root}")
