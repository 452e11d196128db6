"""Atw art. 2: a term of at least three days must contain at least two working days."""

from datetime import date

from zaken.termijnen import Duur, bereken


def test_three_day_term_with_only_one_working_day_is_extended():
    # Event Fri 2026-01-09: Sat, Sun, Mon -> ends on Monday, only one working day -> Tuesday.
    resultaat = bereken("termijn", gebeurtenis=date(2026, 1, 9), duur=Duur.dagen(3))
    assert resultaat.einddatum == date(2026, 1, 13)
    assert any("Atw art. 2" in s.omschrijving for s in resultaat.stappen)


def test_three_day_term_ending_on_sunday_moves_to_monday_and_then_has_two_working_days():
    # Event Thu 2026-01-08: Fri, Sat, Sun -> Monday (art. 1); Fri + Mon = two working days.
    resultaat = bereken("termijn", gebeurtenis=date(2026, 1, 8), duur=Duur.dagen(3))
    assert resultaat.einddatum == date(2026, 1, 12)
    assert not any("Atw art. 2" in s.omschrijving for s in resultaat.stappen)


def test_art_1_and_art_2_together_over_easter():
    # Event Thu 2026-04-02: Goede Vrijdag, Sat, Sun -> Easter Monday -> Tue (art. 1), which is
    # the only working day -> Wed (art. 2).
    assert bereken("termijn", gebeurtenis=date(2026, 4, 2), duur=Duur.dagen(3)).einddatum == date(
        2026, 4, 8
    )


def test_christmas_weekend_three_day_term():
    # Event Fri 2026-12-25: Sat (2e Kerstdag), Sun, Mon -> Mon is a working day, but the only one.
    assert bereken("termijn", gebeurtenis=date(2026, 12, 25), duur=Duur.dagen(3)).einddatum == date(
        2026, 12, 29
    )


def test_two_day_term_is_not_subject_to_art_2():
    assert bereken("termijn", gebeurtenis=date(2026, 1, 9), duur=Duur.dagen(2)).einddatum == date(
        2026, 1, 12
    )


def test_terms_longer_than_three_months_are_outside_the_atw():
    resultaat = bereken("termijn", gebeurtenis=date(2026, 5, 29), duur=Duur.maanden(6))
    assert resultaat.einddatum == date(2026, 11, 29)
    assert resultaat.waarschuwingen


def test_art_4_thresholds():
    assert Duur.dagen(90).atw_van_toepassing and not Duur.dagen(91).atw_van_toepassing
    assert Duur.weken(12).atw_van_toepassing and not Duur.weken(13).atw_van_toepassing
    assert Duur.maanden(3).atw_van_toepassing and not Duur.maanden(4).atw_van_toepassing
    assert not Duur.parse("1j").atw_van_toepassing
