"""Demo: a new verzoek arrives. Puts it in the fake DSO-LV and notifies CLO as a digikoppelaar would."""

from django.core.management.base import BaseCommand, CommandError

from clo.accounts.models import Organisatie
from koppelingen.dso.models import DsoKoppeling, Verzoeknotificatie
from koppelingen.dso.services.inlezen import simuleer_verzoek
from koppelingen.dso.services.ophalen import verwerk_notificatie
from koppelingen.dso.services.verwerking import verwerk, zaken_van


class Command(BaseCommand):
    help = "Laat in de demo een nieuw DSO-verzoek binnenkomen (via de nep-DSO-server)."

    def add_arguments(self, parser):
        parser.add_argument("--organisatie", default="GM1970", help="Gemeentecode, bijv. GM1891.")
        parser.add_argument("--seed", type=int, default=None)

    def handle(self, *args, organisatie: str, seed: int | None, **options):
        org = Organisatie.objects.filter(gemeentecode=organisatie.upper()).first()
        koppeling = DsoKoppeling.objects.filter(organisatie=org).select_related("service", "organisatie").first()
        if koppeling is None:
            raise CommandError(f"Geen DSO-koppeling voor {organisatie}; draai eerst 'manage.py demo_dso'.")
        try:
            verzoeknummer = simuleer_verzoek(koppeling, seed)
        except Exception as exc:  # noqa: BLE001 - the message must tell ops what to do
            raise CommandError(
                f"De nep-DSO-server is niet bereikbaar op {koppeling.service.api_root}: {exc}. "
                "Start de nep-servers (python -m koppelingen.fakes.serve_all)."
            ) from exc
        notificatie = Verzoeknotificatie.objects.create(
            verzoeknummer=verzoeknummer, oin=org.oin, inhoud=f"dso_simuleer {verzoeknummer}"
        )
        for bericht in verwerk_notificatie(notificatie):
            bericht = verwerk(bericht.pk)
            zaken = ", ".join(z.identificatie for z in zaken_van(bericht)) or "-"
            self.stdout.write(f"verzoek {verzoeknummer}: {bericht.get_status_display()}; zaken: {zaken}")
