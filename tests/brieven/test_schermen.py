"""The behandelaar works with letters from the zaak page; batches show progress."""

from django.urls import reverse

from zaken.brieven.models import BatchOpdracht, BatchStatus, Brief
from zaken.models import DocumentStatus


def test_behandelaar_maakt_concept_en_maakt_het_definitief_vanuit_de_zaak(client, nef, realistische_zaak):
    zaak, behandelaar = realistische_zaak(nef)
    client.force_login(behandelaar)
    tab = client.get(reverse("zaken:detail", args=[zaak.identificatie]) + "?tab=brieven")
    assert "Beschikking omgevingsvergunning verleend" in tab.content.decode()
    client.post(reverse("brieven:maken", args=[zaak.identificatie]), {"sjabloon": "ontvangstbevestiging"})
    brief = Brief.objects.get(zaak=zaak)
    client.post(reverse("brieven:definitief", args=[zaak.identificatie, brief.document.uuid]))
    brief.document.refresh_from_db()
    assert brief.document.status == DocumentStatus.DEFINITIEF


def test_brieven_van_een_zaak_van_een_andere_gemeente_zijn_onbereikbaar(client, nef, dantumadiel, realistische_zaak):
    zaak, _ = realistische_zaak(dantumadiel)
    _, nef_medewerker = realistische_zaak(nef)
    client.force_login(nef_medewerker)
    antwoord = client.post(reverse("brieven:maken", args=[zaak.identificatie]), {"sjabloon": "ontvangstbevestiging"})
    assert antwoord.status_code == 404 and not Brief.objects.filter(zaak=zaak).exists()


def test_batch_maakt_een_brief_per_zaak_en_toont_de_voortgang(
    client, nef, realistische_zaak, django_capture_on_commit_callbacks
):
    zaak1, behandelaar = realistische_zaak(nef)
    zaak2, _ = realistische_zaak(nef)
    client.force_login(behandelaar)
    from zaken.brieven.models import BriefSjabloon

    sjabloon = BriefSjabloon.objects.get(organisatie=nef, code="ontvangstbevestiging")
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(
            reverse("brieven:batch-nieuw"),
            {"sjabloon": sjabloon.pk, "zaaknummers": f"{zaak1.identificatie}, {zaak2.identificatie}"},
        )
    batch = BatchOpdracht.objects.get()
    assert antwoord.url == reverse("brieven:batch", args=[batch.pk])
    assert (batch.status, batch.gelukt, batch.mislukt) == (BatchStatus.KLAAR, 2, 0)
    assert Brief.objects.filter(batch=batch).count() == 2
    voortgang = client.get(reverse("brieven:batch-voortgang", args=[batch.pk])).content.decode()
    assert "2 van 2 brieven verwerkt (100%)" in voortgang
