"""Periodic job (also a beat task): poll DSO samenwerken notificaties and process them."""

from django.core.management.base import BaseCommand

from koppelingen.dso.models import SwfKoppeling
from koppelingen.swf.services import haal_notificaties_op


class Command(BaseCommand):
    help = "Haalt notificaties van de DSO-samenwerkfunctionaliteit op en verwerkt ze."

    def handle(self, *args, **options):
        for koppeling in SwfKoppeling.objects.filter(actief=True).select_related("service", "organisatie"):
            aantal = haal_notificaties_op(koppeling)
            self.stdout.write(f"{koppeling.organisatie.naam}: {aantal} notificatie(s) verwerkt")
