"""A full escalation from constatering to invordering, with the dates the law gives."""

import datetime as dt
from decimal import Decimal

import pytest

from clo.audit.models import Gebeurtenis
from handhaving import actions
from handhaving.actions import HandhavingFout
from handhaving.models import Fase, StapSoort
from zaken.models import Zaak, ZaakRelatie

D = dt.date
pytestmark = pytest.mark.django_db


def statuscodes(zaak) -> list[str]:
    return list(zaak.statussen.order_by("datum_status_gezet", "id").values_list("statustype__code", flat=True))


def stap(hz, soort):
    return hz.stappen.filter(soort=soort).order_by("-id").first()


def test_full_escalation_from_waarschuwing_to_paid_dwangsom(maak_hz, handhaver):
    hz = maak_hz()
    actions.kies_interventie(hz, door=handhaver, gedrag="B", gevolgen=2)
    hz.refresh_from_db()
    assert (hz.matrixcode, hz.voorgestelde_interventie, hz.gekozen_interventie) == ("B2", "R2", "R2")

    actions.waarschuw(hz, door=handhaver, verzonden=D(2025, 3, 4), hersteltermijn_dagen=28)
    assert stap(hz, StapSoort.WAARSCHUWING).termijn_einde == D(2025, 4, 1)

    controlezaak = actions.plan_hercontrole(hz, door=handhaver, datum=D(2025, 4, 2))
    assert controlezaak.zaaktype.identificatie == "CONTROLE"
    assert ZaakRelatie.objects.filter(van=controlezaak, naar=hz.zaak).exists()
    actions.verwerk_hercontrole(hz, door=handhaver, nageleefd=False, datum=D(2025, 4, 2))
    hz.refresh_from_db()
    assert hz.fase == Fase.WAARSCHUWING
    assert hz.voorgestelde_interventie == "R3"  # one failed hercontrole: one rung up

    actions.verstuur_voornemen(hz, door=handhaver, verzonden=D(2025, 4, 7), zienswijze_weken=2)
    voornemen = stap(hz, StapSoort.VOORNEMEN)
    assert voornemen.termijn_einde == D(2025, 4, 22)  # 04-21 is 2e Paasdag
    assert "Tweede Paasdag" in str(voornemen.uitleg)

    actions.verwerk_zienswijze(hz, door=handhaver, ontvangen=False, datum=D(2025, 4, 23))
    last = actions.leg_last_op(
        hz,
        door=handhaver,
        soort="lod",
        maatregel="Verlaag de schutting tot 2 meter",
        bekendgemaakt=D(2025, 4, 24),
        begunstigingstermijn_dagen=28,
        bedrag=Decimal("500"),
        eenheid="per_week",
        maximum=Decimal("5000"),
    )
    assert last.begunstigingstermijn_einde == D(2025, 5, 22)
    assert last.besluit.besluittype == "Last onder dwangsom"

    actions.plan_hercontrole(hz, door=handhaver, datum=D(2025, 5, 23))
    actions.verwerk_hercontrole(hz, door=handhaver, nageleefd=False, datum=D(2025, 5, 23))
    hz.refresh_from_db()
    assert hz.fase == Fase.LAST and hz.mislukte_hercontroles == 2

    verbeurte = actions.registreer_verbeurte(last, door=handhaver, datum=D(2025, 5, 23))
    assert verbeurte.bedrag == Decimal("500")
    assert verbeurte.betaaltermijn_einde == D(2025, 7, 4)
    assert verbeurte.verjaringsdatum == D(2026, 5, 23)  # a Saturday: years are never shifted
    last.refresh_from_db()
    assert last.tenuitvoerlegging.zaaktype.identificatie == "LOD-TENUITVOERLEGGING"
    assert last.tenuitvoerlegging.hoofdzaak == hz.zaak

    invordering = actions.invorder(verbeurte, door=handhaver, datum=D(2025, 7, 10))
    assert invordering.betalen_uiterlijk == D(2025, 8, 21)
    assert invordering.besluit.zaak == last.tenuitvoerlegging
    assert statuscodes(last.tenuitvoerlegging) == ["verbeurd", "invorderingsbeschikking"]

    actions.registreer_betaling(verbeurte, door=handhaver, datum=D(2025, 8, 1))
    last.tenuitvoerlegging.refresh_from_db()
    assert last.tenuitvoerlegging.is_afgesloten
    actions.sluit_af(hz, door=handhaver)
    hz.zaak.refresh_from_db()
    assert hz.zaak.is_afgesloten and hz.zaak.resultaat.resultaattype.code == "uitgevoerd"
    assert statuscodes(hz.zaak) == [
        "constatering",
        "waarschuwing",
        "hercontrole",
        "voornemen",
        "zienswijze",
        "besluit",
        "begunstigingstermijn",
        "hercontrole",
        "afgehandeld",
    ]


def test_each_step_without_a_letter_template_still_proceeds_and_says_so(maak_hz, handhaver):
    hz = maak_hz()
    actions.waarschuw(hz, door=handhaver, verzonden=D(2025, 3, 4))
    assert Gebeurtenis.objects.filter(zaak_id=hz.zaak_id, actie="handhaving.brief_niet_beschikbaar").exists()


def test_steps_out_of_order_are_refused(maak_hz, handhaver):
    hz = maak_hz()
    with pytest.raises(HandhavingFout, match="fase 'Constatering'"):
        actions.leg_last_op(hz, door=handhaver, soort="lod", maatregel="x", bedrag=1, eenheid="ineens", maximum=1)
    actions.verstuur_voornemen(hz, door=handhaver, verzonden=D(2025, 3, 4))
    with pytest.raises(HandhavingFout):
        actions.waarschuw(hz, door=handhaver)


def test_dwangsom_cannot_be_forfeited_within_the_begunstigingstermijn_or_above_maximum(maak_hz, handhaver):
    hz = maak_hz()
    actions.verstuur_voornemen(hz, door=handhaver, verzonden=D(2025, 3, 4))
    actions.verwerk_zienswijze(hz, door=handhaver, ontvangen=True, samenvatting="Overtreder vraagt meer tijd.")
    last = actions.leg_last_op(
        hz,
        door=handhaver,
        soort="lod",
        maatregel="Verlagen",
        bekendgemaakt=D(2025, 3, 24),
        begunstigingstermijn_dagen=14,
        bedrag=Decimal("1000"),
        eenheid="per_week",
        maximum=Decimal("2500"),
    )
    with pytest.raises(HandhavingFout, match="begunstigingstermijn"):
        actions.registreer_verbeurte(last, door=handhaver, datum=D(2025, 4, 7))
    assert actions.registreer_verbeurte(last, door=handhaver, datum=D(2025, 4, 8), aantal=2).bedrag == Decimal("2000")
    assert actions.registreer_verbeurte(last, door=handhaver, datum=D(2025, 4, 22)).bedrag == Decimal("500")
    with pytest.raises(HandhavingFout, match="maximum"):
        actions.registreer_verbeurte(last, door=handhaver, datum=D(2025, 4, 29))


def _verbeurde_last(hz, handhaver, verbeurd: dt.date):
    actions.verstuur_voornemen(hz, door=handhaver, verzonden=verbeurd - dt.timedelta(days=60))
    actions.verwerk_zienswijze(hz, door=handhaver, ontvangen=False)
    last = actions.leg_last_op(
        hz,
        door=handhaver,
        soort="lod",
        maatregel="Verlagen",
        bekendgemaakt=verbeurd - dt.timedelta(days=30),
        begunstigingstermijn_dagen=28,
        bedrag=Decimal("2500"),
        eenheid="ineens",
        maximum=Decimal("2500"),
    )
    return last, actions.registreer_verbeurte(last, door=handhaver, datum=verbeurd)


def test_invordering_after_verjaring_is_refused(maak_hz, handhaver):
    hz = maak_hz(geconstateerd_op=D(2024, 1, 2))
    last, verbeurte = _verbeurde_last(hz, handhaver, D(2024, 4, 8))
    assert verbeurte.verjaringsdatum == D(2025, 4, 8)
    with pytest.raises(HandhavingFout, match="verjaard"):
        actions.invorder(verbeurte, door=handhaver, datum=D(2025, 4, 9))


def test_bezwaar_against_the_last_extends_verjaring_so_invordering_is_still_possible(maak_hz, handhaver):
    hz = maak_hz(geconstateerd_op=D(2024, 1, 2))
    last, verbeurte = _verbeurde_last(hz, handhaver, D(2024, 4, 8))
    actions.registreer_rechtsmiddel(last, door=handhaver, soort="bezwaar", begin=D(2024, 3, 20))
    actions.registreer_rechtsmiddel(last, door=handhaver, soort="bezwaar", begin=D(2024, 3, 20), einde=D(2024, 6, 1))
    verbeurte.refresh_from_db()
    assert verbeurte.verjaringsdatum == D(2025, 5, 31)  # + 53 days pending after verbeurte
    invordering = actions.invorder(verbeurte, door=handhaver, datum=D(2025, 4, 9))
    assert invordering.bedrag == Decimal("2500")


def test_lob_is_executed_after_the_begunstigingstermijn_in_a_tenuitvoerlegging_zaak(maak_hz, jurist):
    hz = maak_hz()
    actions.verstuur_voornemen(hz, door=jurist, soort="lob", verzonden=D(2025, 3, 4))
    actions.verwerk_zienswijze(hz, door=jurist, ontvangen=False)
    last = actions.leg_last_op(
        hz,
        door=jurist,
        soort="lob",
        maatregel="Schutting verwijderen",
        bekendgemaakt=D(2025, 3, 24),
        begunstigingstermijn_dagen=14,
        kostenraming=Decimal("1800"),
    )
    with pytest.raises(HandhavingFout):
        actions.voer_bestuursdwang_uit(last, door=jurist, datum=D(2025, 4, 7))
    actions.voer_bestuursdwang_uit(last, door=jurist, datum=D(2025, 4, 8), kosten=Decimal("1650"))
    last.refresh_from_db()
    assert last.tenuitvoerlegging.zaaktype.identificatie == "LOB-TENUITVOERLEGGING"
    assert last.tenuitvoerlegging.status.statustype.code == "kostenverhaal"


def test_spoedeisende_bestuursdwang_skips_voornemen_and_needs_a_reason(maak_hz, handhaver):
    hz = maak_hz()
    with pytest.raises(HandhavingFout, match="spoedeisend"):
        actions.spoedeisende_bestuursdwang(hz, door=handhaver, maatregel="Afzetten", motivering=" ")
    last = actions.spoedeisende_bestuursdwang(
        hz,
        door=handhaver,
        maatregel="Afzetten van de instortende schutting",
        motivering="Instortingsgevaar langs de openbare weg",
    )
    hz.refresh_from_db()
    assert last.spoed and hz.fase == Fase.BESTUURSDWANG
    assert last.tenuitvoerlegging is not None


def test_gedoogbeschikking_is_a_temporary_besluit(maak_hz, handhaver):
    hz = maak_hz()
    with pytest.raises(HandhavingFout, match="tijdelijk"):
        actions.gedoog(
            hz, door=handhaver, geldig_van=D(2026, 1, 1), geldig_tot=D(2025, 1, 1), voorwaarden="v", motivering="m"
        )
    gedoog = actions.gedoog(
        hz,
        door=handhaver,
        geldig_van=D(2026, 1, 1),
        geldig_tot=D(2026, 7, 1),
        voorwaarden="Alleen tot de vergunning is verleend",
        motivering="Concreet zicht op legalisatie",
    )
    assert gedoog.besluit.besluittype == "Gedoogbeschikking"
    hz.refresh_from_db()
    assert hz.fase == Fase.GEDOOGD and hz.volgende_termijn == D(2026, 7, 1)


def test_deviating_from_the_proposal_requires_a_reason(maak_hz, handhaver):
    hz = maak_hz()
    with pytest.raises(HandhavingFout, match="geef de reden"):
        actions.kies_interventie(hz, door=handhaver, gedrag="A", gevolgen=1, gekozen="R3")
    actions.kies_interventie(
        hz,
        door=handhaver,
        gedrag="A",
        gevolgen=1,
        gekozen="R3",
        afwijkingsreden="Eerdere mondelinge afspraken niet nagekomen",
    )
    hz.refresh_from_db()
    assert (hz.voorgestelde_interventie, hz.gekozen_interventie) == ("R1", "R3")
    assert Gebeurtenis.objects.filter(
        zaak_id=hz.zaak_id, actie="handhaving.interventie", reden__contains="afspraken"
    ).exists()


def test_closing_with_open_dwangsom_is_refused(maak_hz, handhaver):
    hz = maak_hz(geconstateerd_op=D(2024, 1, 2))
    _verbeurde_last(hz, handhaver, D(2024, 4, 8))
    with pytest.raises(HandhavingFout, match="verbeurde dwangsommen"):
        actions.sluit_af(hz, door=handhaver)
    assert not Zaak.objects.get(pk=hz.zaak_id).is_afgesloten
