"""DOMAIN.md §8 example 9 and the Awb 4:17 maximum."""

from datetime import date
from decimal import Decimal

import pytest

from zaken.termijnen import TermijnConventies, bereken, dwangsombedrag

EINDE, INGEBREKE = date(2027, 2, 11), date(2027, 2, 22)
ALTERNATIEF = TermijnConventies(dwangsom_offset_dagen=15, dwangsom_verzenddag_telt=False)


def dwangsom(**kwargs):
    kwargs.setdefault("termijn_einde", EINDE)
    return bereken("dwangsom", ingebrekestelling_ontvangen=INGEBREKE, **kwargs)


def test_example_9_first_dwangsom_day_is_two_weeks_after_the_ingebrekestelling():
    assert dwangsom(beslist=date(2027, 4, 2)).datums["eerste_dwangsomdag"] == date(2027, 3, 8)


def test_example_9_decision_sent_day_counts_giving_26_days_and_742_euro():
    resultaat = dwangsom(beslist=date(2027, 4, 2))
    assert resultaat.dwangsomdagen == 26
    assert resultaat.bedrag == Decimal("742")
    assert any(
        "14 × € 23,00 + 12 × € 35,00 = € 742,00" in s.omschrijving for s in resultaat.stappen
    )


def test_example_9_vaststelling_within_two_weeks_after_the_last_day():
    resultaat = dwangsom(beslist=date(2027, 4, 2))
    assert resultaat.datums["vaststelling_uiterlijk"] == date(2027, 4, 16)
    assert resultaat.einddatum == date(2027, 4, 16)


def test_example_9_alternative_convention_gives_24_days_and_672_euro():
    resultaat = dwangsom(beslist=date(2027, 4, 2), conventies=ALTERNATIEF)
    assert resultaat.datums["eerste_dwangsomdag"] == date(2027, 3, 9)
    assert resultaat.datums["laatste_dwangsomdag"] == date(2027, 4, 1)
    assert (resultaat.dwangsomdagen, resultaat.bedrag) == (24, Decimal("672"))


def test_dwangsom_is_capped_at_42_days_and_1442_euro():
    resultaat = dwangsom(beslist=date(2027, 9, 1))
    assert (resultaat.dwangsomdagen, resultaat.bedrag) == (42, Decimal("1442"))
    assert resultaat.datums["laatste_dwangsomdag"] == date(2027, 4, 18)
    assert resultaat.einddatum == date(2027, 5, 3)  # 04-18 + 2 weeks = Sun 05-02 → Mon (Atw)


@pytest.mark.parametrize(
    ("dagen", "bedrag"),
    [(1, 23), (14, 322), (15, 357), (28, 812), (29, 857), (42, 1442), (50, 1442)],
)
def test_amount_per_day_rises_per_two_week_band(dagen, bedrag):
    assert dwangsombedrag(dagen)[0] == Decimal(bedrag)


def test_deciding_before_the_first_dwangsom_day_costs_nothing():
    resultaat = dwangsom(beslist=date(2027, 3, 7))
    assert (resultaat.dwangsomdagen, resultaat.bedrag) == (0, Decimal(0))
    assert resultaat.einddatum == date(2027, 3, 7)


def test_the_term_end_counts_when_it_is_later_than_the_ingebrekestelling():
    resultaat = bereken(
        "dwangsom",
        ingebrekestelling_ontvangen=date(2027, 2, 1),
        termijn_einde=EINDE,
        beslist=date(2027, 3, 1),
    )
    assert resultaat.datums["eerste_dwangsomdag"] == date(2027, 2, 25)
    assert any("prematuur" in w for w in resultaat.waarschuwingen)


def test_without_a_decision_the_amount_is_provisional_as_of_today():
    resultaat = dwangsom(vandaag=date(2027, 3, 10))
    assert resultaat.voorlopig
    assert (resultaat.dwangsomdagen, resultaat.bedrag) == (3, Decimal(69))


def test_without_a_decision_after_the_maximum_the_result_is_final():
    resultaat = dwangsom(vandaag=date(2027, 6, 1))
    assert not resultaat.voorlopig and resultaat.bedrag == Decimal(1442)


def test_the_beslistermijn_can_be_derived_from_receipt():
    resultaat = dwangsom(termijn_einde=None, ontvangen=date(2026, 12, 17), beslist=date(2027, 4, 2))
    assert resultaat.datums["beslistermijn_einde"] == EINDE
    assert resultaat.bedrag == Decimal("742")
    assert resultaat.stappen[0].omschrijving == "Aanvraag ontvangen op do 17-12-2026"
