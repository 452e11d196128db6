import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from clo.accounts.rollen import Rol
from toezicht.models import Controle, GeplandeControle, Toezichtprogramma, VthObject

pytestmark = pytest.mark.django_db


def test_demo_toezicht_plans_todays_controles_for_demo_users_and_is_idempotent(nef, dantumadiel, maak_gebruiker):
    nef_th = maak_gebruiker(nef, Rol.TOEZICHTHOUDER, username="nef.toezicht")
    maak_gebruiker(dantumadiel, Rol.TOEZICHTHOUDER, username="dan.toezicht")
    for _ in range(2):
        call_command("demo_toezicht", stdout=io.StringIO(), stderr=io.StringIO())
    assert Controle.objects.filter(toezichthouder=nef_th, datum=timezone.localdate()).count() == 3
    assert VthObject.objects.filter(organisatie=dantumadiel).count() == 3
    assert Toezichtprogramma.objects.filter(jaar=2026).count() == 2
    assert GeplandeControle.objects.filter(programma__organisatie=nef).exists()
