"""Demo risk zones per tenant and a fresh search index. Idempotent. Coordinates are rough
outlines drawn for the demo (WGS84), not official boundaries."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from clo.accounts.models import Organisatie
from zaken.zoeken.models import Risicozone


def _vlak(*punten: tuple[float, float]) -> dict:
    ring = [[lon, lat] for lat, lon in punten]
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


ZONES = {
    "GM1970": [
        ("Beschermd stadsgezicht Dokkum (demo)", "monument",
         "Binnen het beschermd stadsgezicht: vraag welstands- en monumentenadvies en let op het omgevingsplan.",
         _vlak((53.3222, 5.9935), (53.3232, 6.0058), (53.3288, 6.0072), (53.3302, 5.9990), (53.3268, 5.9925)), [], []),
        ("Natura 2000 Waddenzee, kuststrook Holwerd–Ternaard (demo)", "natura2000",
         "Mogelijk stikstofdepositie of verstoring op Natura 2000-gebied Waddenzee: toets de natuuractiviteit.",
         _vlak((53.3680, 5.8500), (53.3740, 6.0500), (53.4050, 6.0500), (53.4000, 5.8500)), [], []),
        ("Geluidszone bedrijventerrein Dokkum-Zuid (demo)", "geluidszone",
         "Ligt in de geluidszone van het bedrijventerrein: vraag een akoestisch onderzoek bij "
         "geluidgevoelige gebouwen.",
         _vlak((53.3150, 5.9950), (53.3150, 6.0150), (53.3215, 6.0150), (53.3215, 5.9950)),
         ["AANVRAAG-REGULIER", "AANVRAAG-UITGEBREID"], []),
        ("Verontreinigde grond Voorstraat Kollum (demo)", "verontreinigde_grond",
         "Bekende bodemverontreiniging: vraag een bodemonderzoek (NEN 5740) bij graven of bouwen.",
         _vlak((53.2765, 6.1525), (53.2765, 6.1560), (53.2788, 6.1560), (53.2788, 6.1525)), [],
         ["bouwen", "graven", "slopen", "aanbouw", "woning"]),
    ],
    "GM1891": [
        ("Verontreinigde grond voormalige stortplaats Damwâld (demo)", "verontreinigde_grond",
         "Voormalige stortplaats: bodemonderzoek verplicht bij bouwen en graafwerk.",
         _vlak((53.2900, 5.9940), (53.2900, 5.9985), (53.2930, 5.9985), (53.2930, 5.9940)), [], []),
        ("Dorpsgezicht Damwâld Rinsmaweg (demo)", "monument",
         "Karakteristieke bebouwing: welstandsadvies nodig.",
         _vlak((53.2870, 5.9895), (53.2870, 5.9940), (53.2898, 5.9940), (53.2898, 5.9895)), [], []),
        ("Archeologische verwachting terp Rinsumageast (demo)", "archeologie",
         "Terp met hoge archeologische verwachting: archeologisch onderzoek bij bodemingrepen dieper dan 50 cm.",
         _vlak((53.2768, 5.9430), (53.2768, 5.9480), (53.2795, 5.9480), (53.2795, 5.9430)), [], []),
    ],
}


class Command(BaseCommand):
    help = "Laadt demo-risicozones (signalering) en bouwt de zoekindex. Veilig om vaker te draaien."

    def handle(self, **options):
        with transaction.atomic():
            for code, zones in ZONES.items():
                org = Organisatie.objects.filter(gemeentecode=code).first()
                if org is None:
                    continue
                for naam, soort, melding, geometrie, zaaktypen, activiteiten in zones:
                    Risicozone.objects.update_or_create(
                        organisatie=org, naam=naam,
                        defaults={"soort": soort, "melding": melding, "geometrie": geometrie,
                                  "zaaktypen": zaaktypen, "activiteiten": activiteiten, "actief": True})
        call_command("zoekindex_herbouwen", stdout=self.stdout)
