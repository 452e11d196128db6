from django.core.management.base import BaseCommand

from clo.accounts.models import Organisatie
from koppelingen.mail.actions import MailFout, standaard_ontvangers, verstuur_mail
from koppelingen.mail.laden import laad_mailsjablonen
from zaken.brieven.actions import BriefFout, maak_brief, maak_brief_definitief
from zaken.brieven.laden import laad_sjablonen
from zaken.brieven.models import Brief
from zaken.models import Zaak


class Command(BaseCommand):
    help = (
        "Demo: laadt brief- en mailsjablonen en maakt voor enkele open zaken per gemeente een definitieve "
        "ontvangstbevestiging die per mail wordt verstuurd (zichtbaar in het maillog). Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--per-organisatie", type=int, default=3)

    def handle(self, *args, per_organisatie=3, **options):
        for org in Organisatie.objects.all():
            laad_sjablonen(org)
            laad_mailsjablonen(org)
            gedaan = 0
            zaken = Zaak.objects.filter(organisatie=org, einddatum__isnull=True, betrokkenen__email__gt="").distinct()
            for zaak in zaken.exclude(pk__in=Brief.objects.values("zaak_id"))[:per_organisatie]:
                door = zaak.behandelaar
                try:
                    brief = maak_brief_definitief(maak_brief(zaak, "ontvangstbevestiging", door=door), door=door)
                    if ontvangers := standaard_ontvangers(zaak):
                        verstuur_mail(zaak, door=door, sjabloon_code="brief", ontvangers=ontvangers, documenten=[brief])
                    gedaan += 1
                except (BriefFout, MailFout) as exc:
                    self.stderr.write(f"{zaak.identificatie}: {exc}")
            self.stdout.write(f"{org.naam}: sjablonen geladen, {gedaan} demobrieven gemaakt en gemaild.")
