"""Demo data for the DSO intake (idempotent; called from demo_laden): mapping rules, the
koppeling to the fake DSO-LV, and the sample verzoeken of both tenants fetched and processed."""

from contextlib import ExitStack

import requests
from django.conf import settings
from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie
from koppelingen.dso.services.inrichting import richt_koppeling_in, richt_mapping_in
from koppelingen.dso.services.ophalen import haal_verzoek_op
from koppelingen.dso.services.verwerking import verwerk
from koppelingen.swf.inrichting import richt_swf_in


def _fake_bereikbaar(root: str) -> bool:
    try:
        return requests.get(root.rstrip("/") + "/_fake/aanroepen", timeout=2).ok
    except requests.RequestException:
        return False


class Command(BaseCommand):
    help = "Richt de DSO-koppeling in voor de demo en laadt de voorbeeldverzoeken."

    def handle(self, *args, **options):
        from koppelingen.dso.fake import make_app
        from koppelingen.fakes.server import serve

        with ExitStack() as stack:
            root = f"{settings.CLO_FAKES_URL.rstrip('/')}/dso/"
            if not _fake_bereikbaar(root):
                # Without the demo's fake servers, serve one just for loading the samples.
                root = stack.enter_context(serve(make_app())) + "/"
            fake = make_app()
            for org in Organisatie.objects.filter(oin__in=[o for o in _oins()]).order_by("gemeentecode"):
                regels = richt_mapping_in(org)
                richt_swf_in(org)
                koppeling = richt_koppeling_in(org, root)
                nummers = sorted({f.verzoek.verzoeknummer for f in fake.opslag.alle() if org.oin in f.oins})
                verwerkt = 0
                for nummer in nummers:
                    for bericht in haal_verzoek_op(koppeling, nummer):
                        verwerk(bericht.pk)
                        verwerkt += 1
                self.stdout.write(f"{org.naam}: {regels} nieuwe regel(s), {verwerkt} nieuw(e) bericht(en)")
            demo_root = f"{settings.CLO_FAKES_URL.rstrip('/')}/dso/"
            if root != demo_root:
                # Point the koppelingen at the demo's fake servers for later (dso_simuleer).
                for org in Organisatie.objects.filter(dso_koppeling__isnull=False):
                    richt_koppeling_in(org, demo_root)


def _oins() -> list[str]:
    from koppelingen.dso.samples.gegevens import BEVOEGDE_GEZAGEN

    return [g["oin"] for g in BEVOEGDE_GEZAGEN.values()]
