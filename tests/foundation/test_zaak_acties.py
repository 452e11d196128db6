"""Zaak core: numbering, events for every action, documents, catalogus."""

import datetime
import io
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from clo.audit.models import AlleenToevoegen, Gebeurtenis
from tests.fixtures import PDF, zaaktype
from zaken.actions import (
    DocumentFout,
    ZaakFout,
    maak_definitief,
    markeer_vervallen,
    nieuwe_versie,
    registreer_zaak,
    sluit_zaak,
    wijs_behandelaar_toe,
    wijzig_zaak,
    zet_status,
)
from zaken.actions.termijnen import beeindig_opschorting, schort_op, verleng
from zaken.models import Zaak, ZaaknummerReeks


def test_zaaknummer_has_tenant_prefix_year_and_sequence(nef, vergunningverlener):
    eerste = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="A", door=vergunningverlener)
    tweede = registreer_zaak(zaaktype=zaaktype(nef), omschrijving="B", door=vergunningverlener)
    jaar = timezone.localdate().year
    assert eerste.identificatie.startswith(f"NEF-{jaar}-")
    assert int(tweede.identificatie.rsplit("-", 1)[1]) == int(eerste.identificatie.rsplit("-", 1)[1]) + 1


@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_never_get_the_same_number(nef):
    resultaten: list[int] = []
    fouten: list[Exception] = []
    start = threading.Barrier(8)

    def trek():
        try:
            start.wait()
            for _ in range(10):
                resultaten.append(ZaaknummerReeks.volgende(nef, 2099))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            fouten.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=trek) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not fouten
    assert sorted(resultaten) == list(range(1, 81))
    ZaaknummerReeks.objects.filter(jaar=2099).delete()


def test_every_action_writes_an_event(nef, vergunningverlener, maak_zaak, maak_document):
    zaak = maak_zaak(nef, vergunningverlener)
    acties = lambda: list(Gebeurtenis.objects.filter(zaak_id=zaak.pk).values_list("actie", flat=True))  # noqa: E731
    assert {"zaak.geregistreerd", "zaak.status", "betrokkene.toegevoegd", "locatie.toegevoegd"} <= set(acties())
    stappen = [
        ("zaak.gewijzigd", lambda: wijzig_zaak(zaak, door=vergunningverlener, reden="Typefout", omschrijving="Nieuw")),
        ("zaak.behandelaar", lambda: wijs_behandelaar_toe(zaak, vergunningverlener, door=vergunningverlener)),
        ("document.toegevoegd", lambda: maak_document(zaak, vergunningverlener)),
        (
            "zaak.status",
            lambda: zet_status(zaak, zaak.zaaktype.statustypen.get(code="in_behandeling"), door=vergunningverlener),
        ),
        (
            "termijn.opgeschort",
            lambda: schort_op(
                zaak,
                door=vergunningverlener,
                reden="Tekening ontbreekt",
                begindatum=zaak.startdatum,
                aanvullingstermijn_tot=zaak.startdatum + datetime.timedelta(days=14),
            ),
        ),
        (
            "termijn.hervat",
            lambda: beeindig_opschorting(
                zaak, door=vergunningverlener, einddatum=zaak.startdatum + datetime.timedelta(days=2)
            ),
        ),
        (
            "termijn.verlengd",
            lambda: verleng(
                zaak,
                door=vergunningverlener,
                reden="Complex",
                duur_dagen=42,
                besloten_op=zaak.startdatum + datetime.timedelta(days=3),
            ),
        ),
        (
            "zaak.afgesloten",
            lambda: sluit_zaak(zaak, zaak.zaaktype.resultaattypen.get(code="verleend"), door=vergunningverlener),
        ),
    ]
    for actie, uitvoeren in stappen:
        voor = acties().count(actie)
        uitvoeren()
        assert acties().count(actie) == voor + 1, actie
    gebeurtenis = Gebeurtenis.objects.filter(zaak_id=zaak.pk, actie="zaak.gewijzigd").get()
    assert gebeurtenis.reden == "Typefout" and gebeurtenis.actor == vergunningverlener


def test_change_without_reason_is_refused(nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    with pytest.raises(ZaakFout, match="reden"):
        wijzig_zaak(zaak, door=vergunningverlener, reden=" ", omschrijving="X")


def test_event_log_cannot_be_changed_or_deleted_even_with_sql(nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    gebeurtenis = Gebeurtenis.objects.filter(zaak_id=zaak.pk).first()
    with pytest.raises(AlleenToevoegen):
        gebeurtenis.save()
    with pytest.raises(AlleenToevoegen):
        gebeurtenis.delete()
    from django.db import DatabaseError, transaction

    with pytest.raises(DatabaseError, match="alleen-toevoegen"), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE audit_gebeurtenis SET omschrijving = 'vervalst' WHERE id = %s", [gebeurtenis.pk])


def test_closing_sets_resultaat_einddatum_and_archive_dates(nef, vergunningverlener, maak_zaak):
    zaak = maak_zaak(nef, vergunningverlener)
    geweigerd = zaak.zaaktype.resultaattypen.get(code="geweigerd")
    sluit_zaak(zaak, geweigerd, door=vergunningverlener, einddatum=datetime.date(2026, 3, 2))
    zaak.refresh_from_db()
    assert zaak.einddatum == datetime.date(2026, 3, 2)
    assert zaak.status.statustype.is_eindstatus
    assert zaak.archiefnominatie == "vernietigen"
    assert zaak.archiefactiedatum == datetime.date(2031, 3, 2)  # 11.2: vernietigen na 5 jaar
    with pytest.raises(ZaakFout):
        sluit_zaak(zaak, geweigerd, door=vergunningverlener)


def test_definitief_document_cannot_change(nef, vergunningverlener, maak_zaak, maak_document):
    zaak = maak_zaak(nef, vergunningverlener)
    document = maak_document(zaak, vergunningverlener)
    bestand = io.BytesIO(PDF)
    nieuwe_versie(document, bestand=bestand, bestandsnaam="v2.pdf", door=vergunningverlener)
    assert document.versies.count() == 2
    maak_definitief(document, door=vergunningverlener)
    with pytest.raises(DocumentFout, match="definitief"):
        nieuwe_versie(document, bestand=io.BytesIO(PDF), bestandsnaam="v3.pdf", door=vergunningverlener)
    with pytest.raises(DocumentFout):
        maak_definitief(document, door=vergunningverlener)
    markeer_vervallen(document, door=vergunningverlener, reden="Vervangen door nieuwe tekening")
    document.refresh_from_db()
    assert document.vervallen and document.versies.count() == 2


def test_zaak_keeps_its_zaaktype_version(nef, vergunningverlener, maak_zaak):
    from zaken.catalogus import maak_nieuwe_versie

    zaak = maak_zaak(nef, vergunningverlener)
    nieuw = maak_nieuwe_versie(zaak.zaaktype, door=vergunningverlener)
    assert nieuw.versie == 2 and nieuw.concept
    assert nieuw.statustypen.count() == zaak.zaaktype.statustypen.count()
    zaak.refresh_from_db()
    assert zaak.zaaktype.versie == 1
    with pytest.raises(ZaakFout, match="concept"):
        registreer_zaak(zaaktype=nieuw, omschrijving="X", door=vergunningverlener)


def test_dantumadiel_catalogus_is_a_copy_of_nef(nef, dantumadiel):
    from zaken.models import Zaaktype

    eigen = set(Zaaktype.objects.filter(organisatie=nef).values_list("identificatie", flat=True))
    kopie = set(Zaaktype.objects.filter(organisatie=dantumadiel).values_list("identificatie", flat=True))
    assert eigen == kopie and len(eigen) >= 15
    regulier = zaaktype(dantumadiel)
    assert regulier.statustypen.count() == zaaktype(nef).statustypen.count()
    assert set(regulier.resultaattypen.values_list("selectielijstklasse", flat=True)) >= {"11.1.6", "11.2", "11.4"}


def test_uiterste_afdoeningsdatum_is_derived_from_termijnen(nef, vergunningverlener):
    zaak = registreer_zaak(
        zaaktype=zaaktype(nef), omschrijving="A", door=vergunningverlener, startdatum=datetime.date(2026, 3, 10)
    )
    assert zaak.uiterste_afdoeningsdatum == datetime.date(2026, 5, 6)  # DOMAIN.md §8 ex. 5: 5 mei
    assert Zaak.objects.get(pk=zaak.pk).uiterste_afdoeningsdatum == datetime.date(2026, 5, 6)
