"""An aanvullingstermijn that expires unused ends the opschorting on its last day (Awb 4:15)."""

import datetime

from clo.audit.models import Gebeurtenis
from tests.fixtures import zaaktype
from zaken.actions import registreer_zaak
from zaken.actions.termijnen import beeindig_verlopen_opschortingen, schort_op


def test_unused_aanvullingstermijn_ends_the_opschorting_and_fixes_the_deadline(nef, vergunningverlener):
    # DOMAIN.md §8 ex. 1/2: received 2026-12-17, aanvullingsverzoek 2027-01-04, term until 2027-01-18.
    zaak = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="Dakkapel", door=vergunningverlener,
                           startdatum=datetime.date(2026, 11, 17))
    zaak.startdatum = datetime.date(2026, 12, 17)
    zaak.save(update_fields=["startdatum"])
    schort_op(zaak, door=vergunningverlener, reden="Tekeningen ontbreken", begindatum=datetime.date(2027, 1, 4),
              aanvullingstermijn_tot=datetime.date(2027, 1, 18))

    assert beeindig_verlopen_opschortingen(datetime.date(2027, 1, 18)) == 0  # still running on its last day
    assert beeindig_verlopen_opschortingen(datetime.date(2027, 1, 19)) == 1
    assert beeindig_verlopen_opschortingen(datetime.date(2027, 1, 20)) == 0  # idempotent

    zaak.refresh_from_db()
    opschorting = zaak.opschortingen.get()
    assert opschorting.einddatum == datetime.date(2027, 1, 18)
    assert zaak.uiterste_afdoeningsdatum == datetime.date(2027, 2, 24)  # 13 suspended days (exclusive count)
    assert Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="termijn.hervat",
                                      reden="Aanvullingstermijn ongebruikt verstreken").exists()
