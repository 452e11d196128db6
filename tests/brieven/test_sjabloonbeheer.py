"""Functioneel beheer gets a clear error in the admin before a broken template is saved, and
templates cannot reach anything beyond their context."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from zaken.brieven.models import BriefSjabloon
from zaken.brieven.schema import SCHEMA
from zaken.brieven.sjabloontaal import compileer, render
from zaken.models import Documenttype


def _formulier(org, tekst: str, onderwerp: str = "Ontvangst {{ zaak.identificatie }}") -> dict:
    return {
        "organisatie": org.pk,
        "code": "test",
        "naam": "Test",
        "onderwerp": onderwerp,
        "actief": "on",
        "documenttype": Documenttype.objects.get(organisatie=org, code="correspondentie").pk,
        "blokken-TOTAL_FORMS": "1",
        "blokken-INITIAL_FORMS": "0",
        "blokken-MIN_NUM_FORMS": "0",
        "blokken-MAX_NUM_FORMS": "1000",
        "blokken-0-volgorde": "10",
        "blokken-0-titel": "",
        "blokken-0-tekst": tekst,
    }


def test_onbekende_placeholder_wordt_in_de_admin_gemeld_en_niet_opgeslagen(admin_client, nef):
    url = reverse("admin:brieven_briefsjabloon_add")
    antwoord = admin_client.post(url, _formulier(nef, "Beste {{ aanvrager.naam }}, uw zaak {{ zaak.nummer }}."))
    assert antwoord.status_code == 200
    assert "Onbekende placeholder(s) in blok 10: {{ zaak.nummer }}" in antwoord.content.decode()
    assert not BriefSjabloon.objects.filter(code="test").exists()


def test_syntaxfout_en_verboden_opdracht_worden_in_het_nederlands_gemeld(admin_client, nef):
    url = reverse("admin:brieven_briefsjabloon_add")
    inhoud = admin_client.post(
        url, _formulier(nef, "{% load static %}{% if zaak.identificatie %}open")
    ).content.decode()
    assert "onbekende opdracht {% load %}" in inhoud
    inhoud = admin_client.post(
        url, _formulier(nef, "Hallo", onderwerp="{{ zaak.identificatie|safe }}")
    ).content.decode()
    assert "onbekend filter |safe" in inhoud
    assert not BriefSjabloon.objects.filter(code="test").exists()


def test_geldig_sjabloon_wordt_opgeslagen_en_voorbeeld_geeft_een_pdf(admin_client, nef):
    url = reverse("admin:brieven_briefsjabloon_add")
    admin_client.post(
        url, _formulier(nef, "{% for v in besluit.voorschriften %}{{ forloop.counter }}. {{ v }}\n{% endfor %}")
    )
    sjabloon = BriefSjabloon.objects.get(code="test")
    voorbeeld = admin_client.get(reverse("admin:brieven_briefsjabloon_voorbeeld", args=[sjabloon.pk]))
    assert voorbeeld["Content-Type"] == "application/pdf" and voorbeeld.content.startswith(b"%PDF")
    fout = admin_client.post(
        reverse("admin:brieven_briefsjabloon_voorbeeld", args=[sjabloon.pk]), _formulier(nef, "{{ zaak.bestaat_niet }}")
    )
    assert fout.status_code == 400 and "zaak.bestaat_niet" in fout.content.decode()


@pytest.mark.parametrize(
    "tekst",
    [
        "{{ zaak.items }}",
        "{{ zaak.identificatie.upper }}",
        "{% include 'base.html' %}",
        "{{ settings.SECRET_KEY }}",
        "{% debug %}",
    ],
)
def test_sjabloon_kan_niet_buiten_zijn_context_komen(tekst):
    with pytest.raises(ValidationError):
        compileer(tekst, SCHEMA)


def test_waarden_en_tekst_in_een_sjabloon_worden_ge_escaped():
    template = compileer("<script>x</script>{{ aanvrager.naam }}", SCHEMA)
    assert (
        render(template, {"aanvrager": {"naam": "<b>Jan</b>"}})
        == "&lt;script&gt;x&lt;/script&gt;&lt;b&gt;Jan&lt;/b&gt;"
    )
