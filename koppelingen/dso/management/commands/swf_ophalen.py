"""Periodic job (also a beat task): poll DSO samenwerken notificaties and process them."""

from django.core.management.base import BaseCommand

from koppelingen.basis.commando import per_koppeling
from koppelingen.dso.models import SwfKoppeling
from koppelingen.swf.services import haal_notificaties_op


class Command(BaseCommand):
    help = "Haalt notificaties van de DSO-samenwerkfunctionaliteit op en verwerkt ze."

    def handle(self, *args, **options):
        def doe(koppeling):
            return [f"{koppeling.organisatie.naam}: {haal_notificaties_op(koppeling)} notificatie(s) verwerkt"]

        per_koppeling(self, SwfKoppeling.objects.filter(actief=True).select_related("service", "organisatie"), doe)
