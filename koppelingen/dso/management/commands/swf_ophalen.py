"""Periodic job (also a beat task): poll DSO samenwerken notificaties and process them."""

from django.core.management.base import BaseCommand

from koppelingen.dso.models import SwfKoppeling
from koppelingen.errors import KoppelingFout
from koppelingen.swf.services import haal_notificaties_op


class Command(BaseCommand):
    help = "Haalt notificaties van de DSO-samenwerkfunctionaliteit op en verwerkt ze."

    def handle(self, *args, **options):
        # One tenant's outage must not stop the other's; the exit code tells ops something failed.
        fouten = 0
        for koppeling in SwfKoppeling.objects.filter(actief=True).select_related("service", "organisatie"):
            try:
                aantal = haal_notificaties_op(koppeling)
            except KoppelingFout as exc:
                fouten += 1
                self.stderr.write(f"{koppeling.organisatie.naam}: {exc}")
                continue
            self.stdout.write(f"{koppeling.organisatie.naam}: {aantal} notificatie(s) verwerkt")
        if fouten:
            raise SystemExit(1)
