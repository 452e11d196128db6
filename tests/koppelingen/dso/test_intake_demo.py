"""`demo_dso` sets up both tenants and loads the sample verzoeken; running it twice changes nothing."""

import io

import pytest
from django.core.management import call_command

from koppelingen.dso.fake.testhulp import na_commit
from koppelingen.dso.models import Bericht, BerichtStatus
from zaken.models import Zaak

pytestmark = pytest.mark.django_db


def test_demo_dso_laadt_voorbeeldverzoeken_voor_beide_gemeenten_en_is_idempotent(nef, dantumadiel, settings):
    settings.CLO_FAKES_URL = "http://127.0.0.1:9"  # nothing listens: the command serves its own fake
    with na_commit():
        call_command("demo_dso", stdout=io.StringIO())
    zaken = {z.verzoeknummer: z.organisatie.gemeentecode for z in Zaak.objects.filter(bron="dso")}
    assert zaken == {
        "2026110200117": "GM1970",
        "2026111200203": "GM1970",
        "2026110400342": "GM1891",
        "2026110900058": "GM1891",
    }
    assert set(Bericht.objects.values_list("status", flat=True)) == {BerichtStatus.VERWERKT}
    with na_commit():
        call_command("demo_dso", stdout=io.StringIO())
    assert Zaak.objects.filter(bron="dso").count() == 4
    assert Bericht.objects.count() == 5
