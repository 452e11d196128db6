import datetime

import pytest

from clo.accounts.rollen import Rol
from handhaving.actions import start_handhavingszaak


@pytest.fixture
def handhaver(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.HANDHAVER, max_vertrouwelijkheid="vertrouwelijk")


@pytest.fixture
def jurist(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.JURIST, max_vertrouwelijkheid="vertrouwelijk")


@pytest.fixture
def toezichthouder(nef, maak_gebruiker):
    return maak_gebruiker(nef, Rol.TOEZICHTHOUDER)


@pytest.fixture
def maak_hz(nef, handhaver):
    def maak(door=None, geconstateerd_op=datetime.date(2025, 3, 3), **kwargs):
        return start_handhavingszaak(
            organisatie=kwargs.pop("organisatie", nef),
            door=door or handhaver,
            omschrijving=kwargs.pop("omschrijving", "Schutting hoger dan 2 meter, Hoogstraat 12"),
            overtreding="Schutting van 2,5 m hoog zonder omgevingsvergunning",
            wettelijke_grondslag="artikel 5.1 Omgevingswet",
            locatie="Hoogstraat 12, 9101LJ Dokkum",
            maatregel="Verlaag de schutting tot 2 meter",
            geconstateerd_op=geconstateerd_op,
            overtreder_gegevens={
                "naam": "J. de Boer",
                "betrokkene_type": "natuurlijk_persoon",
                "straat": "Hoogstraat",
                "huisnummer": "12",
                "postcode": "9101LJ",
                "woonplaats": "Dokkum",
            },
            **kwargs,
        )

    return maak


def maak_mislukte_controle(organisatie, toezichthouder):
    """A controle with one 'voldoet niet' bevinding, made through toezicht's own actions, so
    toezicht proposes an overtreding for handhaving."""
    import io
    import uuid

    from django.core.management import call_command
    from django.utils import timezone

    from toezicht.actions import Wijziging, maak_object, plan_controle, start_controle, verwerk_bevinding
    from toezicht.models import Checklist

    call_command("laad_checklists", stdout=io.StringIO())
    obj = maak_object(
        organisatie,
        door=toezichthouder,
        objectcode=f"HH-{uuid.uuid4().hex[:6]}",
        naam="Zorgcentrum De Terp",
        straat="Hoogstraat",
        huisnummer="12",
        postcode="9101LJ",
        woonplaats="Dokkum",
        lat=53.3258,
        lon=5.9989,
        activiteiten=["brandveilig gebruik"],
        risicocategorie=4,
        contactnaam="Stichting De Terp",
        contact_email="beheer@determ.example",
    )
    versie = Checklist.objects.get(organisatie=organisatie, code="brandveilig-gebruik").actieve_versie()
    controle = start_controle(organisatie=organisatie, checklistversie=versie, door=toezichthouder, object=obj)
    controle = plan_controle(controle, datum=timezone.localdate(), toezichthouder=toezichthouder, door=toezichthouder)
    vraag = versie.secties.order_by("volgorde").first().vragen.order_by("volgorde").first()
    verwerk_bevinding(
        controle,
        Wijziging(uuid.uuid4(), vraag.pk, None, "nee", "voldoet_niet", "Nooduitgang geblokkeerd door opslag"),
        door=toezichthouder,
    )
    return controle
