from django.core.management.base import BaseCommand
from viewflow.workflow.status import PROCESS

from vergunningen.actions import start_proces
from zaken.models import Zaak
from zaken.werkvoorraad.models import ZaakProces
from zaken.werkvoorraad.termijnbewaking import voer_uit as termijnbewaking


class Command(BaseCommand):
    help = (
        "Start processen voor open demozaken met een vergunningflow (idempotent). Zaken met een "
        "behandelaar krijgen opgepakte taken, de rest staat in de teamvoorraad; oude zaken zijn te laat."
    )

    def handle(self, *args, **options):
        gestart = 0
        for zaak in (
            Zaak.objects.open()
            .filter(zaaktype__flow__startswith="vergunningen.")
            .select_related("zaaktype", "behandelaar", "organisatie")
        ):
            if not ZaakProces.objects.filter(zaak=zaak).exists():
                start_proces(zaak, door=zaak.behandelaar)
                gestart += 1
        # Demo data may close zaken after their process started; stop those processes.
        for proces in ZaakProces.objects.filter(status=PROCESS.NEW, zaak__einddatum__isnull=False):
            proces.flow_class.instance.cancel(proces)
        telling = termijnbewaking()
        self.stdout.write(f"{gestart} processen gestart; termijnbewaking: {telling}.")
