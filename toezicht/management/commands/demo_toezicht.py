"""Demo data for toezicht: objects, a programme for 2026 and today's controles for the demo
toezichthouders (nef.toezicht / dan.toezicht, made by demo_laden). Idempotent."""

import io
from decimal import Decimal

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from clo.accounts.models import Medewerker, Organisatie
from toezicht.actions import genereer_planning, maak_object, plan_controle, start_controle
from toezicht.models import (
    KPI,
    Checklist,
    Controle,
    Doel,
    Frequentie,
    Thema,
    ToezichtInstellingen,
    Toezichtprogramma,
    VthObject,
)

# (code, naam, straat, nr, postcode, plaats, lat, lon, activiteiten, risico, naleefgedrag) — public street
# names, fictional businesses; coordinates approximate.
OBJECTEN = {
    "GM1970": [
        (
            "NEF-T001",
            "Zorgcentrum De Terp",
            "Hoogstraat",
            "12",
            "9101LJ",
            "Dokkum",
            53.3258,
            5.9989,
            ["brandveilig gebruik"],
            5,
            "matig",
        ),
        (
            "NEF-T002",
            "Hotel De Lauwers",
            "Diep",
            "3",
            "9101KK",
            "Dokkum",
            53.3262,
            5.9975,
            ["brandveilig gebruik"],
            4,
            "goed",
        ),
        (
            "NEF-T003",
            "Autobedrijf Kollum",
            "Voorstraat",
            "21",
            "9291CE",
            "Kollum",
            53.2776,
            6.1543,
            ["milieu"],
            3,
            "slecht",
        ),
        (
            "NEF-T004",
            "Nieuwbouw 6 woningen",
            "Stinsdyk",
            "5",
            "9151JN",
            "Holwerd",
            53.3703,
            5.9011,
            ["bouwen"],
            3,
            "onbekend",
        ),
        (
            "NEF-T005",
            "Basisschool De Klimop",
            "Gedempte Haven",
            "2",
            "9138TZ",
            "Ee",
            53.3381,
            6.0762,
            ["brandveilig gebruik"],
            4,
            "goed",
        ),
    ],
    "GM1891": [
        (
            "DAN-T001",
            "Sporthal De Rinsma",
            "Rinsmaweg",
            "30",
            "9104ZG",
            "Damwâld",
            53.2884,
            5.9917,
            ["brandveilig gebruik"],
            4,
            "matig",
        ),
        (
            "DAN-T002",
            "Loonbedrijf Feanwâlden",
            "Kleasterwei",
            "7",
            "9249NB",
            "Feanwâlden",
            53.2315,
            5.9939,
            ["milieu"],
            3,
            "matig",
        ),
        (
            "DAN-T003",
            "Sloop boerderij",
            "Mûnewei",
            "9",
            "9105LD",
            "Broeksterwâld",
            53.2785,
            5.9876,
            ["sloop"],
            3,
            "onbekend",
        ),
    ],
}
CHECKLIST_PER_ACTIVITEIT = {
    "brandveilig gebruik": "brandveilig-gebruik",
    "milieu": "milieu-basis",
    "bouwen": "bouw-realisatie",
    "sloop": "sloop",
}


class Command(BaseCommand):
    help = "Laadt demodata voor toezicht (objecten, programma 2026, controles van vandaag). Veilig om vaker te draaien."

    def handle(self, **options):
        call_command("laad_checklists", stdout=io.StringIO())
        for org in Organisatie.objects.filter(gemeentecode__in=OBJECTEN):
            door = Medewerker.objects.filter(username=f"{org.zaaknummer_prefix.lower()}.toezicht").first()
            if door is None:
                naam = f"{org.zaaknummer_prefix.lower()}.toezicht"
                self.stderr.write(f"{org.naam}: demogebruiker {naam} ontbreekt; draai eerst demo_laden.")
                continue
            objecten = [self._object(org, door, rij) for rij in OBJECTEN[org.gemeentecode]]
            self._programma(org, door)
            self._vandaag(org, door, objecten)
            ToezichtInstellingen.objects.get_or_create(
                organisatie=org,
                defaults={
                    "interne_ontvangers": [
                        {"naam": "BAG-beheerder", "email": f"bag@{org.zaaknummer_prefix.lower()}.example"}
                    ]
                },
            )
        self.stdout.write(self.style.SUCCESS("Demodata toezicht klaar."))

    def _object(self, org, door, rij) -> VthObject:
        code, naam, straat, nr, pc, plaats, lat, lon, act, risico, gedrag = rij
        bestaand = VthObject.objects.filter(organisatie=org, objectcode=code).first()
        return bestaand or maak_object(
            org,
            door=door,
            objectcode=code,
            naam=naam,
            straat=straat,
            huisnummer=nr,
            postcode=pc,
            woonplaats=plaats,
            lat=lat,
            lon=lon,
            activiteiten=act,
            risicocategorie=risico,
            naleefgedrag=gedrag,
            contactnaam=naam,
            contact_email=f"info@{code.lower()}.example",
        )

    def _programma(self, org, door) -> None:
        programma, nieuw = Toezichtprogramma.objects.get_or_create(
            organisatie=org, jaar=2026, defaults={"naam": "Uitvoeringsprogramma VTH", "capaciteit_uren": 1200}
        )
        if not nieuw:
            return
        for risico, freq, uren in [(1, "0.2", 2), (2, "0.33", 3), (3, "0.5", 4), (4, "1", 5), (5, "2", 6)]:
            Frequentie.objects.create(
                programma=programma, risicocategorie=risico, controles_per_jaar=Decimal(freq), uren_per_controle=uren
            )
        for naam, activiteit, streef in [
            ("Brandveiligheid", "brandveilig gebruik", 90),
            ("Milieu", "milieu", 80),
            ("Bouwen", "bouwen", 75),
            ("Sloop en asbest", "sloop", 100),
        ]:
            thema = Thema.objects.create(
                programma=programma,
                naam=naam,
                activiteiten=[activiteit],
                checklist=Checklist.objects.get(organisatie=org, code=CHECKLIST_PER_ACTIVITEIT[activiteit]),
            )
            Doel.objects.create(
                thema=thema,
                omschrijving=f"{streef}% van de geplande controles {naam.lower()} uitgevoerd",
                kpi=KPI.PERCENTAGE_UITGEVOERD,
                streefwaarde=streef,
            )
        genereer_planning(programma, door=door)

    def _vandaag(self, org, door, objecten) -> None:
        vandaag = timezone.localdate()
        if Controle.objects.filter(organisatie=org, toezichthouder=door, datum=vandaag).exists():
            return
        for volgorde, obj in enumerate(objecten[:3], start=1):
            checklist = Checklist.objects.get(organisatie=org, code=CHECKLIST_PER_ACTIVITEIT[obj.activiteiten[0]])
            controle = start_controle(
                organisatie=org, checklistversie=checklist.actieve_versie(), door=door, object=obj
            )
            plan_controle(controle, datum=vandaag, toezichthouder=door, door=door, volgorde=volgorde)
