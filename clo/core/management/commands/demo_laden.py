"""Demo data: both tenants, a user per role, 60+ zaken in every state. Idempotent."""

import datetime
import random

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from clo.accounts.models import Lidmaatschap, Medewerker, Organisatie
from clo.accounts.rollen import Rol
from zaken.actions import (
    registreer_zaak,
    sluit_zaak,
    voeg_betrokkene_toe,
    voeg_locatie_toe,
    wijs_behandelaar_toe,
    zet_status,
)
from zaken.actions.termijnen import beeindig_opschorting, schort_op
from zaken.models import Zaak, Zaaktype

DEMO_WACHTWOORD = "Demo-CLO-2026"
# Demo data of the capabilities, each an idempotent command of its app, run after the zaken exist.
DEMO_VERVOLG = [
    "laad_brieven",
    "laad_mailsjablonen",
    "demo_processen",
    "laad_checklists",
    "demo_toezicht",
    "demo_dso",
    "demo_zoeken",
    "laad_interventiematrix",
    "demo_handhaving",
    "demo_brieven",
]
ROLGEBRUIKERS = [
    ("vergunning", "Vera", "de Vries", [Rol.VERGUNNINGVERLENER], "Vergunningen"),
    ("toezicht", "Tjeerd", "Hoekstra", [Rol.TOEZICHTHOUDER], "Toezicht"),
    ("handhaving", "Hylke", "Dijkstra", [Rol.HANDHAVER], "Handhaving"),
    ("jurist", "Jelske", "Postma", [Rol.JURIST], "Juridische zaken"),
    ("adviseur", "Anne", "Wijma", [Rol.ADVISEUR], "Ruimtelijke ordening"),
    ("kcc", "Klaas", "Bosma", [Rol.KCC], "KCC"),
    ("teamleider", "Tineke", "van der Meer", [Rol.TEAMLEIDER], "Vergunningen"),
    ("beheer", "Bauke", "Visser", [Rol.FUNCTIONEEL_BEHEERDER], "Informatiemanagement"),
    ("auditor", "Aukje", "Kuipers", [Rol.AUDITOR], "Control"),
]
# (straat, huisnummer, postcode, plaats, lat, lon): addresses that the built-in fake BAG knows
# (koppelingen/bag/data/adressen.psv), so enrichment finds them; coordinates approximate.
ADRESSEN = {
    "GM1970": [
        ("Hoogstraat", "5", "9101LA", "Dokkum", 53.3258, 5.9989),
        ("Diepswal", "21", "9101LB", "Dokkum", 53.3262, 5.9975),
        ("Grote Breedstraat", "10", "9101KG", "Dokkum", 53.3270, 6.0006),
        ("Voorstraat", "22", "9291CK", "Kollum", 53.2776, 6.1543),
        ("Foarstrjitte", "40", "9151HE", "Holwerd", 53.3703, 5.9011),
        ("Haedstrjitte", "17", "9145RE", "Ternaard", 53.3784, 5.9676),
        ("Foarstrjitte", "9", "9144MC", "Metslawier", 53.3624, 6.0505),
        ("Ikemawei", "12", "9138TE", "Ee", 53.3381, 6.0762),
    ],
    "GM1891": [
        ("Haadwei", "62", "9104BB", "Damwâld", 53.2916, 5.9962),
        ("Hegebuorren", "11", "9104GE", "Damwâld", 53.2884, 5.9917),
        ("Stasjonsstrjitte", "10", "9249NH", "Feanwâlden", 53.2315, 5.9939),
        ("Brinkstrjitte", "15", "9271BC", "De Westereen", 53.2560, 6.0330),
        ("Wâlddyk", "7", "9105KP", "Rinsumageast", 53.2781, 5.9456),
        ("Haadwei", "5", "9105LA", "Broeksterwâld", 53.2785, 5.9876),
    ],
}
# Published BRP test BSNs (RvIG proefomgeving), used as demo aanvragers.
BSNS = ["999993653", "999990755", "999995108", "999995017", "999970136"]  # all known to the fake BRP
NAMEN = ["J. de Boer", "S. van der Meulen", "P. Jansma", "M. Zijlstra", "R. Bakker", "A. Tjepkema", "H. Wiersma"]
OMSCHRIJVINGEN = {
    "AANVRAAG-REGULIER": [
        "Bouwen van een woning",
        "Plaatsen dakkapel",
        "Bouwen schuur",
        "Kappen van twee linden",
        "Uitbreiden bedrijfshal",
    ],
    "AANVRAAG-UITGEBREID": ["Buitenplanse omgevingsplanactiviteit: zorgwoningen", "Windturbine op bedrijventerrein"],
    "MELDING-ACTIVITEIT": [
        "Sloopmelding schuur met asbest",
        "Melding bouwactiviteit gevolgklasse 1",
        "Melding MBA opslag",
    ],
    "HANDHAVINGSVERZOEK": ["Verzoek om handhaving: illegale bewoning bijgebouw"],
    "CONTROLE": ["Controle realisatie woning", "Controle brandveilig gebruik"],
    "HANDHAVINGSBESLUIT": ["Illegale aanbouw zonder vergunning"],
    "KLACHT-OPENBARE-RUIMTE": ["Overlast bouwwerkzaamheden"],
    "VOOROVERLEG": ["Vooroverleg appartementengebouw"],
}


class Command(BaseCommand):
    help = "Laadt demodata (organisaties, catalogus, gebruikers per rol, zaken). Veilig om vaker te draaien."

    def handle(self, **options):
        call_command("laad_basis", stdout=self.stdout)
        # Services first, so zaken registered below are enriched (or queued for catch-up).
        call_command("koppelingen_demo_configureren", stdout=self.stdout)
        beheer = self._beheergroep()
        for org in Organisatie.objects.all():
            prefix = org.zaaknummer_prefix.lower()
            gebruikers = {rol[0]: self._gebruiker(f"{prefix}.{rol[0]}", rol, org, beheer) for rol in ROLGEBRUIKERS}
            if Zaak.objects.filter(organisatie=org).count() < 30:
                self._zaken(org, gebruikers)
        beide = self._gebruiker(
            "beide.vergunning",
            ("vergunning", "Wietske", "Terpstra", [Rol.VERGUNNINGVERLENER], "Vergunningen"),
            Organisatie.objects.get(gemeentecode="GM1970"),
            beheer,
        )
        self._lid(beide, Organisatie.objects.get(gemeentecode="GM1891"), [Rol.VERGUNNINGVERLENER], "Vergunningen")
        self._applicatiebeheerder()
        for vervolg in DEMO_VERVOLG:
            call_command(vervolg, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demodata klaar. Wachtwoord voor alle demogebruikers: {DEMO_WACHTWOORD}"))

    def _beheergroep(self) -> Group:
        groep, _ = Group.objects.get_or_create(name="Functioneel beheer")
        # Every app with configuration a functioneel beheerder keeps per organisatie (the admin
        # scopes each screen to the tenant, docs/decisions/0003). Services and certificates are
        # applicatiebeheer (superusers only), so their apps are not in the group.
        apps = [
            "zaken",
            "accounts",
            "audit",
            "vergunningen",
            "toezicht",
            "handhaving",
            "brieven",
            "mail",
            "dso",
            "zoeken",
            "basisregistraties",
            "werkvoorraad",
            "kcc",
        ]
        groep.permissions.set(Permission.objects.filter(content_type__app_label__in=apps))
        return groep

    def _applicatiebeheerder(self) -> None:
        """Superuser for what no tenant owns (Services, certificates, digikoppelaars): in the demo
        too, so those admin screens can be shown (docs/decisions/0003)."""
        user, gemaakt = Medewerker.objects.get_or_create(
            username="applicatiebeheer",
            defaults={"first_name": "Arjen", "last_name": "Zijlstra", "email": "applicatiebeheer@demo.clo.localhost"},
        )
        if gemaakt:
            user.set_password(DEMO_WACHTWOORD)
        user.is_staff = user.is_superuser = True
        user.save()

    def _lid(self, user, org, rollen, team):
        Lidmaatschap.objects.update_or_create(
            medewerker=user, organisatie=org, defaults={"rollen": rollen, "team": team, "actief": True}
        )

    def _gebruiker(self, username, rol, org, beheer) -> Medewerker:
        _, voornaam, achternaam, rollen, team = rol
        user, gemaakt = Medewerker.objects.get_or_create(
            username=username,
            defaults={"first_name": voornaam, "last_name": achternaam, "email": f"{username}@demo.clo.localhost"},
        )
        if gemaakt:
            user.set_password(DEMO_WACHTWOORD)
        if Rol.FUNCTIONEEL_BEHEERDER in rollen:
            user.is_staff = True
            user.groups.add(beheer)
        user.save()
        self._lid(user, org, rollen, team)
        return user

    @transaction.atomic
    def _zaken(self, org, gebruikers):
        rnd = random.Random(org.gemeentecode)
        vandaag = timezone.localdate()
        zaaktypen = {zt.identificatie: zt for zt in Zaaktype.objects.filter(organisatie=org, versie=1)}
        behandelaars = {"CONTROLE": "toezicht", "HANDHAVINGSBESLUIT": "handhaving", "HANDHAVINGSVERZOEK": "jurist"}
        nummer = 0
        for ident, omschrijvingen in OMSCHRIJVINGEN.items():
            zaaktype = zaaktypen[ident]
            aantal = 10 if ident == "AANVRAAG-REGULIER" else 5 if ident == "MELDING-ACTIVITEIT" else 3
            for i in range(aantal):
                nummer += 1
                adres = ADRESSEN[org.gemeentecode][nummer % len(ADRESSEN[org.gemeentecode])]
                door = gebruikers[behandelaars.get(ident, "vergunning")]
                # Mostly recent zaken, some overdue ones so termijnbewaking has something to show.
                start = vandaag - datetime.timedelta(
                    days=rnd.randint(60, 110) if nummer % 6 == 0 else rnd.randint(1, 45)
                )
                zaak = registreer_zaak(
                    zaaktype=zaaktype,
                    omschrijving=f"{omschrijvingen[i % len(omschrijvingen)]}, {adres[0]} {adres[1]}",
                    startdatum=start,
                    door=gebruikers["kcc"],
                    kanaal=rnd.choice(["balie", "post", "email"]),
                )
                initiator = (
                    zaaktype.roltypen.filter(omschrijving_generiek="initiator").first() or zaaktype.roltypen.first()
                )
                voeg_betrokkene_toe(
                    zaak,
                    roltype=initiator,
                    door=gebruikers["kcc"],
                    betrokkene_type="natuurlijk_persoon",
                    naam=NAMEN[nummer % len(NAMEN)],
                    bsn=BSNS[nummer % len(BSNS)],
                    straat=adres[0],
                    huisnummer=adres[1],
                    postcode=adres[2],
                    woonplaats=adres[3],
                    email=f"aanvrager{nummer}@example.nl",
                    gegevens_per=start,
                )
                voeg_locatie_toe(
                    zaak,
                    door=door,
                    omschrijving=f"{adres[0]} {adres[1]}, {adres[2]} {adres[3]}",
                    straat=adres[0],
                    huisnummer=adres[1],
                    postcode=adres[2],
                    woonplaats=adres[3],
                    lat=adres[4],
                    lon=adres[5],
                )
                self._voortgang(zaak, door, i, rnd)

    def _voortgang(self, zaak, door, i, rnd):
        statustypen = list(zaak.zaaktype.statustypen.order_by("volgnummer"))
        if i % 4 != 0:
            wijs_behandelaar_toe(zaak, door, door=door)
        stap = i % len(statustypen)
        for st in statustypen[1 : stap + 1]:
            if not st.is_eindstatus:
                zet_status(zaak, st, door=door)
        if i % 5 == 2 and zaak.zaaktype.opschorting_mogelijk and zaak.zaaktype.procedure == "regulier":
            begin = zaak.startdatum + datetime.timedelta(days=5)
            schort_op(
                zaak,
                door=door,
                reden="Bouwtekeningen ontbreken",
                begindatum=begin,
                aanvullingstermijn_tot=begin + datetime.timedelta(days=14),
            )
            if begin + datetime.timedelta(days=12) <= timezone.localdate():
                beeindig_opschorting(zaak, door=door, einddatum=begin + datetime.timedelta(days=12))
        if i % 3 == 2:
            resultaat = zaak.zaaktype.resultaattypen.order_by("id").first()
            sluit_zaak(zaak, resultaat, door=door, toelichting="Afgehandeld (demo)")
