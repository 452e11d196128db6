"""Demo handhaving for both tenants: the matrix, handhavingszaken in every stage, forfeited
dwangsommen (one close to verjaring) and an open handhavingsverzoek. Idempotent; run after
demo_laden (uses its handhaver '<prefix>.handhaving')."""

import datetime
from decimal import Decimal

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from clo.accounts.models import Lidmaatschap, Organisatie
from clo.accounts.rollen import Rol
from handhaving import actions
from handhaving.models import Handhavingsverzoek, Handhavingszaak

GEVALLEN = [
    (
        "Illegale aanbouw zonder omgevingsvergunning",
        "Aanbouw van 12 m² aan de achterzijde zonder vergunning",
        "artikel 5.1 Omgevingswet",
        "Verwijder de aanbouw",
        "constatering",
    ),
    (
        "Schutting hoger dan 2 meter op de erfgrens",
        "Schutting van 2,6 m hoog op de erfgrens",
        "artikel 5.1 Omgevingswet",
        "Verlaag de schutting tot 2 meter",
        "waarschuwing",
    ),
    (
        "Opslag van bouwmaterialen in de berm",
        "Opslag van bouwmaterialen in de gemeentelijke berm",
        "artikel 2:10 APV",
        "Verwijder de opslag",
        "voornemen",
    ),
    (
        "Bewoning van een bijgebouw",
        "Bijgebouw wordt permanent bewoond in strijd met het omgevingsplan",
        "artikel 5.1 Omgevingswet",
        "Beëindig de bewoning",
        "last",
    ),
    (
        "Reclamebord zonder vergunning",
        "Lichtreclame op de gevel zonder omgevingsvergunning",
        "artikel 5.1 Omgevingswet",
        "Verwijder het reclamebord",
        "verbeurd",
    ),
    (
        "Nooduitgang geblokkeerd in zorgcentrum",
        "Nooduitgang geblokkeerd door opslag",
        "artikel 6.25 Besluit bouwwerken leefomgeving",
        "Houd de nooduitgang vrij",
        "bijna_verjaard",
    ),
]


class Command(BaseCommand):
    help = "Laadt demo-handhavingszaken voor beide organisaties. Veilig om vaker te draaien."

    def handle(self, **options):
        call_command("laad_interventiematrix", stdout=self.stdout)
        for org in Organisatie.objects.all():
            door = self._handhaver(org)
            if door is None:
                self.stdout.write(f"{org.naam}: geen handhaver gevonden; draai eerst demo_laden.")
                continue
            if Handhavingszaak.objects.filter(organisatie=org).count() >= len(GEVALLEN):
                self.stdout.write(f"{org.naam}: demo-handhaving bestaat al.")
                continue
            with transaction.atomic():
                for geval in GEVALLEN:
                    self._maak(org, door, *geval)
                self._verzoek(org, door)
            self.stdout.write(self.style.SUCCESS(f"{org.naam}: {len(GEVALLEN)} handhavingszaken en 1 verzoek."))

    def _handhaver(self, org):
        lid = (
            Lidmaatschap.objects.actief()
            .filter(organisatie=org, rollen__contains=[Rol.HANDHAVER])
            .select_related("medewerker")
            .order_by("medewerker__username")
            .first()
        )
        return lid.medewerker if lid else None

    def _maak(self, org, door, omschrijving, overtreding, grondslag, maatregel, stadium):
        vandaag = timezone.localdate()
        terug = {"verbeurd": 120, "bijna_verjaard": 400}.get(stadium, 20)
        start = vandaag - datetime.timedelta(days=terug)
        adres = "Hoogstraat 12, 9101LJ Dokkum" if org.gemeentecode == "GM1970" else "Haadwei 40, 9104AC Damwâld"
        hz = actions.start_handhavingszaak(
            organisatie=org,
            door=door,
            omschrijving=omschrijving,
            overtreding=overtreding,
            wettelijke_grondslag=grondslag,
            maatregel=maatregel,
            locatie=adres,
            geconstateerd_op=start,
            behandelaar=door,
            overtreder_gegevens={
                "naam": "P. Jansma",
                "betrokkene_type": "natuurlijk_persoon",
                "postcode": "9101LJ",
                "woonplaats": "Dokkum",
            },
        )
        actions.kies_interventie(hz, door=door, gedrag="B", gevolgen=2 if stadium == "waarschuwing" else 3)
        if stadium == "constatering":
            return
        if stadium == "waarschuwing":
            actions.waarschuw(hz, door=door, verzonden=vandaag - datetime.timedelta(days=7))
            return
        actions.verstuur_voornemen(hz, door=door, verzonden=start + datetime.timedelta(days=3))
        if stadium == "voornemen":
            return
        actions.verwerk_zienswijze(
            hz,
            door=door,
            ontvangen=True,
            samenvatting="Overtreder vraagt om uitstel; de begunstigingstermijn is daarop afgestemd.",
            datum=start + datetime.timedelta(days=18),
        )
        last = actions.leg_last_op(
            hz,
            door=door,
            soort="lod",
            maatregel=maatregel,
            bekendgemaakt=start + datetime.timedelta(days=19),
            begunstigingstermijn_dagen=28,
            bedrag=Decimal("250"),
            eenheid="per_week",
            maximum=Decimal("2500"),
        )
        if stadium == "last":
            return
        actions.registreer_verbeurte(
            last, door=door, datum=last.begunstigingstermijn_einde + datetime.timedelta(days=1), aantal=2
        )

    def _verzoek(self, org, door):
        if Handhavingsverzoek.objects.filter(organisatie=org).exists():
            return
        actions.registreer_handhavingsverzoek(
            organisatie=org,
            door=door,
            omschrijving="Verzoek om handhaving: caravanstalling in weiland",
            ontvangen=timezone.localdate() - datetime.timedelta(days=10),
            verzoeker={
                "naam": "M. Zijlstra",
                "betrokkene_type": "natuurlijk_persoon",
                "postcode": "9101KK",
                "woonplaats": "Dokkum",
            },
        )
