"""Two workers storing the same bijlage (a redelivered task while the first still runs) must leave
one document on the zaak, not two."""

import pytest
from django.core.files import File

from koppelingen.dso.fake.testhulp import dso_fake, haal_en_verwerk
from koppelingen.dso.models import Bijlage, BijlageStatus
from koppelingen.dso.services.bijlagen import _bewaar, _documenttypen, _Klaar, documenttype_voor
from zaken.actions import NieuwDocument

pytestmark = pytest.mark.django_db


def test_bijlage_die_een_andere_worker_al_opsloeg_wordt_geen_tweede_document(nef, dantumadiel):
    with dso_fake(nef, dantumadiel):
        haal_en_verwerk(nef, "2026111200203")
    opgeslagen = Bijlage.objects.select_related("zaak__organisatie", "document__laatste_versie").filter(
        bericht__verzoeknummer="2026111200203", status=BijlageStatus.OPGEHAALD
    )[0]
    zaak = opgeslagen.zaak
    documenten_voor = zaak.documenten.count()
    eerste_document = opgeslagen.document_id
    # This worker read the row before the other one committed: in its memory it is still open.
    verouderd = Bijlage.objects.select_related("zaak__organisatie").get(pk=opgeslagen.pk)
    verouderd.status = BijlageStatus.FOUT

    with opgeslagen.document.laatste_versie.bestand.open("rb") as fh:
        nieuw = NieuwDocument(
            zaak=zaak,
            bestand=File(fh, name=opgeslagen.bestandsnaam),
            bestandsnaam=opgeslagen.bestandsnaam,
            titel=opgeslagen.bestandsnaam,
            documenttype=documenttype_voor(verouderd, zaak.organisatie, _documenttypen(zaak.organisatie_id)),
        )
        _bewaar(verouderd.bericht_id, [_Klaar(verouderd, nieuw)], None)

    assert zaak.documenten.count() == documenten_voor
    opgeslagen.refresh_from_db()
    assert opgeslagen.document_id == eerste_document
    assert opgeslagen.pogingen == 1
