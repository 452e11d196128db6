"""Periodic job (also a beat task): search DSO-LV for verzoeken we did not receive."""

from django.core.management.base import BaseCommand

from koppelingen.basis.commando import per_koppeling
from koppelingen.dso.models import DsoKoppeling
from koppelingen.dso.services.ophalen import haal_gemiste_op


class Command(BaseCommand):
    help = "Zoekt in DSO-LV (Verzoek afhandelen) naar gemiste verzoeken en haalt ze op."

    def handle(self, *args, **options):
        def doe(koppeling):
            nieuw = haal_gemiste_op(koppeling)
            return [f"{koppeling.organisatie.naam}: {len(nieuw)} nieuw(e) bericht(en)"] + [
                f"  {bericht.verzoeknummer}/{bericht.volgnummer} {bericht.doel}" for bericht in nieuw
            ]

        per_koppeling(self, DsoKoppeling.objects.filter(actief=True).select_related("service", "organisatie"), doe)
