"""The bijlagen of a verzoek are stored per group in one transaction; one bad bijlage in a group
must neither keep the others out nor be stored itself, and a retry fetches only what is still open."""

import hashlib

import pytest

from clo.audit.models import Gebeurtenis
from koppelingen.dso.fake import app as fake_app
from koppelingen.dso.fake.inhoud import bijlage_inhoud
from koppelingen.dso.fake.testhulp import dso_fake, haal_en_verwerk, na_commit
from koppelingen.dso.models import Bericht, BerichtStatus, Bijlage, BijlageStatus
from koppelingen.dso.services.ontvangst import opnieuw_verwerken
from zaken.models import Document, Zaak

pytestmark = pytest.mark.django_db
VERZOEK = "2026111200203"
PROGRAMMA = b"MZ\x90\x00 dit is geen pdf maar een programma"


def _vervals(monkeypatch, slachtoffer: list[str]) -> None:
    """The fake serves an executable under the name of the first PDF document, with a matching
    checksum: it arrives intact, and only CLO's content check can refuse it."""

    def inhoud(document_id, grootte, naam=""):
        if not slachtoffer:
            slachtoffer.append(naam)
        if naam == slachtoffer[0]:
            yield PROGRAMMA.ljust(grootte, b".")
        else:
            yield from bijlage_inhoud(document_id, grootte, naam)

    def sha(document_id, grootte, naam=""):
        return hashlib.sha256(b"".join(inhoud(document_id, grootte, naam))).hexdigest()

    monkeypatch.setattr(fake_app, "bijlage_inhoud", inhoud)
    monkeypatch.setattr(fake_app, "bijlage_sha256", sha)


def test_een_onveilige_bijlage_houdt_de_rest_van_de_groep_niet_tegen(nef, dantumadiel, monkeypatch):
    slachtoffer: list[str] = []
    _vervals(monkeypatch, slachtoffer)
    with dso_fake(nef, dantumadiel):
        [bericht] = haal_en_verwerk(nef, VERZOEK)
        rijen = Bijlage.objects.filter(bericht=bericht)
        fout = rijen.get(bestandsnaam=slachtoffer[0])
        assert fout.status == BijlageStatus.FOUT and fout.document_id is None
        assert "past niet bij de extensie" in fout.fout_melding
        opgehaald = rijen.exclude(pk=fout.pk)
        assert opgehaald.count() >= 2
        assert all(r.status == BijlageStatus.OPGEHAALD and r.document_id for r in opgehaald)
        zaak = Zaak.objects.get(verzoeknummer=VERZOEK)
        assert set(zaak.documenten.values_list("pk", flat=True)) == {r.document_id for r in opgehaald}
        # Every stored document has its version and an event, as one added by hand has.
        for document in Document.objects.filter(zaak=zaak).select_related("laatste_versie"):
            assert document.laatste_versie.versie == 1 and document.laatste_versie.bestand.size > 0
        assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="document.toegevoegd").count() == opgehaald.count()
        assert bericht.status == BerichtStatus.FOUT and bericht.fout_soort == "bijlagen"
        assert slachtoffer[0] in bericht.fout_melding

        # A retry fetches only what is still open: the good ones are not stored twice, the bad
        # one is refused again (never stored, never lost: its row keeps the reason).
        documenten = zaak.documenten.count()
        with na_commit():
            opnieuw_verwerken(bericht)
    assert zaak.documenten.count() == documenten
    fout.refresh_from_db()
    assert fout.status == BijlageStatus.FOUT and fout.pogingen == 2
    assert Bericht.objects.get(pk=bericht.pk).fout_soort == "bijlagen"
