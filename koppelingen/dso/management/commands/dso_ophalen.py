"""Periodic job (also a beat task): search DSO-LV for verzoeken we did not receive."""

from django.core.management.base import BaseCommand

from koppelingen.dso.models import DsoKoppeling
from koppelingen.dso.services.ophalen import haal_gemiste_op
from koppelingen.errors import KoppelingFout


class Command(BaseCommand):
    help = "Zoekt in DSO-LV (Verzoek afhandelen) naar gemiste verzoeken en haalt ze op."

    def handle(self, *args, **options):
        fouten = 0
        for koppeling in DsoKoppeling.objects.filter(actief=True).select_related("service", "organisatie"):
            try:
                nieuw = haal_gemiste_op(koppeling)
            except KoppelingFout as exc:
                fouten += 1
                self.stderr.write(f"{koppeling.organisatie.naam}: {exc}")
                continue
            self.stdout.write(f"{koppeling.organisatie.naam}: {len(nieuw)} nieuw(e) bericht(en)")
            for bericht in nieuw:
                self.stdout.write(f"  {bericht.verzoeknummer}/{bericht.volgnummer} {bericht.doel}")
        if fouten:
            raise SystemExit(1)
