"""Handhaving dates (handhaving.termijnen) with their explanations."""

import datetime as dt
from decimal import Decimal

import pytest

from handhaving.termijnen import (
    HandhavingTermijnFout,
    Rechtsmiddel,
    bereken_begunstigingstermijn,
    bereken_betaaltermijn,
    bereken_hersteltermijn,
    bereken_invordering_betaaltermijn,
    bereken_verjaring,
    bereken_zienswijze,
    verbeurd_bedrag,
)
from zaken.termijnen import Duur

D = dt.date


def test_hersteltermijn_is_counted_plainly_from_the_day_after_sending():
    b = bereken_hersteltermijn(D(2026, 3, 2), Duur.dagen(14))
    assert b.einddatum == D(2026, 3, 16)
    assert any("Algemene termijnenwet is niet van toepassing" in s.omschrijving for s in b.stappen)


def test_hersteltermijn_ending_on_5_mei_is_not_shifted_but_warned():
    b = bereken_hersteltermijn(D(2026, 4, 21), Duur.dagen(14))
    assert b.einddatum == D(2026, 5, 5)
    assert b.waarschuwingen and "vrije dag" in b.waarschuwingen[0]


def test_begunstigingstermijn_gives_first_day_of_verbeurte():
    b = bereken_begunstigingstermijn(D(2026, 3, 10), Duur.weken(4))
    assert b.einddatum == D(2026, 4, 7)
    assert b.datums["eerste_dag_na_termijn"] == D(2026, 4, 8)
    assert "art. 5:32a Awb" in b.als_tekst()
    assert "bestuursdwang" in bereken_begunstigingstermijn(D(2026, 3, 10), Duur.weken(4), lob=True).als_tekst()


def test_zienswijze_on_voornemen_moves_off_2e_paasdag():
    # 2 weeks after Mon 2025-04-07 is Mon 2025-04-21, Easter Monday.
    assert bereken_zienswijze(D(2025, 4, 7), 2).einddatum == D(2025, 4, 22)


def test_betaaltermijn_is_six_weeks_after_verbeurte_and_atw_applies():
    # Fri 2026-11-13 + 6 weeks = Fri 2026-12-25 (1e Kerstdag) → Mon 2026-12-28.
    b = bereken_betaaltermijn(D(2026, 11, 13))
    assert b.einddatum == D(2026, 12, 28)
    assert "art. 5:33 Awb" in b.als_tekst()


def test_verjaring_is_one_year_after_verbeurte_without_bezwaar():
    b = bereken_verjaring(D(2026, 4, 8), [], vandaag=D(2026, 11, 1))
    assert b.einddatum == D(2027, 4, 8)
    assert not b.voorlopig


def test_verjaring_is_never_shifted_by_the_atw():
    b = bereken_verjaring(D(2026, 4, 27), [], vandaag=D(2026, 11, 1))
    assert b.einddatum == D(2027, 4, 27)  # Koningsdag 2027
    assert "art. 4 Atw" in b.als_tekst()
    assert b.waarschuwingen


def test_bezwaar_pending_after_verbeurte_extends_verjaring_by_those_days():
    # Bezwaar lodged before verbeurte, decided 2026-06-01: pending 04-09 .. 05-31 after verbeurte = 53 days.
    b = bereken_verjaring(
        D(2026, 4, 8), [Rechtsmiddel("bezwaar", D(2026, 3, 20), D(2026, 6, 1))], vandaag=D(2026, 11, 1)
    )
    assert b.einddatum == D(2027, 5, 31)
    assert "53 dagen" in b.als_tekst()


def test_bezwaar_and_beroep_overlapping_are_not_counted_twice():
    rm = [Rechtsmiddel("bezwaar", D(2026, 5, 1), D(2026, 6, 1)), Rechtsmiddel("beroep", D(2026, 5, 20), D(2026, 7, 1))]
    b = bereken_verjaring(D(2026, 4, 8), rm, vandaag=D(2026, 11, 1))
    assert b.einddatum == D(2027, 4, 8) + dt.timedelta(days=61)  # 05-01 .. 06-30


def test_bezwaar_decided_before_verbeurte_does_not_extend():
    b = bereken_verjaring(
        D(2026, 4, 8), [Rechtsmiddel("bezwaar", D(2026, 2, 1), D(2026, 3, 1))], vandaag=D(2026, 11, 1)
    )
    assert b.einddatum == D(2027, 4, 8)


def test_pending_beroep_makes_verjaring_provisional_and_moving():
    rm = [Rechtsmiddel("beroep", D(2026, 5, 1))]
    b = bereken_verjaring(D(2026, 4, 8), rm, vandaag=D(2026, 6, 1))
    assert b.voorlopig
    assert b.einddatum == D(2027, 4, 8) + dt.timedelta(days=31)
    assert bereken_verjaring(D(2026, 4, 8), rm, vandaag=D(2026, 6, 11)).einddatum == D(2027, 4, 8) + dt.timedelta(
        days=41
    )


def test_rechtsmiddel_ending_before_it_starts_is_refused():
    with pytest.raises(HandhavingTermijnFout):
        bereken_verjaring(D(2026, 4, 8), [Rechtsmiddel("bezwaar", D(2026, 5, 1), D(2026, 4, 1))])


def test_invordering_pay_date_is_the_later_of_533_and_487():
    b = bereken_invordering_betaaltermijn(D(2025, 5, 23), D(2025, 7, 10))
    assert b.einddatum == D(2025, 8, 21)
    b = bereken_invordering_betaaltermijn(D(2025, 5, 23), D(2025, 5, 26))
    assert b.einddatum == D(2025, 7, 7)  # 6 weeks after 05-26 (Mon) is later than 07-04


def test_verbeurd_bedrag_is_capped_at_the_maximum():
    bedrag, uitleg = verbeurd_bedrag(Decimal("500"), "per_week", Decimal("1200"), aantal=3, al_verbeurd=Decimal("500"))
    assert bedrag == Decimal("700")
    assert "5:32b" in uitleg[-1]
    assert verbeurd_bedrag(Decimal("2500"), "ineens", Decimal("2500"), aantal=4)[0] == Decimal("2500")
