"""Helpers for tests of the DSO intake: a fake DSO-LV with the tenants' koppelingen pointing at it."""

from __future__ import annotations

from contextlib import contextmanager

from koppelingen.dso.fake import VerzoekAfhandelenFake
from koppelingen.dso.models import Bericht
from koppelingen.dso.samples import lees_sample
from koppelingen.dso.services.inrichting import richt_koppeling_in, richt_mapping_in
from koppelingen.dso.services.ophalen import haal_verzoek_op
from koppelingen.fakes.server import serve


@contextmanager
def dso_fake(*organisaties, **kwargs):
    """A fake DSO-LV on loopback with the tenants' koppelingen and mapping pointing at it."""
    fake = VerzoekAfhandelenFake(**kwargs)
    with serve(fake) as url:
        for org in organisaties:
            richt_mapping_in(org)
            richt_koppeling_in(org, url + "/")
        yield fake, url


@contextmanager
def na_commit():
    """Runs on_commit callbacks (the queued Celery tasks, eager) inside a test transaction."""
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        yield


def haal_en_verwerk(organisatie, verzoeknummer: str) -> list[Bericht]:
    from koppelingen.dso.models import DsoKoppeling

    koppeling = DsoKoppeling.objects.select_related("service", "organisatie").get(organisatie=organisatie)
    with na_commit():
        berichten = haal_verzoek_op(koppeling, verzoeknummer)
    return [Bericht.objects.get(pk=b.pk) for b in berichten]


def sample(naam: str) -> bytes:
    return lees_sample(naam)
