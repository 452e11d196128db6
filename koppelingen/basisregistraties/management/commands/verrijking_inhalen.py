from django.core.management.base import BaseCommand

from koppelingen.basisregistraties.inhalen import inhalen


class Command(BaseCommand):
    help = "Haalt ontbrekende gegevens uit BAG, BRK, BRP en KvK alsnog op (periodiek via Celery beat)."

    def handle(self, *args, **options) -> None:
        t = inhalen()
        self.stdout.write(
            f"{t['zaken']} zaken nagelopen: {t['ok']} opgehaald, {t['ontbreekt']} ontbreken nog, "
            f"{t['fout']} niet gevonden."
        )
